"""sync repairs: CPR not unique in the database, merged child records, sync state rebuilt

The same real child may be registered on two devices: both records must be able to
arrive everywhere (a person then merges them), so the unique constraint on child.cpr
becomes a plain index and the children service refuses a CPR in use when a record is
made. ``child.merged_into_id`` points from a merged (tombstoned) record to the kept one.

A database taken below 0005 and up again has its operation log but no field stamps or
version vectors: they are rebuilt from the log so new operations never reuse a sequence
number that peers already hold.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _child_shape(bind) -> tuple[bool, bool]:
    """(CPR unique, merged_into_id present) as the table is now."""
    inspector = sa.inspect(bind)
    columns = {c["name"] for c in inspector.get_columns("child")}
    return bool(inspector.get_unique_constraints("child")), "merged_into_id" in columns


def _rebuild_child_sqlite(change, wanted: tuple[bool, bool]) -> None:
    """SQLite drops a UNIQUE constraint only by rebuilding the table. Every table that
    references ``child`` would block the drop, so foreign keys are switched off, which
    SQLite allows only outside a transaction: the rebuild gets a transaction of its own
    (and is skipped when a crash left it done but the revision not yet recorded)."""
    bind = op.get_bind()
    if _child_shape(bind) == wanted:
        return
    bind.exec_driver_sql("COMMIT")
    bind.exec_driver_sql("PRAGMA foreign_keys = OFF")
    bind.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        with op.batch_alter_table("child", recreate="always") as batch:
            change(batch)
        broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"foreign keys broken by the child rebuild: {broken[:3]}")
        bind.exec_driver_sql("COMMIT")
    except Exception:
        bind.exec_driver_sql("ROLLBACK")
        raise
    finally:
        bind.exec_driver_sql("PRAGMA foreign_keys = ON")
        bind.exec_driver_sql("BEGIN IMMEDIATE")


def _cpr_not_unique(batch) -> None:
    batch.drop_constraint("uq_child_cpr", type_="unique")
    batch.add_column(sa.Column("merged_into_id", sa.Uuid(), nullable=True))
    batch.create_index("ix_child_cpr", ["cpr"], unique=False)


def _cpr_unique(batch) -> None:
    batch.drop_index("ix_child_cpr")
    batch.drop_column("merged_into_id")
    batch.create_unique_constraint("uq_child_cpr", ["cpr"])


def _rebuild_sync_state() -> None:
    """Field stamps and version vectors from the operation log, when they are missing."""
    bind = op.get_bind()
    has_ops = bind.execute(sa.text("SELECT 1 FROM change_operation LIMIT 1")).first()
    if has_ops is None:
        return
    if bind.execute(sa.text("SELECT 1 FROM sync_vector LIMIT 1")).first() is None:
        # Own operations: the highest number issued (never hand it out again). Other
        # origins start at 0, so peers send them again (duplicates are skipped on import).
        bind.execute(sa.text(
            "INSERT INTO sync_vector (origin_device, seq, hlc) "
            "SELECT origin_device, MAX(origin_seq), MAX(hlc) FROM change_operation "
            "WHERE origin_device IN (SELECT id FROM device WHERE is_self = :yes) "
            "GROUP BY origin_device"), {"yes": True})
        bind.execute(sa.text(
            "INSERT INTO sync_vector (origin_device, seq, hlc) "
            "SELECT DISTINCT origin_device, 0, '' FROM change_operation "
            "WHERE origin_device NOT IN (SELECT id FROM device WHERE is_self = :yes)"),
            {"yes": True})
    if bind.execute(sa.text("SELECT 1 FROM field_stamp LIMIT 1")).first() is None:
        bind.execute(sa.text(
            "INSERT INTO field_stamp (entity, row_id, field, hlc) "
            "SELECT entity, row_id, field, MAX(hlc) FROM change_operation "
            "WHERE kind <> 'purge' GROUP BY entity, row_id, field"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_child_sqlite(_cpr_not_unique, (False, True))
    else:
        op.drop_constraint("uq_child_cpr", "child", type_="unique")
        op.add_column("child", sa.Column("merged_into_id", sa.Uuid(), nullable=True))
        op.create_index("ix_child_cpr", "child", ["cpr"], unique=False)
    _rebuild_sync_state()


def downgrade() -> None:
    # Merged records are tombstones; their CPR would block the unique constraint.
    op.execute("UPDATE child SET cpr = NULL WHERE merged_into_id IS NOT NULL")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_child_sqlite(_cpr_unique, (True, False))
    else:
        op.drop_index("ix_child_cpr", table_name="child")
        op.drop_column("child", "merged_into_id")
        op.create_unique_constraint("uq_child_cpr", "child", ["cpr"])
