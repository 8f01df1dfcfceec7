"""The authentication backends: Django's and allauth's, with the user read in SQL.

Every signed-in request reads its user by id (``get_user``); through the ORM
that took longer to build the query than the database to answer it. Here it
is one statement over the model's own columns, turned into a ``User`` by
``Model.from_db`` exactly as the ORM does, with the same rule (an inactive
user is not signed in: ``user_can_authenticate``). Signing in
(``authenticate``) is Django's and allauth's own.
"""

from __future__ import annotations

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.core.exceptions import ValidationError
from django.db import connections, router


class SQLUserRead:
    """Mixin for a ``ModelBackend``: ``get_user`` in one SQL statement."""

    def get_user(self, user_id):
        model = get_user_model()
        using = router.db_for_read(model)
        connection = connections[using]
        sql, names, converters = _user_query(model, connection)
        try:
            user_id = model._meta.pk.to_python(user_id)
        except ValidationError:  # a malformed id in a session signs nobody in, as Django's does
            return None
        with connection.cursor() as cursor:
            cursor.execute(sql, [user_id])
            row = cursor.fetchone()
        if row is None:
            return None
        values = list(row)
        for index, column, functions in converters:
            for convert in functions:
                values[index] = convert(values[index], column, connection)
        user = model.from_db(using, names, values)
        return user if self.user_can_authenticate(user) else None


_QUERIES: dict[tuple, tuple] = {}


def _user_query(model, connection) -> tuple[str, list[str], list[tuple]]:
    """The statement, the attribute names and the value converters (as the ORM
    applies them: the backend's, then the field's), built once per database."""
    key = (model, connection.alias, connection.vendor)
    if key not in _QUERIES:
        fields = model._meta.concrete_fields
        quote = connection.ops.quote_name
        table = model._meta.db_table
        sql = (f"SELECT {', '.join(quote(f.column) for f in fields)} FROM {quote(table)} "  # noqa: S608 - names only
               f"WHERE {quote(model._meta.pk.column)} = %s")
        converters = []
        for index, f in enumerate(fields):
            column = f.get_col(table)
            functions = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
            if functions:
                converters.append((index, column, functions))
        _QUERIES[key] = (sql, [f.attname for f in fields], converters)
    return _QUERIES[key]


class ModelBackend(SQLUserRead, DjangoModelBackend):
    pass


class AuthenticationBackend(SQLUserRead, AllauthBackend):
    pass
