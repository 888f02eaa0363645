"""Sync by package files: export, import, conflicts, GDPR erasure.

Progress is reported through ``progress(done, total, label)`` and a ``CancelToken``;
cancelling (or any refusal) leaves the database as it was.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select

from ...domain.enums import AuditAction, UserRole
from ...domain.errors import NotFoundError, Notice, ValidationError
from ...store.changes import PURGE, dumps, install_capture, syncable_tables
from ...store.models import Child, ChildminderHome, PeerState, UserAccount
from ...sync import audit_heads, duplicates, purge, scope
from ...sync.conflicts import ConflictInfo
from ...sync.errors import (DeviceNotPaired, LargeDeleteNeedsConfirmation, OperationCancelled,
                            OutOfScope, TruncatedPackage)
from ...sync.exchange import build_outgoing, check_order, diagnose_truncation, verify_incoming
from ...sync.gc_pause import gc_paused
from ...sync.merge import Merger
from ...sync.package import FILE_SUFFIX, PackageFile, parse_package
from ...sync.vectors import (advance, catch_up_own, record_origins, returning_allowed,
                             settle_restore)
from ...sync.tally import tally_merge
from ..security import audit
from . import change_feed, sync_pending
from .sync_words import describe
from ..security.access import parse_uuid
from ..context import AppContext
from .devices import get_device, self_device
from .sync_conflicts import (ChildMergeResult, count_open_conflicts, list_conflicts,
                             merge_children, resolve_conflict)
from ...store.private_files import open_private

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
LARGE_DELETE_SHARE = 0.20
LARGE_DELETE_MIN = 5  # a handful of deletions on a nearly empty device is not "large"
BACKUP_FOLDER = "sikkerhedskopier-foer-import"
BACKUPS_KEPT = 5
BACKUP_INTERVAL_S = 24 * 3600  # the daily backup taken before an import with changes

__all__ = ["CancelToken", "ChildMergeResult", "ConflictInfo", "ExportResult", "ImportReport",
           "count_open_conflicts", "erase_child", "export_package", "import_package",
           "list_conflicts", "merge_children", "resolve_conflict", "suggested_filename"]


@dataclass
class CancelToken:
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass(frozen=True)
class ExportResult:
    path: Path
    device_id: uuid.UUID
    package_seq: int
    operations: int
    size: int
    children: int | None = None  # in a mini-childminder device's scope
    words: str = ""  # "1 ny observation" ("" when the package was too big to count)


@dataclass(frozen=True)
class ImportReport:
    sender_id: uuid.UUID
    sender_name: str
    package_seq: int
    new: int
    updated: int
    deleted: int
    conflicts: int
    erased: int = 0      # rows erased by a GDPR purge
    removed: int = 0     # rows of children who left this device's scope
    operations: int = 0  # operations stored
    duplicates: int = 0  # operations this device already had
    held_back: int = 0   # stamped more than 24 hours ahead
    warnings: tuple[str, ...] = ()
    possible_duplicates: int = 0  # children whose CPR number another child here has
    words: str = ""  # "2 børn, 1 ny observation, 1 ændret mål"

    def summary(self) -> str:
        return (f"{self.new} nye, {self.updated} ændrede, {self.deleted} slettede, "
                f"{self.conflicts} konflikter")

    def detail(self) -> str:
        return (f"seq={self.package_seq} new={self.new} updated={self.updated} "
                f"deleted={self.deleted} conflicts={self.conflicts} erased={self.erased} "
                f"removed={self.removed} ops={self.operations} dup={self.duplicates} "
                f"held={self.held_back}")


def _step(progress: Progress | None, cancel: CancelToken | None, done: int, total: int,
          label: str) -> None:
    if cancel is not None and cancel.cancelled:
        raise OperationCancelled()
    if progress is not None:
        progress(done, total, label)
        if cancel is not None and cancel.cancelled:  # pressed while this step was shown
            raise OperationCancelled()


# Import progress on one scale: checking, backup, merging (most of it), saving.
IMPORT_SCALE = 1000
_MERGE_FROM, _MERGE_TO = 150, 950


def _merge_progress(progress: Progress | None) -> Progress | None:
    """The merge's own (done, total) mapped onto the import's scale."""
    if progress is None:
        return None
    span = _MERGE_TO - _MERGE_FROM
    return lambda done, total, label: progress(
        _MERGE_FROM + span * min(done, total) // max(total, 1), IMPORT_SCALE, label)


_FILE_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u",
                                "ö": "oe", "ä": "ae"})


def _file_word(name: str) -> str:
    """A device name as a file name part: "Mette Madsen" -> "mette-madsen"."""
    text = name.split("(")[0].lower().translate(_FILE_LETTERS)  # without "(Dagplejekontor)"
    kept = "".join(c if c.isascii() and c.isalnum() else "-" for c in text)
    return "-".join(part for part in kept.split("-") if part)[:40] or "enhed"


def suggested_filename(ctx: AppContext, device_id) -> str:
    """A readable file name: the day, this device's and the recipient's names as the
    devices call themselves (people and offices, never a child), and a number:
    "dagpleje-2026-03-02-fra-mette-madsen-til-kontoret-odense-00001.dgsync"."""
    with ctx.db.transaction() as s:
        peer = get_device(s, device_id)
        me = self_device(s)
        state = s.get(PeerState, peer.id)
        seq = (state.sent_package_seq if state else 0) + 1
        return (f"dagpleje-{ctx.today():%Y-%m-%d}-fra-{_file_word(me.name)}-til-"
                f"{_file_word(peer.name)}-{seq:05d}{FILE_SUFFIX}")


def _peer_state(session, device_id: uuid.UUID) -> PeerState:
    state = session.get(PeerState, device_id)
    if state is None:
        state = PeerState(device_id=device_id)
        session.add(state)
        session.flush()
    return state


@gc_paused()
def export_package(ctx: AppContext, device_id, path, progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> ExportResult:
    """Write everything ``device_id`` has not acknowledged (in its scope) to ``path``."""
    path = Path(path)
    install_capture(ctx.db, ctx.device_id)
    _step(progress, cancel, 0, 3, "Samler ændringer")
    temp = path.with_name(path.name + ".tmp")
    try:
        with ctx.db.transaction() as s:
            peer = get_device(s, device_id)
            if peer.revoked_at is not None:
                raise DeviceNotPaired("Enheden er spærret; der kan ikke sendes pakker til den.",
                                      log_message=f"export to revoked {peer.id}")
            state = _peer_state(s, peer.id)
            out = build_outgoing(s.connection(), me=self_device(s), peer=peer, state=state,
                                 today=ctx.today(),
                                 sent_own=sync_pending.sent_own_seq(s, peer.id))
            _step(progress, cancel, 2, 3, "Skriver filen")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                with open_private(temp, "wb") as handle:
                    handle.write(out.data)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise ValidationError("Pakken kan ikke gemmes i {path}: {reason}.",
                                      path=path, reason=exc.strerror,
                                      log_message=f"cannot write package: {exc}") from None
            state.last_out_at = ctx.now()
            sync_pending.remember_sent(s, peer.id, out.own_seq)
            audit.record(s, ctx, AuditAction.EXPORT, "sync_package", peer.id,
                         detail=f"seq={out.header.seq} ops={out.operations}")
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    _step(progress, None, 3, 3, "Færdig")
    words = describe(out.tally) if out.tally is not None else ""
    return ExportResult(path, peer.id, out.header.seq, out.operations, len(out.data),
                        out.children, words)


@contextmanager
def _package_file(path: Path) -> Iterator[PackageFile]:
    """The file, read only as far as parsing needs (a non-package: a few bytes)."""
    try:
        with open(path, "rb") as fh:
            yield PackageFile(fh)
    except FileNotFoundError:
        raise ValidationError("Filen {path} findes ikke.",
                              path=path, log_message="package missing") from None
    except IsADirectoryError:
        raise ValidationError("{path} er en mappe, ikke en pakkefil.", path=path,
                              log_message="package is a folder") from None
    except OSError as exc:
        raise ValidationError("Filen {path} kan ikke læses: {reason}.",
                              path=path, reason=exc.strerror,
                              log_message=f"cannot read package: {exc}") from None


def _backup_before_import(ctx: AppContext, body) -> Path | None:
    """At most one rotated encrypted backup a day, before a package with changes.

    The import itself is one transaction, so it needs no copy to be undone when it fails;
    the copy is a daily safety net, never a cost paid per package (an acknowledgement
    carries no operations and never takes one). PostgreSQL: the server's job.
    """
    if not ctx.db.is_sqlite or ctx.data_dir is None:
        return None
    folder = Path(ctx.data_dir) / BACKUP_FOLDER
    remove_interrupted_backups(folder)
    if not body.ops or _backed_up_since(folder, time.time() - BACKUP_INTERVAL_S):
        return None
    from ..security import backup  # noqa: PLC0415 - backup imports installation; keep import light
    return backup.rotate_backups(ctx, folder, keep=BACKUPS_KEPT).path


def _backed_up_since(folder: Path, since: float) -> bool:
    if not folder.is_dir():
        return False
    return any(p.is_file() and p.name.startswith("dagpleje-") and p.stat().st_mtime >= since
               for p in folder.iterdir())


def remove_backups_interrupted_earlier(data_dir: Path | None) -> int:
    """At start: work folders of a backup a kill or power cut interrupted (best effort,
    a start never fails over them). A PostgreSQL installation may have no data folder."""
    if data_dir is None:
        return 0
    try:
        return remove_interrupted_backups(Path(data_dir) / BACKUP_FOLDER)
    except OSError as exc:
        log.warning("could not remove interrupted backups: %s", exc)
        return 0


def remove_interrupted_backups(folder: Path) -> int:
    """Half-written backups (a work folder left by a kill or power cut) are removed."""
    removed = 0
    if Path(folder).is_dir():
        for leftover in Path(folder).glob(".dagpleje-backup-*"):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
            removed += 1
    if removed:
        log.info("removed %d interrupted backup(s) in %s", removed, folder)
    return removed


def _live_rows(conn) -> int:
    return sum(conn.scalar(select(func.count()).select_from(t).where(t.c.deleted_at.is_(None)))
               for t in syncable_tables().values())


def _settle_scope(state: PeerState, ack_package: int) -> None:
    """The peer confirmed our package ``ack_package``: the scope it carried is now held."""
    pending = json.loads(state.scope_pending or "{}")
    confirmed = [int(k) for k in pending if int(k) <= ack_package]
    if confirmed:
        state.scope_acked = pending[str(max(confirmed))]
        state.scope_pending = json.dumps({k: v for k, v in pending.items()
                                          if int(k) > ack_package})


def _adopt_home(session, ctx: AppContext, home_id: uuid.UUID) -> uuid.UUID | None:
    """This device serves the home: its mini-childminder accounts become that home's
    childminder (so she sees the children placed with her). Returns her professional id."""
    home = session.get(ChildminderHome, home_id)
    if home is None or home.childminder_id is None:
        return None
    accounts = session.scalars(select(UserAccount).where(
        UserAccount.role == UserRole.CHILDMINDER.value, UserAccount.deleted_at.is_(None)))
    for account in accounts:
        if account.professional_id != home.childminder_id:
            account.professional_id = home.childminder_id
            audit.record(session, ctx, AuditAction.UPDATE, "user_account", account.id,
                         detail=f"linked to the childminder of home {home_id}")
    return home.childminder_id


class _DryRun(Exception):
    """Rolls back a trial merge (used to count deletions before taking a backup)."""

    def __init__(self, deleting: int, before: int) -> None:
        super().__init__("dry run")
        self.deleting, self.before = deleting, before


def _checked_operations(ctx: AppContext, conn, capture, incoming, *, progress=None,
                        cancel=None) -> tuple[Merger, list]:
    """The operations not yet held here, refused when the sender may not write them."""
    merger = Merger(conn, capture, now_ms=int(ctx.now().timestamp() * 1000),
                    progress=progress, cancel=cancel)
    fresh = merger.fresh_operations(incoming.body.ops)
    if scope.is_limited(incoming.sender_role):
        own = uuid.UUID(ctx.device_id)
        returning = [op for op in fresh if op.origin == own]  # after a restore here
        for op in returning:
            if not returning_allowed(conn, op):
                raise OutOfScope(log_message=f"{incoming.sender_id} sent our operation "
                                             f"{op.seq} outside a restore window")
        scope.check_write_scope(conn, sender_id=incoming.sender_id,
                                home_id=incoming.sender_home,
                                ops=[op for op in fresh if op.origin != own])
    return merger, fresh


def _apply(ctx: AppContext, incoming, parsed, *, dry_run: bool, progress, cancel) -> ImportReport:
    """Merge the package in one transaction; a dry run always rolls back."""
    body = incoming.body
    capture = install_capture(ctx.db, ctx.device_id)
    with ctx.db.transaction() as s:
        conn = s.connection()
        me = self_device(s)
        state = _peer_state(s, incoming.sender_id)
        check_order(state, parsed.header)  # again, now that we hold the write lock
        merger, fresh = _checked_operations(ctx, conn, capture, incoming,
                                            progress=None if dry_run else
                                            _merge_progress(progress), cancel=cancel)
        result = merger.apply(fresh)
        if dry_run:
            deleting = result.deleted + result.purged
            raise _DryRun(deleting, _live_rows(conn) + deleting - result.new)
        removed = {}
        if body.scope_exit and scope.is_limited(me.role):
            removed = purge.remove_from_scope(conn, set(body.scope_exit), own_device=me.id,
                                              acked_own_seq=body.vector.get(str(me.id), 0))
        record_origins(conn, fresh, me.id)
        catch_up_own(conn, me.id, body.vector.get(str(me.id), 0))
        advance(conn, own=me.id, base=body.base, covers=body.covers,
                held_back=result.held_back)
        settle_restore(conn, me.id, incoming.sender_id, body.base)
        doubles = _after_merge(s, ctx, result, limited=scope.is_limited(me.role))
        state.received_package_seq = parsed.header.seq
        state.received_last_hash = parsed.file_hash
        state.acknowledged = dumps(body.vector)
        forgotten = 0
        if scope.is_limited(me.role):  # her own changes about children who left, now held
            forgotten = purge.forget_acknowledged_exits(conn, body.vector.get(str(me.id), 0))
        if body.ack_package > state.sent_package_seq:  # we were restored from a backup
            state.sent_package_seq, state.sent_last_hash = body.ack_package, body.ack_hash
        state.last_in_at = ctx.now()
        rolled_back = audit_heads.note_sender_head(conn, incoming.sender_id,
                                                   incoming.sender_name, body.audit_head,
                                                   ctx.now())
        _settle_scope(state, body.ack_package)
        professional_id = None
        if body.home_id and scope.is_limited(me.role):
            professional_id = _adopt_home(s, ctx, body.home_id)
        report = ImportReport(
            incoming.sender_id, incoming.sender_name, parsed.header.seq, result.new,
            result.updated, result.deleted, result.conflicts, result.purged,
            sum(len(ids) for name, ids in removed.items() if name in syncable_tables()),
            result.stored, result.duplicates, len(result.held_back),
            tuple(_warnings(result, incoming.sender_name, doubles))
            + ((rolled_back,) if rolled_back else ()), doubles,
            describe(tally_merge(conn, result.changes, result.link_owners),
                     conflicts=result.conflicts))
        audit.record(s, ctx, AuditAction.IMPORT, "sync_package", incoming.sender_id,
                     detail=report.detail())
        if rolled_back:
            audit.record(s, ctx, AuditAction.IMPORT, "sync_package", incoming.sender_id,
                         detail=f"sender's access log went back to event {body.audit_head[0]}")
        _step(progress, cancel, _MERGE_TO + 25, IMPORT_SCALE, "Gemmer")  # last cancel
    if professional_id and ctx.user.role == UserRole.CHILDMINDER:
        ctx.user = replace(ctx.user, professional_id=professional_id)
    if result.purged or removed or forgotten:
        _checkpoint(ctx)
    return report


def _after_merge(s, ctx: AppContext, result, *, limited: bool) -> int:
    """Children seen twice, and rows that arrived for a record merged into another."""
    conn = s.connection()
    doubles = 0
    if not limited:  # only the office and consultants merge; her device waits for them
        doubles = duplicates.note_possible_duplicates(conn, result.changed_children,
                                                      ctx.now())
        duplicates.move_late_rows(s)
    duplicates.close_settled_notices(conn, ctx.now())
    return doubles


def _warnings(result, sender_name: str, doubles: int = 0) -> list[str]:
    warnings = []
    # Notices: the GUI shows them in the interface language
    if doubles:
        warnings.append(Notice(
            "Et barn findes nu to gange med samme CPR-nummer (muligt dubletbarn). Se "
            "konflikterne, og læg posterne sammen." if doubles == 1 else
            "{count} børn findes nu to gange med samme CPR-nummer (muligt dubletbarn). Se "
            "konflikterne, og læg posterne sammen.", count=doubles))
    if result.held_back:
        held = len(result.held_back)
        warnings.append(Notice(
            "1 ændring har et tidsstempel mere end 24 timer ude i fremtiden og er holdt "
            "tilbage. Kontrollér uret på enheden »{device}«." if held == 1 else
            "{count} ændringer har et tidsstempel mere end 24 timer ude i fremtiden og er "
            "holdt tilbage. Kontrollér uret på enheden »{device}«.",
            count=held, device=sender_name))
    if result.incomplete:
        missing = result.incomplete
        warnings.append(Notice(
            "1 post manglede oplysninger og venter på en senere pakke." if missing == 1 else
            "{count} poster manglede oplysninger og venter på en senere pakke.",
            count=missing))
    return warnings


def _deletes_in(body) -> int:
    return sum(1 for op in body.ops if op.kind in (PURGE, "delete"))


@gc_paused()
def import_package(ctx: AppContext, path, confirm_large_delete: bool = False,
                   progress: Progress | None = None, cancel: CancelToken | None = None,
                   *, backup: bool = True) -> ImportReport:
    """Verify everything, then apply the whole package in one transaction (before the
    first package with changes of the day, a rotated backup is taken unless ``backup``
    is False).

    Refused packages, a cancel, or a large delete without ``confirm_large_delete`` leave
    the database exactly as it was.
    """
    capture = install_capture(ctx.db, ctx.device_id)
    _step(progress, cancel, 0, IMPORT_SCALE, "Kontrollerer pakken")
    with _package_file(path) as data:
        try:
            parsed = parse_package(data)
        except TruncatedPackage as cut:
            with ctx.db.transaction() as s:
                diagnose_truncation(s, data, cut)  # a changed length field, not a cut file?
            raise
    with ctx.db.transaction() as s:
        incoming = verify_incoming(s, parsed, self_device(s))
        if scope.is_limited(incoming.sender_role):  # refuse before the backup is taken
            _checked_operations(ctx, s.connection(), capture, incoming)
    if not confirm_large_delete and _deletes_in(incoming.body) >= LARGE_DELETE_MIN:
        try:
            _apply(ctx, incoming, parsed, dry_run=True, progress=None, cancel=cancel)
        except _DryRun as trial:
            if trial.deleting >= LARGE_DELETE_MIN \
                    and trial.deleting > LARGE_DELETE_SHARE * trial.before:
                raise LargeDeleteNeedsConfirmation(trial.deleting, trial.before) from None
    if backup:  # at most once a day, and only for a package with changes
        _step(progress, cancel, 50, IMPORT_SCALE, "Tager sikkerhedskopi")
        _backup_before_import(ctx, incoming.body)
    _step(progress, cancel, _MERGE_FROM, IMPORT_SCALE, "Indlæser ændringer")
    report = _apply(ctx, incoming, parsed, dry_run=False, progress=progress, cancel=cancel)
    change_feed.announce_everything(ctx)  # written past the ORM: every view may be stale
    _step(progress, None, IMPORT_SCALE, IMPORT_SCALE, "Færdig")
    return report


def _checkpoint(ctx: AppContext) -> None:
    """Erased rows also leave the write-ahead log file."""
    if not ctx.db.is_sqlite:
        return
    raw = ctx.db.engine.raw_connection()  # outside any transaction, or SQLite refuses
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as exc:  # noqa: BLE001 - best effort; the file itself is encrypted
        log.warning("WAL checkpoint after erasure failed: %s", exc)
    finally:
        raw.close()


def erase_child(ctx: AppContext, child_id) -> int:
    """GDPR erasure: the child and everything about the child, on every device it reaches.

    Returns the number of rows erased here. The purge operation carries ids only.
    """
    ctx.require_role(UserRole.OFFICE)
    capture = install_capture(ctx.db, ctx.device_id)
    child_id = parse_uuid(child_id, "barne-id")
    with ctx.db.transaction() as s:
        conn = s.connection()
        if conn.scalar(select(Child.id).where(Child.id == child_id)) is None:
            raise NotFoundError("Barnet med id {child_id} findes ikke.", child_id=child_id,
                                log_message=f"erase of unknown child {child_id}")
        guardians = purge.exclusive_guardians(conn, child_id)
        merged = purge.merged_records(conn, child_id)  # the same child's other records
        rows = purge.purge_child(conn, child_id, guardians, merged)
        roots = {"guardians": [str(g) for g in guardians]}
        if merged:
            roots["merged"] = [str(c) for c in merged]
        capture.write_operation(conn, entity="child", row_id=child_id, fld="",
                                value_text=dumps(roots), kind=PURGE)
        erased = sum(len(ids) for name, ids in rows.items() if name in syncable_tables())
        audit.record(s, ctx, AuditAction.DELETE, "child", child_id,
                     detail=f"erased (GDPR) rows={erased}")
    _checkpoint(ctx)
    change_feed.announce_everything(ctx)
    return erased
