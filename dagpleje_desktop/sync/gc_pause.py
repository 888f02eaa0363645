"""No cyclic garbage collection while a package is built or applied.

An import holds ~100,000 operations, their lists and dicts alive at once. Every few
hundred allocations the collector runs, and its full passes walk all of those live
objects again: about a sixth of an import's CPU time, for objects that form no cycles
and are freed by reference counting when the import ends. Collection is switched off
for the duration (the whole process: it is a global switch) and back on afterwards,
unless someone else had it off already. Nested and concurrent pauses are counted.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
