"""Tab in multi-line text fields: Tab moves on, Ctrl+Tab types a tab (WCAG 2.1.2).

Set once for the whole application, so a text field made anywhere (in code or in a .ui
form) can never keep a keyboard user inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

MULTI_LINE = (QPlainTextEdit, QTextEdit)


def _ctrl_tab(event: QEvent) -> bool:
    return (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier)


class MultiLineTabKeys(QObject):
    """Application event filter: Tab leaves every multi-line field; Ctrl+Tab types a tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, MULTI_LINE):
            return False
        if event.type() == QEvent.Type.Polish:
            watched.setTabChangesFocus(True)
        elif _ctrl_tab(event) and not watched.isReadOnly():
            watched.insertPlainText("\t")
            return True
        return False


_installed: list[MultiLineTabKeys] = []  # the filter must live as long as the app


def install_text_keys(app: QApplication) -> None:
    if not _installed:
        _installed.append(MultiLineTabKeys(app))
        app.installEventFilter(_installed[0])
