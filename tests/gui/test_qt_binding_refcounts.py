"""PySide6 6.12.0 drops a reference to None on every void call, so on Python 3.11
painting thousands of timeline cards ended in "Fatal Python error: none_dealloc".
pyproject.toml keeps PySide6 below 6.12; this catches the defect if it comes back."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

PAINT_A_LOT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
app = QGuiApplication([])
pixmap = QPixmap(10, 10)
painter = QPainter(pixmap)
colour = QColor("red")
for _ in range(300_000):  # far more than None's reference count in a fresh process
    painter.setPen(colour)
painter.end()

class Emitter(QObject):
    ping = Signal()

emitter = Emitter()
for _ in range(100_000):
    emitter.ping.emit()
print("alive")
"""


def test_many_void_calls_and_emits_do_not_kill_the_app():
    # A fresh process, so earlier tests' reference counts don't matter.
    result = subprocess.run([sys.executable, "-c", PAINT_A_LOT], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
