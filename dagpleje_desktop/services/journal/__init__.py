"""Services: journal."""
