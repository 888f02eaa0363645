"""Persistence: SQLAlchemy models, engines (SQLCipher or PostgreSQL), migrations, search."""
