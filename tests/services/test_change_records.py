"""Change records: a committed write tells its listeners which kinds of record and which
children changed; a failed write tells nothing. On both engines."""

from __future__ import annotations

import pytest

from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.exchange import change_feed
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.records.children import ChildInput


def test_a_new_child_is_announced_with_its_id(office_ctx):
    heard = []
    change_feed.subscribe(office_ctx, heard.append)
    child = children.create_child(office_ctx, ChildInput("Liva", "Holm"))
    change_feed.unsubscribe(office_ctx, heard.append)
    records = [r for r in heard if r.touches({"child"})]
    assert records, heard
    assert records[-1].touches_child(child.id)
    assert not records[-1].touches({"meeting", "visit"})


def test_a_refused_write_announces_nothing(office_ctx):
    heard = []
    change_feed.subscribe(office_ctx, heard.append)
    with pytest.raises(ValidationError):
        children.create_child(office_ctx, ChildInput("", "Holm"))
    change_feed.unsubscribe(office_ctx, heard.append)
    assert not [r for r in heard if r.touches({"child"})]


def test_after_unsubscribing_nothing_more_arrives(office_ctx):
    heard = []
    change_feed.subscribe(office_ctx, heard.append)
    change_feed.unsubscribe(office_ctx, heard.append)
    children.create_child(office_ctx, ChildInput("Karl", "Holm"))
    assert heard == []


def test_an_import_announces_that_anything_may_have_changed(office_ctx):
    heard = []
    change_feed.subscribe(office_ctx, heard.append)
    change_feed.announce_everything(office_ctx)
    assert heard[-1].touches({"observation"}) and heard[-1].touches_child(None) is True
