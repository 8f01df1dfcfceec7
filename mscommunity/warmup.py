"""Load at start-up what a worker would otherwise load on its first requests.

Called by ``wsgi.py`` once per process, before the server hands it a request:
the URL patterns, the compiled templates of the busiest page, and the
text pipeline's lexicons and rules (by scrubbing and assessing one invented
sentence). Without it, the first posts and pages a new worker answers wait
for all of that, which shows as a latency spike after every deploy or restart.

Touches no database and no cache: with ``gunicorn --preload`` this runs in the
master, and a connection opened there would be shared by every forked worker.
"""

from __future__ import annotations

import logging
import time

logger = logging.getLogger(__name__)

SAMPLE = ("Hi Sam, my neurologist at the clinic suggested Ocrevus. Should I ask about it? "
          "Call me on 555-0123 or write to sam@example.com. This fatigue is killing me.")


def warm() -> float:
    """Load everything above; return the seconds it took. Never raises: a
    failure here only means the first request does the loading (and logs it)."""
    started = time.perf_counter()
    try:
        from django.template.loader import get_template
        from django.urls import get_resolver

        from mscommunity.moderation.assessment import assess
        from mscommunity.privacy import scrub

        get_resolver().url_patterns  # noqa: B018 - imports every urls module
        for name in ("threads/article.html", "base.html"):
            get_template(name)
        assess(scrub(SAMPLE).text)
    except Exception:  # warming is an optimisation: the request path fails closed on its own
        logger.exception("warm-up failed")
    return time.perf_counter() - started
