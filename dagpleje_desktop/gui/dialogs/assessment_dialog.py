"""Small dialogs to add a development assessment or a wellbeing assessment to a child.

Both save on the database worker and stay open with the reason when the service says no
(e.g. a joint wellbeing assessment without a comment); nothing is saved then.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFormLayout,
                               QHBoxLayout, QPlainTextEdit, QPushButton, QRadioButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ...domain.ages import age_in_months
from ...domain.domains import LAEREPLAN_THEMES, PRACTICAL_DOMAINS
from ...domain.enums import AssessmentKind, WellbeingPosition
from ...domain.errors import ValidationError
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..formatting import format_age
from ..messages import error_text
from ..operations import assessments as assessment_ops
from ..operations.runner import user_message
from ..resources import icon
from ..style import POSITION_COLOURS
from ..widgets.feedback import show_field_error
from ..widgets.text import label
from ..widgets.date_field import DateField
from ..widgets.when_fields import date_edit

DATE_FORMAT = "dd-MM-yyyy"


def _date_edit(today: date, name: str) -> DateField:
    edit = date_edit(today)
    edit.setObjectName(name)
    edit.setMaximumDate(today)  # an assessment is of what has been seen
    return edit


def position_icon(position: WellbeingPosition) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(POSITION_COLOURS[position]))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class _AssessmentDialog(QDialog):
    """Shared frame: a form, an error line, Gem and Annuller; ``saved`` carries the result."""

    saved = Signal(object)

    def __init__(self, gui: GuiContext, child_id: uuid.UUID, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.child_id = gui, child_id
        self.setWindowTitle(title)
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 18)
        outer.setSpacing(12)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        outer.addLayout(self.form)
        self.error = label("", "error", object_name="formError")
        show_field_error(self.error)
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Gem"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

    def _save_operation(self):  # pragma: no cover - overridden
        """The checked input as a call ``start(on_done, on_error)`` that saves it, or None
        when the dialog already says what is missing; raises ValidationError."""
        raise NotImplementedError

    def _submit(self) -> None:
        show_field_error(self.error)
        try:
            start = self._save_operation()
        except ValidationError as exc:
            show_field_error(self.error, error_text(exc))
            return
        if start is None:
            return
        self.save_button.setEnabled(False)
        start(self._done, self._failed)

    def _done(self, result) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_field_error(self.error, user_message(exc))


class DevelopmentAssessmentDialog(_AssessmentDialog):
    def __init__(self, gui: GuiContext, child_id: uuid.UUID, birth_date: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, child_id, self.tr("Tilføj udviklingsvurdering"), parent)
        self.birth_date = birth_date
        today = gui.session.today()
        self.date_edit = _date_edit(today, "assessedOn")
        self.domain = QComboBox()
        self.domain.setObjectName("domain")
        for group in (LAEREPLAN_THEMES, PRACTICAL_DOMAINS):
            if self.domain.count():
                self.domain.insertSeparator(self.domain.count())
            for domain in group:
                self.domain.addItem(domain_label(domain), domain.code)
        self.level = QSpinBox()
        self.level.setObjectName("levelMonths")
        self.level.setRange(0, assessment_ops.MAX_LEVEL_MONTHS)
        self.level.setSuffix(self.tr(" mdr."))
        self.level.setAccessibleName(self.tr("Udviklingsalder i måneder"))
        self.age_hint = label("", "muted", object_name="ageHint")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.note.setPlaceholderText(self.tr("Fx hvad vurderingen bygger på"))
        self.form.addRow(self.tr("Dato"), self.date_edit)
        self.form.addRow(self.tr("Udviklingsområde"), self.domain)
        self.form.addRow(self.tr("Udviklingsalder"), self.level)
        self.form.addRow("", self.age_hint)
        self.form.addRow(self.tr("Note"), self.note)
        self.date_edit.dateChanged.connect(self._show_age)
        self._show_age()
        if birth_date is not None:
            self.level.setValue(age_in_months(birth_date, today))
        self.domain.setFocus()

    def _show_age(self) -> None:
        if self.birth_date is None:
            self.age_hint.setText(self.tr("Barnets fødselsdato kendes ikke, så vurderingen kan "
                                          "ikke vises i grafen."))
            return
        on = self.date_edit.value()
        if on is None:
            return  # the date field says why it cannot read the date
        age = age_in_months(self.birth_date, on)
        self.age_hint.setText(self.tr("Barnets alder den dag: {age}").format(age=format_age(age)))

    def _save_operation(self):
        on, code = self.date_edit.checked_value(), self.domain.currentData()
        level, note = self.level.value(), self.note.toPlainText()
        return lambda done, failed: assessment_ops.add_development(
            self.gui.runner, self.gui.session, self.child_id, on, code, level, note,
            done, failed)


class WellbeingAssessmentDialog(_AssessmentDialog):
    def __init__(self, gui: GuiContext, child_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, child_id, self.tr("Tilføj trivselsvurdering"), parent)
        self.date_edit = _date_edit(gui.session.today(), "assessedOn")
        self.kinds = QButtonGroup(self)
        self._kind_of: dict[QRadioButton, AssessmentKind] = {}
        self._position_of: dict[QRadioButton, WellbeingPosition] = {}
        kind_row = QHBoxLayout()
        for kind in (AssessmentKind.INDIVIDUAL, AssessmentKind.JOINT):
            button = QRadioButton(domain_label(kind))
            button.setObjectName(f"kind_{kind.value}")
            self._kind_of[button] = kind
            self.kinds.addButton(button)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        self.kinds.buttons()[0].setChecked(True)
        self.positions = QButtonGroup(self)
        position_row = QHBoxLayout()
        for position in (WellbeingPosition.GREEN, WellbeingPosition.YELLOW,
                         WellbeingPosition.RED):
            button = QRadioButton(domain_label(position))
            button.setObjectName(f"position_{position.value}")
            button.setIcon(position_icon(position))
            self._position_of[button] = position
            self.positions.addButton(button)
            position_row.addWidget(button)
        position_row.addStretch(1)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(100)
        self.comment_hint = label(self.tr("En fælles vurdering skal have en kommentar. "
                                          "Beskriv situationen – ikke barnet."), "muted")
        self.form.addRow(self.tr("Dato"), self.date_edit)
        self.form.addRow(self.tr("Slags"), kind_row)
        self.form.addRow(self.tr("Position"), position_row)
        self.form.addRow(self.tr("Kommentar"), self.comment)
        self.form.addRow("", self.comment_hint)

    def chosen_kind(self) -> AssessmentKind:
        return self._kind_of[self.kinds.checkedButton()]

    def _save_operation(self):
        checked = self.positions.checkedButton()
        if checked is None:
            show_field_error(self.error, self.tr("Vælg en position: grøn, gul eller rød."))
            return None
        on, kind = self.date_edit.checked_value(), self.chosen_kind()
        position, comment = self._position_of[checked], self.comment.toPlainText()
        return lambda done, failed: assessment_ops.add_wellbeing(
            self.gui.runner, self.gui.session, self.child_id, on, kind, position, comment,
            done, failed)
