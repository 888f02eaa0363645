"""Children: registering, editing, listing, one child's record and who may see it."""

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest

from dagpleje_desktop.domain.enums import AuditAction, ChildStatus, HomeKind
from dagpleje_desktop.domain.errors import (NotFoundError, PermissionDeniedError,
                                            ValidationError)
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, guardians, homes, placements
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.records.children import ChildInput


def _child(ctx, first, last="Jensen", **kw):
    return children.create_child(ctx, ChildInput(first, last, **kw))


def test_cpr_gives_birth_date_and_is_only_shown_masked(office_ctx):
    created = _child(office_ctx, "Åse", "Ørsted", cpr="0103234567")
    assert created.birth_date == date(2023, 3, 1)
    assert created.cpr_masked == "010323-XXXX"
    today = office_ctx.today()  # born on the 1st: whole months are calendar months
    assert created.age_months == (today.year - 2023) * 12 + today.month - 3
    listed = children.list_children(office_ctx)
    assert [(c.name, c.cpr_masked) for c in listed] == [("Åse Ørsted", "010323-XXXX")]
    detail = children.get_child(office_ctx, created.id)
    assert "4567" not in repr(detail)


def test_invalid_cpr_is_refused_and_nothing_is_stored(office_ctx):
    events_before = audit.count_events(office_ctx)
    with pytest.raises(ValidationError, match=r"30\.02\.2023"):
        _child(office_ctx, "Bo", cpr="300223-4567")
    assert audit.count_events(office_ctx) == events_before
    assert children.list_children(office_ctx) == []


def test_duplicate_cpr_is_refused_in_danish_whatever_the_spelling(office_ctx):
    first = _child(office_ctx, "Bo", cpr="010323-4567")
    with pytest.raises(ValidationError, match="allerede et barn med dette CPR-nummer"):
        _child(office_ctx, "Anna", cpr="0103234567")
    assert [c.id for c in children.list_children(office_ctx)] == [first.id]
    # after the refusal the database is still usable in the same session
    other = _child(office_ctx, "Cille", cpr="020323-4568")
    with pytest.raises(ValidationError, match="allerede et barn med dette CPR-nummer"):
        children.update_child(office_ctx, other.id, ChildInput("Cille", "Jensen",
                                                               cpr="010323-4567"))
    assert children.get_child(office_ctx, other.id).summary.cpr_masked == "020323-XXXX"


def test_children_without_cpr_do_not_clash(office_ctx):
    _child(office_ctx, "Bo", birth_date=date(2023, 5, 1))
    _child(office_ctx, "Anna")
    assert len(children.list_children(office_ctx)) == 2


def test_update_changes_what_the_record_shows(office_ctx):
    kid = _child(office_ctx, "Bo", cpr="010323-4567", allergies="nødder")
    updated = children.update_child(office_ctx, kid.id, ChildInput(
        " Bo Emil ", "Hansen", cpr="010323-4567", allergies="nødder, æg",
        routines="Sover middag kl. 11", status=ChildStatus.ACTIVE))
    assert updated.name == "Bo Emil Hansen"
    detail = children.get_child(office_ctx, kid.id)
    assert detail.summary.status is ChildStatus.ACTIVE
    assert (detail.allergies, detail.routines) == ("nødder, æg", "Sover middag kl. 11")
    with pytest.raises(ValidationError, match="fornavn"):
        children.update_child(office_ctx, kid.id, ChildInput("  ", "Hansen"))
    assert children.get_child(office_ctx, kid.id).summary.name == "Bo Emil Hansen"


def test_list_is_ordered_by_name_and_hides_archived_children(office_ctx):
    _child(office_ctx, "Bo", "Hansen")
    _child(office_ctx, "Anna", "Jensen")
    _child(office_ctx, "Anna", "Berg")
    _child(office_ctx, "Carl", "Andersen", status=ChildStatus.ARCHIVED)
    assert [c.name for c in children.list_children(office_ctx)] == [
        "Anna Berg", "Anna Jensen", "Bo Hansen"]
    assert [c.name for c in children.list_children(office_ctx, include_archived=True)] == [
        "Anna Berg", "Anna Jensen", "Bo Hansen", "Carl Andersen"]


