"""Keep None, True and False alive whatever the Qt bindings do to their reference counts.

The PySide6 build in use (6.12.0) returns None from many wrapped calls without taking
a reference: every void method (QPainter.setPen, setBrush, setFont, ...), every empty
QVariant (QComboBox.currentData() on an item without data, QObject.property() of an
unknown name) and every null pointer (focusWidget(), findChild() without a match).
``Signal.emit()`` does the same with True. Each call lowers the count by one, and on
CPython 3.11 these singletons are ordinary objects: after some tens of thousands of
painted cards the interpreter aborts with "Fatal Python error: none_dealloc".

CPython 3.12 made the singletons immortal. This gives them the same protection on
older versions by adding a very large number to their reference counts (they are never
deallocated anyway, so nothing is lost). Called once when the gui package is imported.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than any session can drop, far from overflowing a 64-bit count.
BALLAST = 1 << 40


def protect_singletons() -> bool:
    """True when the counts were raised; False where it is unnecessary or unsafe."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # immortal objects already
    if hasattr(sys, "gettotalrefcount") or ctypes.sizeof(ctypes.c_ssize_t) != 8:
        return False  # a debug build lays PyObject out differently; 32-bit: leave alone
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < BALLAST:  # once per process, also on re-import
            # ob_refcnt is the first field of every PyObject in release builds.
            ctypes.c_ssize_t.from_address(id(singleton)).value += BALLAST
    return True
