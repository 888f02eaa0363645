"""Visitationsudvalgets afgørelse: granted (the places the child counts for and when the
committee looks again), rejected (with the reason) or withdrawn, with a note.

The same dialog records the decision at a re-visitation of a granted child; the service
keeps the earlier decision in the note.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPlainTextEdit, QRadioButton, QSpinBox

from ...domain.enums import ReferralStatus
from ..context import GuiContext
from ..domain_labels import label
from ..operations import referrals as referral_ops
from ..operations.referrals import DecisionInput, ReferralInfo
from ..widgets.when_fields import date_edit, short_date
from .office_form import OfficeDialog

REVISIT_AFTER = timedelta(days=182)  # the committee usually looks again after half a year


class DecisionDialog(OfficeDialog):
    """Emits ``done(ReferralInfo)``."""

    def __init__(self, gui: GuiContext, referral: ReferralInfo, parent=None) -> None:
        revisit = referral.status == ReferralStatus.GRANTED
        title = self.tr("Revisitation") if revisit else self.tr("Registrér afgørelse")
        subtitle = self.tr("{child} – indstillet af {referrer} {received}, ønsker {places} "
                           "pladser.").format(child=referral.child_name,
                                              referrer=referral.referrer,
                                              received=short_date(referral.received_on),
                                              places=referral.requested_places)
        super().__init__(gui, title, subtitle, parent=parent, min_width=600)
        self.referral = referral
        today = gui.session.today()
        outcome = QHBoxLayout()
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[ReferralStatus, QRadioButton] = {}
        for status, name in ((ReferralStatus.GRANTED, "granted"),
                             (ReferralStatus.REJECTED, "rejected"),
                             (ReferralStatus.WITHDRAWN, "withdrawn")):
            button = QRadioButton(label(status))
            button.setObjectName(f"outcome_{name}")
            self.outcome_group.addButton(button)
            self.outcome_buttons[status] = button
            outcome.addWidget(button)
            self.add_inputs(button)
        outcome.addStretch(1)
        self.add_row(self.tr("Afgørelse"), outcome)
        self.outcome_buttons[ReferralStatus.GRANTED].setChecked(True)
        self.places = QSpinBox()
        self.places.setRange(2, 4)
        self.places.setValue(referral.granted_places or referral.requested_places)
        self.places.setSuffix(self.tr(" pladser"))
        self.places.setMaximumWidth(140)
        self.add_row(self.tr("Barnet tæller for"), self.places, name="grantedPlaces")
        self.revisitation = date_edit(today + REVISIT_AFTER)
        self.revisitation.setMaximumWidth(160)
        self.add_row(self.tr("Revisitation"), self.revisitation, name="revisitationOn")
        self.decided = date_edit(today)
        self.decided.setMaximumWidth(160)
        self.add_row(self.tr("Afgjort den"), self.decided, name="decidedOn")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.note.setPlaceholderText(self.tr("Udvalgets begrundelse og bemærkninger (skal "
                                             "udfyldes ved afslag)"))
        self.note.setFixedHeight(100)
        self.add_row(self.tr("Notat"), self.note, name="decisionNote")
        self.finish(self.tr("Gem afgørelsen"))
        self.attach_draft(referral_ops.referral_key(referral.id), {"note": self.note},
                          child_id=referral.child_id)
        self.outcome_group.buttonToggled.connect(lambda *_: self.refresh_state())
        self.refresh_state()

    def outcome(self) -> ReferralStatus:
        return next(s for s, b in self.outcome_buttons.items() if b.isChecked())

    def choose(self, outcome: ReferralStatus) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    def refresh_state(self) -> None:
        granted = self.outcome() == ReferralStatus.GRANTED
        self.places.setEnabled(granted)
        self.revisitation.setEnabled(granted)

    def submit(self):
        outcome = self.outcome()
        granted = outcome == ReferralStatus.GRANTED
        data = DecisionInput(
            outcome, self.note.toPlainText(),
            places=self.places.value() if granted else None,
            revisitation_on=self.revisitation.checked_value() if granted else None,
            decided_on=self.decided.checked_value())
        return partial(referral_ops.record_decision, self.gui.runner, self.gui.session,
                       self.referral.id, data, self.draft_key)
