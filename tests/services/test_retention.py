"""Retention: a preview of what passed its period, then a
deletion a person approves, logged, and synced as a purge for children."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dagpleje_desktop.domain.enums import AuditAction, ChildStatus
from dagpleje_desktop.domain.errors import PermissionDeniedError, ValidationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.office import retention
from dagpleje_desktop.services.exchange.sync import erase_child
from dagpleje_desktop.store.models import (AuditEvent, ChangeOperation, Child, ObservationDraft,
                                           PurgedRow, Setting)


def _chain(ctx):
    """The hash chain checked against its head as it is now: these tests are about the
    chain's start after retention, not about where the head is kept outside the table."""
    return audit.verify_chain(ctx, anchor_reader=lambda s: (audit.current_anchor(s), ""))


def _child(ctx, first, *, closed_years_ago=None, status=ChildStatus.ACTIVE):
    child = children.create_child(ctx, children.ChildInput(first, "Retention",
                                                           status=status))
    if closed_years_ago is not None:
        with ctx.db.transaction() as s:
            row = s.get(Child, child.id)
            row.closed_on = ctx.today() - timedelta(days=round(365.25 * closed_years_ago))
            row.status = ChildStatus.HANDED_OVER.value
    return child.id


def _draft(ctx, child_id, days_old):
    with ctx.db.transaction() as s:
        draft = ObservationDraft(user_id=ctx.user.id, child_id=child_id, payload="{}")
        s.add(draft)
        s.flush()
        draft.updated_at = ctx.now() - timedelta(days=days_old)
        return draft.id


@pytest.fixture
def records(office_ctx):
    old = _child(office_ctx, "Gammel", closed_years_ago=6)
    recent = _child(office_ctx, "Nylig", closed_years_ago=2)
    active = _child(office_ctx, "Aktiv")
    stale = _draft(office_ctx, active, 40)
    fresh = _draft(office_ctx, active, 5)
    return dict(old=old, recent=recent, active=active, stale=stale, fresh=fresh)


def test_the_preview_lists_only_what_passed_its_period(office_ctx, records):
    items = retention.preview(office_ctx)
    assert {(i.entity, i.id) for i in items} == {("child", str(records["old"])),
                                                 ("observation_draft", str(records["stale"]))}
    child = next(i for i in items if i.entity == "child")
    assert child.child_id == records["old"] and child.what == "Gammel Retention"
    assert child.due <= office_ctx.today()
    assert "Sagen blev afsluttet" in child.reason and "5 år" in child.reason
    draft = next(i for i in items if i.entity == "observation_draft")
    assert "30 dage" in draft.reason
    logged = [e for e in audit.list_events(office_ctx)
              if e.action == AuditAction.VIEW and e.entity == "retention"]
    assert len(logged) == 1


def test_approving_deletes_logs_and_syncs_the_child_as_a_purge(office_ctx, records):
    result = retention.apply(office_ctx)
    assert (result.children_deleted, result.drafts_deleted) == (1, 1)
    with office_ctx.db.transaction() as s:
        assert s.get(Child, records["old"]) is None
        assert s.get(Child, records["recent"]) is not None
        assert s.get(ObservationDraft, records["stale"]) is None
        assert s.get(ObservationDraft, records["fresh"]) is not None
        assert s.get(PurgedRow, ("child", records["old"])) is not None
        purge = s.scalars(select(ChangeOperation).where(
            ChangeOperation.entity == "child", ChangeOperation.row_id == records["old"],
            ChangeOperation.kind == "purge")).all()
        assert len(purge) == 1
    deletes = [e.detail for e in audit.list_events(office_ctx)
               if e.action == AuditAction.DELETE and e.entity_id == str(records["old"])]
    assert any(d.startswith("retention") for d in deletes)
    assert any(d.startswith("erased") for d in deletes)
    assert retention.preview(office_ctx) == []
    assert _chain(office_ctx).ok


def test_an_item_no_longer_due_is_refused_and_nothing_changes(office_ctx, records):
    before = retention.preview(office_ctx)
    with pytest.raises(ValidationError, match="Intet er slettet"):
        retention.apply(office_ctx, [str(records["old"]), str(records["recent"])])
    assert retention.preview(office_ctx) == before
    retention.apply(office_ctx, [str(records["stale"])])
    assert {i.entity for i in retention.preview(office_ctx)} == {"child"}


