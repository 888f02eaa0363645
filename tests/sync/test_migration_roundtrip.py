"""Taking the schema below the sync engine (0005) and back up keeps the operation log
consistent: the next login works and new operations never reuse a sequence number."""

from __future__ import annotations

from alembic import command
from sqlalchemy import func, select
from sync_helpers import PASSWORD

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.store import migrate
from dagpleje_desktop.store.database import Database, open_postgres, open_sqlcipher
from dagpleje_desktop.store.keystore import KeyStore
from dagpleje_desktop.store.models import ChangeOperation

BELOW_SYNC = "0004"


def _downgrade(installation, revision: str) -> None:
    if installation.database_url:
        db: Database = open_postgres(installation.database_url)
    else:
        key = KeyStore(installation.keys_path).unlock("test", PASSWORD)
        db = open_sqlcipher(installation.db_path, key)
    try:
        cfg = migrate.alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
        assert migrate.current_revision(db) == revision
    finally:
        db.dispose()


def _allergy_ops(ctx, kid_id) -> list[ChangeOperation]:
    with ctx.db.transaction() as s:
        ops = s.scalars(select(ChangeOperation).where(
            ChangeOperation.row_id == kid_id, ChangeOperation.field == "allergies")
            .order_by(ChangeOperation.origin_seq)).all()
        s.expunge_all()
        return ops


def test_down_below_the_sync_engine_and_up_again_then_login_and_edit(installation):
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                        password=PASSWORD)
    ctx = installation.login("test", PASSWORD)
    kid = children.create_child(ctx, ChildInput("Bjørk", "Østergård", cpr="050523-4321"))
    children.update_child(ctx, kid.id, ChildInput("Bjørk", "Østergård", cpr="050523-4321",
                                                  allergies="Nødder"))
    with ctx.db.transaction() as s:
        issued = s.scalar(select(func.max(ChangeOperation.origin_seq)))
    ctx.close()

    _downgrade(installation, BELOW_SYNC)
    ctx = installation.login("test", PASSWORD)  # upgrades to head again
    try:
        assert migrate.current_revision(ctx.db) == migrate.head_revision()
        children.update_child(ctx, kid.id, ChildInput("Bjørk", "Østergård", cpr="050523-4321",
                                                      allergies="Æg"))
        before, after = _allergy_ops(ctx, kid.id)[-2:]
        assert after.origin_seq > issued  # no number handed out twice
        assert after.prev_hlc == before.hlc  # the edit knows the value it replaced
        assert children.get_child(ctx, kid.id).allergies == "Æg"
    finally:
        ctx.close()
