"""Treatment page benchmark: queries and median server time for a treatment with
10,000 approved reports (and, for comparison, 100), anonymous visitor, Django
test client in process. Also the JSON download of the same aggregates."""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _django

_django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from mscommunity.accounts.models import User  # noqa: E402
from treatments import choices  # noqa: E402
from treatments.models import ExperienceReport, Treatment  # noqa: E402

REQUESTS = 20


def seed(slug: str, n: int) -> None:
    """``n`` invented approved reports on ``slug`` (bulk insert; no stories through the pipeline)."""
    rng = random.Random(n)
    treatment = Treatment.objects.get(slug=slug)
    authors = [User.objects.create_user(username=f"bench_{slug}_{i}", email=f"bench{i}@example.com")
               for i in range(50)]
    steps = choices.EDSS_STEPS
    rows = []
    for i in range(n):
        before = rng.choice(steps[4:16])
        after = max(Decimal("0"), min(Decimal("10"), before + rng.choice([-1, Decimal("-0.5"), 0, Decimal("0.5")])))
        effects = {code: rng.choice(choices.SEVERITY_CODES)
                   for code in rng.sample(choices.SIDE_EFFECT_CODES, rng.randint(0, 3))}
        rows.append(ExperienceReport(
            treatment=treatment, author=authors[i % len(authors)], status=ExperienceReport.Status.APPROVED,
            year_started=rng.randint(2000, 2024), ms_type=rng.choice(["RRMS", "RRMS", "SPMS", "PPMS", "unsure"]),
            outcome=rng.choice(choices.OUTCOME_CODES), edss_before=before if i % 4 else None, edss_after=after,
            followup_months=rng.randint(6, 120), side_effects=effects,
            cost_band=rng.choice([c for c, _ in choices.COST_BAND_CHOICES]), currency=rng.choice(["USD", "EUR", "GBP"]),
            story="An invented story for the benchmark." if i % 10 == 0 else "",
            story_html="<p>An invented story for the benchmark.</p>" if i % 10 == 0 else "",
        ))
    ExperienceReport.objects.bulk_create(rows, batch_size=2000)


def measure(client: Client, url: str) -> tuple[int, int, float]:
    counter = _django.QueryCounter()
    with connection.execute_wrapper(counter):
        body = client.get(url).content
    return counter.count, len(body), _django.median_ms(client, url, REQUESTS)


def main() -> None:
    seed("mitoxantrone", 100)
    seed("ahsct", 10_000)
    client = Client()
    print(f"Treatment page and download, anonymous visitor, median of {REQUESTS} requests (Django test client)")
    print(f"{'reports':>8} {'page':<26} {'queries':>8} {'KB':>6} {'ms':>8}")
    for slug, n in (("mitoxantrone", 100), ("ahsct", 10_000)):
        for label, url in (("treatment page", f"/treatments/{slug}/"),
                           ("page, filtered by MS type", f"/treatments/{slug}/?ms_type=RRMS"),
                           ("data.json", f"/treatments/{slug}/data.json")):
            queries, size, ms = measure(client, url)
            print(f"{n:>8,} {label:<26} {queries:>8} {size / 1024:>6.0f} {ms:>8.1f}")


if __name__ == "__main__":
    main()
