"""the transition description: edited sections kept per version, planned kindergarten start

Each part of this revision lives in its own pair of functions, as in 0008.

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _transition_upgrade() -> None:
    """transition_section: one row per version of a section a person wrote (an edit
    adds a row, never changes one); child.planned_kindergarten_start (NULL: not known)."""
    import sqlalchemy as sa
    op.create_table(
        "transition_section",
        sa.Column("child_id", sa.Uuid(), nullable=False),
        sa.Column("section", sa.String(length=30), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_by", sa.String(length=200), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"],
                                name=op.f("fk_transition_section_child_id_child")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transition_section")),
    )
    op.create_index(op.f("ix_transition_section_child_id"), "transition_section",
                    ["child_id"])
    # A nullable column is added in place on both engines (no table rebuild on SQLite).
    op.add_column("child", sa.Column("planned_kindergarten_start", sa.Date(), nullable=True))


def _transition_downgrade() -> None:
    # SQLite (3.35+) drops a plain column in place; a batch rebuild of "child" would be
    # blocked by the tables that reference it.
    op.execute("ALTER TABLE child DROP COLUMN planned_kindergarten_start")
    op.drop_index(op.f("ix_transition_section_child_id"), table_name="transition_section")
    op.drop_table("transition_section")


def upgrade() -> None:
    _transition_upgrade()


def downgrade() -> None:
    _transition_downgrade()
