"""Local user accounts: add, disable and enable users, change and set passwords, and
make a new recovery key (the key file follows along on SQLite).

On SQLite a password is what unwraps the database key in keys.json, so every new
password is wrapped there too, inside the transaction that logs it: if the key file
cannot be written, the audit event and the new hash roll back with it. On PostgreSQL
the Argon2id hash in ``user_account`` is the password. Every change is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import func, select

from ...domain.enums import AuditAction, ProfessionalRole, UserRole
from ...domain.errors import NotFoundError, StoreError, ValidationError
from ...store.keystore import RECOVERY_ENTRY, KeyStore
from ...store.models import Organisation, Professional, UserAccount
from . import audit, unlock
from ..context import AppContext
from .installation_scope import check_new_account
from ..installation import KEYS_FILENAME, PROFESSIONAL_ROLE_FOR
from .passwords import check_password_strength

_hasher = PasswordHasher()
# Who may add, disable and enable accounts and give someone a new password.
ACCOUNT_MANAGERS = (UserRole.OFFICE, UserRole.CONSULTANT)
MAX_USERNAME = 100
PASSWORD_CHANGE_DETAIL = "password change"
RECOVERY_KEY_DETAIL = "new recovery key"


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: UserRole
    professional_id: uuid.UUID | None
    disabled_at: datetime | None = None

    @property
    def disabled(self) -> bool:
        return self.disabled_at is not None


def _info(u: UserAccount) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, UserRole(u.role), u.professional_id,
                    u.disabled_at)


def _keystore(ctx: AppContext) -> KeyStore | None:
    return KeyStore(ctx.data_dir / KEYS_FILENAME, db_key=ctx.db.key) if ctx.db.is_sqlite else None


def _check_username(username: str) -> None:
    if any(ch.isspace() for ch in username) or not username.isprintable():
        raise ValidationError("Brugernavnet må ikke indeholde mellemrum eller kontroltegn.",
                              log_message="user name with spaces or control characters")
    if len(username) > MAX_USERNAME or username == RECOVERY_ENTRY:
        raise ValidationError("Brugernavnet må højst være {max_username} tegn og ikke "
                              "»{recovery_entry}«.",
                              max_username=MAX_USERNAME, recovery_entry=RECOVERY_ENTRY,
                              log_message="user name refused")


def _account(session, username: str) -> UserAccount:
    account = session.scalar(select(UserAccount).where(UserAccount.username == username,
                                                       UserAccount.deleted_at.is_(None)))
    if account is None:
        raise NotFoundError("Brugeren »{username}« findes ikke.", username=username,
                            log_message="unknown user name")
    return account


def create_user(ctx: AppContext, username: str, display_name: str, role: UserRole,
                password: str, professional_id: uuid.UUID | None = None,
                check_strength: bool = True) -> UserInfo:
    """A new account; ``check_strength=False`` only for the fictional demo's users."""
    username, display_name = _checked_new_user(ctx, username, display_name, password,
                                               check_strength)
    with ctx.db.transaction() as s:
        return _insert_account(s, ctx, username, display_name, role, password,
                               professional_id)


