"""observation drafts (autosave)

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "observation_draft",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("child_id", sa.Uuid(), nullable=True),
        sa.Column("observation_id", sa.Uuid(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["user_account.id"],
                                name=op.f("fk_observation_draft_user_id_user_account")),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"],
                                name=op.f("fk_observation_draft_child_id_child")),
        sa.ForeignKeyConstraint(["observation_id"], ["observation.id"],
                                name=op.f("fk_observation_draft_observation_id_observation")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation_draft")),
    )
    op.create_index(op.f("ix_observation_draft_user_id"), "observation_draft", ["user_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_observation_draft_user_id"), table_name="observation_draft")
    op.drop_table("observation_draft")
