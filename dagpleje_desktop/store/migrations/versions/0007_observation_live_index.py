"""observations: indexes for a child's live observations and for the newest first

The timeline's first page and count, the dashboard's "last observed" and "latest
position" per child all ask for one child's observations that are not deleted, in
time order; searching within one child needs that child's observation ids.
``(child_id, deleted_at, observed_at, position, id)`` answers all of them from the index
alone (``deleted_at IS NULL`` is an equality on the second column), where
``(child_id, observed_at)`` had to read every row to check the tombstone: with 5,000
observations on one child that was most of the time of opening the child.

``observed_at`` alone lets full-text search on PostgreSQL walk the newest observations
backwards and stop at the first thousand matches of a common word, instead of ranking
a third of a million (SQLite's full-text index walks newest first by itself).

Revision ID: 0007
Revises: 0006
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE/DROP INDEX (no batch): the table, and the full-text triggers on it,
    # stay as they are.
    op.create_index("ix_observation_child_live_time", "observation",
                    ["child_id", "deleted_at", "observed_at", "position", "id"], unique=False)
    op.drop_index("ix_observation_child_time", table_name="observation")
    op.create_index("ix_observation_observed_at", "observation", ["observed_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_observation_observed_at", table_name="observation")
    op.create_index("ix_observation_child_time", "observation", ["child_id", "observed_at"],
                    unique=False)
    op.drop_index("ix_observation_child_live_time", table_name="observation")
