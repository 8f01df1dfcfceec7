# ruff: noqa: S608  (table and column names are module constants; nothing comes from input)
"""The search index, created and kept whole by the database itself.

- PostgreSQL: a stored generated ``search_vector`` (``tsvector``, English
  configuration) on ``threads_article`` (title A, summary B, body without
  tags C) and ``threads_comment`` (body), each with a GIN index. PostgreSQL
  recomputes it on every insert and update, by any code path.
- SQLite: FTS5 external-content tables ``search_article_fts`` and
  ``search_comment_fts`` (Porter stemming, diacritics folded) kept current by
  insert, update and delete triggers on the same tables.

Only what is stored is indexed: comment bodies are already scrubbed of
personal data. Visibility (published, not held, removed or deleted) is never
in the index: the queries join the live rows, so a status change hides a hit
at once.
"""

from __future__ import annotations

import logging

from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper

logger = logging.getLogger(__name__)

_TOKENIZE = "porter unicode61 remove_diacritics 2"
# (fts table, content table, indexed columns)
SQLITE_TABLES = (
    ("search_article_fts", "threads_article", ("title", "summary", "body")),
    ("search_comment_fts", "threads_comment", ("body",)),
)
POSTGRES_VECTORS = {
    "threads_article": (
        "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
        "setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') || "
        "setweight(to_tsvector('english'::regconfig, regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C')"
    ),
    "threads_comment": "to_tsvector('english'::regconfig, coalesce(body, ''))",
}


def ensure(connection: BaseDatabaseWrapper) -> bool:
    """Create whatever part of the index is missing on ``connection`` and fill
    it from the rows. Idempotent and cheap when the index is whole. Returns
    True when something was (re)built."""
    if connection.vendor == "postgresql":
        return _ensure_postgres(connection)
    if connection.vendor == "sqlite":
        return _ensure_sqlite(connection)
    return False


def ensure_after_migrate(*, using: str = "default", **kwargs) -> None:
    """post_migrate receiver: repair the index after any migration."""
    connection = connections[using]
    tables = set(connection.introspection.table_names())
    if {"threads_article", "threads_comment"} <= tables and ensure(connection):
        logger.info("Search index built on %s", using)


def _ensure_postgres(connection: BaseDatabaseWrapper) -> bool:
    built = False
    with connection.cursor() as cursor:
        for table, expression in POSTGRES_VECTORS.items():
            cursor.execute(
                "SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = 'search_vector'"
                " AND table_schema = current_schema()", [table])
            if cursor.fetchone() is None:
                cursor.execute(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
                               f"GENERATED ALWAYS AS ({expression}) STORED")
                built = True
            cursor.execute(f"CREATE INDEX IF NOT EXISTS {table}_search_gin ON {table} USING gin (search_vector)")
    return built


def _sqlite_statements(fts: str, table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    # Table and column names are the constants above; nothing comes from input.
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({cols}, content='{table}', content_rowid='id', "
        f"tokenize='{_TOKENIZE}')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
    ]


def _ensure_sqlite(connection: BaseDatabaseWrapper) -> bool:
    built = False
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        present = {row[0] for row in cursor.fetchall()}
        for fts, table, columns in SQLITE_TABLES:
            wanted = {fts, f"{fts}_ai", f"{fts}_ad", f"{fts}_au"}
            if wanted <= present:
                continue
            for statement in _sqlite_statements(fts, table, columns):
                cursor.execute(statement)
            cursor.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            built = True
    return built


def drop(connection: BaseDatabaseWrapper) -> None:
    """Remove the index (the migration's reverse)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for table in POSTGRES_VECTORS:
                cursor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
        elif connection.vendor == "sqlite":
            for fts, _table, _columns in SQLITE_TABLES:
                for suffix in ("_ai", "_ad", "_au"):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {fts}{suffix}")
                cursor.execute(f"DROP TABLE IF EXISTS {fts}")