def add_account(ctx: AppContext, username: str, display_name: str, role: UserRole,
                password: str, professional_id: uuid.UUID | None = None) -> UserInfo:
    """The office adds a person's login: linked to ``professional_id``, else to the one
    professional of that name and role, else to a new professional row for her."""
    username, display_name = _checked_new_user(ctx, username, display_name, password, True)
    wanted = PROFESSIONAL_ROLE_FOR[role]
    roles = {wanted.value} | ({ProfessionalRole.CHILDMINDER.value}
                              if role == UserRole.CHILDMINDER else set())
    with ctx.db.transaction() as s:
        if professional_id is not None:
            person = s.get(Professional, professional_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError("Fagpersonen med id {professional_id} findes ikke.",
                                    professional_id=professional_id,
                                    log_message="unknown professional for new user")
        else:
            same = list(s.scalars(select(Professional).where(
                func.lower(Professional.name) == display_name.lower(),
                Professional.role.in_(roles), Professional.deleted_at.is_(None))))
            if len(same) == 1:
                professional_id = same[0].id
            else:
                person = Professional(name=display_name, role=wanted.value,
                                      organisation_id=s.scalar(select(Organisation.id).limit(1)))
                s.add(person)
                s.flush()
                audit.record(s, ctx, AuditAction.CREATE, "professional", person.id)
                professional_id = person.id
        return _insert_account(s, ctx, username, display_name, role, password,
                               professional_id)


def _checked_new_user(ctx: AppContext, username: str, display_name: str, password: str,
                      check_strength: bool) -> tuple[str, str]:
    ctx.require_role(*ACCOUNT_MANAGERS)
    username, display_name = (username or "").strip(), (display_name or "").strip()
    if not username or not display_name:
        raise ValidationError("Brugernavn og navn skal udfyldes.",
                              log_message="user without user name or name")
    _check_username(username)
    if check_strength:
        check_password_strength(password, username)
    return username, display_name


def _insert_account(s, ctx: AppContext, username: str, display_name: str, role: UserRole,
                    password: str, professional_id: uuid.UUID | None) -> UserInfo:
    check_new_account(s, role)  # one installation, one scope
    if s.scalar(select(UserAccount.id).where(UserAccount.username == username)):
        raise ValidationError("Brugernavnet »{username}« er optaget.", username=username,
                              log_message="user name taken")
    account = UserAccount(username=username, display_name=display_name, role=role.value,
                          professional_id=professional_id,
                          password_hash=_hasher.hash(password))
    s.add(account)
    s.flush()
    audit.record(s, ctx, AuditAction.CREATE, "user_account", account.id,
                 detail=f"{username} role={role.value}")
    keystore = _keystore(ctx)
    if keystore is not None:  # inside the transaction: no account without its key
        keystore.add_user(username, password, ctx.db.key)
    return _info(account)


def list_users(ctx: AppContext) -> list[UserInfo]:
    """Every account, disabled ones too (marked), by user name."""
    ctx.require_role(*ACCOUNT_MANAGERS)
    with ctx.db.transaction() as s:
        rows = s.scalars(select(UserAccount).where(UserAccount.deleted_at.is_(None))
                         .order_by(UserAccount.username))
        return [_info(u) for u in rows]


def disable_user(ctx: AppContext, username: str) -> UserInfo:
    """The account can no longer log in; on SQLite its wrapped key leaves the key file."""
    ctx.require_role(*ACCOUNT_MANAGERS)
    username = (username or "").strip()
    if username == ctx.user.username:
        raise ValidationError("Du kan ikke deaktivere din egen konto.",
                              log_message="refused: disabling oneself")
    with ctx.db.transaction() as s:
        account = _account(s, username)
        if account.disabled_at is not None:
            raise ValidationError("Kontoen »{username}« er allerede deaktiveret.",
                                  username=username,
                                  log_message="account already disabled")
        account.disabled_at = ctx.now()
        account.failed_attempts, account.locked_until = 0, None
        audit.record(s, ctx, AuditAction.UPDATE, "user_account", account.id,
                     detail=f"{username} disabled")
        keystore = _keystore(ctx)
        if keystore is not None:
            keystore.disable_user(username)
        return _info(account)


def enable_user(ctx: AppContext, username: str, new_password: str) -> UserInfo:
    """A disabled account comes back with a new password (its old one was dropped)."""
    ctx.require_role(*ACCOUNT_MANAGERS)
    username = (username or "").strip()
    check_password_strength(new_password, username)
    with ctx.db.transaction() as s:
        account = _account(s, username)
        if account.disabled_at is None:
            raise ValidationError("Kontoen »{username}« er ikke deaktiveret.", username=username,
                                  log_message="account not disabled")
        account.disabled_at = None
        account.password_hash = _hasher.hash(new_password)
        audit.record(s, ctx, AuditAction.UPDATE, "user_account", account.id,
                     detail=f"{username} enabled with a new password")
        keystore = _keystore(ctx)
        if keystore is not None:
            keystore.add_user(username, new_password, ctx.db.key)
        return _info(account)


def set_password(ctx: AppContext, username: str, new_password: str) -> None:
    """The office gives someone who forgot her password a new one (both engines; on
    PostgreSQL the only way, as there is no recovery key)."""
    ctx.require_role(*ACCOUNT_MANAGERS)
    username = (username or "").strip()
    check_password_strength(new_password, username)
    with ctx.db.transaction() as s:
        account = _account(s, username)
        if account.disabled_at is not None:
            raise ValidationError("Kontoen »{username}« er deaktiveret.", username=username,
                                  log_message="set password on a disabled account")
        account.password_hash = _hasher.hash(new_password)
        account.failed_attempts, account.locked_until = 0, None
        audit.record(s, ctx, AuditAction.UPDATE, "user_account", account.id,
                     detail=f"{username} given a new password by {ctx.user.username}")
        keystore = _keystore(ctx)
        if keystore is not None:
            keystore.add_user(username, new_password, ctx.db.key)


def change_password(ctx: AppContext, old_password: str, new_password: str) -> None:
    """The logged-in user changes her own password (a wrong current one is audited and
    counts toward the lockout, as at login)."""
    check_password_strength(new_password, ctx.user.username)
    if new_password == old_password:
        raise ValidationError("Den nye adgangskode skal være en anden end den nuværende.",
                              log_message="new password equals the old")
    unlock.verify_password(ctx, old_password, detail=PASSWORD_CHANGE_DETAIL)
    keystore = _keystore(ctx)
    with ctx.db.transaction() as s:
        account = s.get(UserAccount, ctx.user.id)
        account.password_hash = _hasher.hash(new_password)
        audit.record(s, ctx, AuditAction.UPDATE, "user_account", account.id,
                     detail="password changed")
        if keystore is not None:
            keystore.add_user(account.username, new_password, ctx.db.key)


def new_recovery_key(ctx: AppContext, password: str) -> str:
    """A new recovery key for this installation (shown once); the old one stops working.

    Asks for the user's password: whoever holds the key can open every record, so an
    unlocked, unattended laptop must not be enough to make one."""
    if not ctx.db.is_sqlite:
        raise ValidationError("Der er ingen gendannelsesnøgle på en PostgreSQL-installation.",
                              log_message="recovery key on PostgreSQL")
    if ctx.db.key is None:
        raise StoreError("Databasens nøgle er ikke tilgængelig.", log_message="no db key")
    unlock.verify_password(ctx, password, detail=RECOVERY_KEY_DETAIL)
    keystore = _keystore(ctx)
    with ctx.db.transaction() as s:
        audit.record(s, ctx, AuditAction.UPDATE, "recovery_key",
                     detail="new recovery key made; the old one no longer works")
        return keystore.replace_recovery_key(ctx.db.key)
