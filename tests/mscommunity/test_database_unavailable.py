import pytest
from django.db import OperationalError

from threads import services

pytestmark = pytest.mark.django_db


def test_a_locked_database_is_a_clean_503_that_keeps_the_text(client, member, article, monkeypatch):
    def locked(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "comment_create", locked)
    client.force_login(member)
    client.raise_request_exception = False
    response = client.post("/articles/trial-news/comments/", {"text": "My words, kept"})
    assert response.status_code == 503 and response["Retry-After"] == "5"
    assert "My words, kept</textarea>" in response.content.decode()
