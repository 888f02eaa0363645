"""Services: records."""
