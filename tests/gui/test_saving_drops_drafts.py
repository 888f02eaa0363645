"""A save from an editor with a draft and the dropping of that draft are one transaction,
on SQLite and on PostgreSQL: a refused save keeps the typed text as a draft, a save that
went through leaves no draft behind."""

from __future__ import annotations

import pytest

from dagpleje_desktop.domain.enums import ReferralStatus, ReferrerType
from dagpleje_desktop.gui.operations import referrals as referral_ops
from dagpleje_desktop.services.journal import editor_drafts
from dagpleje_desktop.services.office import referrals
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.office.referrals import ReferralInput
from dagpleje_desktop.services.office.visitation import DecisionInput


class AtOnce:
    """Runs an operation on the calling thread (the worker's part is what is tested)."""

    def run_db(self, fn, on_done, on_error=None, **_kw):
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - handed to the test as the GUI would get it
            on_error(exc)
            return 0
        on_done(result)
        return 1


def _decide(ctx, referral_id, data) -> list:
    outcome: list = []
    referral_ops.record_decision(AtOnce(), ctx, referral_id, data,
                                 referral_ops.referral_key(referral_id), outcome.append,
                                 outcome.append)
    return outcome


@pytest.fixture
def referral(office_ctx):
    return referrals.register_referral(office_ctx, ReferralInput(
        ReferrerType.SOCIAL_WORKER, "Ahmad Rahimi", "Behov for faste rammer", 3,
        new_child=ChildInput("Noah", "Berg"), committee_date=office_ctx.today())).info


def test_a_refused_decision_keeps_the_draft_and_a_saved_one_drops_it(office_ctx, referral):
    key = referral_ops.referral_key(referral.id)
    editor_drafts.save_editor_draft(office_ctx, key, {"note": ""}, child_id=referral.child_id)

    (refused,) = _decide(office_ctx, referral.id, DecisionInput(ReferralStatus.REJECTED, ""))
    assert isinstance(refused, Exception)  # a rejection needs the committee's reason
    assert editor_drafts.editor_draft(office_ctx, key) is not None

    (info,) = _decide(office_ctx, referral.id, DecisionInput(
        ReferralStatus.REJECTED, "Behovet dækkes af sundhedsplejen"))
    assert info.status == ReferralStatus.REJECTED
    assert editor_drafts.editor_draft(office_ctx, key) is None
