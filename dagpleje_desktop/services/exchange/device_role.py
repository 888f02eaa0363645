"""Correcting the role chosen at set-up, until the first pairing.

A card carries the device's role, and the office pairs a mini-childminder's laptop for
one home only when the card says so: a wrong choice at set-up must be correctable. Once
a device is paired, the role is part of what the other device trusts, so it is fixed;
and only while the installation has its first account alone (no one else's role moves).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from ...domain.enums import AuditAction, UserRole
from ...domain.errors import ValidationError
from ...store.models import Device, UserAccount
from ..security import audit
from ..context import AppContext
from .devices import self_device


# Why the role cannot be changed, by what _blocked found.
ROLE_LOCKED = {
    "paired": "Rollen kan ikke ændres, når computeren er parret med en anden enhed. "
              "Kontakt kontoret, hvis rollen er forkert.",
    "users": "Rollen kan kun ændres, mens installationen har én bruger.",
}


def _blocked(session) -> str:
    """A key of ROLE_LOCKED, or "" when the role may be changed."""
    paired = session.scalar(select(func.count()).select_from(Device).where(
        Device.is_self.is_(False), Device.paired_at.is_not(None)))
    if paired:
        return "paired"
    accounts = session.scalar(select(func.count()).select_from(UserAccount).where(
        UserAccount.deleted_at.is_(None)))
    if accounts != 1:
        return "users"
    return ""


def can_change_role(ctx: AppContext) -> bool:
    with ctx.db.transaction() as s:
        return not _blocked(s)


def change_role(ctx: AppContext, role: UserRole) -> UserRole:
    """This computer's and its (only) user's role; refused after the first pairing."""
    role = UserRole(role)
    with ctx.db.transaction() as s:
        reason = _blocked(s)
        if reason:
            raise ValidationError(ROLE_LOCKED[reason], log_message="role change refused")
        me = self_device(s)
        account = s.get(UserAccount, ctx.user.id)
        if account is None:
            raise ValidationError("Brugeren findes ikke.")
        old = account.role
        me.role, account.role = role.value, role.value
        audit.record(s, ctx, AuditAction.UPDATE, "user_account", account.id,
                     detail=f"role {old} -> {role.value} before the first pairing")
    ctx.user = replace(ctx.user, role=role)
    return role
