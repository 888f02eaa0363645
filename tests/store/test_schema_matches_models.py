"""The migrations build exactly the schema the models describe (on both engines)."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dagpleje_desktop.store.models import Base

# Full-text search lives outside the models on purpose (FTS5 tables / a tsvector column).
SEARCH_OBJECTS = ("observation_fts", "observation_search_key", "search_vector")


def _relevant(diff) -> bool:
    return not any(name in repr(diff) for name in SEARCH_OBJECTS)


def test_migrated_schema_equals_models(office_ctx):
    with office_ctx.db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if _relevant(d)] == []
