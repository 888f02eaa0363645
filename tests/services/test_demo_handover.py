"""The demo's planned handover (Alma to Børnehaven Solsikken) has observations to hand over."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader

from dagpleje_desktop.domain.enums import SharingLevel, WellbeingPosition
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.documents import handover, printing
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.demo.demo import DEMO_USERNAME, install_demo
from dagpleje_desktop.demo.observations import HANDOVER_DOMAINS

RECIPIENT = "Børnehaven Solsikken"


@pytest.fixture
def demo_ctx(installation):
    install_demo(installation)
    ctx = installation.login(DEMO_USERNAME, "demo")
    yield ctx
    ctx.close()


def _child(ctx, first_name: str):
    (child,) = [c for c in children.list_children(ctx) if c.first_name == first_name]
    return child


def test_alma_has_a_handful_of_recent_calm_observations_shareable_with_partners(demo_ctx):
    alma = _child(demo_ctx, "Alma")
    seen = observations.list_observations(demo_ctx, alma.id)
    shared = [o for o in seen if o.sharing is SharingLevel.PARTNERS]
    assert 4 <= len(shared) <= 8
    # What the consent covers: motor skills and wellbeing, nothing worrying by default.
    assert all(HANDOVER_DOMAINS & set(o.domains) for o in shared)
    assert not any(o.concern or o.position is WellbeingPosition.RED for o in shared)
    newest = max(o.observed_at for o in seen)
    assert all(newest - o.observed_at < timedelta(days=120) for o in shared)


def test_only_the_child_with_a_planned_handover_shares_observations_with_partners(demo_ctx):
    sharing = {c.first_name: any(o.sharing is SharingLevel.PARTNERS
                                 for o in observations.list_observations(demo_ctx, c.id))
               for c in children.list_children(demo_ctx) if c.home_id is not None}
    assert [name for name, shares in sharing.items() if shares] == ["Alma"]


def test_the_demo_handover_packet_to_solsikken_carries_the_shared_observations(demo_ctx,
                                                                              tmp_path):
    alma = _child(demo_ctx, "Alma")
    shared = [o for o in observations.list_observations(demo_ctx, alma.id)
              if o.sharing is SharingLevel.PARTNERS]
    path = printing.print_handover(demo_ctx, alma.id, RECIPIENT, tmp_path / "pakke.pdf",
                                   [o.id for o in shared])
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(path).pages)
    assert " ".join(shared[0].text.split()[:6]) in text
    (disclosure,) = handover.list_disclosures(demo_ctx, alma.id)
    assert disclosure.recipient == RECIPIENT
