"""The demo data set: complete, current, role-scoped and installed only once (both engines)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from dagpleje_desktop.domain.cpr import parse_cpr
from dagpleje_desktop.domain.enums import (ChildStatus, ConsentPurpose, CourseKind, HomeKind,
                                           MeetingKind, MeetingStatus, PlanStatus,
                                           ReferralStatus, VisitKind, WellbeingPosition)
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, homes
from dagpleje_desktop.services.office import courses, referrals, visitation
from dagpleje_desktop.services.documents import handover
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.records.consents import ConsentMissingError
from dagpleje_desktop.services.context import LOCAL_TZ
from dagpleje_desktop.demo.demo import DEMO_USERNAME, install_demo
from dagpleje_desktop.store.models import (Absence, ActionPlan, AuditEvent, Base, Child,
                                           Consent, Course, Goal, Meeting, Referral, Visit)
from dagpleje_desktop.store.types import UTCDateTime

PASSWORD = "demo"


@pytest.fixture
def demo(installation):
    """The demo installed on a fresh installation, with the demo user logged in."""
    result = install_demo(installation)
    ctx = installation.login(DEMO_USERNAME, PASSWORD)
    yield result, ctx
    ctx.close()


def _local_day(moment) -> date:
    if isinstance(moment, str):  # aggregates bypass the column type on SQLite
        moment = UTCDateTime().process_result_value(datetime.fromisoformat(moment), None)
    elif moment.tzinfo is None:
        moment = UTCDateTime().process_result_value(moment, None)
    return moment.astimezone(LOCAL_TZ).date()


def test_demo_creates_a_complete_data_set_that_looks_current(demo, installation):
    result, ctx = demo
    today = ctx.today()
    assert result.created and result.filled
    assert (result.recovery_key is not None) == (installation.data_dir is not None)

    assert len(homes.list_homes(ctx, HomeKind.MINI)) == 4
    assert [h.places for h in homes.list_homes(ctx, HomeKind.ORDINARY)] == [5, 5]
    assert all(4 <= h.places <= 5 and h.taken <= h.places
               for h in homes.list_homes(ctx, HomeKind.MINI))

    kids = children.list_children(ctx)
    assert len(kids) == 7
    placed = [k for k in kids if k.home_id is not None]
    assert len(placed) == 6 and all(k.status == ChildStatus.ACTIVE for k in placed)
    assert all(0 <= k.age_months < 48 for k in kids)
    (referred,) = [k for k in kids if k.home_id is None]
    assert referred.status == ChildStatus.REFERRED and referred.cpr_masked == ""
    with ctx.db.transaction() as s:
        with_cpr = s.scalars(select(Child).where(Child.cpr.is_not(None))).all()
    assert len(with_cpr) == 6
    assert all(parse_cpr(c.cpr).birth_date == c.birth_date for c in with_cpr)

    details = {k.first_name: children.get_child(ctx, k.id) for k in kids}
    assert all(len(d.guardians) >= 2 and d.guardians[0].has_custody for d in details.values())
    foster = [g for d in details.values() for g in d.guardians if g.relation == "Plejemor"]
    assert foster and not foster[0].has_custody
    two_homes = [d for d in details.values() if len({g.address for g in d.guardians}) == 2]
    assert two_homes, "a child of divorced parents lives at two addresses"
    assert any("Down syndrom" in d.diagnoses for d in details.values())
    assert any("uge 28" in d.diagnoses for d in details.values())

    for kid in placed:
        seen = observations.list_observations(ctx, kid.id)
        assert 100 <= len(seen) <= 200, kid.name
        span = _local_day(seen[0].observed_at) - _local_day(seen[-1].observed_at)
        assert span.days >= 330, kid.name
        assert today - _local_day(seen[0].observed_at) <= timedelta(days=7)
        positions = [o.position for o in seen]
        assert positions.count(WellbeingPosition.GREEN) > len(seen) / 2
        assert WellbeingPosition.YELLOW in positions
        assert any(o.goal_ids for o in seen)
    every = [o for k in placed for o in observations.list_observations(ctx, k.id)]
    assert sum(o.position == WellbeingPosition.RED for o in every) >= 3
    assert any(o.concern for o in every)
    assert observations.search(ctx, "rollatoren")

    with ctx.db.transaction() as s:
        for kid in placed:
            plans = {p.version: p.status for p in s.scalars(
                select(ActionPlan).where(ActionPlan.child_id == kid.id))}
            assert plans == {1: PlanStatus.SUPERSEDED.value, 2: PlanStatus.APPROVED.value}
            goals = s.scalars(select(Goal).where(Goal.child_id == kid.id)).all()
            assert 3 <= len(goals) <= 4
            # Version 2 evaluated version 1's goals: one achieved, one partly achieved.
            assert {"achieved", "partly", "active"} <= {g.status for g in goals}
        assert s.scalar(select(func.count()).select_from(Goal).where(
            Goal.status.in_(("active", "partly")),
            Goal.target_date <= today + timedelta(days=30)))

        referral = s.scalar(select(Referral).where(Referral.child_id == referred.id))
        assert referral.status == ReferralStatus.IN_VISITATION.value
        assert today < referral.committee_date <= today + timedelta(days=21)

        handover = s.scalars(select(Consent).where(
            Consent.purpose == ConsentPurpose.HANDOVER.value)).all()
        assert any("Solsikken" in c.recipients and c.withdrawn_on is None and c.form == "written"
                   and c.given_on <= today <= c.expires_on for c in handover)
        assert s.scalar(select(func.count()).select_from(Consent).where(
            Consent.withdrawn_on.is_not(None)))

        meetings = s.scalars(select(Meeting)).all()
        held = [m for m in meetings if m.status == MeetingStatus.HELD.value]
        assert any(m.kind == MeetingKind.START.value for m in held)
        assert all(m.minutes and m.decisions for m in held if m.kind == MeetingKind.STATUS.value)
        assert any(m.kind == MeetingKind.STATUS.value and m.status == MeetingStatus.PLANNED.value
                   and today < _local_day(m.starts_at) <= today + timedelta(days=21)
                   for m in meetings)

        course = s.scalar(select(Course).where(Course.kind == CourseKind.HOME_PEDAGOGUE.value))
        assert course.start_date < today < course.planned_end
        assert (course.planned_end - course.start_date).days <= 40 * 7
        absence = s.scalar(select(Absence))
        assert absence.reason == "holiday" and absence.starts_on.month == (today.month % 12) + 1

    # Supervision at least monthly for a year; one home has waited more than 40 days.
    with ctx.db.transaction() as s:
        done = (Visit.kind == VisitKind.SUPERVISION.value) & (Visit.visited_at <= ctx.now())
        last = dict(s.execute(select(Visit.home_id, func.max(Visit.visited_at))
                              .where(done).group_by(Visit.home_id)).all())
        count = dict(s.execute(select(Visit.home_id, func.count())
                               .where(done).group_by(Visit.home_id)).all())
    mini = homes.list_homes(ctx, HomeKind.MINI)
    waited = {h.name: (today - _local_day(last[h.id])).days for h in mini}
    overdue = [name for name, days in waited.items() if days > 30]
    assert len(overdue) == 1 and waited[overdue[0]] >= 40
    assert all(count[h.id] == 12 for h in mini)

    assert audit.verify_chain(ctx).ok
    assert any(e.detail == "demo data created" for e in audit.list_events(ctx, limit=50))


def test_demo_has_an_active_child_whose_handover_consent_was_withdrawn(demo):
    _, ctx = demo
    placed = [k for k in children.list_children(ctx) if k.status == ChildStatus.ACTIVE]
    with ctx.db.transaction() as s:
        withdrawn = s.scalars(select(Consent).where(
            Consent.purpose == ConsentPurpose.HANDOVER.value,
            Consent.withdrawn_on.is_not(None))).all()
    (consent,) = [c for c in withdrawn if c.child_id in {k.id for k in placed}]
    assert consent.given_on < consent.withdrawn_on < ctx.today()

    with pytest.raises(ConsentMissingError) as caught:
        handover.check_handover_consent(ctx, consent.child_id, consent.recipients)
    assert "blev trukket tilbage" in str(caught.value)
    assert f"»{consent.recipients}«" in str(caught.value)


def test_demo_has_a_pending_referral_and_running_courses(demo):
    _, ctx = demo
    pending = referrals.list_referrals(ctx, statuses=(ReferralStatus.IN_VISITATION,))
    assert [r.child_name for r in pending] == ["Łucja Kowalska"]
    on_list = visitation.committee_list(ctx, pending[0].committee_date)
    assert [i.referral.id for i in on_list.items if not i.revisitation] == [pending[0].id]
    assert len(on_list.homes) == 4
    running = courses.list_courses(ctx, kind=CourseKind.HOME_PEDAGOGUE, running_only=True)
    assert len(running) == 1 and running[0].start_date < ctx.today() < running[0].planned_end
    assert running[0].title.startswith("Hjemmepædagogisk forløb – Familien")
    (guidance,) = courses.list_courses(ctx, kind=CourseKind.GUIDANCE)
    assert guidance.is_running and 0 < guidance.budget.used < guidance.budget.budget == 10


def test_mini_childminder_sees_only_the_children_in_her_home(demo, installation):
    _, ctx = demo
    mette = installation.login("mette", PASSWORD)
    try:
        mine = children.list_children(mette)
        assert sorted(k.first_name for k in mine) == ["Oskar", "Zoë"]
        assert len({k.home_id for k in mine}) == 1
        assert {h.child_name for h in observations.search(mette, "rollatoren")} == set()
        assert observations.search(mette, "anfald")
    finally:
        mette.close()
    office = installation.login("kontor", PASSWORD)
    try:
        assert len(children.list_children(office)) == 7
    finally:
        office.close()


def _row_counts(ctx) -> dict[str, int]:
    with ctx.db.transaction() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables
                # The access log and its head grow with every login: that is not the demo.
                if t.name not in (AuditEvent.__tablename__, "audit_anchor")}


def test_installing_the_demo_again_changes_nothing(demo, installation):
    _, ctx = demo
    before = _row_counts(ctx)

    again = install_demo(installation)

    assert (again.created, again.filled, again.recovery_key) == (False, False, None)
    assert _row_counts(ctx) == before
    assert audit.verify_chain(ctx).ok

