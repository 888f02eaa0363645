"""A warning under a text field the moment another child is named in it, with a button
that writes the child's initials instead (the record of one child must not disclose
another; documents replace any name left, but the best place to stop it is here)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ...domain.other_children import Mention, MentionFinder

CHECK_AFTER_MS = 300
TextField = QPlainTextEdit | QLineEdit


def _text_of(field: TextField) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


class OtherChildWarning(QWidget):
    """Hidden until a watched field names another child of the installation."""

    changed = Signal()

    def __init__(self, fields: list[TextField], own_child: Callable[[], uuid.UUID | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherChildWarning")
        self.fields, self.own_child = fields, own_child
        self.book = None
        self._made: tuple[uuid.UUID | None, MentionFinder] | None = None
        self.mentions: dict[TextField, list[Mention]] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.message = QLabel()
        self.message.setObjectName("otherChildMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a4b00;")  # amber: a warning, not an error
        self.initials_button = QPushButton(self.tr("Brug initialer"))
        self.initials_button.setObjectName("useInitials")
        self.initials_button.setAutoDefault(False)
        row.addWidget(self.message, 1)
        row.addWidget(self.initials_button)
        self.initials_button.clicked.connect(self.use_initials)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_AFTER_MS)
        self._timer.timeout.connect(self.check)
        self.fields = []
        self.watch(fields)
        self.setVisible(False)

    def watch(self, fields: list[TextField]) -> None:
        """The fields to read (a form that rebuilds its editors calls this again)."""
        self.fields = list(fields)
        for field in self.fields:
            field.textChanged.connect(self._timer.start)
        self._timer.start()

    def set_name_book(self, book) -> None:
        self.book, self._made = book, None
        self.check()

    def _finder(self) -> MentionFinder | None:
        """Made once per child (building one folds every name the installation knows)."""
        if self.book is None:
            return None
        own = self.own_child()
        if self._made is None or self._made[0] != own:
            self._made = (own, self.book.finder([own]))
        return self._made[1]

    def check(self) -> None:
        texts = [_text_of(field) for field in self.fields]
        finder = self._finder() if any(t.strip() for t in texts) else None
        self.mentions = {}
        if finder is not None:
            for field in self.fields:
                found = finder.find(_text_of(field))
                if found:
                    self.mentions[field] = found
        names = sorted({m.child.full_name for found in self.mentions.values() for m in found})
        if names:
            self.message.setText(self.tr(
                "Teksten nævner et andet barn: {names}. Skriv initialer i stedet, så barnet "
                "ikke kan genkendes, når papirerne læses af andre.").format(
                    names=", ".join(names)))
        self.setVisible(bool(names))
        self.changed.emit()

    def use_initials(self) -> None:
        """Each mention becomes the child's initials, as one step the person can undo."""
        self.check()
        for field, found in self.mentions.items():
            if isinstance(field, QPlainTextEdit):
                cursor = QTextCursor(field.document())
                cursor.beginEditBlock()
                for mention in sorted(found, key=lambda m: m.start, reverse=True):
                    cursor.setPosition(mention.start)
                    cursor.setPosition(mention.end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText(mention.child.initials)
                cursor.endEditBlock()
            else:
                text = field.text()
                for mention in sorted(found, key=lambda m: m.start, reverse=True):
                    text = text[:mention.start] + mention.child.initials + text[mention.end:]
                field.setText(text)
        self.check()
