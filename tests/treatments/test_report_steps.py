"""The report form in steps: each step keeps what was typed, the check page
shows what will be sent, changes go back to it, and only its button writes."""

from __future__ import annotations

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mscommunity.moderation import pipeline
from mscommunity.moderation.models import AuditEvent, ModerationCase
from tests.e2e.helpers import make_clinic
from tests.treatments.conftest import CHECK, post_steps, step_data, step_url, submit_report
from treatments.forms import REPORT_STEPS, STEPS_BY_SLUG
from treatments.models import Clinic, ExperienceReport

pytestmark = pytest.mark.django_db

STORY = "Three years on HSCT. Ring me on 555-0142 if you want to talk about it."

# For each step: answers it refuses, the message, and what must still be on the page.
REFUSED = {
    "treatment": ({"treatment_name": "zzqqxx"}, "We could not find a treatment called", 'value="zzqqxx"'),
    "started": ({"year_started": "twenty", "ms_type": "SPMS"}, "Enter the year as a number",
                'value="SPMS" id="id_ms_type_2" required checked'),
    "where": ({"clinic": "999999", "country": "FR"}, "Select a valid choice", 'value="FR" selected'),
    "edss": ({"edss_before": "6.5", "edss_after": "6", "followup_months": "two years"},
             "Enter the number of months as a whole number", 'value="6.5" selected'),
    "outcome": ({"outcome": ""}, "Choose how things have been overall", 'name="outcome"'),
    "side-effects": ({"side_effect_fatigue": "unbearable", "side_effect_headache": "mild"},
                     "Select a valid choice", 'value="mild" selected'),
    "cost": ({"cost_band": "10k_50k", "currency": ""}, "Choose the currency you paid in", 'value="10k_50k" selected'),
    "story": ({"story": "My own words. " + "x" * 20_000}, "Your story is 20,014 characters long", "My own words. xxx"),
}


@pytest.mark.parametrize("slug", [step.slug for step in REPORT_STEPS])
def test_each_step_refuses_bad_answers_with_a_summary_and_keeps_them(member_client, form_data, slug):
    step = STEPS_BY_SLUG[slug]
    before = REPORT_STEPS[:REPORT_STEPS.index(step)]
    assert post_steps(member_client, form_data, steps=before) is None
    answers, message, kept = REFUSED[slug]
    response = member_client.post(step_url(step), answers)
    html = response.content.decode()
    assert response.status_code == 200 and "<title>Error: " in html
    assert 'class="error-summary"' in html and 'href="#id_' in html
    assert message in html and kept in html
    # Gone back a step and forward again, what was typed is still there, with its problem.
    if before:
        assert member_client.get(step_url(before[-1])).status_code == 200
    again = member_client.get(step_url(step)).content.decode()
    if slug == "story":  # a refused story is shown with its problem, but never kept unscrubbed in the session
        assert kept not in again
    else:
        assert message in again and kept in again
    # The step is not done: the check page sends the member back to it, and nothing is stored.
    assert member_client.get(CHECK)["Location"] == step_url(step)
    assert ExperienceReport.objects.count() == 0


def test_the_steps_are_numbered_and_lead_to_the_check_page(member_client, form_data):
    for number, step in enumerate(REPORT_STEPS, start=1):
        page = member_client.get(step_url(step)).content.decode()
        assert f"Report a treatment: step {number} of {len(REPORT_STEPS)}" in page
        response = member_client.post(step_url(step), step_data(step, form_data))
        following = step_url(REPORT_STEPS[number]) if number < len(REPORT_STEPS) else CHECK
        assert response.status_code == 302 and response["Location"] == following


def test_a_later_step_waits_for_the_earlier_ones(member_client, form_data):
    assert member_client.get(step_url("cost"))["Location"] == step_url("treatment")
    post_steps(member_client, form_data, steps=REPORT_STEPS[:2])
    assert member_client.get(step_url("cost"))["Location"] == step_url("where")
    assert member_client.post(step_url("cost"), step_data(STEPS_BY_SLUG["cost"], form_data))["Location"] == \
        step_url("where")
    assert member_client.get("/treatments/report/no-such-step/").status_code == 404


