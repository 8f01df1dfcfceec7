"""Who may read and change what: single reports are for their author and moderators only."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import Group

from tests.conftest import make_user
from tests.treatments.conftest import VALID_FORM, report_row, submit_report
from treatments.models import ExperienceReport, Treatment

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(member_client) -> ExperienceReport:
    submit_report(member_client, {**VALID_FORM, "story": "My private pending story."})
    return ExperienceReport.objects.get()


def test_nobody_else_reads_a_pending_report(client, pending):
    url = f"/treatments/reports/{pending.pk}/"
    client.logout()  # client and member_client are the same client
    assert client.get(url).status_code == 302  # anonymous: sign in first
    client.force_login(make_user("nosy_member"))
    for path in (url, url + "edit/", url + "withdraw/"):
        assert client.get(path).status_code == 404
    assert client.post(url + "withdraw/").status_code == 404
    assert client.post(url + "edit/", VALID_FORM).status_code == 404
    pending.refresh_from_db()
    assert pending.status == ExperienceReport.Status.PENDING
    assert "My private pending story." not in client.get("/treatments/fingolimod/").content.decode()
    assert "My private pending story." not in client.get("/treatments/reports/").content.decode()


def test_even_an_approved_single_report_is_not_public(client, pending):
    client.logout()
    pending.status = ExperienceReport.Status.APPROVED
    pending.save()
    client.force_login(make_user("curious_member"))
    assert client.get(f"/treatments/reports/{pending.pk}/").status_code == 404


def test_the_author_and_moderators_read_it(member_client, moderator, pending):
    client = member_client
    assert "My private pending story." in member_client.get(f"/treatments/reports/{pending.pk}/").content.decode()
    assert "fingolimod" in member_client.get("/treatments/reports/").content.decode().lower()
    client.logout()
    client.force_login(moderator)
    page = client.get(f"/treatments/reports/{pending.pk}/").content.decode()
    assert "My private pending story." in page and "Change this report" not in page


def test_downloads_never_contain_single_reports(client):
    for i in range(7):
        report_row("natalizumab", year_started=2010 + i, country="FR", followup_months=12 + i)
    body = client.get("/treatments/natalizumab/data.json").content.decode()
    data = json.loads(body)
    for forbidden in ("year_started", "country", "author", "story", "followup", "2013", "FR", "pk", "id\""):
        assert forbidden not in body
    assert {"group", "label", "withheld", "reports", "outcomes", "edss_change", "side_effects", "no_side_effects",
            "cost", "paid_nothing"} >= set(data["groups"][0])
    csv_text = client.get("/treatments/natalizumab/data.csv").content.decode()
    assert "2013" not in csv_text and "FR" not in csv_text
    assert len(csv_text.splitlines()) < 60  # a few aggregate rows, not one per report


def test_report_admin_is_read_only_for_moderators(client, moderator, pending):
    client.force_login(moderator)
    assert client.get("/admin/treatments/experiencereport/").status_code == 200
    change = client.get(f"/admin/treatments/experiencereport/{pending.pk}/change/")
    assert change.status_code == 200 and "My private pending story." in change.content.decode()
    response = client.post(f"/admin/treatments/experiencereport/{pending.pk}/change/", {"status": "approved"})
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == ExperienceReport.Status.PENDING
    assert client.get("/admin/treatments/experiencereport/add/").status_code == 403
    assert client.post("/admin/treatments/treatment/1/change/", {"name": "x"}).status_code == 403


def test_editors_keep_the_directory(client, editor, article):
    treatment = Treatment.objects.get(slug="ahsct")
    client.force_login(editor)
    response = client.post(f"/admin/treatments/treatment/{treatment.pk}/change/", {
        "name": "AHSCT", "slug": "ahsct", "kind": "procedure", "description": "A short neutral text.",
        "ms_types": ["RRMS", "SPMS"], "known_as": "HSCT", "synonyms": "HSCT\nstem cell transplant\nHSCT-MS",
        "evidence_articles": [article.pk],
    })
    assert response.status_code == 302, response.content.decode()[:3000]
    treatment.refresh_from_db()
    assert treatment.ms_types == ["RRMS", "SPMS"] and list(treatment.evidence_articles.all()) == [article]
    assert list(article.related_treatments.all()) == [treatment]
    assert client.get("/admin/treatments/experiencereport/").status_code == 403


def test_the_groups_have_the_directory_permissions():
    def perms(name):
        return {p.codename for p in Group.objects.get(name=name).permissions.filter(content_type__app_label="treatments")}

    assert perms("Moderators") == {"view_experiencereport", "view_treatment", "view_clinic"}
    assert perms("Editors") == {"view_treatment", "add_treatment", "change_treatment",
                                "view_clinic", "add_clinic", "change_clinic"}


def test_a_withdrawn_report_is_a_tombstone_for_its_author(member_client, moderator, pending):
    url = f"/treatments/reports/{pending.pk}/"
    member_client.post(url + "withdraw/")
    page = member_client.get(url).content.decode()
    assert "Withdrawn by its author" in page and "no longer shown" in page
    assert "My private pending story." not in page and "EDSS before" not in page
    member_client.force_login(moderator)  # moderators still read it for the record
    assert "My private pending story." in member_client.get(url).content.decode()
