"""Reads for the help pages."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def country_from_language(request: HttpRequest) -> str | None:
    """The region of the browser's first language, e.g. ``en-GB`` → ``GB``."""
    header = request.headers.get("Accept-Language", "")
    first = header.split(",")[0].split(";")[0].strip()
    if "-" in first:
        return first.split("-")[1].upper()[:2]
    return None


def crisis_resources(request: HttpRequest) -> list[tuple[str, str]]:
    """Every configured resource, the member's likely country first, the default first of all."""
    resources = settings.CRISIS_RESOURCES
    country = country_from_language(request)
    ordered = [c for c in resources if c != "default"]
    if country in resources:
        ordered.remove(country)
        ordered.insert(0, country)
    return [*resources.get("default", []), *(item for c in ordered for item in resources[c])]
