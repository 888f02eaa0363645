"""Services: office."""
