"""Services: documents."""
