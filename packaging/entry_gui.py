"""Frozen entry point for the `dagpleje-desktop` window (PyInstaller runs this file)."""

import sys

from dagpleje_desktop.gui.start import main

if __name__ == "__main__":
    sys.exit(main())