def test_the_check_page_shows_what_will_be_sent(member_client, form_data):
    form_data.update(treatment_name="gylena", clinic="", story=STORY, side_effect_headache="severe")
    post_steps(member_client, form_data)
    html = member_client.get(CHECK).content.decode()
    main = html.split("<main")[1]
    assert "<h1>Check your answers before you send your report</h1>" in main
    for question, answer in [("Treatment", "Fingolimod (Gilenya)"), ("Year you started", "2017"),
                             ("Type of MS then", "Relapsing-remitting MS (RRMS)"), ("Country", "United Kingdom"),
                             ("EDSS before", "3.5"), ("EDSS since", "2.5"), ("Months after starting", "24 months"),
                             ("Overall", "A little better"),
                             ("Side effects", "Tiredness (fatigue): mild; Headache: severe"),
                             ("What you paid", "Nothing: paid by a health service or insurance")]:
        assert f"<dt>{question}</dt>\n    <dd>{answer}</dd>" in main, question
    # The story as the pipeline will store it: the phone number already gone.
    assert "We will remove 1 phone number" in main and "555-0142" not in main
    assert "Three years on HSCT." in main
    assert 'href="/treatments/report/started/?change=1#id_year_started">Change<span class="visually-hidden"> ' \
           'Year you started</span>' in main
    assert '<button type="submit" class="button">Send report</button>' in main
    assert ExperienceReport.objects.count() == 0


def test_changing_an_answer_from_the_check_page_goes_back_to_it(member_client, form_data):
    post_steps(member_client, form_data)
    change = member_client.get(step_url("outcome") + "?change=1").content.decode()
    assert 'value="better" id="id_outcome_3" required checked' in change
    assert "Save and go back to your answers" in change and 'name="change" value="1"' in change
    assert f'href="{CHECK}" class="back-link"' in change
    response = member_client.post(step_url("outcome"), {"outcome": "much_worse", "change": "1"})
    assert response.status_code == 302 and response["Location"] == CHECK
    assert "<dt>Overall</dt>\n    <dd>Much worse</dd>" in member_client.get(CHECK).content.decode()
    # A change that fails keeps the member on the step, with the rest of the answers untouched.
    html = member_client.post(step_url("started"), {"year_started": "1975", "ms_type": "RRMS",
                                                     "change": "1"}).content.decode()
    assert "The year must be 1980 or later" in html and 'name="change" value="1"' in html
    member_client.post(step_url("started"), {"year_started": "2015", "ms_type": "RRMS", "change": "1"})
    assert member_client.post(CHECK).status_code == 302
    report = ExperienceReport.objects.get()
    assert (report.outcome, report.year_started, report.country) == ("much_worse", 2015, "GB")


