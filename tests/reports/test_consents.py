"""Consents: only a guardian with custody gives them; expiry and withdrawal take effect."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import ConsentForm, ConsentPurpose
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.records import consents


def _input(ctx, case, **changes):
    values = dict(child_id=case.child_id, guardian_id=case.mother_id,
                  purpose=ConsentPurpose.HANDOVER, recipients=("Børnehaven Solsikken",),
                  information="Handleplan og udviklingsvurderinger",
                  given_on=ctx.today() - timedelta(days=1),
                  categories=("handleplan", "udvikling"))
    values.update(changes)
    return consents.ConsentInput(**values)


def test_a_guardian_with_custody_gives_consent_and_it_is_valid(consultant_ctx, case):
    info = consents.record_consent(consultant_ctx, _input(
        consultant_ctx, case, form=ConsentForm.ORAL,
        expires_on=consultant_ctx.today() + timedelta(days=30)))
    assert info.is_valid and info.state_label == "Gyldigt"
    assert info.guardian_name == "Agnieszka Nguyễn" and info.guardian_relation == "Mor"
    assert info.covers("børnehaven solsikken")
    assert len(info.reference) == 8
    assert [c.id for c in consents.list_consents(consultant_ctx, case.child_id)] == [info.id]
    assert consents.get_consent(consultant_ctx, info.id).form == ConsentForm.ORAL


def test_a_guardian_without_custody_cannot_give_consent(consultant_ctx, case):
    with pytest.raises(ValidationError, match="forældremyndighed"):
        consents.record_consent(consultant_ctx, _input(consultant_ctx, case,
                                                       guardian_id=case.father_id))
    assert consents.list_consents(consultant_ctx, case.child_id) == []


@pytest.mark.parametrize("changes, message", [
    (dict(recipients=(" ",)), "modtager"),
    (dict(information="", categories=()), "oplysninger"),
    (dict(categories=()), "mindst én slags oplysninger"),
    (dict(categories=("handleplan", "lægejournal")), "Ukendt oplysningskategori: lægejournal"),
    (dict(given_on="future"), "fremtiden"),
    (dict(expires_on="before"), "Udløbsdatoen"),
])
def test_incomplete_consent_is_refused_and_nothing_is_stored(consultant_ctx, case, changes,
                                                             message):
    today = consultant_ctx.today()
    if changes.get("given_on") == "future":
        changes["given_on"] = today + timedelta(days=2)
    if changes.get("expires_on") == "before":
        changes["expires_on"] = today - timedelta(days=5)
    with pytest.raises(ValidationError, match=message):
        consents.record_consent(consultant_ctx, _input(consultant_ctx, case, **changes))
    assert consents.list_consents(consultant_ctx, case.child_id) == []


def test_withdrawing_and_expiring_end_the_consent_today(consultant_ctx, case):
    first = consents.record_consent(consultant_ctx, _input(consultant_ctx, case))
    second = consents.record_consent(consultant_ctx, _input(consultant_ctx, case))
    withdrawn = consents.withdraw_consent(consultant_ctx, first.id)
    assert withdrawn.state == "withdrawn" and withdrawn.withdrawn_on == consultant_ctx.today()
    expired = consents.expire_consent(consultant_ctx, second.id)
    assert expired.state == "expired" and expired.state_label == "Udløbet"
    with pytest.raises(ValidationError, match="allerede trukket tilbage"):
        consents.withdraw_consent(consultant_ctx, first.id)
    with pytest.raises(ValidationError, match="allerede udløbet"):
        consents.expire_consent(consultant_ctx, second.id)
