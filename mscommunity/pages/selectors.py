"""Reads for the help pages."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest


def country_from_language(request: HttpRequest) -> str | None:
    """The region of the browser's first language, e.g. ``en-GB`` → ``GB``."""
    header = request.headers.get("Accept-Language", "")
    first = header.split(",")[0].split(";")[0].strip()
    if "-" in first:
        return first.split("-")[1].upper()[:2]
    return None


def _countries(request: HttpRequest) -> list[str]:
    """Configured countries in showing order: the default, the member's likely country, the rest."""
    resources = settings.CRISIS_RESOURCES
    country = country_from_language(request)
    ordered = [c for c in resources if c != "default"]
    if country in resources:
        ordered.remove(country)
        ordered.insert(0, country)
    return ["default", *ordered] if "default" in resources else ordered


def crisis_resources(request: HttpRequest) -> list[tuple[str, str]]:
    """Every configured resource, the member's likely country first, the default first of all."""
    return [item for c in _countries(request) for item in settings.CRISIS_RESOURCES[c]]


@dataclass(frozen=True)
class CrisisContact:
    """One resource with its tappable ``tel:`` / ``sms:`` links (href, label)."""

    place: str
    how: str
    links: tuple[tuple[str, str], ...]


def crisis_contacts(request: HttpRequest) -> list[CrisisContact]:
    """:func:`crisis_resources` with each country's links (``settings.CRISIS_LINKS``) on its first row."""
    contacts = []
    for country in _countries(request):
        links = tuple(settings.CRISIS_LINKS.get(country, ()))
        for index, (place, how) in enumerate(settings.CRISIS_RESOURCES[country]):
            contacts.append(CrisisContact(place, how, links if index == 0 else ()))
    return contacts
