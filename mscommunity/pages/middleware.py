"""When the database is busy or briefly gone (a locked SQLite file, a
PostgreSQL restart), answer with a clean 503 that keeps what the member typed,
instead of a server error. Nothing half-written: every write is one transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string

from mscommunity.ratelimits import KEPT_FIELDS

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 5


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if settings.DEBUG or not isinstance(exception, OperationalError | InterfaceError):
            return None  # in development, show the real error (a missing migration, say)
        # The message names the failure ("database is locked"), never row data.
        logger.warning("Database unavailable: %s: %s", type(exception).__name__, str(exception)[:200])
        for connection in connections.all(initialized_only=True):
            connection.close_if_unusable_or_obsolete()
        kept = [(name, request.POST[name]) for name in KEPT_FIELDS if request.method == "POST" and request.POST.get(name)]
        # Rendered without the request, so no context processor touches the
        # database (no user, no notification count): only what is given here.
        context = {"kept": kept, "action_url": request.path, "csrf_token": get_token(request)}
        try:
            response = HttpResponse(render_to_string("503.html", context), status=503)
        except Exception:  # never let the error page fail
            response = HttpResponse("The site is busy. Please try again in a moment.", status=503,
                                    content_type="text/plain")
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
