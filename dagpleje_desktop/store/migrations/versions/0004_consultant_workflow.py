"""consultant workflow: goal history, agenda items with minutes, plan-goal snapshots

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def _index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    op.create_table(
        "goal_revision",
        sa.Column("goal_id", sa.Uuid(), nullable=False),
        sa.Column("child_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        *_record_columns(),
        _fk("goal_revision", "goal_id", "goal"),
        _fk("goal_revision", "child_id", "child"),
        _fk("goal_revision", "meeting_id", "meeting"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_revision")),
    )
    for column in ("goal_id", "child_id", "meeting_id"):
        _index("goal_revision", column)

    op.create_table(
        "meeting_agenda_item",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        *_record_columns(),
        _fk("meeting_agenda_item", "meeting_id", "meeting"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_agenda_item")),
    )
    _index("meeting_agenda_item", "meeting_id")

    op.create_table(
        "action_plan_goal",
        sa.Column("action_plan_id", sa.Uuid(), nullable=False),
        sa.Column("goal_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("signs_of_progress", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("measure_who", sa.String(length=200), nullable=False),
        sa.Column("measure_how_often", sa.String(length=200), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=False),
        *_record_columns(),
        _fk("action_plan_goal", "action_plan_id", "action_plan"),
        _fk("action_plan_goal", "goal_id", "goal"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan_goal")),
    )
    for column in ("action_plan_id", "goal_id"):
        _index("action_plan_goal", column)


def downgrade() -> None:
    for table, columns in (("action_plan_goal", ("action_plan_id", "goal_id")),
                           ("meeting_agenda_item", ("meeting_id",)),
                           ("goal_revision", ("goal_id", "child_id", "meeting_id"))):
        for column in columns:
            op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
        op.drop_table(table)