def test_summaries_fetched_in_batches_keep_the_order_asked_for(office_ctx):
    for name in ["Dorte", "Bo", "Eva", "Anna", "Carl"]:
        _child(office_ctx, name)
    ids = children.child_ids(office_ctx)
    batches = children.child_summaries(office_ctx, ids[:2]) + \
        children.child_summaries(office_ctx, ids[2:])
    assert [c.first_name for c in batches] == ["Anna", "Bo", "Carl", "Dorte", "Eva"]
    backwards = children.child_summaries(office_ctx, list(reversed(ids)))
    assert [c.first_name for c in backwards] == ["Eva", "Dorte", "Carl", "Bo", "Anna"]


def test_get_child_shows_guardians_placements_and_newest_observations(office_ctx, mini_home):
    kid = _child(office_ctx, "Bo", cpr="010323-4567")
    guardians.add_guardian(office_ctx, kid.id, guardians.GuardianInput(
        "Karen Jensen", "mor", phone="12345678"))
    guardians.add_guardian(office_ctx, kid.id, guardians.GuardianInput(
        "Peter Jensen", "far", has_custody=False))
    start = office_ctx.today() - timedelta(days=30)
    placements.place_child(office_ctx, kid.id, mini_home.id, 3, start)
    now = datetime.now(timezone.utc)
    for n in range(12):
        observations.create_observation(office_ctx, observations.ObservationInput(
            kid.id, f"Observation nummer {n}", observed_at=now - timedelta(hours=12 - n)))

    detail = children.get_child(office_ctx, kid.id)
    assert [(g.name, g.relation, g.has_custody) for g in detail.guardians] == [
        ("Karen Jensen", "mor", True), ("Peter Jensen", "far", False)]
    assert [(p.home_name, p.places, p.start_date) for p in detail.placements] == [
        ("Solstrålen", 3, start)]
    assert detail.summary.home_name == "Solstrålen"
    assert detail.summary.status is ChildStatus.ACTIVE
    assert [o.text for o in detail.recent_observations] == [
        f"Observation nummer {n}" for n in range(11, 1, -1)]


def test_reading_a_child_is_logged_with_the_childs_id(office_ctx):
    kid = _child(office_ctx, "Bo")
    other = _child(office_ctx, "Anna")
    children.get_child(office_ctx, kid.id)
    newest = audit.list_events(office_ctx, limit=1)[0]
    assert (newest.action, newest.entity, newest.entity_id, newest.child_id,
            newest.username) == (AuditAction.VIEW, "child", str(kid.id), kid.id, "test")
    per_child = audit.list_events(office_ctx, child_id=kid.id)
    assert [e.action for e in per_child] == [AuditAction.VIEW, AuditAction.CREATE]
    assert all(e.child_id != other.id for e in per_child)
    assert audit.verify_chain(office_ctx).ok


def test_unknown_child_is_not_found(office_ctx):
    with pytest.raises(NotFoundError, match="findes ikke"):
        children.get_child(office_ctx, uuid.uuid4())


def test_mini_childminder_sees_only_the_children_placed_with_her(office_ctx, make_childminder):
    mette = make_childminder()
    other_home = homes.create_home(office_ctx, homes.HomeInput("Bikuben", HomeKind.MINI, 4))
    today = office_ctx.today()
    mine = _child(office_ctx, "Bo")
    elsewhere = _child(office_ctx, "Anna")
    unplaced = _child(office_ctx, "Carl")
    left = _child(office_ctx, "Dorte")
    placements.place_child(office_ctx, mine.id, mette.home.id, 2, today - timedelta(days=10))
    placements.place_child(office_ctx, elsewhere.id, other_home.id, 2, today)
    placements.place_child(office_ctx, left.id, mette.home.id, 2, today - timedelta(days=90),
                           today - timedelta(days=1))

    assert [c.name for c in children.list_children(mette.ctx)] == ["Bo Jensen"]
    assert children.child_summaries(mette.ctx, [elsewhere.id, mine.id, unplaced.id]) == \
        children.child_summaries(mette.ctx, [mine.id])
    assert children.get_child(mette.ctx, mine.id).summary.home_name == "Mettes mini-dagpleje"
    for hidden in (elsewhere, unplaced, left):
        with pytest.raises(NotFoundError):
            children.get_child(mette.ctx, hidden.id)
    assert len(children.list_children(office_ctx)) == 4


def test_mini_childminder_cannot_register_children(office_ctx, make_childminder):
    mette = make_childminder()
    with pytest.raises(PermissionDeniedError) as caught:
        _child(mette.ctx, "Bo", cpr="010323-4567")
    assert "du er logget ind som Mini-dagplejer" in str(caught.value)
    assert "Dagplejekontor" in str(caught.value)
    assert children.list_children(office_ctx) == []
