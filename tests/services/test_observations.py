"""Observations: writing, editing, deleting (tombstones), listing, filtering, searching."""

import uuid
from datetime import timedelta

import pytest

from demo_exemption import share_with_childminders
from dagpleje_desktop.domain.enums import (AuditAction, HomeKind, ProfessionalRole, UserRole,
                                           WellbeingPosition)
from dagpleje_desktop.domain.errors import NotFoundError, ValidationError
from dagpleje_desktop.services.security import audit, users
from dagpleje_desktop.services.records import children, homes, placements, professionals
from dagpleje_desktop.services.meeting_cycle import goals
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.journal.observations import ObservationFilter, ObservationInput
from dagpleje_desktop.store.models import Observation

PASSWORD = "en-lang-adgangskode"


@pytest.fixture
def two_children(office_ctx, mini_home):
    """Bo and Anna, both placed in Solstrålen since last month."""
    start = office_ctx.today() - timedelta(days=30)
    kids = []
    for first in ("Bo", "Anna"):
        kid = children.create_child(office_ctx, children.ChildInput(first, "Jensen"))
        placements.place_child(office_ctx, kid.id, mini_home.id, 2, start)
        kids.append(kid)
    return kids


def _goal(ctx, child_id, title="Går selv op ad trappen", domain="gross_motor"):
    return goals.create_goal(ctx, goals.GoalInput(child_id, domain, title))


def _write(ctx, child_id, text, **kw):
    return observations.create_observation(ctx, ObservationInput(child_id, text, **kw))


def _texts(ctx, child_id, flt=None):
    ids = observations.observation_ids(ctx, child_id, flt)
    return [o.text for o in observations.get_observations(ctx, ids)]


def test_observation_keeps_domains_position_concern_and_goal(office_ctx, two_children):
    bo = two_children[0]
    goal = _goal(office_ctx, bo.id)
    when = office_ctx.now() - timedelta(hours=2)
    obs = _write(office_ctx, bo.id, "  Bo kravlede op ad tre trin og smilede.  ",
                 observed_at=when, situation="Legepladsen", domains=("body", "gross_motor"),
                 position=WellbeingPosition.YELLOW, concern=True, goal_ids=(goal.id,))
    shown = observations.get_observation(office_ctx, obs.id)
    assert shown.text == "Bo kravlede op ad tre trin og smilede."
    assert shown.situation == "Legepladsen"
    assert shown.observed_at == when
    assert sorted(shown.domains) == ["body", "gross_motor"]
    assert (shown.position, shown.concern, shown.goal_ids) == (
        WellbeingPosition.YELLOW, True, (goal.id,))
    assert shown.author_name == "Test Bruger"
    created = audit.list_events(office_ctx, child_id=bo.id, limit=2)[1]
    assert (created.action, created.entity_id) == (AuditAction.CREATE, str(obs.id))


@pytest.mark.parametrize("change, message", [
    (dict(text="   "), "teksten er tom"),
    (dict(domains=("body", "flyvning")), "Ukendt udviklingsområde: flyvning"),
    (dict(observed_at="two days ahead"), "fremtiden"),
    (dict(goal_ids="goal of the other child"), "hører ikke til barnet"),
    (dict(goal_ids="unknown goal"), "hører ikke til barnet"),
])
def test_bad_observation_is_refused_and_changes_nothing(office_ctx, two_children, change,
                                                        message):
    bo, anna = two_children
    change = dict(change)  # shared by both engines' runs
    if change.get("observed_at"):
        change["observed_at"] = office_ctx.now() + timedelta(days=2)
    if change.get("goal_ids") == "goal of the other child":
        change["goal_ids"] = (_goal(office_ctx, anna.id).id,)
    elif change.get("goal_ids"):
        change["goal_ids"] = (uuid.uuid4(),)
    text = change.pop("text", "Bo byggede et tårn af klodser.")
    events_before = audit.count_events(office_ctx)
    with pytest.raises(ValidationError, match=message):
        _write(office_ctx, bo.id, text, **change)
    assert audit.count_events(office_ctx) == events_before
    assert _texts(office_ctx, bo.id) == []


