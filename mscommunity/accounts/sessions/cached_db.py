"""``SESSION_ENGINE`` for sessions read through the shared cache, written through to the database (with Redis)."""

from django.contrib.sessions.backends import cached_db

from mscommunity.accounts.sessions import SQLSessionRead


class SessionStore(SQLSessionRead, cached_db.SessionStore):
    pass
