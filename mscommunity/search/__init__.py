"""Site search over articles, published comments and treatments.

Sits above ``threads`` and ``treatments`` (it reads both; neither imports it).
One selector, ``selectors.search``, in front of two index backends chosen by
the database: PostgreSQL full-text search (stored generated ``tsvector``
columns with GIN indexes, ``SearchRank``) and SQLite FTS5 (external-content
tables kept current by triggers). Both indexes are maintained by the database
itself on every write, whichever code path writes.
"""
