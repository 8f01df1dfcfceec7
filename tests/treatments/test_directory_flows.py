"""The report form in steps, as members use it: with and without JavaScript, with mistakes."""

from __future__ import annotations

import pytest

from mscommunity.moderation.models import AuditEvent, ModerationCase
from tests.treatments.conftest import CHECK, post_steps, step_data, step_url, submit_report
from treatments.forms import REPORT_STEPS
from treatments.models import ExperienceReport

pytestmark = pytest.mark.django_db

URL = "/treatments/report/"


def test_the_form_needs_a_signed_in_member(client):
    for url in (URL, step_url("outcome"), CHECK):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_verified_email_is_required(client, unverified_member, form_data):
    client.force_login(unverified_member)
    page = client.get(URL).content.decode()
    assert "Confirm your e-mail address before you send a report" in page and "report-form" not in page
    response = client.post(URL, step_data(REPORT_STEPS[0], form_data))
    assert response.status_code == 200 and "report-form" not in response.content.decode()
    assert client.get(step_url("started")).status_code == 302  # nothing was kept: still at the first step
    assert client.post(CHECK).status_code == 302
    assert ExperienceReport.objects.count() == 0


def test_a_misspelt_brand_files_a_report_that_waits_for_a_moderator(member_client, member, form_data):
    form_data.update(treatment_name="gylena", story="I took it for three years. Fewer relapses, some tiredness.")
    response = submit_report(member_client, form_data)
    report = ExperienceReport.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/treatments/reports/{report.pk}/"
    assert report.treatment.slug == "fingolimod" and report.author == member
    assert report.status == ExperienceReport.Status.PENDING
    assert report.side_effects == {"fatigue": "mild"} and report.country == "GB"
    assert str(report.edss_before) == "3.5" and report.followup_months == 24
    case = ModerationCase.objects.get()
    assert case.content == report and "new_report" in {r.code for r in case.reasons.all()}
    assert AuditEvent.objects.filter(action="report.submitted", actor=member, object_id=report.pk).exists()
    page = member_client.get(response["Location"]).content.decode()
    assert "every report is read before it counts" in page and "Waiting for a moderator" in page


def test_errors_are_listed_and_everything_typed_is_kept(member_client, form_data):
    post_steps(member_client, form_data, steps=REPORT_STEPS[:1])
    response = member_client.post(step_url("started"), {"year_started": "1975", "ms_type": ""})
    html = response.content.decode()
    assert response.status_code == 200 and ExperienceReport.objects.count() == 0
    assert "<title>Error: " in html and "There is a problem" in html
    assert 'href="#id_year_started"' in html and "The year must be 1980 or later" in html
    assert 'href="#id_ms_type_0"' in html and 'value="1975"' in html

    post_steps(member_client, form_data, steps=REPORT_STEPS[1:6])
    html = member_client.post(step_url("cost"), {"cost_band": "10k_50k", "currency": ""}).content.decode()
    assert "Choose the currency you paid in" in html and 'value="10k_50k" selected' in html
    html = member_client.post(step_url("outcome"), {"outcome": ""}).content.decode()
    assert 'href="#id_outcome_0"' in html and "Choose how things have been overall" in html


def test_a_story_the_pipeline_refuses_keeps_the_form(member_client, form_data):
    post_steps(member_client, form_data, steps=REPORT_STEPS[:-1])
    response = member_client.post(step_url("story"), {"story": "My words. " + "x" * 20_000})
    html = response.content.decode()
    assert response.status_code == 200 and ExperienceReport.objects.count() == 0
    assert 'href="#id_story"' in html and "My words. xxxx" in html
    assert member_client.get(CHECK)["Location"] == step_url("story")  # not done: the summary waits


def test_an_ambiguous_name_offers_radio_buttons_without_javascript(member_client, form_data):
    html = member_client.post(URL, {"treatment_name": "interferon", "treatment": ""}).content.decode()
    assert "More than one treatment matches “interferon”" in html
    assert "<legend>Which of these did you mean?</legend>" in html
    assert 'value="interferon-beta-1a"' in html and 'value="interferon-beta-1b"' in html
    response = member_client.post(URL, {"treatment_name": "interferon", "treatment": "interferon-beta-1b"})
    assert response.status_code == 302 and response["Location"] == step_url("started")
    # Coming back to the question shows the choice made, among the same buttons.
    html = member_client.get(URL).content.decode()
    assert 'value="interferon-beta-1b" id="id_treatment_1" checked' in html
    assert submit_report(member_client, {**form_data, "treatment_name": "interferon",
                                         "treatment": "interferon-beta-1b"}).status_code == 302
    assert ExperienceReport.objects.get().treatment.slug == "interferon-beta-1b"


def test_an_unknown_name_offers_every_treatment(member_client, form_data):
    html = member_client.post(URL, {"treatment_name": "zzqqxx"}).content.decode()
    assert "We could not find a treatment called “zzqqxx”" in html
    assert 'value="baclofen"' in html and 'value="ahsct"' in html
    form_data.update(treatment_name="zzqqxx", treatment="baclofen")
    assert submit_report(member_client, form_data).status_code == 302
    assert ExperienceReport.objects.get().treatment.slug == "baclofen"


def test_a_typed_name_wins_over_a_stale_radio_choice(member_client, form_data):
    form_data.update(treatment_name="Tysabri", treatment="baclofen")
    assert submit_report(member_client, form_data).status_code == 302
    assert ExperienceReport.objects.get().treatment.slug == "natalizumab"


def test_an_empty_name_is_an_error(member_client):
    html = member_client.post(URL, {"treatment_name": ""}).content.decode()
    assert 'href="#id_treatment_name"' in html and "Enter the name of the treatment" in html


