"""The fictional demo installation, written through the services."""
