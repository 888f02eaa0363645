"""Complete and correct a child's record.

The office and consultants edit everything: names, CPR number (the birth date and
century it gives are shown while typing, with a warning when the age does not fit the
service), languages, needs, health in three states, routines, doctor, who may collect
and the custody holders' permissions. The mini-childminder edits routines, "Det virker
for mig" and who may collect. Only the fields that changed are written (each syncs on
its own). A failed save leaves the dialog open with everything typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget)

from ...domain.child_record import (AllergySeverity, HealthState, PermissionKind, health_state,
                                    read_birth, read_cpr)
from ...domain.enums import UserRole
from ...domain.errors import DagplejeError, ValidationError
from ..messages import error_text, service_text
from ..operations.children import CareInput, ChildDetail, ChildInput, Permission
from ..context import GuiContext
from ..domain_labels import label as domain_label, label_text
from ..formatting import format_age, format_date
from ..operations import children as ops
from ..widgets.date_field import DateField
from ..widgets.text import label
from ..widgets.when_fields import date_edit
from ..widgets.reflow import scroll_bar_width
from .office_form import OfficeDialog

TEXT_HEIGHT = 64
HEALTH_CAPTIONS = (("allergies", "Allergier"), ("medication", "Medicin"),
                   ("diagnoses", "Diagnoser"))


class OperationDialog(OfficeDialog):
    """An OfficeDialog whose ``prepare`` starts an operation of gui/operations."""

    def prepare(self) -> Callable[[Callable, Callable], int]:  # pragma: no cover
        raise NotImplementedError

    def _submit(self) -> None:
        self.show_error("")
        try:
            start = self.prepare()
        except DagplejeError as exc:
            self.show_error(error_text(exc))
            return
        self._set_busy(True)
        start(self._succeeded, self._failed)


def _text(value: str, name: str, *, height: int = TEXT_HEIGHT) -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _line(value: str, name: str) -> QLineEdit:
    edit = QLineEdit(value)
    edit.setObjectName(name)
    return edit


class HealthField(QWidget):
    """Not recorded / none / the list: a choice, and the text for the list."""

    def __init__(self, field: str, value: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = QComboBox()
        self.state.setObjectName(f"{field}State")
        self.state.addItem(self.tr("Ikke registreret"), HealthState.NOT_RECORDED.value)
        self.state.addItem(self.tr("Ingen"), HealthState.NONE.value)
        self.state.addItem(self.tr("Ja – skriv hvilke"), HealthState.LISTED.value)
        self.text = _text(value or "", f"{field}Text")
        layout.addWidget(self.state)
        layout.addWidget(self.text)
        self.state.setCurrentIndex(self.state.findData(health_state(value).value))
        self.state.currentIndexChanged.connect(self._state_changed)
        self._state_changed()

    def name(self, caption: str) -> None:
        """Its label names the choice and the text (a label can be buddy of one only)."""
        self.state.setAccessibleName(caption)
        self.text.setAccessibleName(self.tr("{caption}: hvilke").format(caption=caption))

    def _state_changed(self) -> None:
        self.text.setEnabled(self.state.currentData() == HealthState.LISTED.value)

    def set_listed(self) -> None:
        self.state.setCurrentIndex(self.state.findData(HealthState.LISTED.value))

    def value(self, caption: str) -> str | None:
        state = self.state.currentData()
        if state == HealthState.NOT_RECORDED.value:
            return None
        if state == HealthState.NONE.value:
            return ""
        text = self.text.toPlainText().strip()
        if not text:
            raise ValidationError(self.tr("Skriv hvilke under »{field}«, eller vælg »Ingen« "
                                          "eller »Ikke registreret«.").format(field=caption))
        return text


class PermissionField(QWidget):
    """Yes / no / not asked, the custody holder who answered, and the day."""

    def __init__(self, kind: PermissionKind, detail: ChildDetail, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        current = next(p for p in detail.permissions if p.kind is kind)
        self.kind = kind
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.answer = QComboBox()
        self.answer.setObjectName(f"{kind.value}Permission")
        for text, value in ((self.tr("Ikke spurgt"), None), (self.tr("Ja"), True),
                            (self.tr("Nej"), False)):
            self.answer.addItem(text, value)
        self.answer.setCurrentIndex({None: 0, True: 1, False: 2}[current.granted])
        self.giver = QComboBox()
        self.giver.setObjectName(f"{kind.value}PermissionBy")
        self.giver.setAccessibleName(self.tr("Givet af"))
        for g in detail.guardians:
            if g.has_custody:
                self.giver.addItem(f"{g.name} ({label_text(g.relation_label)})", str(g.id))
        if current.given_by is not None and self.giver.findData(str(current.given_by)) < 0:
            # Given by someone since removed: the answer keeps its giver until changed.
            self.giver.addItem(current.given_by_name or self.tr("(fjernet)"),
                               str(current.given_by))
        if current.given_by is not None:
            self.giver.setCurrentIndex(self.giver.findData(str(current.given_by)))
        self.given_on = date_edit(current.given_on or today,
                                  accessible_name=self.tr("Givet den"), explain=False)
        self.given_on.setObjectName(f"{kind.value}PermissionOn")
        row.addWidget(self.answer)
        row.addWidget(self.giver, 1)
        row.addWidget(self.given_on)
        self.answer.currentIndexChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        asked = self.answer.currentData() is not None
        self.giver.setEnabled(asked)
        self.given_on.setEnabled(asked)

    def value(self) -> Permission:
        granted = self.answer.currentData()
        if granted is None:
            return Permission()
        if self.giver.currentData() is None:
            raise ValidationError(self.tr(
                "Tilladelsen til {kind} skal gives af en forælder med forældremyndighed. "
                "Tilføj forælderen under »Forældre og værger« først.").format(
                kind=domain_label(self.kind).lower()))
        return Permission(bool(granted), uuid.UUID(self.giver.currentData()),
                          self.given_on.checked_value())


class ChildDetailsDialog(OperationDialog):
    """Everything about the child (office and consultants)."""

    def __init__(self, gui: GuiContext, detail: ChildDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, self.tr("Ret barnets oplysninger"), detail.summary.name,
                         parent=parent, min_width=640)
        self.setObjectName("childDetailsDialog")
        self.detail = detail
        self.today = gui.session.today()
        self._accepted_warning = ""   # the warning the user saw and saved anyway
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self._build(grid)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        scroll.setObjectName("childDetailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        # low enough that the buttons stay on a 1366×768 screen at 150 % text
        scroll.setMinimumHeight(min(300, holder.sizeHint().height() + 8))
        # it scrolls down only: as wide as its fields need
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(holder.minimumSizeHint().width() + scroll_bar_width(scroll))
        self.body.addWidget(scroll, 1)
        self.finish(self.tr("Gem"))
        self._cpr_typed()

    def _build(self, grid: QGridLayout) -> None:
        d, s = self.detail, self.detail.summary
        self.first_name = _line(s.first_name, "firstName")
        self.last_name = _line(s.last_name, "lastName")
        self.add_row(self.tr("Fornavn"), self.first_name, grid=grid)
        self.add_row(self.tr("Efternavn"), self.last_name, grid=grid)
        # The CPR number is shown masked everywhere; here it is typed anew to change it.
        self.cpr = _line("", "cpr")
        self.cpr.setPlaceholderText(
            self.tr("Uændret ({masked})").format(masked=s.cpr_masked) if s.cpr_masked
            else self.tr("DDMMÅÅ-XXXX"))
        self.cpr.setMaxLength(11)
        self.add_row(self.tr("CPR-nummer"), self.cpr, grid=grid)
        self.cpr_reading = label("", "muted", object_name="cprReading")
        self.cpr_warning = label("", "error", object_name="cprWarning")
        self.cpr_warning.setStyleSheet("font-weight: 700;")
        self.add_row("", self.cpr_reading, grid=grid)
        self.add_row("", self.cpr_warning, grid=grid)
        self.birth: DateField = date_edit(s.birth_date, accessible_name=self.tr("Født"))
        self.birth.setObjectName("birthDate")
        if s.birth_date is None:
            self.birth.setDate(None)
        self.add_row(self.tr("Fødselsdato"), self.birth, grid=grid)
        self.languages = _line(d.languages, "languages")
        self.add_row(self.tr("Sprog"), self.languages, grid=grid)
        self.special_needs = _text(d.special_needs, "specialNeeds")
        self.add_row(self.tr("Særlige behov"), self.special_needs, grid=grid)
        self.health = {f: HealthField(f, getattr(d, f)) for f, _c in HEALTH_CAPTIONS}
        for field, caption in HEALTH_CAPTIONS:
            self.add_row(self.tr(caption), self.health[field], grid=grid)
            self.health[field].name(self.tr(caption))
            self.add_inputs(self.health[field].state, self.health[field].text)
            if field == "allergies":
                self.severity = QComboBox()
                self.severity.setObjectName("allergySeverity")
                self.severity.addItem(self.tr("Ikke angivet"), None)
                for member in AllergySeverity:
                    self.severity.addItem(domain_label(member), member.value)
                if d.allergy_severity is not None:
                    self.severity.setCurrentIndex(
                        self.severity.findData(d.allergy_severity.value))
                self.add_row(self.tr("Allergiens sværhedsgrad"), self.severity, grid=grid)
        self.routines = _text(d.routines, "routines")
        self.what_works = _text(d.what_works, "whatWorks")
        self.collectors = _text(d.collectors, "collectors")
        self.add_row(self.tr("Rutiner"), self.routines, grid=grid)
        self.add_row(self.tr("Det virker for mig"), self.what_works, grid=grid)
        self.add_row(self.tr("Må hentes af"), self.collectors, grid=grid)
        self.doctor_name = _line(d.doctor_name, "doctorName")
        self.doctor_phone = _line(d.doctor_phone, "doctorPhone")
        self.add_row(self.tr("Læge"), self.doctor_name, grid=grid)
        self.add_row(self.tr("Lægens telefon"), self.doctor_phone, grid=grid)
        self.permissions = {k: PermissionField(k, d, self.today) for k in PermissionKind}
        for kind, field in self.permissions.items():
            self.add_row(self.tr("Tilladelse: {kind}").format(kind=domain_label(kind).lower()), field,
                         grid=grid)
            self.add_inputs(field.answer, field.giver, field.given_on)
        self.cpr.textChanged.connect(self._cpr_typed)
        self.birth.dateChanged.connect(lambda _day: self._cpr_typed())

    # -- the live CPR reading ---------------------------------------------------------

    def _reading(self):
        """(reading text, warning) for what is typed now; ValidationError when unreadable."""
        typed = self.cpr.text().strip()
        if typed:
            reading = read_cpr(typed, self.today)
            century = self.tr("{century}-tallet").format(century=reading.century)
        else:
            born = self.birth.value()
            if born is None:
                return "", ""
            reading, century = read_birth(born, self.today), ""
        parts = [self.tr("Født {date}").format(date=format_date(reading.birth_date))]
        if century:
            parts.append(century)
        if reading.age_months is not None:
            parts.append(format_age(reading.age_months))
        return " · ".join(parts), service_text(reading.warning)

    def _cpr_typed(self) -> None:
        typed = self.cpr.text().strip()
        self.birth.setEnabled(not typed)
        try:
            text, warning = self._reading()
        except ValidationError as exc:
            digits = sum(ch.isdigit() for ch in typed)
            text, warning = ("" if digits < 10 else error_text(exc)), ""
        if not typed and not self.detail.summary.cpr_masked and not text:
            text = self.tr("Uden CPR-nummer: skriv fødselsdatoen.")
        self.cpr_reading.setText(text)
        self.cpr_reading.setVisible(bool(text))
        self.cpr_warning.setText(warning)
        self.cpr_warning.setVisible(bool(warning))

    # -- saving -----------------------------------------------------------------------

    def child_input(self) -> ChildInput:
        s = self.detail.summary
        typed = self.cpr.text().strip()
        if typed:
            read_cpr(typed, self.today)  # the Danish reason when it cannot be read
        birth = None
        if not typed and not s.cpr_masked:
            birth = self.birth.checked_value() if self.birth.text().strip() else None
        _text_now, warning = self._reading()
        if warning and warning != self._accepted_warning:
            self._accepted_warning = warning
            raise ValidationError(self.tr("{warning} Tryk »Gem« igen for at gemme alligevel.")
                                  .format(warning=warning))
        health = {f: self.health[f].value(self.tr(c)) for f, c in HEALTH_CAPTIONS}
        severity = self.severity.currentData()
        return ChildInput(
            self.first_name.text(), self.last_name.text(),
            cpr=typed if typed else None, birth_date=birth, status=s.status,
            special_needs=self.special_needs.toPlainText(),
            diagnoses=health["diagnoses"], allergies=health["allergies"],
            medication=health["medication"], routines=self.routines.toPlainText(),
            what_works=self.what_works.toPlainText(), languages=self.languages.text(),
            allergy_severity=AllergySeverity(severity) if severity else None,
            doctor_name=self.doctor_name.text(), doctor_phone=self.doctor_phone.text(),
            collectors=self.collectors.toPlainText(),
            **{k.column: f.value() for k, f in self.permissions.items()})

    def prepare(self):
        data = self.child_input()
        child_id = self.detail.summary.id
        return lambda done, failed: ops.update_child(
            self.gui.runner, self.gui.session, child_id, data, done, failed)


class ChildCareDialog(OperationDialog):
    """What the mini-childminder completes: routines, "Det virker for mig", who collects."""

    def __init__(self, gui: GuiContext, detail: ChildDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, self.tr("Ret rutiner og afhentning"), detail.summary.name,
                         parent=parent, min_width=560)
        self.setObjectName("childCareDialog")
        self.detail = detail
        self.routines = _text(detail.routines, "routines", height=90)
        self.what_works = _text(detail.what_works, "whatWorks", height=90)
        self.collectors = _text(detail.collectors, "collectors")
        self.add_row(self.tr("Rutiner"), self.routines)
        self.add_row(self.tr("Det virker for mig"), self.what_works)
        self.add_row(self.tr("Må hentes af"), self.collectors)
        self.finish(self.tr("Gem"))

    def prepare(self):
        data = CareInput(self.routines.toPlainText(), self.what_works.toPlainText(),
                         self.collectors.toPlainText())
        child_id = self.detail.summary.id
        return lambda done, failed: ops.update_child_care(
            self.gui.runner, self.gui.session, child_id, data, done, failed)


def details_dialog(gui: GuiContext, detail: ChildDetail, parent: QWidget) -> OperationDialog:
    """The dialog the user's role may use."""
    if gui.session.user.role in (UserRole.OFFICE, UserRole.CONSULTANT):
        return ChildDetailsDialog(gui, detail, parent)
    return ChildCareDialog(gui, detail, parent)

