"""Local user accounts: add users and change passwords (the key file follows along)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import select

from ..domain.enums import AuditAction, UserRole
from ..domain.errors import AuthenticationError, ValidationError
from ..store.keystore import KeyStore
from ..store.models import UserAccount
from . import audit
from .context import AppContext
from .installation import KEYS_FILENAME, check_password_strength

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: UserRole
    professional_id: uuid.UUID | None


def _keystore(ctx: AppContext) -> KeyStore | None:
    return KeyStore(ctx.data_dir / KEYS_FILENAME) if ctx.db.is_sqlite else None


def create_user(ctx: AppContext, username: str, display_name: str, role: UserRole,
                password: str, professional_id: uuid.UUID | None = None,
                check_strength: bool = True) -> UserInfo:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    username = username.strip()
    if not username or not display_name.strip():
        raise ValidationError("Brugernavn og navn skal udfyldes.")
    if check_strength:
        check_password_strength(password)
    with ctx.db.transaction() as s:
        if s.scalar(select(UserAccount.id).where(UserAccount.username == username)):
            raise ValidationError(f"Brugernavnet »{username}« er optaget.")
        account = UserAccount(username=username, display_name=display_name.strip(),
                              role=role.value, professional_id=professional_id,
                              password_hash=_hasher.hash(password))
        s.add(account)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "user_account", account.id,
                     detail=f"{username} role={role.value}")
        keystore = _keystore(ctx)
        if keystore is not None:  # inside the transaction: no account without its key
            keystore.add_user(username, password, ctx.db.key)
        return UserInfo(account.id, username, account.display_name, role, professional_id)


def change_password(ctx: AppContext, old_password: str, new_password: str) -> None:
    check_password_strength(new_password)
    keystore = _keystore(ctx)
    with ctx.db.transaction() as s:
        account = s.get(UserAccount, ctx.user.id)
        if keystore is not None:
            keystore.unlock(account.username, old_password)
        else:
            try:
                _hasher.verify(account.password_hash, old_password)
            except VerificationError:
                raise AuthenticationError("Den nuværende adgangskode er forkert.") from None
        account.password_hash = _hasher.hash(new_password)
        audit.record(s, ctx, AuditAction.UPDATE, "user_account", account.id,
                     detail="password changed")
        if keystore is not None:
            keystore.add_user(account.username, new_password, ctx.db.key)


def list_users(ctx: AppContext) -> list[UserInfo]:
    with ctx.db.transaction() as s:
        rows = s.scalars(select(UserAccount).where(UserAccount.deleted_at.is_(None))
                         .order_by(UserAccount.username))
        return [UserInfo(u.id, u.username, u.display_name, UserRole(u.role), u.professional_id)
                for u in rows]
