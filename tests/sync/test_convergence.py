"""Three devices converge whatever happens to the packages between them (hypothesis).

Random edits on three paired devices (office and two consultants) and random package
traffic: packages are lost, delivered twice, delivered late and out of order. After
one last round of exchanges every device holds the same data, every concurrent edit of
a field is either the value kept or one side of a conflict, and no conflict was made
between edits that followed each other.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections import defaultdict
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_helpers import Post, close_all, open_device, restore, state_hash, syncable_rows

from dagpleje_desktop.domain.errors import NotFoundError
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store.changes import SILENT_FIELDS, TOMBSTONE_FIELD
from dagpleje_desktop.store.models import ChangeOperation, Conflict
from dagpleje_desktop.sync.errors import AlreadyImported

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
NAMES = ["office", "consultant1", "consultant2"]
CHILD_FIELDS = ["allergies", "routines", "special_needs"]
WORDS = ["æble", "pære", "blomme", "kirsebær"]
EXAMPLES = int(os.environ.get("DAGPLEJE_SYNC_EXAMPLES", "200"))


@pytest.fixture(scope="module")
def shared(fleet, tmp_path_factory):
    """Copies of the trio holding two children with two observations each, all synced."""
    folder = tmp_path_factory.mktemp("converge")
    devices = fleet.copy(folder, *NAMES)
    office = devices[0]
    kids = [children.create_child(office, ChildInput(f"Barn{i}", "Test")).id for i in range(2)]
    obs = [observations.create_observation(office, ObservationInput(
        k, f"Start {i}", observed_at=SEEN, situation="Ude")).id
        for i, k in enumerate(kids * 2)]
    Post(folder / "post").sync_all(*devices)
    keys = {n: fleet.templates[n].key for n in NAMES}
    close_all(*devices)
    return folder, keys, kids, obs


edit_child = st.tuples(st.just("child"), st.integers(0, 2), st.integers(0, 1),
                       st.sampled_from(CHILD_FIELDS), st.sampled_from(WORDS))
edit_obs = st.tuples(st.just("obs"), st.integers(0, 2), st.integers(0, 3),
                     st.sampled_from(["text", "situation"]), st.sampled_from(WORDS))
delete_obs = st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 3))
create_obs = st.tuples(st.just("create"), st.integers(0, 2), st.integers(0, 1),
                       st.sampled_from(WORDS))
send = st.tuples(st.just("send"), st.integers(0, 2), st.integers(1, 2))
deliver = st.tuples(st.just("deliver"), st.integers(0, 50))
actions = st.lists(st.one_of(edit_child, edit_obs, delete_obs, create_obs, send, send,
                             deliver, deliver), min_size=3, max_size=16)


def _act(action, devices, kids, obs, post, in_transit) -> None:
    kind, *args = action
    if kind == "child":
        who, k, fld, word = args
        current = children.get_child(devices[who], kids[k])
        values = {f: getattr(current, f) for f in CHILD_FIELDS}
        values[fld] = word
        children.update_child(devices[who], kids[k], ChildInput("Barn", "Test", **values))
    elif kind == "obs":
        who, o, fld, word = args
        try:
            current = observations.get_observation(devices[who], obs[o])
        except NotFoundError:
            return  # deleted here: nobody can edit it any more
        text = word if fld == "text" else current.text
        situation = word if fld == "situation" else current.situation
        observations.update_observation(devices[who], obs[o], ObservationInput(
            current.child_id, text, observed_at=current.observed_at, situation=situation))
    elif kind == "delete":
        who, o = args
        try:
            observations.delete_observation(devices[who], obs[o])
        except NotFoundError:
            pass
    elif kind == "create":
        who, k, word = args
        observations.create_observation(devices[who], ObservationInput(
            kids[k], word, observed_at=SEEN))
    elif kind == "send":
        who, step = args
        src, dst = devices[who], devices[(who + step) % 3]
        in_transit.append((post.export(src, dst), dst))
    elif kind == "deliver" and in_transit:
        path, dst = in_transit[args[0] % len(in_transit)]  # may repeat, may be old
        try:
            sync.import_package(dst, path, confirm_large_delete=True, backup=False)
        except AlreadyImported:
            pass


def _final_round(post, devices) -> None:
    office, c1, c2 = devices
    for src, dst in ((office, c1), (office, c2), (c1, office), (c1, c2), (c2, office),
                     (c2, c1)):
        post.exchange(src, dst, confirm_large_delete=True, backup=False)


def _log(ctx) -> dict:
    with ctx.db.transaction() as s:
        return {o.op_id: (o.entity, o.row_id, o.field, o.value, o.hlc, o.prev_hlc)
                for o in s.scalars(select(ChangeOperation))}


def _conflicts(ctx) -> list:
    with ctx.db.transaction() as s:
        return [(c.entity, c.row_id, c.field, c.local_value, c.local_hlc, c.remote_value,
                 c.remote_hlc) for c in s.scalars(select(Conflict))]


def _check_every_concurrent_edit_is_kept(devices) -> None:
    log = _log(devices[0])
    by_field = defaultdict(list)
    for entity, row_id, fld, value, hlc, prev in log.values():
        if fld not in SILENT_FIELDS and fld != TOMBSTONE_FIELD:
            by_field[(entity, row_id, fld)].append((hlc, prev, value))
    for ctx in devices:
        rows = {(e, uuid.UUID(r["id"])): r for e, rs in syncable_rows(ctx).items() for r in rs}
        found = defaultdict(set)
        for entity, row_id, fld, lv, lh, rv, rh in _conflicts(ctx):
            found[(entity, row_id, fld)] |= {lv, rv}
            if fld != TOMBSTONE_FIELD:
                parents = {h: p for h, p, _ in by_field[(entity, row_id, fld)]}
                assert not _ancestor(lh, rh, parents) and not _ancestor(rh, lh, parents)
        for key, ops in by_field.items():
            replaced = {prev for _, prev, _ in ops}
            heads = [value for hlc, _, value in ops if hlc not in replaced]
            if len(heads) > 1:
                current = json.dumps(rows[key[:2]][key[2]], ensure_ascii=False,
                                     separators=(",", ":"))
                kept = found[key] | {current}
                assert all(h in kept for h in heads), (key, heads, kept)


def _ancestor(older: str, newer: str, parents: dict) -> bool:
    step = parents.get(newer)
    while step is not None:
        if step == older:
            return True
        step = parents.get(step)
    return False


@pytest.fixture(scope="module")
def live(shared, tmp_path_factory):
    """Three open devices; each example first puts the shared start state back into them."""
    folder, keys, *_ = shared
    work = tmp_path_factory.mktemp("live")
    devices = []
    for name in NAMES:
        shutil.copytree(folder / name, work / name)
        devices.append(open_device(work / name, keys[name]))
    yield devices
    close_all(*devices)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(script=actions)
def test_three_devices_converge_whatever_happens_to_the_packages(shared, live, tmp_path_factory,
                                                                 script):
    folder, keys, kids, obs = shared
    for name, ctx in zip(NAMES, live):
        restore(ctx, folder / name, keys[name])
    work = tmp_path_factory.mktemp("post")
    try:
        post, in_transit = Post(work), []
        for action in script:
            _act(action, live, kids, obs, post, in_transit)
        _final_round(post, live)

        assert len({state_hash(ctx) for ctx in live}) == 1
        assert len({frozenset(_log(ctx)) for ctx in live}) == 1
        _check_every_concurrent_edit_is_kept(live)
    finally:
        shutil.rmtree(work, ignore_errors=True)
