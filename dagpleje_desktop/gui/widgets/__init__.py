"""Small reusable widgets and helpers for pages and dialogs."""
