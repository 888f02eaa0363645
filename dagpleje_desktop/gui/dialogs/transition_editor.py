"""Overgangsbeskrivelse: the narrative description for the kindergarten, written by a
person from what the record suggests.

One text field per section (strengths, play, relationships, what works, aids,
recommendations), each with its hint, the consent category that covers it and how many
earlier versions exist; "Brug forslaget" puts the record's suggestion in an empty field
to start from. Above them the planned kindergarten start and the kindergarten. "Gem"
stores every changed section as its next version (earlier ones stay) in one
transaction; typing is kept as a draft, and closing with unsaved text asks.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from .. import document_labels
from ..context import GuiContext
from ..formatting import format_datetime
from ..messages import service_text
from ..operations import transition as transition_ops
from ..operations.runner import user_message
from ..widgets.date_field import DateField
from ..widgets.text import label, section_title
from .editor_draft_guard import EditorDraftGuard


class TransitionEditorDialog(QDialog):
    def __init__(self, gui: GuiContext, child_id: uuid.UUID, child_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transitionEditor")
        self.gui, self.child_id = gui, child_id
        self.info: transition_ops.TransitionInfo | None = None
        self.fields: dict[str, QPlainTextEdit] = {}
        self.guard: EditorDraftGuard | None = None
        self.setWindowTitle(self.tr("Overgangsbeskrivelse – {name}").format(name=child_name))
        self.resize(860, 700)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Overgangsbeskrivelse til børnehaven")))
        self.consent_note = label(self.tr("Henter beskrivelsen …"), "muted",
                                  object_name="transitionConsent")
        layout.addWidget(self.consent_note)

        start_row = QFormLayout()
        self.start = DateField(accessible_name=self.tr("Planlagt børnehavestart"))
        self.start.setDate(None)
        self.kindergarten = QLineEdit()
        self.kindergarten.setObjectName("transitionKindergarten")
        self.kindergarten.setAccessibleName(self.tr("Børnehave"))
        start_label = label(self.tr("Planlagt &børnehavestart"), "fieldLabel", wrap=False)
        start_label.setBuddy(self.start)
        garten_label = label(self.tr("Børne&have"), "fieldLabel", wrap=False)
        garten_label.setBuddy(self.kindergarten)
        start_row.addRow(start_label, self.start)
        start_row.addRow(garten_label, self.kindergarten)
        layout.addLayout(start_row)

        self.sections_holder = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_holder)
        self.sections_layout.setContentsMargins(0, 0, 8, 0)
        self.sections_layout.setSpacing(6)
        scroll = QScrollArea()
        scroll.setObjectName("transitionSections")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections_holder)
        layout.addWidget(scroll, 1)  # the sections scroll; the buttons below always show

        self.error = label("", "error", object_name="transitionError")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Gem"))
        self.save_button.setObjectName("saveTransition")
        self.save_button.setProperty("role", "primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        transition_ops.load(gui.runner, gui.session, child_id, self._arrived, self._failed)

    # -- showing ---------------------------------------------------------------------

    def _arrived(self, info: transition_ops.TransitionInfo) -> None:
        self.info = info
        if info.consent_reference:
            self.consent_note.setText(self.tr(
                "Kan gives videre til børnehaven under samtykke {reference}; kun de afsnit, "
                "samtykket omfatter, kommer med.").format(reference=info.consent_reference))
        else:
            self.consent_note.setText(self.tr(
                "Der er intet gyldigt samtykke til at give beskrivelsen videre til "
                "børnehaven. Den kan skrives nu og udskrives til forældrene og teamet."))
        self.start.setDate(info.planned_start)
        self.kindergarten.setText(info.kindergarten)
        for section in info.sections:
            self._add_section(section)
        self.sections_layout.addStretch(1)
        self.guard = EditorDraftGuard(self, self.gui, transition_ops.draft_key(self.child_id),
                                      self.fields, child_id=self.child_id)
        self.guard.problem.connect(self._show_error)
        self.save_button.setEnabled(True)
        if self.fields:
            next(iter(self.fields.values())).setFocus()

    def _add_section(self, section: transition_ops.TransitionSectionInfo) -> None:
        title = section_title(document_labels.section_title(section.code))
        self.sections_layout.addWidget(title)
        hint = f"{document_labels.section_hint(section.code)} " if section.hint else ""
        self.sections_layout.addWidget(label(
            hint + self.tr("(Samtykkekategori: {category})").format(
                category=document_labels.section_category(section.code)), "muted"))
        field = QPlainTextEdit()
        field.setObjectName(f"transition_{section.code}")
        field.setAccessibleName(document_labels.section_title(section.code))
        field.setTabChangesFocus(True)
        field.setMinimumHeight(100)
        field.setMaximumHeight(180)  # several sections in view; long text scrolls inside
        if section.current is not None:
            field.setPlainText(section.current.text)
        else:
            field.setPlaceholderText(self.tr("Ikke skrevet endnu."))
        self.fields[section.code] = field
        self.sections_layout.addWidget(field)
        row = QHBoxLayout()
        row.addWidget(self._history(section), 1)
        if section.suggestion:
            use = QPushButton(self.tr("Brug forslaget"))
            use.setObjectName(f"suggest_{section.code}")
            use.setAccessibleName(self.tr("Brug forslaget til {section}").format(
                section=document_labels.section_title(section.code)))
            use.setToolTip(service_text(section.suggestion))
            use.clicked.connect(lambda _checked=False, s=section: self._use_suggestion(s))
            row.addWidget(use)
        self.sections_layout.addLayout(row)

    def _history(self, section: transition_ops.TransitionSectionInfo) -> QLabel:
        current = section.current
        if current is None:
            text = self.tr("Forslag fra journalen findes.") if section.suggestion else ""
        else:
            text = self.tr("Version {version}, skrevet af {who} {when}.").format(
                version=current.version, who=current.written_by,
                when=format_datetime(current.written_at))
            if section.earlier:
                text += " " + self.tr("{n} tidligere version(er) gemt.").format(
                    n=len(section.earlier))
        return label(text, "muted")

    def _use_suggestion(self, section: transition_ops.TransitionSectionInfo) -> None:
        field = self.fields[section.code]
        suggestion = service_text(section.suggestion)  # its headings in the interface language
        if field.toPlainText().strip():
            field.appendPlainText("\n" + suggestion)
        else:
            field.setPlainText(suggestion)
        field.setFocus()

    # -- saving ----------------------------------------------------------------------

    def _changes(self) -> dict[str, str]:
        assert self.info is not None
        changed = {}
        for section in self.info.sections:
            text = self.fields[section.code].toPlainText().strip()
            before = section.current.text if section.current is not None else ""
            if text and text != before:
                changed[section.code] = text
        return changed

    def save(self) -> None:
        if self.info is None:
            return
        self.error.setVisible(False)
        start = None
        if self.start.text().strip():
            try:
                start = self.start.checked_value()
            except Exception as exc:  # noqa: BLE001 - a ValidationError with the reason
                self._show_error(user_message(exc))
                return
        garten = " ".join(self.kindergarten.text().split())
        start_changed = start != self.info.planned_start or \
            (garten != self.info.kindergarten and bool(garten))
        sections = self._changes()
        if not sections and not start_changed:
            self._show_error(self.tr("Intet er ændret."))
            return
        self.save_button.setEnabled(False)
        if self.guard is not None:
            self.guard.hold()
        transition_ops.save(self.gui.runner, self.gui.session, self.child_id,
                            planned_start=start, kindergarten=garten,
                            start_changed=start_changed, sections=sections,
                            on_done=self._saved, on_error=self._refused)

    def _saved(self, info: transition_ops.TransitionInfo) -> None:
        self.info = info
        if self.guard is not None:
            self.guard.saved()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if self.guard is not None:
            self.guard.resume()
        self._show_error(user_message(exc))

    def _failed(self, exc: BaseException) -> None:
        self._show_error(self.tr("Beskrivelsen kunne ikke hentes: {reason}").format(
            reason=user_message(exc)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def reject(self) -> None:
        if self.guard is not None and not self.guard.may_close():
            return
        super().reject()

