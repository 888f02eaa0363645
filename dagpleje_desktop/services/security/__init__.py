"""Services: security."""