def test_settings_override_the_defaults_within_the_legal_minimum(office_ctx, records):
    rule = retention.set_rule(office_ctx, "child", "archive 1y")
    assert rule.action == retention.ARCHIVE
    due = {i.id: i for i in retention.preview(office_ctx) if i.entity == "child"}
    assert set(due) == {str(records["old"]), str(records["recent"])}
    assert {i.action_label for i in due.values()} == {"Arkiveres"}
    result = retention.apply(office_ctx, list(due))
    assert result.children_archived == 2 and result.children_deleted == 0
    with office_ctx.db.transaction() as s:
        assert s.get(Child, records["recent"]).status == ChildStatus.ARCHIVED.value
    with pytest.raises(ValidationError, match="mindst 6 måneder"):
        retention.set_rule(office_ctx, "access_log", "delete 3m")
    with pytest.raises(ValidationError, match="forstås ikke"):
        retention.set_rule(office_ctx, "draft", "slet snart")
    with office_ctx.db.transaction() as s:  # a bad stored value: the default holds
        s.add(Setting(key="retention.draft", value="delete om lidt"))
    assert retention.rules(office_ctx)["draft"] == retention.DEFAULT_RULES["draft"]


def test_the_preview_and_deletion_are_for_the_office_only(consultant_ctx):
    with pytest.raises(PermissionDeniedError):
        retention.preview(consultant_ctx)
    with pytest.raises(PermissionDeniedError):
        retention.apply(consultant_ctx)


def test_the_access_log_goes_after_its_period_but_never_before_its_child(office_ctx):
    gone = _child(office_ctx, "Slettet")
    erase_child(office_ctx, gone)
    kept = _child(office_ctx, "Bliver")
    with office_ctx.db.transaction() as s:
        first_kept = s.scalar(select(AuditEvent.seq).where(AuditEvent.child_id == kept)
                              .order_by(AuditEvent.seq).limit(1))
    real_now = office_ctx.now
    # Six years on, everything before the remaining child's first event may go.
    office_ctx.now = lambda: real_now() + timedelta(days=6 * 366)
    items = [i for i in retention.preview(office_ctx) if i.entity == "audit_event"]
    assert len(items) == 1 and items[0].id == f"1-{first_kept - 1}"
    assert items[0].child_id is None and "aldrig før" in items[0].reason
    result = retention.apply(office_ctx, [items[0].id])
    assert result.log_events_deleted == first_kept - 1
    with office_ctx.db.transaction() as s:
        assert s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq).limit(1)) == first_kept
        assert s.scalar(select(AuditEvent.seq).where(AuditEvent.child_id == gone)) is None
    assert _chain(office_ctx).ok
    children.get_child(office_ctx, kept)  # the chain goes on from the new start
    assert _chain(office_ctx).ok
    # A chain start that no logged deletion names is reported.
    with office_ctx.db.transaction() as s:
        s.get(Setting, audit.CHAIN_START_KEY).value = f"{first_kept - 1}:{'a' * 64}"
    assert not _chain(office_ctx).ok


def test_the_access_log_is_kept_six_months_whatever_the_setting(office_ctx):
    with office_ctx.db.transaction() as s:  # stored past the service's own check
        s.add(Setting(key="retention.access_log", value="delete 1d"))
    real_now = office_ctx.now
    office_ctx.now = lambda: real_now() + timedelta(days=60)
    assert [i for i in retention.preview(office_ctx) if i.entity == "audit_event"] == []
    office_ctx.now = lambda: real_now() + timedelta(days=200)
    assert [i for i in retention.preview(office_ctx) if i.entity == "audit_event"]


def test_periods_count_calendar_months_and_years():
    assert retention.Period(1, "m").after(date(2025, 1, 31)) == date(2025, 2, 28)
    assert retention.Period(5, "y").after(date(2024, 2, 29)) == date(2029, 2, 28)
    assert retention.Period(6, "m").before(date(2025, 8, 31)) == date(2025, 2, 28)
    assert retention.Period(30, "d").words == "30 dage"
    assert retention.parse_rule("child", "keep").action == retention.KEEP
