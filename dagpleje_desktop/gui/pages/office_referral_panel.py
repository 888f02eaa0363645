"""One referral beside the lists: what it is about, the committee's decision, and for a
granted referral the steps that follow as a checklist with a button for the next ones:
home visit, a home and the placement, the start meeting."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import ReferralStatus
from ..context import GuiContext
from ..dialogs.referral_appointments import HomeVisitDialog, StartMeetingDialog
from ..dialogs.referral_decision import DecisionDialog
from ..dialogs.referral_placement import PlacementDialog
from ..domain_labels import label as domain_label
from ..operations import referrals as referral_ops
from ..operations.referrals import ReferralInfo
from ..operations.runner import user_message
from ..widgets.text import label
from ..widgets.when_fields import short_date, typed_datetime

DONE, TODO = "✓", "○"
OPEN = (ReferralStatus.RECEIVED, ReferralStatus.IN_VISITATION)


def _moment(value) -> str:
    return typed_datetime(value)


class ReferralPanel(QFrame):
    """Emits ``changed(referral_id)`` after a decision or a step was saved."""

    changed = Signal(object)

    def __init__(self, gui: GuiContext, committee_day, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.committee_day = committee_day  # () -> the date chosen above the lists
        self.referral: ReferralInfo | None = None
        self.dialog = None
        self.setObjectName("referralPanel")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(8)
        self.title = label("", "sectionTitle", object_name="referralTitle")
        self.facts = label("", "muted", object_name="referralFacts")
        self.reason = label("", object_name="referralReason", selectable=True)
        self.note = label("", object_name="referralNote", selectable=True)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)

        actions = QHBoxLayout()
        self.schedule_button = QPushButton()
        self.schedule_button.setObjectName("scheduleReferral")
        self.decide_button = QPushButton(self.tr("Registrér afgørelse …"))
        self.decide_button.setObjectName("decideReferral")
        self.decide_button.setProperty("role", "primary")
        actions.addWidget(self.schedule_button)
        actions.addStretch(1)
        actions.addWidget(self.decide_button)
        layout.addLayout(actions)

        self.steps = QWidget()
        grid = QGridLayout(self.steps)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.addWidget(label(self.tr("Efter bevillingen"), "fieldLabel"), 0, 0, 1, 3)
        self.step_marks, self.step_texts, self.step_buttons = {}, {}, {}
        # Short button texts beside the step they belong to; the full action is the name.
        for row, (key, text, action, name) in enumerate((
                ("grant", self.tr("Revisitation …"), self.tr("Registrér revisitation"),
                 "revisitReferral"),
                ("visit", self.tr("Planlæg …"), self.tr("Planlæg hjemmebesøg"), "planHomeVisit"),
                ("place", self.tr("Find hjem …"), self.tr("Find hjem og indskriv"),
                 "placeChild"),
                ("meeting", self.tr("Planlæg …"), self.tr("Planlæg opstartsmøde"),
                 "planStartMeeting")), start=1):
            mark = label("", wrap=False)
            mark.setMinimumWidth(16)
            text_label = label("", object_name=f"step_{key}")
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(action)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text_label, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.step_marks[key], self.step_texts[key], self.step_buttons[key] = \
                mark, text_label, button
        layout.addWidget(self.steps)
        self.feedback = label("", "muted", object_name="referralFeedback", selectable=True)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        # What and why below the actions, so the next step is in view on a laptop screen.
        layout.addSpacing(4)
        layout.addWidget(self.reason)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self.schedule_button.clicked.connect(self.schedule)
        self.decide_button.clicked.connect(self.decide)
        self.step_buttons["grant"].clicked.connect(self.decide)
        self.step_buttons["visit"].clicked.connect(self.plan_home_visit)
        self.step_buttons["place"].clicked.connect(self.place_child)
        self.step_buttons["meeting"].clicked.connect(self.plan_start_meeting)
        self.show_referral(None)

    # -- showing -----------------------------------------------------------------------

    def show_referral(self, referral: ReferralInfo | None) -> None:
        if referral is None or self.referral is None or referral.id != self.referral.id:
            self.feedback.setVisible(False)
        self.referral = referral
        if referral is None:
            self.title.setText(self.tr("Vælg en indstilling"))
            self.facts.setText(self.tr("Vælg en indstilling på listerne for at se den og "
                                       "registrere afgørelsen og de næste skridt."))
            for widget in (self.reason, self.note, self.schedule_button, self.decide_button,
                           self.steps):
                widget.setVisible(False)
            return
        self.title.setText(referral.child_name)
        self.facts.setText(self._facts(referral))
        self.reason.setText(self.tr("Begrundelse: {reason}").format(reason=referral.reason))
        self.reason.setVisible(True)
        self.note.setText(self.tr("Udvalgets notat: {note}").format(note=referral.decision_note))
        self.note.setVisible(bool(referral.decision_note))
        is_open = referral.status in OPEN
        self.decide_button.setVisible(is_open)
        self.schedule_button.setVisible(is_open)
        if is_open:
            day = self.committee_day()
            self.schedule_button.setText(self.tr("Sæt på mødet {day}").format(
                day=short_date(day)))
            self.schedule_button.setToolTip(self.tr("Sæt indstillingen på visitationsudvalgets "
                                                    "møde den valgte dag"))
            self.schedule_button.setEnabled(referral.committee_date != day)
        self.steps.setVisible(referral.status == ReferralStatus.GRANTED)
        if referral.status == ReferralStatus.GRANTED:
            self._show_steps(referral)

    def _facts(self, r: ReferralInfo) -> str:
        parts = [domain_label(r.status)]
        if r.status == ReferralStatus.IN_VISITATION and r.committee_date:
            parts[0] += self.tr(" {day}").format(day=short_date(r.committee_date))
        parts.append(self.tr("indstillet af {who} {day}").format(
            who=r.referrer, day=short_date(r.received_on)))
        parts.append(self.tr("ønsker {n} pladser").format(n=r.requested_places))
        if r.cpr_masked:
            parts.append(self.tr("CPR {cpr}").format(cpr=r.cpr_masked))
        if r.attachment_count:
            parts.append(self.tr("{n} bilag").format(n=r.attachment_count))
        return " · ".join(parts)

    def _step(self, key: str, done: bool, text: str, *, button: bool = True,
              enabled: bool = True) -> None:
        self.step_marks[key].setText(DONE if done else TODO)
        self.step_marks[key].setStyleSheet("color: #2e7d32; font-weight: 600;" if done
                                           else "color: #5b6770;")
        self.step_texts[key].setText(text)
        self.step_buttons[key].setVisible(button)
        self.step_buttons[key].setEnabled(enabled)

    def _show_steps(self, r: ReferralInfo) -> None:
        p = r.progress
        grant = self.tr("Bevilget {n} pladser").format(n=r.granted_places)
        if r.revisitation_on:
            grant += self.tr(", revisitation {day}").format(day=short_date(r.revisitation_on))
        self._step("grant", True, grant)
        self._step("visit", p.home_visit_at is not None,
                   self.tr("Hjemmebesøg {when}").format(when=_moment(p.home_visit_at))
                   if p.home_visit_at else self.tr("Hjemmebesøg hos familien"),
                   button=p.home_visit_at is None)
        self._step("place", p.home_id is not None,
                   self.tr("Indskrevet hos {home} fra {day}").format(
                       home=p.home_name, day=short_date(p.placed_from))
                   if p.home_id else self.tr("Mini-dagplejehjem med plads"),
                   button=p.home_id is None)
        self._step("meeting", p.start_meeting_at is not None,
                   self.tr("Opstartsmøde {when}").format(when=_moment(p.start_meeting_at))
                   if p.start_meeting_at else self.tr("Opstartsmøde hos mini-dagplejeren"),
                   button=p.start_meeting_at is None, enabled=p.home_id is not None)
        self.step_buttons["visit"].setToolTip(self.tr(
            "Konsulenternes besøg hos familien for at afklare barnets pædagogiske behov"))
        self.step_buttons["place"].setToolTip(self.tr(
            "Et mini-dagplejehjem med plads og en indretning, der passer til barnets behov"))
        self.step_buttons["meeting"].setToolTip(self.tr(
            "Med forældrene, mini-dagplejeren og samarbejdsparterne") if p.home_id else self.tr(
            "Indskriv barnet først: mødet holdes hos mini-dagplejeren."))

    def say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    # -- actions -----------------------------------------------------------------------

    def _open(self, dialog, message) -> object:
        self.dialog = dialog
        referral_id = self.referral.id
        dialog.done.connect(lambda result: self._saved(referral_id, message(result)))
        dialog.open()
        return dialog

    def _saved(self, referral_id: uuid.UUID, text: str) -> None:
        self.say(text)
        self.changed.emit(referral_id)

    def schedule(self) -> None:
        if self.referral is None:
            return
        day: date = self.committee_day()
        self.schedule_button.setEnabled(False)
        referral_ops.schedule_referral(
            self.gui.runner, self.gui.session, self.referral.id, day,
            lambda info: self._saved(info.id, self.tr("{child} er sat på udvalgsmødet {day}.")
                                     .format(child=info.child_name, day=short_date(day))),
            self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.say(user_message(exc), error=True)
        self.show_referral(self.referral)

    def decide(self) -> DecisionDialog | None:
        if self.referral is None:
            return None
        return self._open(DecisionDialog(self.gui, self.referral, self.window()),
                          lambda info: self.tr("Afgørelsen er gemt: {status}.").format(
                              status=domain_label(info.status).lower()))

    def plan_home_visit(self) -> HomeVisitDialog:
        return self._open(HomeVisitDialog(self.gui, self.referral, self.window()),
                          lambda visit: self.tr("Hjemmebesøget er planlagt {when}.").format(
                              when=_moment(visit.visited_at)))

    def place_child(self) -> PlacementDialog:
        return self._open(PlacementDialog(self.gui, self.referral, self.window()),
                          lambda placement: self.tr("{child} er indskrevet hos {home} fra "
                                                    "{day}.").format(
                              child=self.referral.child_name, home=placement.home_name,
                              day=short_date(placement.start_date)))

    def plan_start_meeting(self) -> StartMeetingDialog:
        return self._open(StartMeetingDialog(self.gui, self.referral, self.window()),
                          lambda meeting: self.tr("Opstartsmødet er planlagt {when}. Det står "
                                                  "også under Møder.").format(
                              when=_moment(meeting.summary.start)))
