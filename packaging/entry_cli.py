"""Frozen entry point for the `dagpleje` command (PyInstaller runs this file)."""

import sys

from dagpleje_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
