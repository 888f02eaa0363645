"""full-text search over observations

SQLite: an FTS5 table (unicode61 keeps æ, ø, å distinct and folds case) kept in step
by triggers. Its rowids come from a small key table, because the observation table's
own rowid is not stable across VACUUM. PostgreSQL: a stored tsvector with the Danish
configuration and a GIN index.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """CREATE TABLE observation_search_key (
           rowid INTEGER PRIMARY KEY,
           observation_id CHAR(32) NOT NULL UNIQUE)""",
    """CREATE VIRTUAL TABLE observation_fts USING fts5(
           situation, text, tokenize = 'unicode61 remove_diacritics 0')""",
    """CREATE TRIGGER observation_fts_insert AFTER INSERT ON observation BEGIN
           INSERT INTO observation_search_key (observation_id) VALUES (new.id);
           INSERT INTO observation_fts (rowid, situation, text)
               VALUES (last_insert_rowid(), new.situation, new.text);
       END""",
    """CREATE TRIGGER observation_fts_update AFTER UPDATE OF situation, text ON observation
       BEGIN
           UPDATE observation_fts SET situation = new.situation, text = new.text
            WHERE rowid = (SELECT rowid FROM observation_search_key
                            WHERE observation_id = new.id);
       END""",
    """CREATE TRIGGER observation_fts_delete AFTER DELETE ON observation BEGIN
           DELETE FROM observation_fts WHERE rowid =
               (SELECT rowid FROM observation_search_key WHERE observation_id = old.id);
           DELETE FROM observation_search_key WHERE observation_id = old.id;
       END""",
    # Rows that existed before this revision.
    "INSERT INTO observation_search_key (observation_id) SELECT id FROM observation",
    """INSERT INTO observation_fts (rowid, situation, text)
           SELECT k.rowid, o.situation, o.text
             FROM observation o JOIN observation_search_key k ON k.observation_id = o.id""",
]

SQLITE_DOWN = [
    "DROP TRIGGER observation_fts_delete",
    "DROP TRIGGER observation_fts_update",
    "DROP TRIGGER observation_fts_insert",
    "DROP TABLE observation_fts",
    "DROP TABLE observation_search_key",
]

POSTGRES_UP = [
    """ALTER TABLE observation ADD COLUMN search_vector tsvector
           GENERATED ALWAYS AS (to_tsvector('danish',
               coalesce(situation, '') || ' ' || coalesce(text, ''))) STORED""",
    "CREATE INDEX ix_observation_search_vector ON observation USING gin (search_vector)",
]

POSTGRES_DOWN = [
    "DROP INDEX ix_observation_search_vector",
    "ALTER TABLE observation DROP COLUMN search_vector",
]


def _run(statements):
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _run(SQLITE_UP if op.get_context().dialect.name == "sqlite" else POSTGRES_UP)


def downgrade() -> None:
    _run(SQLITE_DOWN if op.get_context().dialect.name == "sqlite" else POSTGRES_DOWN)
