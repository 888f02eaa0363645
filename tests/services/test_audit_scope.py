"""A childminder sees the log of her own children and her own actions, and only her own
home in the home list and the supervision overview."""

from __future__ import annotations

from datetime import date

import pytest

from dagpleje_desktop.domain.enums import HomeKind
from dagpleje_desktop.domain.errors import NotFoundError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, homes, placements
from dagpleje_desktop.services.meeting_cycle import visits


@pytest.fixture
def two_homes(office_ctx, make_childminder):
    mette = make_childminder()
    other_home = homes.create_home(office_ctx, homes.HomeInput("Naboens", HomeKind.MINI, 4))
    own_kid = children.create_child(office_ctx, children.ChildInput("Ida", "Holm"))
    other_kid = children.create_child(office_ctx, children.ChildInput("Bo", "Berg"))
    placements.place_child(office_ctx, own_kid.id, mette.home.id, 2, date(2024, 1, 5))
    placements.place_child(office_ctx, other_kid.id, other_home.id, 2, date(2024, 1, 5))
    children.get_child(office_ctx, other_kid.id)
    return mette, own_kid, other_kid, other_home


def test_a_childminder_sees_only_her_childrens_events_and_her_own(two_homes, office_ctx):
    mette, own_kid, other_kid, _ = two_homes
    children.get_child(mette.ctx, own_kid.id)

    seen = audit.list_events(mette.ctx)

    assert seen
    assert all(e.child_id == own_kid.id or e.username == "mette" for e in seen)
    assert other_kid.id not in {e.child_id for e in seen}
    assert any(e.child_id == own_kid.id and e.username == "test" for e in seen)
    # the office still sees everything
    assert other_kid.id in {e.child_id for e in audit.list_events(office_ctx)}


def test_a_childminder_asking_for_another_homes_child_is_refused(two_homes):
    mette, own_kid, other_kid, _ = two_homes
    with pytest.raises(NotFoundError):
        audit.list_events(mette.ctx, child_id=other_kid.id)
    assert {e.child_id for e in audit.list_events(mette.ctx, child_id=own_kid.id)} \
        == {own_kid.id}


def test_a_childminder_sees_only_her_own_home(two_homes, office_ctx):
    mette, _, _, other_home = two_homes

    assert [h.id for h in homes.list_homes(mette.ctx)] == [mette.home.id]
    assert [s.home_id for s in visits.supervision_due(mette.ctx)] == [mette.home.id]
    assert other_home.id in {h.id for h in homes.list_homes(office_ctx)}
    assert other_home.id in {s.home_id for s in visits.supervision_due(office_ctx)}


def test_a_placement_of_no_or_negative_places_is_refused(office_ctx):
    from dagpleje_desktop.domain.errors import ValidationError
    home = homes.create_home(office_ctx, homes.HomeInput("Stor", HomeKind.ORDINARY, 5))
    kid = children.create_child(office_ctx, children.ChildInput("Eva", "Lund"))
    for places in (0, -3):
        with pytest.raises(ValidationError, match="mindst én plads"):
            placements.place_child(office_ctx, kid.id, home.id, places, date(2024, 1, 5))
    assert placements.place_child(office_ctx, kid.id, home.id, 1, date(2024, 1, 5))
