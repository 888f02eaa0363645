"""Text and time helpers of the observation form: the structured template, Danish time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ..formatting import LOCAL_TZ

TEMPLATE_HEADINGS = ("Hvad skete der?", "Hvad gjorde barnet?", "Hvad tænker jeg?",
                     "Næste skridt")


def insert_template(edit: QPlainTextEdit) -> None:
    """The four headings, once, after any text already there (one undo step); the cursor
    lands under the first heading. Optional: nothing forces the user to use them."""
    if TEMPLATE_HEADINGS[0] not in edit.toPlainText():
        existing = edit.toPlainText()
        prefix = "" if not existing.strip() else ("\n" if existing.endswith("\n") else "\n\n")
        cursor = edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(prefix + "\n\n".join(f"{h}\n" for h in TEMPLATE_HEADINGS))
    found = edit.document().find(TEMPLATE_HEADINGS[0])
    found.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    found.movePosition(QTextCursor.MoveOperation.NextBlock)
    edit.setTextCursor(found)
    edit.setFocus()


def to_qdatetime(moment: datetime) -> QDateTime:
    """Danish wall-clock time, whatever the computer's own time zone is."""
    local = moment.astimezone(LOCAL_TZ)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                    tzinfo=LOCAL_TZ)
