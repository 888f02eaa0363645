"""Offering unsaved drafts back after a crash or power cut: "Fortsæt" or "Kassér".

One draft at a time, newest first, in a band across the main window. "Senere" keeps the
drafts for the next start and for the Oversigt page; nothing is thrown away unasked.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout,
                               QWidget)

from ..operations.drafts import DraftInfo
from ..formatting import LOCAL_TZ, format_date
from ..widgets.text import label
from .observation_state import FormState

RESUME, DISCARD, LATER = "resume", "discard", "later"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftRecovery", text)


def when_text(moment: datetime, today: date) -> str:
    """"i dag kl. 9.05", "i går kl. 14.32", "3. marts kl. 8.15", "3. marts 2024 kl. 8.15"."""
    local = moment.astimezone(LOCAL_TZ)
    clock = f"kl. {local.hour}.{local.minute:02d}"
    days = (today - local.date()).days
    if days == 0:
        return _tr("i dag") + f" {clock}"
    if days == 1:
        return _tr("i går") + f" {clock}"
    day = format_date(local.date())
    if local.year == today.year:
        day = day.rsplit(" ", 1)[0]
    return f"{day} {clock}"


def describe_draft(draft: DraftInfo, today: date) -> str:
    about = _tr(" om %1").replace("%1", draft.child_name) if draft.child_name else ""
    when = when_text(draft.updated_at, today)
    if draft.observation_id is not None:
        text = _tr("Du har en ikke-gemt ændring af en observation%1 fra %2.")
    else:
        text = _tr("Du har en ikke-gemt observation%1 fra %2.")
    return text.replace("%1", about).replace("%2", when)


def is_empty(draft: DraftInfo) -> bool:
    """A new observation's draft with nothing in it is not worth a question."""
    if draft.observation_id is not None:
        return False
    state = FormState.from_payload(draft.payload, draft.updated_at)
    return not (state.has_words or state.domains or state.goal_ids or state.new_files
                or state.concern)


class DraftRecoveryBar(QFrame):
    """A band across the top of the main window: one unsaved draft at a time.

    A band rather than a message box: it never takes the keyboard from what the user is
    doing, and it stays until she answers. Esc-free by design; "Senere" hides it.
    """

    answered = Signal(object, str)  # DraftInfo, RESUME / DISCARD / LATER

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftRecoveryBar")
        self.setAccessibleName(_tr("Ikke-gemt observation"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(BAR_STYLE)
        self.draft: DraftInfo | None = None
        self.message = label("", object_name="draftMessage")
        self.message.setStyleSheet("font-weight: 600;")
        self.preview = label("", "muted", object_name="draftPreview")
        for line in (self.message, self.preview):
            line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.message)
        text.addWidget(self.preview)
        self.resume_button = self._button(_tr("&Fortsæt"), "resumeDraftButton", RESUME)
        self.resume_button.setProperty("role", "primary")
        self.discard_button = self._button(_tr("Kassér"), "discardDraftButton", DISCARD)
        self.later_button = self._button(_tr("Senere"), "laterButton", LATER)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 12, 6)
        row.setSpacing(10)
        row.addLayout(text, 1)
        for button in (self.resume_button, self.discard_button, self.later_button):
            row.addWidget(button)

    def _button(self, text: str, name: str, answer: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self.draft and self.answered.emit(self.draft, answer))
        return button

    def show_draft(self, draft: DraftInfo, today: date, left: int) -> None:
        self.draft = draft
        more = ""
        if left:
            more = " " + (_tr("Der er én kladde mere.") if left == 1 else
                          _tr("Der er %1 kladder mere.").replace("%1", str(left)))
        self.message.setText(describe_draft(draft, today) + more)
        preview = draft.preview or _tr("(ingen tekst endnu)")
        self.preview.setText(_tr("Den begynder: »%1«").replace("%1", preview))
        self.resume_button.setToolTip(_tr("Åbn observationen med teksten, så du kan gøre den "
                                          "færdig"))


BAR_STYLE = """
QFrame#draftRecoveryBar { background: #fff4d1; border: 1px solid #e9d58f; border-radius: 6px; }
QFrame#draftRecoveryBar QLabel { background: transparent; border: none; }
"""
