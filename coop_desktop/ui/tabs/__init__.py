"""One tab per area of the main window."""
