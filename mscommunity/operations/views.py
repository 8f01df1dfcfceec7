"""Operations endpoints: what a load balancer or an operator polls."""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from mscommunity.moderation import failures

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database and the cache answer, else 503. No personal data,
    no session, not rate-limited; ``safety_check_failures_today`` counts the
    safety checks that broke today (posts refused or held because of it)."""
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    body = {**{name: "ok" if ok else "unavailable" for name, ok in checks.items()},
            "safety_check_failures_today": failures.total(days=1)}
    return JsonResponse(body, status=200 if all(checks.values()) else 503)


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        logger.error("healthz: database unavailable")
        return False


def _cache_ok() -> bool:
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:
        logger.error("healthz: cache unavailable")
        return False
