"""Helpers for the store tests: migrations driven by hand, raw rows at old revisions."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Column, MetaData, Table, inspect

from dagpleje_desktop.store import migrate
from dagpleje_desktop.store.database import Database

PASSWORD = "sommerfugl-paa-taget"


def downgrade(db: Database, revision: str) -> None:
    """Alembic downgrade with the same connection hand-over that ``migrate.upgrade`` uses."""
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def insert_rows(db: Database, model, rows: list[dict]) -> None:
    """Insert rows into the table as it exists now (an older revision may lack columns).

    The column types come from the model so UUIDs and datetimes are stored the way the
    app stores them; columns the database does not have yet are left out.
    """
    with db.engine.begin() as conn:
        present = {c["name"] for c in inspect(conn).get_columns(model.__tablename__)}
        table = Table(model.__tablename__, MetaData(),
                      *(Column(c.name, c.type, primary_key=c.primary_key)
                        for c in model.__table__.columns if c.name in present))
        conn.execute(table.insert(), [{k: v for k, v in row.items() if k in present}
                                      for row in rows])


def table_names(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())
