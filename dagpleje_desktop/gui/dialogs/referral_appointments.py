"""After a grant: the consultants' home visit to the family, and the start meeting with the
parents and partners at the mini-childminder's home."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit

from ..context import GuiContext
from ..operations import referrals as referral_ops
from ..operations.referrals import HOME_VISIT_NOTE, ReferralInfo
from ..widgets.text import label
from ..widgets.when_fields import date_edit, local_datetime, time_edit
from .office_form import OfficeDialog


class HomeVisitDialog(OfficeDialog):
    """Planlæg hjemmebesøg; emits ``done(VisitInfo)``."""

    def __init__(self, gui: GuiContext, referral: ReferralInfo, parent=None) -> None:
        super().__init__(gui, self.tr("Planlæg hjemmebesøg"), self.tr(
            "Besøg hos familien til {child} for at afklare barnets pædagogiske behov, før "
            "der findes et mini-dagplejehjem.").format(child=referral.child_name),
            parent=parent, min_width=560)
        self.referral = referral
        self.day = date_edit(gui.session.today() + timedelta(days=7))
        self.day.setMaximumWidth(160)
        self.add_row(self.tr("Dato"), self.day, name="visitDate")
        self.time = time_edit(10, 0)
        self.time.setMaximumWidth(100)
        self.add_row(self.tr("Klokken"), self.time, name="visitTime")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.notes.setPlaceholderText(HOME_VISIT_NOTE)
        self.notes.setFixedHeight(90)
        self.add_row(self.tr("Formål og noter"), self.notes, name="visitNotes")
        self.finish(self.tr("Planlæg besøget"))

    def submit(self):
        when = local_datetime(self.day.checked_value(), self.time.time())
        return partial(referral_ops.plan_home_visit, self.gui.runner, self.gui.session,
                       self.referral.id, when, self.notes.toPlainText())


class StartMeetingDialog(OfficeDialog):
    """Planlæg opstartsmøde; emits ``done(MeetingDetail)``."""

    def __init__(self, gui: GuiContext, referral: ReferralInfo, parent=None) -> None:
        progress = referral.progress
        super().__init__(gui, self.tr("Planlæg opstartsmøde"), self.tr(
            "Mødet holdes hos {home} med forældrene, mini-dagplejeren, konsulenten og barnets "
            "samarbejdsparter; de inviteres automatisk.").format(
                home=progress.home_name or self.tr("mini-dagplejeren")),
            parent=parent, min_width=580)
        self.referral = referral
        first = progress.placed_from or gui.session.today()
        self.day = date_edit(max(first, gui.session.today()))
        self.day.setMaximumWidth(160)
        self.add_row(self.tr("Dato"), self.day, name="meetingDate")
        times = QHBoxLayout()
        self.start = time_edit(9, 0, accessible_name=self.tr("Fra"))
        self.start.setObjectName("meetingStart")
        self.end = time_edit(10, 0, accessible_name=self.tr("Til"))
        self.end.setObjectName("meetingEnd")
        times.addWidget(self.start)
        times.addWidget(label(self.tr("til")))
        times.addWidget(self.end)
        times.addStretch(1)
        self.add_inputs(self.start, self.end)
        self.add_row(self.tr("Tidspunkt"), times)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Hjemmets adresse, hvis feltet er tomt"))
        self.add_row(self.tr("Sted"), self.place, name="meetingPlace")
        self.finish(self.tr("Planlæg mødet"))

    def submit(self):
        day = self.day.checked_value()
        starts, ends = (local_datetime(day, t) for t in (self.start.time(), self.end.time()))
        place = self.place.text().strip() or None
        return partial(referral_ops.plan_start_meeting, self.gui.runner, self.gui.session,
                       self.referral.id, starts, ends, place)
