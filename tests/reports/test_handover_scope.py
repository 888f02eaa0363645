"""The handover packet holds only what the consent covers, and says so on its first page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pdf_reading import flat, full_text, page_texts
from report_case import GOAL_TITLES, SHARED_OBSERVATION

from dagpleje_desktop.domain.enums import ConsentPurpose
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.reports.dates import danish_date
from dagpleje_desktop.services.records import children, consents
from dagpleje_desktop.services.documents import handover, printing
from dagpleje_desktop.store.models import Consent

RECIPIENT = "Børnehaven Solsikken"


def _consent(ctx, case, categories, role="Kommende børnehave"):
    return consents.record_consent(ctx, consents.ConsentInput(
        case.child_id, case.mother_id, ConsentPurpose.HANDOVER, (RECIPIENT,),
        "Aftalt på mødet i juni", ctx.today() - timedelta(days=3), categories=categories,
        recipient_role=role))


def _packet(ctx, case, out, observations=()):
    return printing.print_handover(ctx, case.child_id, RECIPIENT, out / "pakke.pdf",
                                   list(observations))


def _stored_health_family_and_observations(ctx, case) -> list[str]:
    """What the record holds about health, family and observations, as stored."""
    child = children.get_child(ctx, case.child_id)
    values = [child.special_needs, child.diagnoses, child.allergies, child.medication,
              SHARED_OBSERVATION]
    for guardian in child.guardians:
        values += [guardian.phone, guardian.email, guardian.address]
        if guardian.id != case.mother_id:   # the mother gave the consent: she is named
            values.append(guardian.name)
    return [v for v in values if v and v.strip()]


def test_a_packet_under_a_consent_for_only_the_plan_holds_nothing_else(consultant_ctx, case,
                                                                      out):
    consent = _consent(consultant_ctx, case, ("handleplan",))
    path = _packet(consultant_ctx, case, out)
    text = flat(full_text(path))
    for expected in ("Seneste godkendte handleplan", "Forældrene øver tegn derhjemme.",
                     *GOAL_TITLES):
        assert expected in text, expected
    for value in _stored_health_family_and_observations(consultant_ctx, case):
        assert flat(value) not in text, value
    # No heading of a section the consent does not cover, not even empty.
    for heading in ("Helbred", "Særlige behov", "Relation", "Udvalgte observationer",
                    "Det virker for mig", "Udviklingsalder", "Trivselshistorik", "Kontakter",
                    "CPR-nummer", "Ingen observationer"):
        assert heading not in text, heading
    # The first page says what was disclosed, to whom, under which consent.
    first = flat(page_texts(path)[0])
    assert "Videregivne oplysninger" in first
    assert f"{RECIPIENT} (Kommende børnehave)" in first
    assert "Mål og handleplan" in first and "Helbred" not in first
    assert consent.reference in first
    assert f"Agnieszka Nguyễn ({consent.guardian_relation.lower()})" in first
    assert f"givet den {danish_date(consent.given_on)}" in first
    (disclosure,) = handover.list_disclosures(consultant_ctx, case.child_id)
    assert "Oplysninger: Mål og handleplan." in disclosure.what
    assert "Helbred" not in disclosure.what and "observationer" not in disclosure.what


def test_each_category_brings_its_own_section(consultant_ctx, case, out):
    _consent(consultant_ctx, case, ("helbred", "familie", "observationer"))
    text = flat(full_text(_packet(consultant_ctx, case, out, [case.shared_observation_id])))
    for expected in ("Jordnødder", "Astmaspray efter behov", "Minh Nguyễn", "22 33 44 55",
                     SHARED_OBSERVATION, "Helbred (diagnoser, allergier, medicin)",
                     "Familie og sociale forhold"):
        assert expected in text, expected
    for absent in (*GOAL_TITLES, "Faldet godt til ro", "Kravler rundt", "Billeder af dagens"):
        assert absent not in text, absent


def test_observations_are_refused_when_the_consent_does_not_cover_them(consultant_ctx, case,
                                                                      out):
    _consent(consultant_ctx, case, ("handleplan", "udvikling"))
    with pytest.raises(ValidationError, match="omfatter ikke observationer"):
        _packet(consultant_ctx, case, out, [case.shared_observation_id])
    assert list(out.iterdir()) == []
    assert handover.list_disclosures(consultant_ctx, case.child_id) == []


def test_a_consent_from_before_categories_covers_nothing_until_a_person_chooses(
        consultant_ctx, case, out):
    consent = _consent(consultant_ctx, case, ("handleplan",))
    with consultant_ctx.db.transaction() as s:   # as migrated: no categories
        s.get(Consent, consent.id).categories = ""
    assert consents.get_consent(consultant_ctx, consent.id).categories == ()
    with pytest.raises(consents.ConsentMissingError, match="angiver ikke, hvilke oplysninger"):
        _packet(consultant_ctx, case, out)
    assert list(out.iterdir()) == []
    chosen = consents.set_categories(consultant_ctx, consent.id, ["udvikling", "handleplan"],
                                     "Børnehave")
    assert chosen.categories == ("udvikling", "handleplan")
    assert chosen.categories_label == "Udviklingsvurderinger, Mål og handleplan"
    with pytest.raises(ValidationError, match="omfatter allerede"):
        consents.set_categories(consultant_ctx, consent.id, ["helbred"])
    text = flat(full_text(_packet(consultant_ctx, case, out)))
    assert "Udviklingsalder" in text and "Jordnødder" not in text


def test_history_stays_after_withdrawal(consultant_ctx, case, out):
    consent = _consent(consultant_ctx, case, ("handleplan",))
    _packet(consultant_ctx, case, out)
    withdrawn = consents.withdraw_consent(consultant_ctx, consent.id)
    (out / "pakke.pdf").unlink()
    with pytest.raises(consents.ConsentMissingError) as refused:
        _packet(consultant_ctx, case, out)
    assert danish_date(withdrawn.withdrawn_on) in str(refused.value)
    (disclosure,) = handover.list_disclosures(consultant_ctx, case.child_id)
    assert disclosure.consent_id == consent.id
