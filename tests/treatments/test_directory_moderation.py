"""Reports through the real queue: case, decision, figures; edits and withdrawals."""

from __future__ import annotations

import json

import pytest

from mscommunity.moderation.models import AuditEvent, ModerationCase
from mscommunity.moderation.services import case_decide
from mscommunity.notifications.models import Notification
from tests.conftest import make_user
from tests.treatments.conftest import VALID_FORM, approve, case_of, post_steps, report_row, submit_report
from treatments.forms import STEPS_BY_SLUG
from treatments.models import ExperienceReport

pytestmark = pytest.mark.django_db


def file_report(client, user, **changes) -> ExperienceReport:
    client.force_login(user)
    data = {**VALID_FORM, "treatment_name": "AHSCT", "outcome": "much_better", **changes}
    response = submit_report(client, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ExperienceReport.objects.filter(author=user).latest("created_at")


def figures(client, slug="ahsct") -> dict:
    return json.loads(client.get(f"/treatments/{slug}/data.json").content)["groups"][0]


def test_report_case_approve_counts_in_the_figures(client, moderator):
    for _ in range(4):
        report_row("ahsct", outcome="same")
    member = make_user("fifth_reporter")
    report = file_report(client, member, story="Three years on, no relapses. Recovery took six months.")
    client.logout()
    assert figures(client)["withheld"] is True  # 4 approved + 1 pending

    case = case_of(report)
    client.force_login(moderator)
    detail = client.get(f"/admin/moderation/moderationcase/{case.pk}/change/").content.decode()
    assert "Three years on, no relapses." in detail and "AHSCT" in detail
    response = client.post(f"/admin/moderation/moderationcase/{case.pk}/change/",
                           {"action": "approved", "reason_template": "", "reason_note": ""})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ExperienceReport.Status.APPROVED
    note = Notification.objects.get(recipient=member, kind="moderation_decision")
    assert "approved your report about AHSCT" in note.message and note.url == f"/treatments/reports/{report.pk}/"

    client.logout()
    group = figures(client)
    assert group["withheld"] is False and group["reports"] == 5
    assert group["outcomes"]["much_better"] == 1 and group["outcomes"]["same"] == 4
    page = client.get("/treatments/ahsct/").content.decode()
    assert "Three years on, no relapses." in page  # the approved story
    assert "fifth_reporter" not in page  # never with the author's name


def test_a_rejected_report_never_counts_and_its_author_is_told_why(client, moderator):
    member = make_user("rejected_reporter")
    report = file_report(client, member)
    case_decide(case=case_of(report), moderator=moderator, decision=ModerationCase.Decision.REJECTED,
                reason="it looks like advertising")
    report.refresh_from_db()
    assert report.status == ExperienceReport.Status.REJECTED
    page = client.get(f"/treatments/reports/{report.pk}/").content.decode()
    assert "Not accepted" in page


def test_an_edit_sends_the_report_back_to_the_queue_and_out_of_the_figures(client, moderator):
    for _ in range(4):
        report_row("ahsct")
    member = make_user("editing_reporter")
    report = file_report(client, member, story="First version of my story.")
    approve(report, moderator)
    assert figures(client)["reports"] == 5

    client.force_login(member)
    edit = client.get(f"/treatments/reports/{report.pk}/edit/").content.decode()
    assert "First version of my story." in edit and "<dd>AHSCT (HSCT, stem cell transplant)</dd>" in edit and "<dd>2017</dd>" in edit
    data = {**VALID_FORM, "treatment_name": "AHSCT", "outcome": "worse", "story": "Second version, sadly worse."}
    assert post_steps(client, data, report_pk=report.pk, steps=[STEPS_BY_SLUG["outcome"], STEPS_BY_SLUG["story"]]) \
        is None
    report.refresh_from_db()
    assert report.outcome == "much_better"  # nothing changes before the member saves on the check page
    response = client.post(f"/treatments/reports/{report.pk}/edit/")
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ExperienceReport.Status.PENDING and report.edited_at is not None
    assert report.outcome == "worse" and report.story == "Second version, sadly worse."
    assert AuditEvent.objects.filter(action="report.edited", object_id=report.pk).exists()
    assert figures(client)["withheld"] is True  # back under k until a moderator reads it again

    approve(report, moderator)  # a new case was opened for the edit
    group = figures(client)
    assert group["reports"] == 5 and group["outcomes"]["worse"] == 1 and group["outcomes"]["much_better"] == 0


def test_edit_without_a_story_also_reopens_the_case(client, moderator):
    member = make_user("quiet_reporter")
    report = file_report(client, member)
    approve(report, moderator)
    client.force_login(member)
    post_steps(client, {"outcome": "same"}, report_pk=report.pk, steps=[STEPS_BY_SLUG["outcome"]])
    assert client.post(f"/treatments/reports/{report.pk}/edit/").status_code == 302
    report.refresh_from_db()
    assert report.outcome == "same"
    assert case_of(report).reasons.filter(code="new_report").exists()


def test_withdrawal_takes_the_report_out_of_the_figures_at_once(client, moderator):
    for _ in range(5):
        report_row("ahsct")
    member = make_user("withdrawing_reporter")
    report = file_report(client, member)
    approve(report, moderator)
    assert figures(client)["reports"] == 6

    client.force_login(member)
    confirm = client.get(f"/treatments/reports/{report.pk}/withdraw/").content.decode()
    assert "Withdraw my report" in confirm
    response = client.post(f"/treatments/reports/{report.pk}/withdraw/")
    assert response.status_code == 302 and response["Location"] == "/treatments/reports/"
    report.refresh_from_db()
    assert report.status == ExperienceReport.Status.WITHDRAWN and report.withdrawn_at
    assert figures(client)["reports"] == 5
    event = AuditEvent.objects.get(action="report.withdrawn")
    assert event.actor == member and event.object_id == report.pk and event.detail == {"previous_status": "approved"}
    # A withdrawn report cannot be edited.
    assert client.get(f"/treatments/reports/{report.pk}/edit/").status_code == 302
    assert "Change this report" not in client.get(f"/treatments/reports/{report.pk}/").content.decode()


def test_withdrawing_a_pending_report_closes_its_case_and_a_late_decision_cannot_revive_it(client, moderator):
    member = make_user("early_withdrawer")
    report = file_report(client, member)
    case = case_of(report)
    client.post(f"/treatments/reports/{report.pk}/withdraw/")
    case.refresh_from_db()
    assert case.status == ModerationCase.Status.DECIDED and case.decision == ModerationCase.Decision.WITHDRAWN
    # Even if a moderator's decision were applied, the report stays withdrawn.
    from mscommunity.moderation.transitions import TransitionNotAllowed
    from treatments.moderation import apply

    report.refresh_from_db()
    with pytest.raises(TransitionNotAllowed, match="withdrawn by its author"):
        apply(report, "publish")
    report.refresh_from_db()
    assert report.status == ExperienceReport.Status.WITHDRAWN


def test_the_queue_lists_reports_with_the_reason(client, moderator):
    member = make_user("queued_reporter")
    file_report(client, member, story="My story about the transplant.")
    client.force_login(moderator)
    queue = client.get("/admin/moderation/moderationcase/?reason=new_report").content.decode()
    assert "new report" in queue and "queued_reporter" in queue and "My story about the transplant." in queue
