"""The backends (mscommunity.accounts.backends) read the signed-in user as Django's would."""

import pytest
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.test import Client

from mscommunity.accounts.backends import AuthenticationBackend, ModelBackend
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("backend", [ModelBackend(), AuthenticationBackend()])
def test_the_user_read_in_sql_is_the_orms_user_field_for_field(backend):
    user = make_user("sql_reader")
    mine, djangos = backend.get_user(user.pk), DjangoModelBackend().get_user(user.pk)
    assert mine == djangos
    for field in type(user)._meta.concrete_fields:
        assert getattr(mine, field.attname) == getattr(djangos, field.attname), field.name
    assert mine._state.db == djangos._state.db and not mine._state.adding


def test_missing_inactive_and_malformed_ids_sign_nobody_in():
    user = make_user("gone_quiet")
    user.is_active = False
    user.save()
    backend = ModelBackend()
    assert backend.get_user(user.pk) is None
    assert backend.get_user(10**9) is None
    assert backend.get_user("not-a-number") is None


def test_a_signed_in_member_is_read_through_it():
    user = make_user("through_backend")
    client = Client()
    client.force_login(user)
    assert client.session["_auth_user_backend"] == "mscommunity.accounts.backends.ModelBackend"
    assert client.get("/").wsgi_request.user == user
