"""records people can complete, consents with a scope, accounts that can be disabled

Each part of this revision lives in its own pair of functions, so the work on
consents, on the child's record and on accounts stays apart.

Revision ID: 0008
Revises: 0007
"""
from alembic import op  # noqa: F401 - used by the parts below

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _consent_upgrade() -> None:
    # Categories (comma-separated codes, see domain/consent_scope.py) and the recipient's
    # role. Existing consents get no categories: they cover nothing new until a person
    # chooses what they cover (never guessed from the free-text "information").
    import sqlalchemy as sa
    with op.batch_alter_table("consent") as batch:
        batch.add_column(sa.Column("categories", sa.Text(), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("recipient_role", sa.String(length=100), nullable=False,
                                   server_default=""))


def _consent_downgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.drop_column("recipient_role")
        batch.drop_column("categories")


_RECORD_HEALTH = ("diagnoses", "allergies", "medication")
_RECORD_PERMISSIONS = ("photo", "driving", "trips")


def _record_child_columns() -> list:
    import sqlalchemy as sa
    columns = [sa.Column("allergy_severity", sa.String(length=20), nullable=True),
               sa.Column("doctor_name", sa.String(length=200), nullable=False,
                         server_default=""),
               sa.Column("doctor_phone", sa.String(length=40), nullable=False,
                         server_default=""),
               sa.Column("collectors", sa.Text(), nullable=False, server_default="")]
    for kind in _RECORD_PERMISSIONS:
        columns += [sa.Column(f"{kind}_permission", sa.Boolean(), nullable=True),
                    sa.Column(f"{kind}_permission_by", sa.Uuid(), nullable=True),
                    sa.Column(f"{kind}_permission_on", sa.Date(), nullable=True)]
    return columns


def _record_rebuild_child_sqlite(change, done) -> None:
    """SQLite changes a column's NULL rule only by rebuilding the table; the tables that
    reference ``child`` would block the drop, so foreign keys are off for the rebuild,
    in a transaction of its own (as in 0006). Skipped when ``done()`` says it happened."""
    bind = op.get_bind()
    if done():
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


def _record_child_columns_present() -> bool:
    import sqlalchemy as sa
    return "collectors" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("child")}


