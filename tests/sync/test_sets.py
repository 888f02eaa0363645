"""Many-to-many links merge as sets.

An edit touches only the elements added or removed, so concurrent edits of other fields
never duplicate a link or undo a removal; two devices adding the same element make one
link; a remove concurrent with an add is settled by the set's rule (add-wins for an
observation's domains and goals and for meeting participants, remove-wins for a child's
guardians), the same on every device whatever order the packages arrive in.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_helpers import PASSWORD, Post, close_all, open_device, pair, restore, state_hash
from test_convergence import _check_every_concurrent_edit_is_kept

from dagpleje_desktop.domain.enums import MeetingKind, UserRole, WellbeingPosition
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store import link_sets
from dagpleje_desktop.store.link_sets import ADD_WINS, ADDS_KEY, REMOVE_WINS, REMOVES_KEY
from dagpleje_desktop.store.models import MeetingParticipant, ObservationDomain
from dagpleje_desktop.sync.errors import AlreadyImported

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
NAMES = ["office", "consultant1", "consultant2"]
DOMAINS = ["gross_motor", "language", "social_contact"]
EXAMPLES = int(os.environ.get("DAGPLEJE_SET_EXAMPLES", "30"))


def _save(ctx, obs_id, **changes):
    now = observations.get_observation(ctx, obs_id)
    values = {"text": now.text, "observed_at": now.observed_at, "situation": now.situation,
              "domains": now.domains, "position": now.position, "goal_ids": now.goal_ids}
    values.update(changes)
    return observations.update_observation(ctx, obs_id, ObservationInput(now.child_id,
                                                                         **values))


def _domains(ctx, obs_id) -> list[str]:
    """Every live domain link of the observation, duplicates included."""
    with ctx.db.transaction() as s:
        return sorted(s.scalars(select(ObservationDomain.domain).where(
            ObservationDomain.observation_id == obs_id, ObservationDomain.deleted_at.is_(None))))


def _no_duplicate_links(ctx) -> None:
    with ctx.db.transaction() as s:
        rows = s.execute(select(ObservationDomain.observation_id, ObservationDomain.domain)
                         .where(ObservationDomain.deleted_at.is_(None))).all()
    assert [k for k, n in Counter(rows).items() if n > 1] == []


def _round(post, *devices) -> None:
    for src in devices:
        for dst in devices:
            if src is not dst:
                post.exchange(src, dst, backup=False)


@pytest.fixture
def started(trio, tmp_path):
    """An observation with one domain (Grovmotorik), known to all three devices."""
    office = trio[0]
    kid = children.create_child(office, ChildInput("Ida", "Ærø"))
    obs = observations.create_observation(office, ObservationInput(
        kid.id, "Ida løb", observed_at=SEEN, domains=("gross_motor",)))
    post = Post(tmp_path / "post")
    post.sync_all(*trio)
    return trio, post, obs.id


def test_edits_of_other_fields_on_two_devices_leave_the_domain_once(started):
    (office, c1, c2), post, obs = started
    _save(office, obs, text="Ida løb stærkt")
    _save(c1, obs, position=WellbeingPosition.GREEN)
    _round(post, office, c1, c2)
    for ctx in (office, c1, c2):
        assert _domains(ctx, obs) == ["gross_motor"]
        shown = observations.get_observation(ctx, obs)
        assert (shown.text, shown.position) == ("Ida løb stærkt", WellbeingPosition.GREEN)
        assert sync.list_conflicts(ctx) == []
    assert len({state_hash(ctx) for ctx in (office, c1, c2)}) == 1


def test_a_removed_domain_stays_removed_when_another_device_edits_the_text(started):
    (office, c1, c2), post, obs = started
    _save(office, obs, domains=("language",))
    _save(c1, obs, text="Ida løb og sang")
    _round(post, office, c1, c2)
    for ctx in (office, c1, c2):
        assert _domains(ctx, obs) == ["language"]
        assert observations.get_observation(ctx, obs).text == "Ida løb og sang"
        assert sync.list_conflicts(ctx) == []


def test_the_same_domain_added_on_two_devices_is_one_link(started):
    (office, c1, c2), post, obs = started
    _save(office, obs, domains=("gross_motor", "language"))
    _save(c1, obs, domains=("language", "gross_motor"))
    _round(post, office, c1, c2)
    for ctx in (office, c1, c2):
        assert _domains(ctx, obs) == ["gross_motor", "language"]
        assert sync.list_conflicts(ctx) == []
    assert len({state_hash(ctx) for ctx in (office, c1, c2)}) == 1


def test_an_add_concurrent_with_a_remove_wins_for_domains(started):
    """The consultant unticks and ticks Grovmotorik again while the office unticks it:
    her add was not seen by the office's remove, so the domain stays (add-wins)."""
    (office, c1, c2), post, obs = started
    _save(office, obs, domains=())
    _save(c1, obs, domains=())
    _save(c1, obs, domains=("gross_motor",))
    post.exchange(office, c2, backup=False)  # c2 learns the remove first
    _round(post, office, c1, c2)
    for ctx in (office, c1, c2):
        assert _domains(ctx, obs) == ["gross_motor"]
        assert sync.list_conflicts(ctx) == []
    # ... and once everybody has seen the add, a remove removes it everywhere
    _save(c2, obs, domains=())
    _round(post, office, c1, c2)
    assert [_domains(ctx, obs) for ctx in (office, c1, c2)] == [[], [], []]


