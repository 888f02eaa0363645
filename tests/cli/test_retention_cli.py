"""``retention list [--json]`` and ``retention apply --yes``."""

from __future__ import annotations

import uuid
from datetime import timedelta

from cli_helpers import PASSWORD, USER, assert_refused, state_of

from dagpleje_desktop.domain.enums import ChildStatus
from dagpleje_desktop.store.models import Child

FIELDS = {"entity", "id", "child_id", "reason", "due"}


def _close_long_ago(installation, child_id: str) -> None:
    ctx = installation.login(USER, PASSWORD)
    try:
        with ctx.db.transaction() as s:
            child = s.get(Child, uuid.UUID(child_id))
            child.closed_on = ctx.today() - timedelta(days=6 * 366)
            child.status = ChildStatus.HANDED_OVER.value
    finally:
        ctx.close()


def test_list_shows_what_is_due_as_json_and_as_a_table(created, seeded, cli, at):
    assert cli(*at, "retention", "list", "--json").json() == []
    assert "Intet har passeret" in cli(*at, "retention", "list").out
    _close_long_ago(created, seeded.child_id)
    rows = cli(*at, "retention", "list", "--json").json()
    assert len(rows) == 1 and set(rows[0]) == FIELDS
    assert rows[0]["entity"] == "child" and rows[0]["id"] == seeded.child_id
    assert rows[0]["child_id"] == seeded.child_id and "afsluttet" in rows[0]["reason"]
    table = cli(*at, "retention", "list")
    assert table.code == 0 and "Slettes" in table.out and "Ida Sørensen" in table.out


def test_apply_without_yes_refuses_in_one_danish_line_and_changes_nothing(created, seeded,
                                                                          cli, at):
    _close_long_ago(created, seeded.child_id)
    before = state_of(created)
    assert_refused(cli(*at, "retention", "apply"), "--yes", "Intet er slettet")
    assert state_of(created) == before


def test_apply_yes_deletes_what_is_due_and_says_so(created, seeded, cli, at):
    _close_long_ago(created, seeded.child_id)
    result = cli(*at, "retention", "apply", "--yes")
    assert result.code == 0, result.err
    assert "1 barn slettet helt" in result.out and "andre enheder" in result.out
    assert cli(*at, "retention", "list", "--json").json() == []
    children = {c["id"] for c in cli(*at, "child", "list", "--json").json()}
    assert seeded.child_id not in children and seeded.other_child_id in children
    again = cli(*at, "retention", "apply", "--yes")
    assert again.code == 0 and "Intet er slettet" in again.out
