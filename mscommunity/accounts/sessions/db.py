"""``SESSION_ENGINE`` for sessions in the database (the default without Redis)."""

from django.contrib.sessions.backends import db

from mscommunity.accounts.sessions import SQLSessionRead


class SessionStore(SQLSessionRead, db.SessionStore):
    pass
