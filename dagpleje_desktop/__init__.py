"""Dagpleje Desktop: offline case and pedagogy tool for the Danish Mini-dagpleje."""

__version__ = "0.1.0"
APP_NAME = "Dagpleje Desktop"
APP_SLUG = "dagpleje-desktop"
