"""A treatment page reads a constant number of queries, whatever the number of reports."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import make_user
from treatments.models import ExperienceReport, Treatment

pytestmark = pytest.mark.django_db


def add_reports(slug: str, n: int, *, story: bool = True) -> None:
    treatment = Treatment.objects.get(slug=slug)
    author = make_user(f"bulk_{slug}_{n}")
    ExperienceReport.objects.bulk_create([
        ExperienceReport(
            treatment=treatment, author=author, status=ExperienceReport.Status.APPROVED, year_started=2015,
            ms_type=("RRMS", "SPMS", "PPMS")[i % 3], outcome=("better", "same", "much_better")[i % 3],
            edss_before=6, edss_after=5, side_effects={"fatigue": "mild"}, cost_band="10k_50k", currency="USD",
            story="An invented story." if story else "", story_html="<p>An invented story.</p>" if story else "",
        )
        for i in range(n)
    ])


def count_queries(client, url: str) -> int:
    client.get(url)  # warm up (sessions, caches)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/treatments/{slug}/", "/treatments/{slug}/?ms_type=RRMS",
                                 "/treatments/{slug}/data.json", "/treatments/{slug}/data.csv", "/treatments/"])
def test_query_count_is_the_same_for_5_and_50_reports(client, url):
    add_reports("ahsct", 5)
    add_reports("mitoxantrone", 50)
    few = count_queries(client, url.format(slug="ahsct"))
    many = count_queries(client, url.format(slug="mitoxantrone"))
    assert few == many
    assert few <= 6


def test_query_count_for_a_signed_in_member_too(client, member):
    add_reports("ahsct", 5)
    add_reports("mitoxantrone", 50)
    client.force_login(member)
    assert count_queries(client, "/treatments/ahsct/") == count_queries(client, "/treatments/mitoxantrone/")
