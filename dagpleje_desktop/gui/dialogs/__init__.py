"""Dialogs shown before the main window: set-up, recovery key, login."""
