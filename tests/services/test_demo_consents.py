"""The demo shows consent scope and withdrawal: Villads' narrow consent to Børnehaven Spiren,
and the partners his mother withdrew consent for are off his next agenda."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from dagpleje_desktop.domain.enums import MeetingStatus
from dagpleje_desktop.services.records import children, consents, sharing
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.documents import printing
from dagpleje_desktop.demo.demo import DEMO_USERNAME, install_demo

SPIREN = "Børnehaven Spiren"


@pytest.fixture
def demo_ctx(installation):
    install_demo(installation)
    ctx = installation.login(DEMO_USERNAME, "demo")
    yield ctx
    ctx.close()


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(path).pages)
                    .split())


def _villads(ctx):
    (child,) = [c for c in children.list_children(ctx) if c.first_name == "Villads"]
    return children.get_child(ctx, child.id)


def test_villads_packet_to_spiren_holds_only_his_plan_and_development(demo_ctx, tmp_path):
    villads = _villads(demo_ctx)
    spiren = [c for c in consents.list_consents(demo_ctx, villads.summary.id)
              if SPIREN in c.recipients]
    assert [c.categories for c in spiren] == [("udvikling", "handleplan")]
    text = _text(printing.print_handover(demo_ctx, villads.summary.id, SPIREN,
                                         tmp_path / "pakke.pdf"))
    assert "Mål og handleplan" in text and "Udviklingsvurderinger" in text
    for stored in (villads.allergies, villads.medication, villads.diagnoses,
                   villads.special_needs, villads.routines,
                   *(g.address for g in villads.guardians), *(g.phone for g in villads.guardians)):
        if stored:
            assert " ".join(stored.split())[:40] not in text, stored
    assert "trukket sit samtykke" not in text


def test_villads_next_agenda_leaves_out_the_partners_consent_was_withdrawn_for(demo_ctx,
                                                                              tmp_path):
    villads = _villads(demo_ctx)
    warnings = sharing.sharing_warnings(demo_ctx, villads.summary.id)
    assert {w.name for w in warnings} == {"Ahmad Rahimi", "Lærke Hjorth"}
    assert all("trukket tilbage" in w.message for w in warnings)
    planned = [m for m in meetings.list_meetings(demo_ctx, villads.summary.id)
               if m.status is MeetingStatus.PLANNED]
    agenda = _text(printing.print_agenda(demo_ctx, min(planned, key=lambda m: m.start).id,
                                         tmp_path / "dagsorden.pdf"))
    invited = agenda.split("Indbudte")[1].split("Dagsorden og statusbeskrivelse sendes til:")
    send_to = invited[1].split(".")[0]
    for partner in ("Ahmad Rahimi", "Lærke Hjorth"):
        assert partner not in invited[0] and partner not in send_to
    assert "Nadia Ærbøll" in send_to
    assert "sendes til forældrene" in agenda
