"""A greeting to a member's pseudonym that exists on the site is never redacted (issue 17, gap 3)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mscommunity.accounts.models import User
from mscommunity.moderation import pipeline

pytestmark = pytest.mark.django_db


@pytest.fixture
def members():
    for name in ("wobbly_walker", "MaggieMay", "Tamsin"):
        User.objects.create_user(username=name, email=f"{name.lower()}@example.org", password="x-long-password-1")


@pytest.mark.parametrize(("text", "kept"), [
    ("Thanks, wobbly_walker! The cooling vest tip worked.", "wobbly_walker"),
    ("Welcome MaggieMay! Lovely to have you here.", "MaggieMay"),
    ("Hi maggiemay, the fatigue does ease off for me after a nap.", "maggiemay"),
    ("Tamsin, your post about the shower stool made my week.", "Tamsin"),
])
def test_a_member_greeted_by_pseudonym_stays(members, text, kept):
    prepared = pipeline.prepare(text)
    assert kept in prepared.text
    assert not [r for r in prepared.redactions if r.type == "PERSON"]


def test_the_same_name_for_someone_else_is_still_removed(members):
    prepared = pipeline.prepare("My sister Tamsin lives in Leeds and has MS too.")
    assert "Tamsin" not in prepared.text


def test_a_greeting_to_someone_who_is_not_a_member_is_removed(members):
    prepared = pipeline.prepare("Welcome Georgina! Lovely to have you here.")
    assert "Georgina" not in prepared.text


def test_the_author_signing_with_their_own_pseudonym_is_still_removed(members):
    prepared = pipeline.prepare("Welcome MaggieMay! Lovely to have you.", author_names=("MaggieMay",))
    assert "MaggieMay" not in prepared.text


def test_one_query_only_when_a_name_was_found(members):
    with CaptureQueriesContext(connection) as plain:
        pipeline.prepare("The steroids made me feel awful but it passed.")
    with CaptureQueriesContext(connection) as greeted:
        pipeline.prepare("Welcome MaggieMay! Lovely to have you here.")
    user_queries = [q for q in greeted.captured_queries if "accounts_user" in q["sql"]]
    assert not [q for q in plain.captured_queries if "accounts_user" in q["sql"]]
    assert len(user_queries) == 1
