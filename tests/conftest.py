"""Fixtures shared by the whole suite: members in each role and articles."""

from __future__ import annotations

import itertools

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import EDITORS_GROUP, MODERATORS_GROUP
from threads.models import Article

PASSWORD = "correct-horse-battery-staple"
_counter = itertools.count(1)


def make_user(username: str | None = None, *, verified: bool = True, **extra) -> User:
    username = username or f"member{next(_counter)}"
    user = User.objects.create_user(username=username, email=f"{username}@example.com", password=PASSWORD, **extra)
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    return user


def make_article(slug: str | None = None, **fields) -> Article:
    slug = slug or f"article-{next(_counter)}"
    defaults = {
        "title": f"Article {slug}",
        "summary": "An invented article for tests.",
        "body": "<p>Body text.</p>",
        "status": Article.Status.PUBLISHED,
        "published_at": timezone.now() - timezone.timedelta(hours=1),
    }
    defaults.update(fields)
    return Article.objects.create(slug=slug, **defaults)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Tests create many members; a fast hasher keeps the suite quick (never in production)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and cached policy rows never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def member(db) -> User:
    return make_user("verified_member")


@pytest.fixture
def unverified_member(db) -> User:
    return make_user("unverified_member", verified=False)


@pytest.fixture
def moderator(db) -> User:
    user = make_user("a_moderator", is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def editor(db) -> User:
    user = make_user("an_editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


@pytest.fixture
def article(db) -> Article:
    return make_article("trial-news")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client
