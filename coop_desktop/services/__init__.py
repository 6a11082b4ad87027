"""Services: one per area, Qt-free; each public call is one transaction and returns plain data."""
