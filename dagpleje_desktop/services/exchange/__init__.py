"""Services: exchange."""
