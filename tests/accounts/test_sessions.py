"""The session stores (mscommunity.accounts.sessions) read what Django's would."""

from datetime import timedelta

import pytest
from django.contrib.sessions.backends import db as django_db
from django.contrib.sessions.models import Session
from django.utils import timezone

from mscommunity.accounts.sessions import cached_db, db

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("store", [db.SessionStore, cached_db.SessionStore])
def test_a_saved_session_reads_back_as_djangos_store_reads_it(store):
    session = store()
    session["member"] = {"id": 7, "name": "Ada"}
    session.set_expiry(3600)
    session.save()
    again = store(session.session_key)
    assert again["member"] == {"id": 7, "name": "Ada"}
    assert dict(again.items()) == dict(django_db.SessionStore(session.session_key).items())
    assert 3500 < again.get_expiry_age() <= 3600


@pytest.mark.parametrize("store", [db.SessionStore, cached_db.SessionStore])
def test_an_expired_or_unknown_session_reads_as_empty_and_its_key_is_forgotten(store, settings):
    session = store()
    session["member"] = 7
    session.save()
    Session.objects.filter(session_key=session.session_key).update(expire_date=timezone.now() - timedelta(seconds=1))
    if store is cached_db.SessionStore:
        session._cache.delete(session.cache_key)
    expired = store(session.session_key)
    assert expired.get("member") is None
    assert expired.session_key is None
    unknown = store("x" * 32)
    assert dict(unknown.items()) == {} and unknown.session_key is None


def test_the_project_uses_them(settings):
    assert settings.SESSION_ENGINE.startswith("mscommunity.accounts.sessions.")