def test_a_participant_invited_on_two_devices_is_invited_once(started):
    (office, c1, c2), post, _ = started
    start = datetime.now(timezone.utc) + timedelta(days=3)
    meeting = meetings.plan_meeting(office, meetings.MeetingInput(
        MeetingKind.NETWORK, start, start + timedelta(hours=1), place="Kontoret")).summary
    _round(post, office, c1, c2)
    meetings.add_participant(office, meeting.id, meetings.ParticipantInput("Tolk Hansen", "Tolk"))
    meetings.add_participant(c1, meeting.id, meetings.ParticipantInput("tolk  hansen", "Tolk"))
    _round(post, office, c1, c2)
    for ctx in (office, c1, c2):
        with ctx.db.transaction() as s:
            names = s.scalars(select(MeetingParticipant.name).where(
                MeetingParticipant.meeting_id == meeting.id,
                MeetingParticipant.deleted_at.is_(None))).all()
        assert len(names) == 1
    assert len({state_hash(ctx) for ctx in (office, c1, c2)}) == 1


# -- the rule itself, on operation histories ---------------------------------------------

def _add(seen_removes=()):
    return (False, "null", {REMOVES_KEY: list(seen_removes)})


def _remove(seen_adds=()):
    return (True, '"2026-03-02T09:30:00+00:00"', {ADDS_KEY: list(seen_adds)})


def test_add_wins_keeps_an_add_no_remove_had_seen():
    hist = {"a0": _add(), "r1": _remove(["a0"]), "a2": _add(["r1"]), "r3": _remove(["a0"])}
    assert link_sets.outcome(ADD_WINS, hist) == (False, "a2")
    hist["r4"] = _remove(["a0", "a2"])
    assert link_sets.outcome(ADD_WINS, hist) == (True, "r4")


def test_remove_wins_drops_an_add_that_had_not_seen_every_remove():
    """A child's guardian removed on one device stays removed, even if another device
    removed and linked the guardian again meanwhile."""
    hist = {"a0": _add(), "r1": _remove(["a0"]), "a2": _add(["r1"]), "r3": _remove(["a0"])}
    assert link_sets.outcome(REMOVE_WINS, hist) == (True, "r3")
    hist["a4"] = _add(["r1", "r3"])
    assert link_sets.outcome(REMOVE_WINS, hist) == (False, "a4")


def test_every_link_table_has_a_rule():
    assert set(link_sets.LINK_SETS) == {"observation_domain", "observation_goal",
                                        "meeting_participant", "action_plan_goal",
                                        "child_guardian"}
    assert link_sets.LINK_SETS["child_guardian"].rule == REMOVE_WINS


# -- random concurrent add / remove / edit on three devices --------------------------------

