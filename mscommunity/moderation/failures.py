"""When a safety check breaks: log it without member text, and count it.

Contract: :func:`report` never raises and never receives member text, only
the names of what broke. Counters live in the shared cache (Redis in
production, see ``check --deploy``), one per day, stage and detector, so they
survive the rolled-back transaction of the post that failed and add up across
workers; the log line is the durable record. :func:`counts` is what the
moderators' queue and ``/healthz`` show.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger("mscommunity.safety")

STAGES = ("scrub", "assess")
# Every step that can break; anything else is counted as "other".
DETECTORS = (
    "emails", "urls", "ids", "handles", "dates", "phones", "addresses", "names", "scrub", "assessment", "other",
)
_KEEP_SECONDS = 8 * 24 * 3600


def _key(day: str, stage: str, detector: str) -> str:
    return f"safety-check-failures:{day}:{stage}:{detector}"


def report(*, stage: str, detector: str, error_type: str, kind: str) -> None:
    """Record that ``detector`` (in ``stage``: scrub or assess) raised ``error_type`` on a ``kind`` of text."""
    logger.error("safety check failed: stage=%s detector=%s error=%s kind=%s", stage, detector, error_type, kind)
    detector = detector if detector in DETECTORS else "other"
    key = _key(timezone.now().strftime("%Y-%m-%d"), stage, detector)
    try:
        cache.add(key, 0, _KEEP_SECONDS)
        cache.incr(key)
    except Exception:  # the count is secondary; the log line above already holds the failure
        logger.error("safety check failure could not be counted: stage=%s detector=%s", stage, detector)


def counts(*, days: int = 1) -> dict[tuple[str, str], int]:
    """Failures per (stage, detector) over today and the ``days - 1`` days before (UTC days)."""
    today = timezone.now().date()
    keys = {
        _key((today - timedelta(days=n)).strftime("%Y-%m-%d"), stage, detector): (stage, detector)
        for n in range(days) for stage in STAGES for detector in DETECTORS
    }
    totals: dict[tuple[str, str], int] = {}
    try:
        found = cache.get_many(list(keys))
    except Exception:
        logger.error("safety check failure counts could not be read")
        return totals
    for key, value in found.items():
        totals[keys[key]] = totals.get(keys[key], 0) + int(value)
    return totals


def total(*, days: int = 1) -> int:
    """All failures over today and the ``days - 1`` days before."""
    return sum(counts(days=days).values())
