"""A withdrawn or expired consent takes the party off the child's next agenda and minutes;
a warning says why and since when; earlier history stays."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pdf_reading import flat, full_text

from dagpleje_desktop.domain.enums import ConsentPurpose
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.reports.dates import danish_date
from dagpleje_desktop.services.records import consents, sharing
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.documents import printing

PARTNER = "Peter Lund"            # PPR psychologist on the case team, works at "PPR Kolding"


def _share_with_ppr(ctx, case):
    return consents.record_consent(ctx, consents.ConsentInput(
        case.child_id, case.mother_id, ConsentPurpose.SHARING, ("PPR Kolding",), "",
        ctx.today() - timedelta(days=30), categories=("statusbeskrivelse", "handleplan")))


def _partner(ctx, case):
    return next(p for p in meetings.candidate_participants(ctx, case.child_id)
                if p.name == PARTNER)


def _agenda_and_minutes(ctx, case, out) -> tuple[str, str]:
    agenda = printing.print_agenda(ctx, case.next_meeting_id, out / "dagsorden.pdf")
    minutes = printing.print_minutes(ctx, case.next_meeting_id, out / "referat.pdf")
    return flat(full_text(agenda)), flat(full_text(minutes))


def test_a_withdrawn_consent_takes_the_party_off_the_next_agenda_and_minutes(
        consultant_ctx, case, out):
    consent = _share_with_ppr(consultant_ctx, case)
    meetings.add_participant(consultant_ctx, case.next_meeting_id,
                             _partner(consultant_ctx, case))
    agenda, minutes = _agenda_and_minutes(consultant_ctx, case, out)
    assert PARTNER in agenda and "sendes til:" in agenda
    assert PARTNER in agenda.split("Dagsorden og statusbeskrivelse sendes til:")[1]
    assert PARTNER in minutes.split("Referatet sendes til:")[1]
    assert sharing.sharing_warnings(consultant_ctx, case.child_id) == []

    withdrawn = consents.withdraw_consent(consultant_ctx, consent.id)
    for path in out.iterdir():
        path.unlink()
    agenda, minutes = _agenda_and_minutes(consultant_ctx, case, out)
    assert PARTNER not in agenda
    assert PARTNER not in minutes
    (warning,) = sharing.sharing_warnings(consultant_ctx, case.child_id,
                                          case.next_meeting_id)
    assert warning.name == PARTNER
    assert "trukket tilbage" in warning.message
    assert danish_date(withdrawn.withdrawn_on) in warning.message
    # Not offered for the next meeting, and refused when added by hand.
    assert PARTNER not in [p.name for p in meetings.candidate_participants(consultant_ctx,
                                                                          case.child_id)]
    from dagpleje_desktop.services.meeting_cycle.meetings import ParticipantInput
    with pytest.raises(ValidationError, match="kan ikke inviteres.*trukket tilbage"):
        meetings.add_participant(consultant_ctx, case.next_meeting_id,
                                 ParticipantInput(professional_id=warning.professional_id))


def test_an_expired_consent_has_the_same_effect_and_history_stays(consultant_ctx, case, out):
    consent = _share_with_ppr(consultant_ctx, case)
    consents.expire_consent(consultant_ctx, consent.id)
    (warning,) = sharing.sharing_warnings(consultant_ctx, case.child_id)
    assert "udløb" in warning.message
    # The held meeting's minutes still say he sent apologies (history), but he is not
    # among those the minutes are sent to.
    path = printing.print_minutes(consultant_ctx, case.meeting_id, out / "referat.pdf")
    text = flat(full_text(path))
    assert PARTNER in text.split("Referatet sendes til:")[0]
    assert PARTNER not in text.split("Referatet sendes til:")[1].split(".")[0]


def test_a_party_no_consent_ever_named_is_not_affected(consultant_ctx, case, out):
    assert sharing.sharing_warnings(consultant_ctx, case.child_id) == []
    assert PARTNER in [p.name for p in meetings.candidate_participants(consultant_ctx,
                                                                      case.child_id)]


def _sent_to(text: str, marker: str) -> str:
    """Who the paper says it is sent to ("" when it is sent to nobody)."""
    return text.split(marker)[1] if marker in text else ""


AGENDA_TO, MINUTES_TO = "Dagsorden og statusbeskrivelse sendes til:", "Referatet sendes til:"


def test_a_partner_is_sent_only_what_a_valid_consent_covers(consultant_ctx, case, out):
    meetings.add_participant(consultant_ctx, case.next_meeting_id,
                             _partner(consultant_ctx, case))
    # No consent names the PPR: invited, but sent neither agenda nor minutes.
    agenda, minutes = _agenda_and_minutes(consultant_ctx, case, out)
    assert PARTNER in agenda, "still invited to the meeting"
    assert PARTNER not in _sent_to(agenda, AGENDA_TO)
    assert PARTNER not in _sent_to(minutes, MINUTES_TO)
    warnings = sharing.meeting_sharing_warnings(consultant_ctx, case.next_meeting_id)
    assert [w.name for w in warnings] == [PARTNER]
    assert "intet gyldigt samtykke" in warnings[0].message

    # A consent that covers the status description: the papers may go to the PPR.
    consents.record_consent(consultant_ctx, consents.ConsentInput(
        case.child_id, case.mother_id, ConsentPurpose.SHARING, ("PPR Kolding",), "",
        consultant_ctx.today() - timedelta(days=3), categories=("statusbeskrivelse",)))
    for path in out.iterdir():
        path.unlink()
    agenda, minutes = _agenda_and_minutes(consultant_ctx, case, out)
    assert PARTNER in _sent_to(agenda, AGENDA_TO)
    assert PARTNER in _sent_to(minutes, MINUTES_TO)
    assert sharing.meeting_sharing_warnings(consultant_ctx, case.next_meeting_id) == []
