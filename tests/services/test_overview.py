"""The Oversigt summary: counts a user may see, and her own children."""

from __future__ import annotations

from datetime import date, timedelta

from dagpleje_desktop.domain.enums import ChildStatus, HomeKind, ProfessionalRole
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, homes, placements
from dagpleje_desktop.services.office import overview
from dagpleje_desktop.store.models import CaseTeamMember


def _child(ctx, first: str) -> children.ChildSummary:
    return children.create_child(ctx, children.ChildInput(first_name=first, last_name="Test"))


def test_counts_by_status_and_places(office_ctx):
    home = homes.create_home(office_ctx, homes.HomeInput("Mælkebøtten", HomeKind.MINI, 4))
    anna, _ = _child(office_ctx, "Anna"), _child(office_ctx, "Bo")
    placements.place_child(office_ctx, anna.id, home.id, 3, office_ctx.today())

    info = overview.overview(office_ctx)

    assert info.children_by_status[ChildStatus.ACTIVE] == 1
    assert info.children_by_status[ChildStatus.REFERRED] == 1
    assert info.total_children == 2
    assert (info.homes, info.places, info.free_places) == (1, 4, 1)
    assert info.my_children == []  # the office has no children of its own
    assert audit.list_events(office_ctx, limit=1)[0].entity == "overview"


def test_childminder_sees_only_her_children(installation, office_ctx, make_childminder):
    mette = make_childminder()
    placed, _ = _child(office_ctx, "Carla"), _child(office_ctx, "Dan")
    placements.place_child(office_ctx, placed.id, mette.home.id, 2, office_ctx.today())

    info = overview.overview(mette.ctx)

    assert info.total_children == 1
    assert [c.name for c in info.my_children] == ["Carla Test"]
    assert info.my_children[0].home_name == mette.home.name


def test_consultant_sees_children_on_her_case_teams(consultant_ctx):
    mine, other, ended = (_child(consultant_ctx, n) for n in ("Ella", "Frede", "Gry"))
    me = consultant_ctx.user.professional_id
    with consultant_ctx.db.transaction() as s:
        s.add(CaseTeamMember(child_id=mine.id, professional_id=me,
                             role=ProfessionalRole.MINI_CONSULTANT.value,
                             start_date=date(2024, 1, 1)))
        s.add(CaseTeamMember(child_id=ended.id, professional_id=me,
                             role=ProfessionalRole.MINI_CONSULTANT.value,
                             start_date=date(2023, 1, 1),
                             end_date=consultant_ctx.today() - timedelta(days=1)))

    info = overview.overview(consultant_ctx)

    assert [c.name for c in info.my_children] == ["Ella Test"]
    assert info.total_children == 3
