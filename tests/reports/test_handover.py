"""The handover packet: refused without a valid consent, recorded when made."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pdf_reading import flat, full_text
from report_case import GOAL_TITLES, INTERNAL_OBSERVATION, OTHER, SHARED_OBSERVATION

from dagpleje_desktop.domain.consent_scope import CODES
from dagpleje_desktop.domain.enums import AuditAction, ConsentPurpose
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import consents
from dagpleje_desktop.services.documents import handover, printing

RECIPIENT = "Børnehaven Solsikken"


def _consent(ctx, case, recipients=(RECIPIENT,), purpose=ConsentPurpose.HANDOVER, **kw):
    kw.setdefault("categories", CODES)
    return consents.record_consent(ctx, consents.ConsentInput(
        case.child_id, case.mother_id, purpose, recipients,
        "Handleplan, udvikling, trivsel og udvalgte observationer",
        kw.pop("given_on", ctx.today() - timedelta(days=3)), **kw))


def _packet(ctx, case, out, recipient=RECIPIENT, observations=None):
    ids = [case.shared_observation_id] if observations is None else observations
    return printing.print_handover(ctx, case.child_id, recipient, out / "pakke.pdf", ids)


def test_without_consent_the_packet_is_refused_naming_the_missing_consent(consultant_ctx,
                                                                        case, out):
    with pytest.raises(consents.ConsentMissingError) as refused:
        _packet(consultant_ctx, case, out)
    message = str(refused.value)
    assert "samtykke til overlevering" in message
    assert f"»{RECIPIENT}«" in message and "Łucja Nguyễn" in message
    assert list(out.iterdir()) == []
    assert handover.list_disclosures(consultant_ctx, case.child_id) == []


def test_a_consent_for_another_recipient_or_purpose_does_not_count(consultant_ctx, case, out):
    _consent(consultant_ctx, case, recipients=("Børnehuset Mælkebøtten",))
    _consent(consultant_ctx, case, purpose=ConsentPurpose.SHARING)
    with pytest.raises(consents.ConsentMissingError) as refused:
        _packet(consultant_ctx, case, out)
    assert RECIPIENT in str(refused.value)
    assert "Børnehuset Mælkebøtten" in str(refused.value)  # says what there is consent to
    assert list(out.iterdir()) == []


def test_with_consent_the_packet_holds_every_section_and_only_this_child(consultant_ctx, case,
                                                                        out):
    consent = _consent(consultant_ctx, case)
    path = _packet(consultant_ctx, case, out, recipient="børnehaven  SOLSIKKEN")
    text = flat(full_text(path))
    # A letter to an institution says "Til …", never "Kære Børnehaven …".
    assert f"Kære {RECIPIENT}" not in text
    for expected in ("Overlevering", f"Til {RECIPIENT}", "Indhold", "Om Łucja",
                     "Det virker for mig", "En fast voksen ved aflevering.",
                     "Udvikling og trivsel", "Udviklingsalder", "Trivselshistorik",
                     "Faldet godt til ro", "Mål lige nu", *GOAL_TITLES,
                     "Seneste godkendte handleplan", "Forældrene øver tegn derhjemme.",
                     "Udvalgte observationer", SHARED_OBSERVATION, "Kontakter", "Peter Lund",
                     "Samtykke", consent.reference, "Agnieszka Nguyễn (mor)"):
        assert expected in text, expected
    assert INTERNAL_OBSERVATION not in text  # not selected
    assert OTHER not in text


def test_every_packet_is_recorded_as_a_disclosure_and_an_export(consultant_ctx, case, out):
    consent = _consent(consultant_ctx, case)
    _packet(consultant_ctx, case, out)
    _packet(consultant_ctx, case, out)
    disclosures = handover.list_disclosures(consultant_ctx, case.child_id)
    assert len(disclosures) == 2
    first = disclosures[0]
    assert first.recipient == RECIPIENT and first.consent_id == consent.id
    assert "Overleveringspakke" in first.what and "Udvalgte observationer (1)" in first.what
    assert first.disclosed_by == consultant_ctx.user.display_name
    exports = [e for e in audit.list_events(consultant_ctx, child_id=case.child_id)
               if e.action == AuditAction.EXPORT and e.entity == "handover_packet"]
    assert len(exports) == 2 and consent.reference in exports[0].detail


def test_after_withdrawal_the_next_packet_is_refused_at_once(consultant_ctx, case, out):
    consent = _consent(consultant_ctx, case)
    _packet(consultant_ctx, case, out)
    consents.withdraw_consent(consultant_ctx, consent.id)
    (out / "pakke.pdf").unlink()
    with pytest.raises(consents.ConsentMissingError, match="trukket tilbage"):
        _packet(consultant_ctx, case, out)
    assert list(out.iterdir()) == []
    assert len(handover.list_disclosures(consultant_ctx, case.child_id)) == 1


def test_an_expired_consent_is_refused(consultant_ctx, case, out):
    consent = _consent(consultant_ctx, case)
    consents.expire_consent(consultant_ctx, consent.id)
    with pytest.raises(consents.ConsentMissingError, match="udløb"):
        _packet(consultant_ctx, case, out)


def test_observations_must_be_the_childs_own_and_shareable(consultant_ctx, case, out):
    _consent(consultant_ctx, case)
    with pytest.raises(ValidationError, match="hører ikke til"):
        _packet(consultant_ctx, case, out, observations=[case.other_observation_id])
    with pytest.raises(ValidationError, match="må ikke deles"):
        _packet(consultant_ctx, case, out, observations=[case.internal_observation_id])
    assert list(out.iterdir()) == []
    assert handover.list_disclosures(consultant_ctx, case.child_id) == []


def test_the_consent_can_be_checked_before_printing(consultant_ctx, case):
    with pytest.raises(consents.ConsentMissingError):
        handover.check_handover_consent(consultant_ctx, case.child_id, RECIPIENT)
    consent = _consent(consultant_ctx, case)
    assert handover.check_handover_consent(consultant_ctx, case.child_id,
                                           RECIPIENT).id == consent.id