def test_only_the_check_page_writes_and_it_writes_one_report_through_the_pipeline(member_client, member,
                                                                                  form_data, monkeypatch):
    sent = []
    real_submit = pipeline.submit
    monkeypatch.setattr(pipeline, "submit", lambda *a, **kw: sent.append(a[0]) or real_submit(*a, **kw))
    form_data.update(story=STORY)
    with CaptureQueriesContext(connection) as queries:
        assert post_steps(member_client, form_data) is None
        assert member_client.get(CHECK).status_code == 200
    writes = [q["sql"] for q in queries.captured_queries
              if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes and all('"django_session"' in sql for sql in writes), writes  # the draft, nowhere else
    assert not ExperienceReport.objects.exists() and not ModerationCase.objects.exists()
    assert not AuditEvent.objects.exists() and sent == []

    response = member_client.post(CHECK)
    report = ExperienceReport.objects.get()
    assert response.status_code == 302 and response["Location"] == report.get_absolute_url()
    scrubbed = STORY.replace("555-0142", "[phone number removed]")  # the draft kept it scrubbed already
    assert sent == [scrubbed] and "555-0142" not in report.story and report.author == member
    assert ModerationCase.objects.get().content == report
    assert AuditEvent.objects.filter(action="report.submitted", object_id=report.pk).count() == 1

    # The draft went with it: sending again (a double click, the back button) sends nothing.
    again = member_client.post(CHECK)
    assert again.status_code == 302 and again["Location"] == step_url("treatment")
    assert ExperienceReport.objects.count() == 1 and sent == [scrubbed]


def test_a_direct_post_to_the_check_page_is_refused_cleanly(member_client, form_data):
    response = member_client.post(CHECK, {**form_data, "story": "Straight to the end."})
    assert response.status_code == 302 and response["Location"] == step_url("treatment")
    page = member_client.get(response["Location"]).content.decode()
    assert "Answer every question before you send your report. Nothing was sent" in page
    post_steps(member_client, form_data, steps=REPORT_STEPS[:3])
    response = member_client.post(CHECK)
    assert response.status_code == 302 and response["Location"] == step_url("edss")
    assert not ExperienceReport.objects.exists() and not ModerationCase.objects.exists()


def test_an_answer_that_no_longer_holds_sends_the_member_back_to_its_step(member_client, form_data):
    clinic = make_clinic("Invented Hospital", "Chicago", "US", treatments=["fingolimod"])
    post_steps(member_client, {**form_data, "clinic": str(clinic.pk)})
    Clinic.objects.filter(pk=clinic.pk).update(status=Clinic.Status.REJECTED)
    response = member_client.post(CHECK)
    assert response.status_code == 302 and response["Location"] == step_url("where")
    page = member_client.get(step_url("where")).content.decode()
    assert "One of your answers needs another look" in page and "Select a valid choice" in page
    assert not ExperienceReport.objects.exists()


def test_deleting_the_answers_forgets_them(member_client, form_data):
    post_steps(member_client, form_data)
    assert "Delete these answers without sending them" in member_client.get(CHECK).content.decode()
    response = member_client.post("/treatments/report/delete/")
    assert response.status_code == 302 and response["Location"] == "/treatments/reports/"
    assert member_client.get(CHECK)["Location"] == step_url("treatment")
    assert 'value="Gilenya"' not in member_client.get(step_url("treatment")).content.decode()
    assert member_client.get("/treatments/report/delete/").status_code == 405


def test_the_answers_are_never_logged_nor_put_in_error_reports(member_client, form_data, caplog):
    caplog.set_level(logging.DEBUG)
    form_data.update(story=STORY)
    response = member_client.post(step_url("treatment"), step_data(REPORT_STEPS[0], form_data))
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"
    post_steps(member_client, form_data)
    member_client.get(CHECK)
    member_client.post(CHECK)
    assert "555-0142" not in caplog.text and "Three years on HSCT" not in caplog.text


def test_changing_a_report_starts_at_its_check_page_and_saves_only_when_confirmed(client, member, form_data):
    client.force_login(member)
    submit_report(client, {**form_data, "story": "The first story."})
    report = ExperienceReport.objects.get()
    edit = f"/treatments/reports/{report.pk}/edit/"
    page = client.get(edit).content.decode()
    assert "<h1>Check your changes before you save them</h1>" in page and "The first story." in page
    assert f'href="{edit}outcome/?change=1#id_outcome_0"' in page
    step = client.get(f"{edit}outcome/").content.decode()
    assert "Changing your report about fingolimod" in step and f'href="{edit}" class="back-link"' in step
    assert client.post(f"{edit}outcome/", {"outcome": "worse"})["Location"] == edit
    report.refresh_from_db()
    assert report.outcome == "better"  # not yet
    assert "<dd>A little worse</dd>" in client.get(edit).content.decode()

    # Forgetting the changes keeps the report as it was; the next change starts from it again.
    assert client.post(f"{edit}delete/")["Location"] == report.get_absolute_url()
    assert "<dd>A little better</dd>" in client.get(edit).content.decode()
    client.post(f"{edit}outcome/", {"outcome": "worse"})
    assert client.post(edit).status_code == 302
    report.refresh_from_db()
    assert report.outcome == "worse" and report.story == "The first story." and report.edited_at
    assert ExperienceReport.objects.count() == 1


def test_another_members_report_cannot_be_changed_through_the_steps(client, member, form_data):
    from tests.conftest import make_user

    client.force_login(member)
    submit_report(client, form_data)
    report = ExperienceReport.objects.get()
    client.force_login(make_user("someone_else"))
    edit = f"/treatments/reports/{report.pk}/edit/"
    for url in (edit, f"{edit}outcome/", f"{edit}delete/"):
        assert client.post(url, {"outcome": "much_worse"}).status_code == 404
    report.refresh_from_db()
    assert report.outcome == "better"


def test_the_draft_never_keeps_personal_data_as_typed(member_client, form_data):
    """The draft lives in the session table: the story is kept only as the
    pipeline would store it, and a refused story is not kept at all."""
    from django.contrib.sessions.models import Session

    form_data.update(story=STORY)
    post_steps(member_client, form_data)
    sessions = "".join(str(s.get_decoded()) for s in Session.objects.all())
    assert "Three years on HSCT" in sessions and "555-0142" not in sessions
    refused = "Call 555-0143 now. " + "y" * 20_000
    member_client.post(step_url("story"), {"story": refused})
    sessions = "".join(str(s.get_decoded()) for s in Session.objects.all())
    assert "555-0143" not in sessions and "Three years on HSCT" in sessions
