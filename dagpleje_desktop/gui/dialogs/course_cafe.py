"""Planlæg småbørnscafé: the 1½-year visit with the health visitor, the small-child
consultant, the physiotherapist and the speech-hearing consultant; the guardians are
invited too. Who of the four is missing is said on the course afterwards."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QListView,
                               QListWidget, QListWidgetItem)

from ...domain.errors import ValidationError
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..operations import courses as course_ops
from ..operations.courses import CAFE_ROLES, CafeInput, CourseChoices
from ..widgets.text import label
from ..widgets.when_fields import date_edit, local_datetime, time_edit
from .office_form import OfficeDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class CafeDialog(OfficeDialog):
    """Emits ``done(CourseInfo)`` (its ``warning`` and ``missing_roles`` may be set)."""

    def __init__(self, gui: GuiContext, parent=None) -> None:
        super().__init__(gui, self.tr("Planlæg småbørnscafé"), self.tr(
            "Når barnet er omkring 1½ år, mødes familien med sundhedsplejerske, "
            "småbørnskonsulent, fysioterapeut og talehørekonsulent. De fælles noter gemmes "
            "kun, når forældrene har givet samtykke til deling."), parent=parent,
            min_width=620)
        session = gui.session
        self.child = QComboBox()
        self.child.addItem(self.tr("Vælg barn"), None)
        self.add_row(self.tr("Barn"), self.child, name="cafeChild")
        self.day = date_edit(session.today())
        self.day.setMaximumWidth(160)
        self.add_row(self.tr("Dato"), self.day, name="cafeDate")
        times = QHBoxLayout()
        self.start = time_edit(9, 0, accessible_name=self.tr("Fra"))
        self.end = time_edit(10, 30, accessible_name=self.tr("Til"))
        times.addWidget(self.start)
        times.addWidget(label(self.tr("til"), wrap=False))
        times.addWidget(self.end)
        times.addStretch(1)
        self.add_inputs(self.start, self.end)
        self.add_row(self.tr("Tidspunkt"), times)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("fx Sundhedsplejens lokaler"))
        self.add_row(self.tr("Sted"), self.place, name="cafePlace")
        self.people = QListWidget()
        self.people.setFixedHeight(120)
        # long names and roles wrap instead of scrolling sideways (WCAG 1.4.10)
        self.people.setWordWrap(True)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setResizeMode(QListView.ResizeMode.Adjust)
        self.add_row(self.tr("Fagpersoner"), self.people, name="cafePeople")
        self.invite = QCheckBox(self.tr("Invitér forældrene"))
        self.invite.setChecked(True)
        self.add_row("", self.invite, name="cafeInviteGuardians")
        self.finish(self.tr("Planlæg caféen"))
        self.attach_draft(course_ops.course_note_key(None, "cafe"), {"place": self.place})
        self.load_choices(partial(course_ops.load_choices, gui.runner, session),
                          self._fill_choices)

    def _fill_choices(self, choices: CourseChoices) -> None:
        for kid in choices.children:
            self.child.addItem(kid.name, str(kid.id))
        for person in choices.professionals:
            if person.role not in CAFE_ROLES:
                continue
            item = QListWidgetItem(f"{person.name} ({domain_label(person.role).lower()})")
            item.setData(ID_ROLE, str(person.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)

    def submit(self):
        chosen = self.child.currentData()
        if not chosen:
            raise ValidationError(self.tr("Vælg barnet, caféen er for."))
        day = self.day.checked_value()
        people = tuple(uuid.UUID(self.people.item(i).data(ID_ROLE))
                       for i in range(self.people.count())
                       if self.people.item(i).checkState() == Qt.CheckState.Checked)
        data = CafeInput(uuid.UUID(chosen), local_datetime(day, self.start.time()),
                         local_datetime(day, self.end.time()), self.place.text(), people,
                         self.invite.isChecked())
        return partial(course_ops.plan_cafe_visit, self.gui.runner, self.gui.session, data,
                       self.draft_key)
