"""The shared notes of a café visit: saved only when the guardians' consent to share with
partners is recorded. Without it the service's message shows here in red, the notes stay
in the editor, and the consent can be registered from the same place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import ConsentPurpose
from ..context import GuiContext
from ..dialogs.consent_record import ConsentDialog
from ..operations import courses as course_ops
from ..operations.courses import CourseDetail
from ..operations.runner import user_message
from ..widgets.text import label

CAFE_RECIPIENT = "Småbørnscaféen"


class CafeNotes(QWidget):
    saved = Signal(object)  # the CourseDetail after saving

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.detail: CourseDetail | None = None
        self.consent_dialog: ConsentDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(label(self.tr("Fælles noter fra caféen"), "fieldLabel"))
        layout.addWidget(label(self.tr("Noterne deles med de fagpersoner, der var med, og "
                                       "gemmes kun, når forældrene har givet samtykke til "
                                       "deling med samarbejdsparter."), "muted"))
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.editor.setObjectName("cafeNotes")
        self.editor.setAccessibleName(self.tr("Fælles noter fra caféen"))
        self.editor.setMinimumHeight(110)
        layout.addWidget(self.editor, 1)
        self.error = label("", "error", object_name="cafeNotesError", selectable=True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.consent_button = QPushButton(self.tr("Registrér samtykke …"))
        self.consent_button.setObjectName("recordCafeConsent")
        self.consent_button.setVisible(False)
        self.save_button = QPushButton(self.tr("Gem fælles noter"))
        self.save_button.setObjectName("saveCafeNotes")
        self.save_button.setProperty("role", "primary")
        row.addWidget(self.consent_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.consent_button.clicked.connect(self.record_consent)

    def show_course(self, detail: CourseDetail) -> None:
        if self.detail is None or self.detail.info.id != detail.info.id:
            self.editor.setPlainText(detail.shared_notes)
            self._error("")
        self.detail = detail

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> None:
        if self.detail is None:
            return
        self._error("")
        self.save_button.setEnabled(False)
        course_ops.save_cafe_notes(self.gui.runner, self.gui.session, self.detail.info.id,
                                   self.editor.toPlainText(), None, self._saved, self._failed)

    def _saved(self, detail: CourseDetail) -> None:
        self.save_button.setEnabled(True)
        self.consent_button.setVisible(False)
        self.detail = detail
        self.saved.emit(detail)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._error(user_message(exc))
        missing = getattr(exc, "purpose", None) == ConsentPurpose.SHARING
        self.consent_button.setVisible(missing and self.detail.info.child_id is not None)

    def record_consent(self) -> ConsentDialog | None:
        info = self.detail.info if self.detail else None
        if info is None or info.child_id is None:
            return None
        self.consent_dialog = ConsentDialog(self.gui, info.child_id, info.child_name,
                                            ConsentPurpose.SHARING, CAFE_RECIPIENT,
                                            parent=self.window())
        self.consent_dialog.recorded.connect(lambda _: self._consent_recorded())
        self.consent_dialog.open()
        return self.consent_dialog

    def _consent_recorded(self) -> None:
        self._error("")
        self.consent_button.setVisible(False)
