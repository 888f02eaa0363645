"""PyInstaller runtime hook: tell the app where ui/ and resources/ were unpacked."""

import os
import sys

os.environ.setdefault("DAGPLEJE_RESOURCE_ROOT", getattr(sys, "_MEIPASS", ""))
