"""Django's database session stores with their one read per request in SQL.

Every signed-in request reads its session; through the ORM, building that
query took longer than the database took to answer it. ``db.SessionStore``
and ``cached_db.SessionStore`` are Django's, with ``_get_session_from_db``
replaced by :class:`SQLSessionRead`: the same row, the same rule (a session
past its expiry date is not read), the same answer (a ``Session`` or None,
forgetting the key as Django does). Everything else (writing, rotating,
flushing) is Django's own.
"""

from __future__ import annotations

from django.db import connections, router
from django.utils import timezone

from mscommunity.rawsql import moment


class SQLSessionRead:
    """Mixin for a Django database session store (``self.model`` is its Session model)."""

    def _get_session_from_db(self):
        model = self.model
        using = router.db_for_read(model)
        connection = connections[using]
        sql = (f"SELECT session_data, expire_date FROM {model._meta.db_table} "  # noqa: S608 - table name only
               "WHERE session_key = %s AND expire_date > %s")
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.session_key, connection.ops.adapt_datetimefield_value(timezone.now())])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        data, expires = row
        session = model(session_key=self.session_key, session_data=data, expire_date=moment(expires))
        session._state.adding, session._state.db = False, using
        return session
