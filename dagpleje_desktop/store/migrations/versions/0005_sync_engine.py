"""sync engine: per-field stamps, version vectors, purged ids, delete context, peer scope

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "field_stamp",
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", "field", name=op.f("pk_field_stamp")),
    )
    op.create_table(
        "sync_vector",
        sa.Column("origin_device", sa.Uuid(), nullable=False),
        sa.Column("seq", _SEQ, nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("origin_device", name=op.f("pk_sync_vector")),
    )
    op.create_table(
        "purged_row",
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_purged_row")),
    )
    with op.batch_alter_table("change_operation") as batch:
        batch.add_column(sa.Column("seen", sa.Text(), nullable=True))
    with op.batch_alter_table("peer_state") as batch:
        batch.add_column(sa.Column("scope_acked", sa.Text(), nullable=False,
                                   server_default="{}"))
        batch.add_column(sa.Column("scope_pending", sa.Text(), nullable=False,
                                   server_default="{}"))
        batch.add_column(sa.Column("last_in_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("last_out_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("peer_state") as batch:
        batch.drop_column("last_out_at")
        batch.drop_column("last_in_at")
        batch.drop_column("scope_pending")
        batch.drop_column("scope_acked")
    with op.batch_alter_table("change_operation") as batch:
        batch.drop_column("seen")
    op.drop_table("purged_row")
    op.drop_table("sync_vector")
    op.drop_table("field_stamp")