@pytest.fixture(scope="module")
def shared(fleet, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sets")
    devices = fleet.copy(folder, *NAMES)
    office = devices[0]
    kid = children.create_child(office, ChildInput("Ida", "Ærø"))
    obs = observations.create_observation(office, ObservationInput(
        kid.id, "Start", observed_at=SEEN, domains=("gross_motor",))).id
    Post(folder / "post").sync_all(*devices)
    keys = {n: fleet.templates[n].key for n in NAMES}
    close_all(*devices)
    return folder, keys, obs


@pytest.fixture(scope="module")
def live(shared, tmp_path_factory):
    folder, keys, _ = shared
    work = tmp_path_factory.mktemp("sets-live")
    devices = []
    for name in NAMES:
        shutil.copytree(folder / name, work / name)
        devices.append(open_device(work / name, keys[name]))
    yield devices
    close_all(*devices)


toggle = st.tuples(st.just("toggle"), st.integers(0, 2), st.sampled_from(DOMAINS))
edit = st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(["æble", "pære"]))
send = st.tuples(st.just("send"), st.integers(0, 2), st.integers(1, 2))
deliver = st.tuples(st.just("deliver"), st.integers(0, 50))
script_of = st.lists(st.one_of(toggle, toggle, edit, send, deliver, deliver),
                     min_size=3, max_size=14)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(script=script_of)
def test_three_devices_agree_on_every_set_with_no_duplicate_and_no_lost_change(
        shared, live, tmp_path_factory, script):
    folder, keys, obs = shared
    for name, ctx in zip(NAMES, live):
        restore(ctx, folder / name, keys[name])
    work = tmp_path_factory.mktemp("sets-post")
    post, in_transit = Post(work), []
    actions = defaultdict(set)  # domain -> {"add", "remove"} done anywhere
    try:
        for kind, *args in script:
            if kind == "toggle":
                who, domain = args
                now = list(observations.get_observation(live[who], obs).domains)
                if domain in now:
                    now.remove(domain)
                    actions[domain].add("remove")
                else:
                    now.append(domain)
                    actions[domain].add("add")
                _save(live[who], obs, domains=tuple(now))
            elif kind == "edit":
                who, word = args
                _save(live[who], obs, text=word)
            elif kind == "send":
                who, step = args
                src, dst = live[who], live[(who + step) % 3]
                in_transit.append((post.export(src, dst), dst))
            elif in_transit:
                path, dst = in_transit[args[0] % len(in_transit)]
                try:
                    sync.import_package(dst, path, backup=False)
                except AlreadyImported:
                    pass
        _round(post, *live)

        assert len({state_hash(ctx) for ctx in live}) == 1
        final = set(_domains(live[0], obs))
        for ctx in live:
            _no_duplicate_links(ctx)
            assert sync.list_conflicts(ctx) == [] or all(
                c.entity != "observation_domain" for c in sync.list_conflicts(ctx))
        start = {"gross_motor"}
        for domain in DOMAINS:  # a change nobody contradicted is never lost
            done = actions[domain]
            if done == {"add"}:
                assert domain in final
            elif done == {"remove"}:
                assert domain not in final
            elif not done:
                assert (domain in final) == (domain in start)
        _check_every_concurrent_edit_is_kept(live)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# -- an office on PostgreSQL ---------------------------------------------------------------

def test_sets_merge_between_a_postgresql_office_and_a_laptop(pg_url, fleet, tmp_path):
    installation = Installation(database_url=pg_url)
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                        password=PASSWORD)
    office = installation.login("test", PASSWORD)
    laptop, = fleet.copy(tmp_path, "consultant1")
    try:
        pair(office, laptop, tmp_path / "cards")
        post = Post(tmp_path)
        kid = children.create_child(office, ChildInput("Ærøsa", "Øby"))
        obs = observations.create_observation(office, ObservationInput(
            kid.id, "Ærøsa malede", observed_at=SEEN, domains=("gross_motor", "language"))).id
        _round(post, office, laptop)
        _save(office, obs, domains=("gross_motor",))              # removes Sprog
        _save(laptop, obs, text="Ærøsa malede med fingrene")     # another field
        _save(laptop, obs, domains=("gross_motor", "language", "social_contact"))
        _round(post, office, laptop)
        for ctx in (office, laptop):
            assert _domains(ctx, obs) == ["gross_motor", "social_contact"]
            _no_duplicate_links(ctx)
        assert state_hash(office) == state_hash(laptop)
    finally:
        close_all(laptop)
        office.close()
