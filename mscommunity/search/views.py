"""The search page: a thin view over ``selectors.search``."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from mscommunity.search import selectors


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    """``/search/?q=...&page=n``: always a page (200), whatever was typed."""
    results = selectors.search(text=request.GET.get("q", ""), page=request.GET.get("page", 1))
    return render(request, "search/results.html", {"search": results})