def _record_upgrade() -> None:
    # The child's record: health in three states (NULL = not recorded), allergy severity,
    # doctor, who may collect, the custody holders' permissions; guardians get a second
    # phone and "interpreter needed". Existing empty health texts become NULL: an empty
    # field was never an answer, so no "none" is invented for it.
    import sqlalchemy as sa

    def change(batch) -> None:
        for name in _RECORD_HEALTH:
            batch.alter_column(name, existing_type=sa.Text(), nullable=True)
        for column in _record_child_columns():
            batch.add_column(column)

    if op.get_bind().dialect.name == "sqlite":
        _record_rebuild_child_sqlite(change, _record_child_columns_present)
    else:
        with op.batch_alter_table("child") as batch:
            change(batch)
    for name in _RECORD_HEALTH:
        op.execute(f"UPDATE child SET {name} = NULL WHERE TRIM({name}) = ''")
    with op.batch_alter_table("guardian") as batch:
        batch.add_column(sa.Column("other_phone", sa.String(length=40), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("interpreter_needed", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def _record_downgrade() -> None:
    import sqlalchemy as sa
    with op.batch_alter_table("guardian") as batch:
        batch.drop_column("interpreter_needed")
        batch.drop_column("other_phone")
    for name in _RECORD_HEALTH:  # "not recorded" and "none" were one state before
        op.execute(f"UPDATE child SET {name} = '' WHERE {name} IS NULL")

    def change(batch) -> None:
        for column in reversed(_record_child_columns()):
            batch.drop_column(column.name)
        for name in _RECORD_HEALTH:
            batch.alter_column(name, existing_type=sa.Text(), nullable=False)

    if op.get_bind().dialect.name == "sqlite":
        _record_rebuild_child_sqlite(change, lambda: not _record_child_columns_present())
    else:
        with op.batch_alter_table("child") as batch:
            change(batch)


def _accounts_upgrade() -> None:
    """user_account.disabled_at: the office disables an account instead of deleting it."""
    import sqlalchemy as sa
    op.add_column("user_account",
                  sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True))


def _accounts_downgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("disabled_at")


# Live link rows that stand for the same element of the same owner's set (left by the
# "replace every link on save" of earlier versions; see store/link_sets.py).
_SYNC_SETS = (("observation_domain", "observation_id", "k.domain = t.domain"),
              ("observation_goal", "observation_id", "k.goal_id = t.goal_id"),
              ("action_plan_goal", "action_plan_id", "k.goal_id = t.goal_id"),
              ("child_guardian", "child_id", "k.guardian_id = t.guardian_id"),
              ("meeting_participant", "meeting_id",
               "(k.professional_id = t.professional_id OR (k.professional_id IS NULL AND "
               "t.professional_id IS NULL AND (k.guardian_id = t.guardian_id OR "
               "(k.guardian_id IS NULL AND t.guardian_id IS NULL AND "
               "lower(trim(k.name)) = lower(trim(t.name))))))"))


def _sync_sets_upgrade() -> None:
    """Keep one live row per element (the lowest id, the same choice on every device,
    which all run this revision); the others are tombstoned. Rows are never removed."""
    import datetime as dt
    import sqlalchemy as sa
    now = dt.datetime.now(dt.timezone.utc)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # stored as the UTCDateTime type stores it
        now = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    for table, owner, same in _SYNC_SETS:
        bind.execute(sa.text(
            f"UPDATE {table} SET deleted_at = :now, updated_at = :now "
            f"WHERE deleted_at IS NULL AND EXISTS (SELECT 1 FROM {table} k "
            f"WHERE k.deleted_at IS NULL AND k.{owner} = {table}.{owner} AND k.id < {table}.id "
            f"AND {same.replace('t.', table + '.')})"), {"now": now})


def _sync_sets_downgrade() -> None:
    """Nothing to undo: the duplicates were never meant to be there."""


def _corrections_upgrade() -> None:
    """correction: the earlier wording of a corrected locked text (notatpligt)."""
    import sqlalchemy as sa
    op.create_table(
        "correction",
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("child_id", sa.Uuid(), nullable=True),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("previous_text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrected_by", sa.String(length=200), nullable=False),
        sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"],
                                name=op.f("fk_correction_child_id_child")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction")),
    )
    op.create_index(op.f("ix_correction_row_id"), "correction", ["row_id"])
    op.create_index(op.f("ix_correction_child_id"), "correction", ["child_id"])


def _corrections_downgrade() -> None:
    op.drop_index(op.f("ix_correction_child_id"), table_name="correction")
    op.drop_index(op.f("ix_correction_row_id"), table_name="correction")
    op.drop_table("correction")


# PostgreSQL: the access log and its anchors are insert-only. Retention may remove the
# oldest events (and anchors) only after ``SET LOCAL dagpleje.audit_prune = 'on'``.
_AUDIT_GUARD_FUNCTION = """
CREATE OR REPLACE FUNCTION dagpleje_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('dagpleje.audit_prune', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'dagpleje: % on % refused: the audit log is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql
"""


def _audit_upgrade() -> None:
    """audit_anchor (the head of the keyed chain, insert-only on PostgreSQL) and the
    triggers that refuse UPDATE/DELETE/TRUNCATE on audit_event and audit_anchor."""
    import sqlalchemy as sa
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "audit_anchor",
        sa.Column("id", big, primary_key=True, autoincrement=True),
        sa.Column("seq", big, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("keyed_from", big, nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_AUDIT_GUARD_FUNCTION)
    for table in ("audit_event", "audit_anchor"):
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION dagpleje_audit_append_only()")
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION dagpleje_audit_append_only()")


def _audit_downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("audit_event", "audit_anchor"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        op.execute("DROP FUNCTION IF EXISTS dagpleje_audit_append_only()")
    op.drop_table("audit_anchor")


def _documents_upgrade() -> None:
    """Documents that state what was true when they were made: one signature row per
    person per action plan version (who, role, day, on paper or in the app), the
    meeting's referent and next meeting as recorded with the minutes, and "hvor" (where)
    of a goal's measure (SMTTE), kept in the plan's goal snapshot too."""
    import datetime as dt
    import uuid as uuid_module

    import sqlalchemy as sa
    op.create_table(
        "action_plan_signature",
        sa.Column("action_plan_id", sa.Uuid(), nullable=False),
        sa.Column("guardian_id", sa.Uuid(), nullable=True),
        sa.Column("professional_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["action_plan_id"], ["action_plan.id"],
                                name=op.f("fk_action_plan_signature_action_plan_id_action_plan")),
        sa.ForeignKeyConstraint(["guardian_id"], ["guardian.id"],
                                name=op.f("fk_action_plan_signature_guardian_id_guardian")),
        sa.ForeignKeyConstraint(["professional_id"], ["professional.id"],
                                name=op.f("fk_action_plan_signature_professional_id_professional")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan_signature")),
    )
    op.create_index(op.f("ix_action_plan_signature_action_plan_id"), "action_plan_signature",
                    ["action_plan_id"])
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("referent", sa.String(length=200), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("next_meeting_at", sa.DateTime(timezone=True),
                                   nullable=True))
    for table in ("goal", "action_plan_goal"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("measure_where", sa.String(length=200),
                                       nullable=False, server_default=""))
    # Names typed as "Underskrevet af" on an approved version become signature rows as
    # they were recorded: on paper, on the approval day. No one is added to them.
    bind = op.get_bind()
    plans = sa.table("action_plan", sa.column("id", sa.Uuid()),
                     sa.column("approved_on", sa.Date()), sa.column("signatories", sa.Text()),
                     sa.column("deleted_at"))
    signatures = sa.table(
        "action_plan_signature",
        *(sa.column(n, sa.Uuid()) for n in ("action_plan_id", "guardian_id",
                                             "professional_id")),
        *(sa.column(n) for n in ("name", "role", "method", "recorded_by", "deleted_at")),
        sa.column("id", sa.Uuid()), sa.column("signed_on", sa.Date()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)))
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for plan_id, approved_on, names in bind.execute(sa.select(
            plans.c.id, plans.c.approved_on, plans.c.signatories).where(
            plans.c.approved_on.is_not(None), plans.c.deleted_at.is_(None))):
        for name in dict.fromkeys(n.strip() for n in (names or "").splitlines() if n.strip()):
            rows.append(dict(id=uuid_module.uuid4(), action_plan_id=plan_id, guardian_id=None,
                             professional_id=None, name=name[:200], role="",
                             signed_on=approved_on, method="paper", recorded_by="",
                             created_at=now, updated_at=now, deleted_at=None))
    if rows:
        if bind.dialect.name == "sqlite":  # stored as the UTCDateTime type stores it
            stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
            for row in rows:
                row["created_at"] = row["updated_at"] = stamp
        bind.execute(signatures.insert(), rows)


def _documents_downgrade() -> None:
    for table in ("action_plan_goal", "goal"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("measure_where")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("next_meeting_at")
        batch.drop_column("referent")
    op.drop_index(op.f("ix_action_plan_signature_action_plan_id"),
                  table_name="action_plan_signature")
    op.drop_table("action_plan_signature")


def upgrade() -> None:
    _consent_upgrade()
    _record_upgrade()
    _accounts_upgrade()
    _sync_sets_upgrade()
    _audit_upgrade()
    _corrections_upgrade()
    _documents_upgrade()


def downgrade() -> None:
    _documents_downgrade()
    _audit_downgrade()
    _corrections_downgrade()
    _sync_sets_downgrade()
    _accounts_downgrade()
    _record_downgrade()
    _consent_downgrade()
