import pytest
from django.utils import timezone

from mscommunity.ratelimits import parse
from threads.models import Comment

pytestmark = pytest.mark.django_db


def test_parse_reads_the_settings_format():
    assert [(x.count, x.seconds, x.scope) for x in parse("5/60s/member, 60/3600s/ip")] == [
        (5, 60, "member"), (60, 3600, "ip")
    ]
    with pytest.raises(ValueError):
        parse("5/m/user")


def test_posting_too_fast_gets_a_429_that_keeps_the_text(client, member, article, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "comment": "2/60s/member", "comment_new_member": "2/60s/member"}
    client.force_login(member)
    for n in range(2):
        assert client.post("/articles/trial-news/comments/", {"text": f"Comment {n}"}).status_code == 302
    response = client.post("/articles/trial-news/comments/", {"text": "My long story I must not lose"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "My long story I must not lose</textarea>" in html and "Nothing you typed is lost" in html
    assert Comment.objects.count() == 2


def test_new_members_have_stricter_limits(client, member, article, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "comment": "5/60s/member", "comment_new_member": "1/60s/member"}
    client.force_login(member)
    client.post("/articles/trial-news/comments/", {"text": "One"})
    assert client.post("/articles/trial-news/comments/", {"text": "Two"}).status_code == 429
    member.date_joined = timezone.now() - timezone.timedelta(days=60)
    member.save()
    assert client.post("/articles/trial-news/comments/", {"text": "Two"}).status_code == 302


def test_limits_per_address_cover_many_accounts(client, article, settings):
    from tests.conftest import make_user

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "comment": "100/60s/member,2/60s/ip",
                            "comment_new_member": "100/60s/member,2/60s/ip"}
    statuses = []
    for n in range(3):
        client.force_login(make_user(f"sock_{n}"))
        statuses.append(client.post("/articles/trial-news/comments/", {"text": f"Hello {n}"}).status_code)
    assert statuses == [302, 302, 429]


def test_redis_backend_counts_across_processes(settings, member, rf):
    """The same limiter on the Redis cache (the machine runs Redis at 127.0.0.1:6379)."""
    import os

    import redis

    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/15").ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            raise  # CI machines run Redis: a missing server is a failure there
        pytest.skip("no Redis server at 127.0.0.1:6379")
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:6379/15"}}
    from django.core.cache import caches

    from mscommunity.ratelimits import consume

    caches["default"].clear()
    settings.RATE_LIMITS = {"flag": "2/60s/member"}
    request = rf.post("/x/")
    request.user = member
    assert [consume(request, "flag") is None for _ in range(3)] == [True, True, False]
    caches["default"].clear()
