"""Entry point ``dagpleje-desktop``: first the system libraries Qt needs, then the program.

Kept free of Qt imports: on a Linux machine without Qt's libraries importing Qt fails
before anything could explain which ones to install (see qt_libraries.py).
"""

from __future__ import annotations

import sys

from . import qt_libraries


def main(argv: list[str] | None = None) -> int:
    message = qt_libraries.problem()
    if message:
        sys.stderr.write(message)
        return 1
    from .app import main as start_program
    return start_program(argv)


if __name__ == "__main__":
    sys.exit(main())