def test_edit_replaces_domains_and_goals(office_ctx, two_children):
    bo = two_children[0]
    first_goal, second_goal = _goal(office_ctx, bo.id), _goal(office_ctx, bo.id, "Siger to ord")
    obs = _write(office_ctx, bo.id, "Bo sagde »mere mad«.", domains=("language", "body"),
                 goal_ids=(first_goal.id,))
    edited = observations.update_observation(office_ctx, obs.id, ObservationInput(
        bo.id, "Bo sagde »mere mad, tak«.", domains=("communication",),
        position=WellbeingPosition.GREEN, goal_ids=(second_goal.id,)))
    assert edited.domains == ("communication",)
    assert edited.goal_ids == (second_goal.id,)
    assert edited.position is WellbeingPosition.GREEN
    assert _texts(office_ctx, bo.id, ObservationFilter(domain="body")) == []
    assert _texts(office_ctx, bo.id, ObservationFilter(domain="communication")) == [
        "Bo sagde »mere mad, tak«."]
    assert _texts(office_ctx, bo.id, ObservationFilter(goal_id=first_goal.id)) == []
    # a bad edit leaves the last good version alone
    with pytest.raises(ValidationError, match="Ukendt udviklingsområde"):
        observations.update_observation(office_ctx, obs.id, ObservationInput(
            bo.id, "Ændret", domains=("nope",)))
    again = observations.get_observation(office_ctx, obs.id)
    assert (again.text, again.domains) == ("Bo sagde »mere mad, tak«.", ("communication",))


def test_observation_cannot_be_moved_to_another_child(office_ctx, two_children):
    bo, anna = two_children
    obs = _write(office_ctx, bo.id, "Bo sov godt.")
    with pytest.raises(ValidationError, match="andet barn"):
        observations.update_observation(office_ctx, obs.id, ObservationInput(anna.id, "x"))
    assert _texts(office_ctx, anna.id) == []


def test_delete_leaves_a_tombstone_and_the_log_says_who(office_ctx, kirsten_ctx,
                                                        two_children):
    bo = two_children[0]
    kept = _write(office_ctx, bo.id, "Bo legede med sand i sandkassen.")
    doomed = _write(office_ctx, bo.id, "Bo legede med vand ved vandbordet.")
    consultant = kirsten_ctx
    observations.delete_observation(consultant, doomed.id)

    assert _texts(office_ctx, bo.id) == ["Bo legede med sand i sandkassen."]
    assert [h.observation_id for h in observations.search(office_ctx, "legede")] == [kept.id]
    with pytest.raises(NotFoundError):
        observations.get_observation(office_ctx, doomed.id)
    assert doomed.id not in [o.id for o in children.get_child(office_ctx, bo.id)
                             .recent_observations]
    with office_ctx.db.transaction() as s:  # the row stays, for sync and the record
        row = s.get(Observation, doomed.id)
        assert row is not None and row.deleted_at is not None
        assert row.text == "Bo legede med vand ved vandbordet."
    deletions = [e for e in audit.list_events(office_ctx, child_id=bo.id)
                 if e.action is AuditAction.DELETE]
    assert [(e.entity, e.entity_id, e.username) for e in deletions] == [
        ("observation", str(doomed.id), "kirsten")]
    with pytest.raises(NotFoundError):  # deleting twice is not possible
        observations.delete_observation(office_ctx, doomed.id)


@pytest.fixture
def kirsten_ctx(installation, office_ctx):
    """A second user (consultant Kirsten) logged in beside the office user."""
    person = professionals.create_professional(office_ctx, "Kirsten Konsulent",
                                               ProfessionalRole.MINI_CONSULTANT)
    users.create_user(office_ctx, "kirsten", "Kirsten Konsulent", UserRole.CONSULTANT,
                      PASSWORD, professional_id=person.id)
    ctx = installation.login("kirsten", PASSWORD)
    yield ctx
    ctx.close()


def test_list_by_period_includes_since_and_excludes_until(office_ctx, two_children):
    bo = two_children[0]
    t0 = office_ctx.now().replace(microsecond=0) - timedelta(days=1)
    for days_ago in (3, 2, 1, 0):
        _write(office_ctx, bo.id, f"{days_ago} dage før", observed_at=t0 - timedelta(days=days_ago))
    assert [o.text for o in observations.list_observations(office_ctx, bo.id)] == [
        "0 dage før", "1 dage før", "2 dage før", "3 dage før"]
    period = observations.list_observations(office_ctx, bo.id, since=t0 - timedelta(days=2),
                                            until=t0 - timedelta(days=1))
    assert [o.text for o in period] == ["2 dage før"]
    assert [o.text for o in observations.list_observations(
        office_ctx, bo.id, since=t0 - timedelta(days=1))] == ["0 dage før", "1 dage før"]
    assert [o.text for o in observations.list_observations(
        office_ctx, bo.id, until=t0 - timedelta(days=2))] == ["3 dage før"]


