"""The figures: only approved reports, k-suppression in pages and downloads,
protection against subtraction, medians and spreads, costs per currency."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from tests.treatments.conftest import report_row
from treatments import aggregates
from treatments.aggregates import COMPLEMENT, SMALL, Row
from treatments.models import Clinic, ExperienceReport, Treatment


def row(**fields) -> Row:
    base = {"ms_type": "RRMS", "clinic_id": None, "outcome": "better", "edss_before": Decimal("6"),
            "edss_after": Decimal("5"), "side_effects": {}, "cost_band": "", "currency": ""}
    base.update(fields)
    return Row(**base)


# --- pure aggregates --------------------------------------------------------------------

def test_a_group_under_k_has_no_figures_at_all():
    group = aggregates.summarize([row()] * 4, key="all", label="All", k=5)
    assert group.withheld == SMALL and group.n is None and group.outcomes == () and group.edss is None
    assert group.withheld_text == "fewer than 5 reports"


def test_figures_for_a_group_of_k():
    rows = [
        row(outcome="much_better", edss_before=Decimal("6.5"), edss_after=Decimal("4.0"),
            side_effects={"fatigue": "severe", "infections": "mild"}, cost_band="50k_100k", currency="USD"),
        row(outcome="better", edss_before=Decimal("6.0"), edss_after=Decimal("5.0"),
            side_effects={"fatigue": "mild"}, cost_band="10k_50k", currency="USD"),
        row(outcome="same", edss_before=Decimal("5.0"), edss_after=Decimal("5.0"), cost_band="none"),
        row(outcome="worse", edss_before=Decimal("4.0"), edss_after=Decimal("4.5"), cost_band="10k_50k",
            currency="USD"),
        row(outcome="better", edss_before=Decimal("3.0"), edss_after=Decimal("2.0"), cost_band="over_100k",
            currency="USD"),
        row(outcome="better", edss_before=None, edss_after=Decimal("2.0"), cost_band="10k_50k", currency="EUR"),
    ]
    group = aggregates.summarize(rows, key="all", label="All", k=4)
    assert group.n == 6
    assert [(s.code, s.count) for s in group.outcomes] == [
        ("much_worse", 0), ("worse", 1), ("same", 1), ("better", 3), ("much_better", 1)
    ]
    # EDSS changes: -2.5, -1, 0, +0.5, -1 -> sorted -2.5, -1, -1, 0, 0.5
    assert group.edss.n == 5 and group.edss.median == -1.0
    assert (group.edss.q1, group.edss.q3) == (-1.0, 0.0)
    assert [(s.code, s.count) for s in group.side_effects] == [("fatigue", 2), ("infections", 1)]
    assert dict(group.side_effects[0].severities) == {"Mild": 1, "Moderate": 0, "Severe": 1}
    assert group.no_side_effects == 4
    assert [(c.currency, c.n, c.lowest, c.highest) for c in group.costs] == [
        ("USD", 4, "10,000 to 50,000", "More than 100,000")
    ]
    assert group.costs_withheld  # one EUR report is not shown
    assert group.paid_nothing == 1
    assert group.summary.startswith("Of 6 reports, 4 (67%) said things got better")
    assert "median change in EDSS was −1.0" in group.summary


def test_edss_figures_need_k_answers_too():
    rows = [row()] * 4 + [row(edss_before=None)] * 3
    group = aggregates.summarize(rows, key="all", label="All", k=5)
    assert group.n == 7 and group.edss is None and group.edss_answered == 4


def test_protect_hides_a_bigger_group_when_subtraction_would_reveal_a_small_one():
    assert aggregates.protect({"RRMS": 10, "SPMS": 2}, k=5) == {"SPMS": SMALL, "RRMS": COMPLEMENT}
    assert aggregates.protect({"RRMS": 10, "SPMS": 6, "PPMS": 2}, k=5) == {"PPMS": SMALL, "SPMS": COMPLEMENT}
    assert aggregates.protect({"RRMS": 10, "SPMS": 3, "PPMS": 3}, k=5) == {"SPMS": SMALL, "PPMS": SMALL}
    assert aggregates.protect({"RRMS": 10, "SPMS": 6}, k=5) == {}
    assert aggregates.protect({7: 6, None: 1}, k=5, never_shown=[None]) == {7: COMPLEMENT}
    assert aggregates.protect({7: 6, 8: 5, None: 0}, k=5, never_shown=[None]) == {}


# --- pages and downloads ------------------------------------------------------------------

@pytest.mark.django_db
def test_pages_and_downloads_show_nothing_under_k(client):
    for _ in range(4):
        report_row("mitoxantrone", edss_before=Decimal("6.5"), edss_after=Decimal("6.0"))
    report_row("mitoxantrone", status=ExperienceReport.Status.PENDING)
    report_row("mitoxantrone", status=ExperienceReport.Status.REJECTED)
    report_row("mitoxantrone", status=ExperienceReport.Status.WITHDRAWN)
    page = client.get("/treatments/mitoxantrone/").content.decode()
    assert "All reports: fewer than 5 reports." in page
    assert "How things went" not in page and "<svg" not in page and "−0.5" not in page
    listing = client.get("/treatments/").content.decode()
    assert "Fewer than 5 reports" in listing and "4 reports" not in listing

    data = json.loads(client.get("/treatments/mitoxantrone/data.json").content)
    assert data["min_group_size"] == 5
    assert data["groups"][0] == {"group": "all", "label": "All reports", "withheld": True,
                                 "note": "fewer than 5 reports"}
    assert all("reports" not in g or g["reports"] == 0 for g in data["groups"])
    text = client.get("/treatments/mitoxantrone/data.csv").content.decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["mitoxantrone", "all", "withheld", "", "fewer than 5 reports"]
    assert not any(r[2] in {"reports", "outcome", "edss_change"} and r[1] == "all" for r in rows)


@pytest.mark.django_db
def test_pages_and_downloads_show_figures_from_k(client):
    for i in range(5):
        report_row("ahsct", outcome="much_better" if i < 3 else "same", side_effects={"infections": "moderate"})
    page = client.get("/treatments/ahsct/").content.decode()
    assert "Of 5 reports, 3 (60%) said things got better" in page
    assert '<svg class="chart" role="img" aria-labelledby="treatment-outcomes-summary"' in page
    assert '<figcaption id="treatment-outcomes-summary">' in page
    assert "<caption class=\"visually-hidden\">Outcomes reported" in page
    assert "style=" not in page.split("<main")[1]  # CSP: no inline styles
    data = json.loads(client.get("/treatments/ahsct/data.json").content)
    overall = data["groups"][0]
    assert overall["reports"] == 5 and overall["outcomes"]["much_better"] == 3
    assert overall["edss_change"] == {"reports": 5, "median": -1.0, "lower_quartile": -1.0, "upper_quartile": -1.0}
    assert overall["side_effects"] == [{"side_effect": "infections", "reports": 5, "mild": 0, "moderate": 5,
                                        "severe": 0}]
    assert overall["cost"] == [{"currency": "USD", "reports": 5, "lowest_band": "10,000 to 50,000",
                                "highest_band": "10,000 to 50,000"}]
    response = client.get("/treatments/ahsct/data.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="ahsct-aggregates.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert ["ahsct", "all", "reports", "", "5"] in rows and ["ahsct", "all", "outcome", "much_better", "3"] in rows


@pytest.mark.django_db
def test_filter_by_ms_type_with_protection(client):
    for _ in range(6):
        report_row("ahsct", ms_type="RRMS")
    for _ in range(2):
        report_row("ahsct", ms_type="SPMS", outcome="much_worse")
    spms = client.get("/treatments/ahsct/?ms_type=SPMS").content.decode()
    assert "Secondary progressive MS (SPMS): fewer than 5 reports." in spms and "much worse" not in spms.lower()
    rrms = client.get("/treatments/ahsct/?ms_type=RRMS").content.decode()
    assert "so that a smaller group of fewer than 5 reports cannot be worked out" in rrms
    assert "Of 6 reports" not in rrms
    everyone = client.get("/treatments/ahsct/").content.decode()
    assert "Of 8 reports" in everyone
    data = json.loads(client.get("/treatments/ahsct/data.json").content)
    by_group = {g["group"]: g for g in data["groups"]}
    assert by_group["RRMS"]["withheld"] and by_group["SPMS"]["withheld"] and by_group["all"]["reports"] == 8
    assert by_group["PPMS"] == {"group": "PPMS", "label": "Primary progressive MS (PPMS)", "withheld": False,
                                "reports": 0}
    for _ in range(3):
        report_row("ahsct", ms_type="SPMS")
    spms = client.get("/treatments/ahsct/?ms_type=SPMS").content.decode()
    assert "Of 5 reports" in spms


@pytest.mark.django_db
def test_a_clinic_has_its_own_protected_figures(client):
    clinic = Clinic.objects.create(name="Harbour Hospital", slug="harbour-hospital", city="Portsmouth",
                                   country="GB", status=Clinic.Status.APPROVED)
    clinic.treatments.add(Treatment.objects.get(slug="ahsct"), Treatment.objects.get(slug="natalizumab"))
    for _ in range(5):
        report_row("ahsct", clinic=clinic, outcome="much_better")
    page = client.get("/clinics/harbour-hospital/").content.decode()
    assert "Harbour Hospital" in page and "Of 5 reports, 5 (100%) said things got better" in page
    assert "Natalizumab</a> at this clinic" in page
    # One AHSCT report elsewhere: subtracting the clinic from the treatment would reveal it.
    report_row("ahsct", clinic=None, outcome="much_worse")
    page = client.get("/clinics/harbour-hospital/").content.decode()
    assert "Of 5 reports" not in page and "cannot be worked out" in page
    assert client.get("/clinics/no-such-clinic/").status_code == 404
