"""A child's case team: a professional joins from a date, once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import ProfessionalRole
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.records import case_team, children, professionals
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.records.children import ChildInput


def test_a_professional_joins_the_case_team_once_and_is_offered_for_meetings(office_ctx):
    child = children.create_child(office_ctx, ChildInput("Liva", "Hansen"))
    physio = professionals.create_professional(office_ctx, "Eva Fys",
                                               ProfessionalRole.PHYSIOTHERAPIST)
    start = office_ctx.today() - timedelta(days=30)

    member = case_team.add_case_team_member(office_ctx, child.id, physio.id,
                                            ProfessionalRole.PHYSIOTHERAPIST, start)

    assert (member.name, member.role, member.start_date) == (
        "Eva Fys", ProfessionalRole.PHYSIOTHERAPIST, start)
    offered = meetings.candidate_participants(office_ctx, child.id)
    assert physio.id in {p.professional_id for p in offered}
    with pytest.raises(ValidationError) as caught:
        case_team.add_case_team_member(office_ctx, child.id, physio.id,
                                       ProfessionalRole.PHYSIOTHERAPIST)
    assert str(caught.value) == "Eva Fys er allerede med i teamet omkring Liva Hansen."