def test_filters_by_domain_position_goal_and_author(office_ctx, two_children, make_childminder):
    bo = two_children[0]
    goal = _goal(office_ctx, bo.id)
    _write(office_ctx, bo.id, "Klatrede", domains=("gross_motor",), goal_ids=(goal.id,))
    _write(office_ctx, bo.id, "Græd ved aflevering", position=WellbeingPosition.RED,
           domains=("emotional",))
    mette = make_childminder()
    anna = children.create_child(office_ctx, children.ChildInput("Anna", "Holm"))
    placements.place_child(office_ctx, anna.id, mette.home.id, 2, office_ctx.today())
    # Mette cannot see Bo: she is not his childminder
    with pytest.raises(NotFoundError):
        _write(mette.ctx, bo.id, "Hemmelig")
    _write(mette.ctx, anna.id, "Anna sang en sang", domains=("communication",))
    _write(office_ctx, anna.id, "Anna spiste selv")

    assert _texts(office_ctx, bo.id, ObservationFilter(domain="gross_motor")) == ["Klatrede"]
    assert _texts(office_ctx, bo.id, ObservationFilter(position=WellbeingPosition.RED)) == [
        "Græd ved aflevering"]
    assert _texts(office_ctx, bo.id, ObservationFilter(goal_id=goal.id)) == ["Klatrede"]
    assert _texts(office_ctx, anna.id, ObservationFilter(author_id=mette.professional_id)) == [
        "Anna sang en sang"]
    assert _texts(office_ctx, anna.id, ObservationFilter(
        author_id=office_ctx.user.professional_id)) == ["Anna spiste selv"]


def test_search_finds_words_and_edits_and_only_in_the_users_children(office_ctx, two_children,
                                                                     make_childminder):
    bo, anna = two_children
    mette = make_childminder()
    other = children.create_child(office_ctx, children.ChildInput("Carl", "Hansen"))
    placements.place_child(office_ctx, other.id, mette.home.id, 2, office_ctx.today())
    _write(office_ctx, bo.id, "Bo gyngede højt på legepladsen.")
    _write(office_ctx, anna.id, "Anna gyngede stille.")
    carls = _write(office_ctx, other.id, "Carl gyngede med Mette.")

    everyone = observations.search(office_ctx, "gyngede")
    assert sorted(h.child_name for h in everyone) == ["Anna Jensen", "Bo Jensen", "Carl Hansen"]
    hit = [h for h in everyone if h.child_id == other.id][0]
    assert observations.HIT_START in hit.snippet and "Carl" in hit.snippet

    mine = observations.search(mette.ctx, "gyngede")
    assert [(h.observation_id, h.child_name) for h in mine] == [(carls.id, "Carl Hansen")]
    assert observations.search(mette.ctx, "legepladsen") == []
    with pytest.raises(NotFoundError):
        observations.search(mette.ctx, "gyngede", child_id=bo.id)
    assert [h.child_id for h in observations.search(office_ctx, "gyngede", child_id=anna.id)] \
        == [anna.id]

    observations.update_observation(office_ctx, carls.id, ObservationInput(
        other.id, "Carl byggede en hule."))
    assert observations.search(mette.ctx, "gyngede") == []
    assert [h.observation_id for h in observations.search(mette.ctx, "hule")] == [carls.id]
    last = audit.list_events(mette.ctx, limit=1)[0]
    assert (last.action, last.username) == (AuditAction.SEARCH, "mette")


def test_unplaced_child_belongs_to_nobody_but_the_office(office_ctx, make_childminder):
    mette = make_childminder()
    kid = children.create_child(office_ctx, children.ChildInput("Dorte", "Nielsen"))
    _write(office_ctx, kid.id, "Dorte på besøg med mor.")
    assert observations.search(mette.ctx, "besøg") == []
    assert [h.child_id for h in observations.search(office_ctx, "besøg")] == [kid.id]


def test_ordinary_home_childminder_sees_her_child(office_ctx, installation):
    person = professionals.create_professional(office_ctx, "Lis", ProfessionalRole.CHILDMINDER)
    home = homes.create_home(office_ctx, homes.HomeInput("Lis' dagpleje", HomeKind.ORDINARY, 5,
                                                         childminder_id=person.id))
    share_with_childminders(office_ctx)  # her login and the office's data in one database
    users.create_user(office_ctx, "lis", "Lis", UserRole.CHILDMINDER, PASSWORD,
                      professional_id=person.id)
    kid = children.create_child(office_ctx, children.ChildInput("Eva", "Holm"))
    placements.place_child(office_ctx, kid.id, home.id, 1, office_ctx.today())
    lis = installation.login("lis", PASSWORD)
    try:
        obs = _write(lis, kid.id, "Eva hjalp med at dække bord.")
        assert obs.author_name == "Lis"
        assert [o.text for o in observations.list_observations(lis, kid.id)] == [
            "Eva hjalp med at dække bord."]
    finally:
        lis.close()
