"""Table models over the list services."""
