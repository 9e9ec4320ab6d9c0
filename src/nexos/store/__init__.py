"""Storage: SQLite by default, PostgreSQL by URL, through SQLAlchemy Core."""

from nexos.store.sql import Store

__all__ = ["Store"]
