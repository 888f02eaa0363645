"""What has not reached the office yet, and how far a new installation has come.

``unsent_to_office`` compares this device's own operation log with what it has put in a
package to the office and what the office has acknowledged (the version vector in the
office's last package), and counts records, not operations: "3 ændringer er ikke sendt
til kontoret endnu". ``first_day`` tells the "Kom i gang" panel which of the three first
steps are done: the device card shared, the office's card paired, a first package read.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ...domain.enums import UserRole
from ...domain.errors import Notice
from ...store.models import Device, PeerState, Setting
from ...sync import oplog
from ...sync.tally import tally_wire
from ..context import AppContext
from .devices import self_device
from .sync_words import changes_text, describe

SENT_KEY = "sync.sent_own_seq."        # + peer id: our own operations put in a package
CARD_SHARED_KEY = "sync.card_shared_at"  # when this device's card was first saved
FIRST_DAY_HIDDEN_KEY = "first_day.hidden"  # the person hid the "Kom i gang" panel


def _setting(session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def _put(session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def remember_sent(session, peer_id: uuid.UUID, own_seq: int) -> None:
    """A package to ``peer_id`` carried our own operations up to ``own_seq``."""
    key = SENT_KEY + str(peer_id)
    if own_seq > int(_setting(session, key) or 0):
        _put(session, key, str(own_seq))


def sent_own_seq(session, peer_id: uuid.UUID) -> int:
    return int(_setting(session, SENT_KEY + str(peer_id)) or 0)


def note_card_shared(ctx: AppContext) -> None:
    with ctx.db.transaction() as s:
        if _setting(s, CARD_SHARED_KEY) is None:
            _put(s, CARD_SHARED_KEY, ctx.now().isoformat())


@dataclass(frozen=True)
class UnsentChanges:
    unsent: int        # changed records in no package to the office yet
    unconfirmed: int   # in a package, but the office has not confirmed them yet
    office_name: str   # "" when no office is paired
    applies: bool = True  # False on the office's own installation
    words: str = ""    # what the unsent changes are: "1 barn, 1 ny observation"

    def text(self) -> str:
        """One sentence for the Synkronisering page ("" when there is nothing to say)."""
        if not self.applies:
            return ""
        if self.unsent:
            return Notice("{changes} er ikke sendt til kontoret endnu.",
                          changes=changes_text(self.unsent))
        if self.unconfirmed:
            return Notice("Dine ændringer er lagt i en pakke til kontoret; kontoret har ikke "
                          "bekræftet dem endnu.")
        if self.office_name:
            return Notice("Kontoret har alle dine ændringer.")
        return ""


def _offices(session) -> list[Device]:
    return list(session.scalars(select(Device).where(
        Device.is_self.is_(False), Device.role == UserRole.OFFICE.value,
        Device.paired_at.is_not(None), Device.revoked_at.is_(None))))


def unsent_to_office(ctx: AppContext) -> UnsentChanges:
    with ctx.db.transaction() as s:
        me = self_device(s)
        if me is None or me.role == UserRole.OFFICE.value:
            return UnsentChanges(0, 0, "", applies=False)
        offices = _offices(s)
        acked = sent = 0
        for office in offices:
            state = s.get(PeerState, office.id)
            held = json.loads(state.acknowledged or "{}") if state else {}
            acked = max(acked, int(held.get(str(me.id), 0)))
            sent = max(sent, int(_setting(s, SENT_KEY + str(office.id)) or 0))
        sent = max(sent, acked)
        conn = s.connection()
        ops = oplog.since(conn, me.id, acked)
        unsent_ops = [op for op in ops if op[2] > sent]
        unconfirmed_ops = [op for op in ops if op[2] <= sent]
        waiting = tally_wire(conn, unsent_ops) if unsent_ops else None
        unconfirmed = tally_wire(conn, unconfirmed_ops).records if unconfirmed_ops else 0
        return UnsentChanges(waiting.records if waiting else 0, unconfirmed,
                             offices[0].name if offices else "",
                             words=describe(waiting) if waiting else "")


@dataclass(frozen=True)
class FirstDay:
    """The "Kom i gang" steps of a new installation, each done or not."""

    card_shared: bool
    office_paired: bool
    package_read: bool
    hidden: bool = False  # put away by the person once everything was done

    @property
    def done(self) -> bool:
        return self.card_shared and self.office_paired and self.package_read


def first_day(ctx: AppContext) -> FirstDay:
    with ctx.db.transaction() as s:
        paired = s.scalar(select(Device.id).where(
            Device.is_self.is_(False), Device.paired_at.is_not(None),
            Device.revoked_at.is_(None)).limit(1)) is not None
        read = s.scalar(select(PeerState.device_id).where(
            PeerState.received_package_seq > 0).limit(1)) is not None
        # a package from the office could only be made with her card: shared, then
        return FirstDay(_setting(s, CARD_SHARED_KEY) is not None or read, paired, read,
                        _setting(s, FIRST_DAY_HIDDEN_KEY) is not None)


def hide_first_day(ctx: AppContext) -> None:
    with ctx.db.transaction() as s:
        if _setting(s, FIRST_DAY_HIDDEN_KEY) is None:
            _put(s, FIRST_DAY_HIDDEN_KEY, ctx.now().isoformat())