def test_prefill_with_one_treatment(member_client):
    html = member_client.get(URL + "?treatment=ahsct").content.decode()
    assert 'value="AHSCT"' in html and 'name="treatment" value="ahsct"' in html
    assert "<title>Error" not in html


def test_prefill_with_several_treatments_offers_them(member_client):
    html = member_client.get(URL + "?treatment=ahsct,mitoxantrone,nonsense").content.decode()
    assert 'value="ahsct"' in html and 'value="mitoxantrone"' in html and "nonsense" not in html.split("<main")[1]
    assert "<legend>Which of these is it?</legend>" in html


def test_an_empty_story_is_allowed_and_still_queued(member_client, member, form_data):
    assert submit_report(member_client, form_data).status_code == 302
    report = ExperienceReport.objects.get()
    assert report.story == "" and report.status == ExperienceReport.Status.PENDING
    case = ModerationCase.objects.get()
    assert case.content == report and case.priority == 30
    assert [r.code for r in case.reasons.all()] == ["new_report"]
    assert AuditEvent.objects.filter(action="report.submitted", case=case, actor=member).exists()


def test_personal_data_in_a_story_is_removed_before_storing(member_client, form_data):
    form_data.update(story="Call me on 555-0142 or write to walker.test@example.com about HSCT.")
    response = submit_report(member_client, form_data)
    report = ExperienceReport.objects.get()
    assert "555-0142" not in report.story and "walker.test@example.com" not in report.story
    assert "removed" in report.story
    page = member_client.get(response["Location"]).content.decode()
    assert "To protect your privacy we removed" in page


def test_the_form_is_accessible_in_its_structure(member_client, form_data):
    first = member_client.get(URL).content.decode()
    assert '<h1 class="label-heading"><label class="label" for="id_treatment_name">' in first
    assert "Report a treatment: step 1 of 8" in first and "placeholder" not in first
    assert "treatment-search.js" in first and "<script>" not in first
    post_steps(member_client, form_data, steps=REPORT_STEPS[:1])
    started = member_client.get(step_url("started")).content.decode()
    assert "<h1>When you started</h1>" in started and 'inputmode="numeric"' in started
    assert "<legend>What type of MS did you have when you started?</legend>" in started
    post_steps(member_client, form_data, steps=REPORT_STEPS[1:4])
    outcome = member_client.get(step_url("outcome")).content.decode()
    assert '<legend><h1 class="legend-heading">Overall, how have things been since you started?</h1></legend>' in outcome
    post_steps(member_client, form_data, steps=REPORT_STEPS[4:7])
    story = member_client.get(step_url("story")).content.decode()
    assert "data-maxlength" in story and 'for="id_story"' in story


def test_suggest_a_clinic_then_staff_approve_it(member_client, member, client, editor, form_data):
    response = member_client.post("/clinics/suggest/", {"name": "Lakeside  Neuro Centre", "city": "Springfield",
                                                         "country": "US", "treatments": "HSCT, Ocrevus"})
    assert response.status_code == 302
    from treatments.models import Clinic

    clinic = Clinic.objects.get()
    assert clinic.name == "Lakeside Neuro Centre" and clinic.status == Clinic.Status.PENDING
    assert clinic.suggested_by == member
    assert {t.slug for t in clinic.treatments.all()} == {"ahsct", "ocrelizumab"}
    assert member_client.get(f"/clinics/{clinic.slug}/").status_code == 404
    post_steps(member_client, form_data, steps=REPORT_STEPS[:2])
    assert "Lakeside Neuro Centre, Springfield" not in member_client.get(step_url("where")).content.decode()

    client.force_login(editor)
    response = client.post("/admin/treatments/clinic/", {"action": "approve", "_selected_action": [clinic.pk]})
    assert response.status_code == 302
    clinic.refresh_from_db()
    assert clinic.status == Clinic.Status.APPROVED
    assert AuditEvent.objects.filter(action="clinic.approved", actor=editor).exists()
    assert member_client.get(f"/clinics/{clinic.slug}/").status_code == 200
    client.force_login(member)  # client and member_client are the same client
    post_steps(member_client, form_data, steps=REPORT_STEPS[:2])
    assert "Lakeside Neuro Centre, Springfield" in member_client.get(step_url("where")).content.decode()
    form_data["clinic"] = str(clinic.pk)
    assert submit_report(member_client, form_data).status_code == 302
    assert ExperienceReport.objects.get().clinic == clinic


def test_suggesting_a_clinic_needs_a_name(member_client):
    html = member_client.post("/clinics/suggest/", {"name": "", "city": "", "country": ""}).content.decode()
    assert "<title>Error: " in html and 'href="#id_name"' in html


def test_only_complete_reports_count_against_the_rate_limit(member_client, form_data, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "report": "1/3600s/member", "report_new_member": "1/3600s/member"}
    post_steps(member_client, form_data, steps=REPORT_STEPS[:4])
    for _ in range(3):  # mistakes are free
        assert member_client.post(step_url("outcome"), {"outcome": ""}).status_code == 200
    assert submit_report(member_client, form_data).status_code == 302
    response = submit_report(member_client, {**form_data, "story": "A second story, kept for later."})
    html = response.content.decode()
    assert response.status_code == 429 and f'<a href="{CHECK}">Go back to your answers</a>' in html
    assert ExperienceReport.objects.count() == 1
    assert "A second story, kept for later." in member_client.get(CHECK).content.decode()  # nothing lost


def test_a_suggested_clinic_is_scrubbed_of_personal_data(member):
    from treatments.services import clinic_suggest

    clinic = clinic_suggest(member=member, name="Clinica Sol, ask for Rosa on (440) 555-0177", city="Puebla",
                            country="MX")
    assert "555-0177" not in clinic.name and "[phone number removed]" in clinic.name
    assert clinic.status == "pending"
