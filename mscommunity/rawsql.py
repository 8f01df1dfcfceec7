"""Values read by hand-written SQL, made what the ORM would have made them.

The busiest reads (the thread page, the session, the user, the header's
count) are written in SQL because the ORM took longer to build them than the
database took to answer. Their timestamps come back as each backend gives
them: SQLite as naive UTC (text, or a datetime through its converter),
PostgreSQL as an aware datetime. :func:`moment` turns any of those into the
aware UTC datetime the ORM returns.
"""

from __future__ import annotations

from datetime import UTC, datetime

from django.utils.dateparse import parse_datetime


def moment(value: datetime | str | None) -> datetime | None:
    """An aware datetime for a timestamp read by raw SQL (None stays None)."""
    parsed = parse_datetime(value) if isinstance(value, str) else value
    return parsed.replace(tzinfo=UTC) if parsed is not None and parsed.tzinfo is None else parsed
