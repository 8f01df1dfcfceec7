"""Personal data typed into a comment is removed before storage, and the raw
values are never stored, logged or e-mailed."""

import io
import logging
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection

from threads.models import Comment

PHONE = "(440) 555-0147"
EMAIL = "lakeside.lou@example.com"
TEXT = f"Please call me on {PHONE} or write to {EMAIL}, I had HSCT in 2017."


def everything_stored() -> str:
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    return out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_raw_values_never_reach_database_logs_or_mail(client, member, article, caplog, tmp_path: Path):
    client.force_login(member)
    with caplog.at_level(logging.DEBUG):
        response = client.post("/articles/trial-news/comments/", {"text": TEXT}, follow=True)
    page = response.content.decode()
    comment = Comment.objects.get()
    assert comment.body == (
        "Please call me on [phone number removed] or write to [email removed], I had HSCT in 2017."
    )
    assert "1 phone number and 1 email address removed, to protect your privacy" in page
    stored = everything_stored()
    captured = caplog.text + "".join(m.message() .as_string() for m in mail.outbox)
    for raw in (PHONE, EMAIL, "555-0147", "lakeside.lou"):
        assert raw not in page
        assert raw not in stored
        assert raw not in captured
    if connection.vendor == "sqlite":
        copy = tmp_path / "copy.sqlite3"
        with connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(copy)])
        data = copy.read_bytes()
        assert b"555-0147" not in data and EMAIL.encode() not in data


@pytest.mark.django_db
def test_preview_shows_what_will_be_removed_and_stores_nothing(member_client, article):
    response = member_client.post("/articles/trial-news/comments/", {"text": TEXT, "preview": "1"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "We will remove 1 phone number, 1 email address" in page
    assert "[phone number removed]" in page
    assert f"{EMAIL}</textarea>" not in page and EMAIL in page  # kept in the box for the member to edit
    assert Comment.objects.count() == 0


@pytest.mark.django_db
def test_authors_own_username_is_removed(member_client, article):
    member_client.post("/articles/trial-news/comments/", {"text": "Thanks all,\nverified_member"})
    assert Comment.objects.get().body == "Thanks all,\n[name removed]"


@pytest.mark.django_db
def test_health_links_stay_and_personal_links_go(member_client, article):
    member_client.post(
        "/articles/trial-news/comments/",
        {"text": "See https://clinicaltrials.gov/study/NCT00273364 and my page https://www.gofundme.com/f/help-lou"},
    )
    body = Comment.objects.get().body
    assert "https://clinicaltrials.gov/study/NCT00273364" in body
    assert "gofundme" not in body and "[link removed]" in body
