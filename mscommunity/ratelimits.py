"""Cache-backed rate limits for what members post (allauth limits sign-up,
login and password reset itself; see ACCOUNT_RATE_LIMITS).

Limits are read from ``settings.RATE_LIMITS``: action -> "N/Ss/scope,..."
where scope is ``member`` or ``ip``, e.g. ``"5/60s/member,60/3600s/ip"``.
New members (joined within MODERATION_NEW_MEMBER_DAYS) use the stricter
``<action>_new_member`` entry when there is one. Counters live in the
default cache (Redis in production, so all app processes share them).

A limited request gets a 429 page that keeps what the member typed.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

KEPT_FIELDS = ("text", "story", "reason", "reason_note")


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int
    scope: str


def parse(spec: str) -> list[Limit]:
    """ "5/60s/member,60/3600s/ip" -> [Limit(5, 60, "member"), Limit(60, 3600, "ip")]."""
    limits = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        count, period, scope = part.split("/")
        if scope not in {"member", "ip"} or not period.endswith("s"):
            raise ValueError(f"Cannot read rate limit {part!r}")
        limits.append(Limit(int(count), int(period[:-1]), scope))
    return limits


def client_ip(request: HttpRequest) -> str:
    """The client address, found as allauth finds it for its own limits (behind
    a proxy, the X-Forwarded-For entry ALLAUTH_TRUSTED_PROXY_COUNT from the end),
    so both sets of limits count the same client."""
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter().get_client_ip(request)
    except PermissionDenied:  # no usable address at all
        return ""


def _limits_for(request: HttpRequest, action: str) -> list[Limit]:
    user = request.user
    new_since = timezone.now() - timedelta(days=settings.MODERATION_NEW_MEMBER_DAYS)
    if user.is_authenticated and user.date_joined >= new_since and f"{action}_new_member" in settings.RATE_LIMITS:
        return parse(settings.RATE_LIMITS[f"{action}_new_member"])
    return parse(settings.RATE_LIMITS.get(action, ""))


def consume(request: HttpRequest, action: str) -> int | None:
    """Count one ``action`` by this request's member and address. Returns
    None when allowed, or the seconds to wait when a limit is reached."""
    now = int(timezone.now().timestamp())
    for limit in _limits_for(request, action):
        if limit.scope == "member":
            if not request.user.is_authenticated:
                continue
            who = f"m{request.user.pk}"
        else:
            who = "i" + hashlib.sha256(client_ip(request).encode()).hexdigest()[:16]  # no raw IPs in the cache
        window = now // limit.seconds
        key = f"rl:{action}:{limit.scope}:{limit.seconds}:{who}:{window}"
        cache.add(key, 0, timeout=limit.seconds + 5)
        try:
            used = cache.incr(key)
        except ValueError:  # evicted between add and incr
            cache.set(key, 1, timeout=limit.seconds + 5)
            used = 1
        if used > limit.count:
            return (window + 1) * limit.seconds - now
    return None


def too_many(request: HttpRequest, retry_after: int, *, resume_url: str = "") -> HttpResponse:
    """The 429 page: what happened, when to try again, and the member's text kept
    (``resume_url``: where answers kept elsewhere, such as a stepped form's, wait)."""
    kept = [(name, request.POST[name]) for name in KEPT_FIELDS if request.POST.get(name)]
    response = render(
        request, "429.html",
        {"retry_after": retry_after, "kept": kept, "action_url": request.path, "resume_url": resume_url},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def rate_limited(action: str) -> Callable:
    """View decorator: POSTs count against ``action``'s limits."""

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method == "POST":
                retry_after = consume(request, action)
                if retry_after is not None:
                    return too_many(request, retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
