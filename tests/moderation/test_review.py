"""The review screen: urgency order, one-button decisions, refused decisions,
appeals by a second moderator, the crisis path and constant queries."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mscommunity.accounts.policy import MODERATORS_GROUP
from mscommunity.moderation import services
from mscommunity.moderation.models import Appeal, AuditEvent, ModerationCase
from mscommunity.notifications.models import Notification
from tests.conftest import make_user
from threads.models import Comment
from threads.services import comment_create

pytestmark = pytest.mark.django_db

ADVICE = "You should stop Tysabri now and go to Mexico for HSCT. I highly recommend it to anyone with MS."
CRISIS = "I can't do this anymore. I want to end my life tonight, I have the pills ready."
REVIEW = "/admin/moderation/review/"


def second_moderator(name="b_moderator"):
    user = make_user(name, is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def held(member, article, text=ADVICE):
    comment = comment_create(author=member, article=article, parent=None, text=text).comment
    return comment, ModerationCase.objects.get(object_id=comment.pk, content_type__model="comment")


def test_the_most_urgent_case_comes_first_with_its_context(client, member, moderator, article):
    _, advice = held(member, article)
    _, crisis = held(make_user("writer_two"), article, CRISIS)
    client.force_login(moderator)
    page = client.get(REVIEW).content.decode()
    assert f"case {crisis.pk} " in page and "end my life" in page and "<mark>" in page
    assert "On <a href=\"/articles/trial-news/\">" in page  # the article it was posted on
    assert 'data-key="a"' in page and "js/review.js" in page and "<script>" not in page
    assert "crisis <span class=\"count\">1</span>" in page  # counts per reason
    # The case list: open cases first, and the decided one after them.
    services.case_decide(case=advice, moderator=moderator, decision="approved")
    _, third = held(make_user("writer_three"), article)
    listing = client.get("/admin/moderation/moderationcase/").content.decode()
    assert listing.index(f"#{crisis.pk}<") < listing.index(f"#{third.pk}<") < listing.index(f"#{advice.pk}<")


def test_a_decision_goes_straight_to_the_next_case_and_names_the_post(client, member, moderator, article):
    _, crisis = held(make_user("writer_two"), article, CRISIS)
    comment, advice = held(member, article)
    client.force_login(moderator)
    response = client.post(f"{REVIEW}{crisis.pk}/", {"decision": "escalate", "reason_note": "Called the helpline",
                                                      "status": "open"})
    assert response.status_code == 302 and f"case={advice.pk}" in response["Location"]
    response = client.post(f"{REVIEW}{advice.pk}/", {"decision": "approved_labeled", "status": "open"}, follow=True)
    page = response.content.decode()
    assert f"comment by {member.username}: “You should stop Tysabri" in page
    assert "Nothing is waiting here" in page
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED and comment.medical_notice


def test_a_refused_decision_keeps_the_choice_and_shows_only_the_error(client, member, moderator, article):
    _, case = held(member, article)
    client.force_login(moderator)
    response = client.post(f"{REVIEW}{case.pk}/", {"decision": "rejected", "reason_note": "", "status": "open"})
    page = response.content.decode()
    assert response.status_code == 400 and "Say why" in page and "success" not in page.lower()
    assert 'fieldset class="reject chosen"' in page
    case.refresh_from_db()
    assert case.is_open
    # The change page too: the error only, never "changed successfully" with it.
    response = client.post(f"/admin/moderation/moderationcase/{case.pk}/change/",
                           {"action": "rejected", "reason_template": "", "reason_note": ""}, follow=True)
    page = response.content.decode()
    assert "Say why" in page and "successfully" not in page
    assert re.search(r'<input type="radio" name="action" value="rejected"[^>]* checked', page)


def test_the_author_appeals_once_and_a_different_moderator_decides(client, member, moderator, article):
    comment, case = held(member, article)
    services.case_decide(case=case, moderator=moderator, decision="rejected", reason="it gives risky advice")
    statement = Notification.objects.get(recipient=member, kind="moderation_decision").message
    assert "A moderator did not publish" in statement and "The rule: it gives advice about treatment" in statement
    assert "decided by a moderator (a person)" in statement and "second look" in statement
    client.force_login(member)
    assert "Ask for a second look" in client.get("/account/decisions/").content.decode()
    response = client.post(f"/account/decisions/{case.pk}/appeal/",
                           {"note": "I only described my own experience. Call me on 07700 900123."})
    assert response.status_code == 302
    appeal = Appeal.objects.get()
    assert "07700" not in appeal.note and "[phone number removed]" in appeal.note  # through the pipeline
    review = appeal.review_case
    assert review.appeal_of == case and review.is_open
    # Once per decision.
    client.post(f"/account/decisions/{case.pk}/appeal/", {"note": "Again please."})
    assert Appeal.objects.count() == 1
    # Never the first moderator: not in their queue, and refused if they try.
    client.force_login(moderator)
    assert f"case {review.pk} " not in client.get(REVIEW).content.decode()
    response = client.post(f"{REVIEW}{review.pk}/", {"decision": "approved", "status": "open"})
    assert response.status_code == 400 and "different moderator" in response.content.decode()
    other = second_moderator()
    client.force_login(other)
    page = client.get(REVIEW).content.decode()
    assert f"case {review.pk} " in page and "own experience" in page and "The first decision" in page
    client.post(f"{REVIEW}{review.pk}/", {"decision": "approved", "status": "open"})
    comment.refresh_from_db()
    review.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED and review.decided_by == other
    assert AuditEvent.objects.filter(case=case, action="case.rejected", actor=moderator).exists()
    assert AuditEvent.objects.filter(case=review, action="case.approved", actor=other).exists()
    assert AuditEvent.objects.filter(case=review, action="case.appealed", actor=member).exists()


def test_an_escalated_crisis_post_tells_the_author_the_right_words(client, member, moderator, article):
    comment, case = held(member, article, CRISIS)
    assert "straight away" in comment.status_reason
    client.force_login(moderator)
    client.post(f"{REVIEW}{case.pk}/", {"decision": "escalate", "reason_note": "Wrote to the member", "status": "open"})
    comment.refresh_from_db()
    assert "straight away" not in comment.status_reason and "senior moderators" in comment.status_reason
    assert Notification.objects.filter(recipient=member, kind="crisis_escalated").exists()
    page = client.get(f"{REVIEW}?status=escalated").content.decode()
    assert "Wrote to the member" in page  # the escalation note is in the case history
    client.force_login(member)
    thread = client.get("/articles/trial-news/").content.decode()
    assert "senior moderators" in thread and "straight away" not in thread
    decisions = client.get("/account/decisions/").content.decode()
    assert f"/articles/trial-news/comments/{comment.pk}/delete/" in decisions  # the author can withdraw it


def test_a_suspension_names_the_member_and_keeps_the_moderators_words(client, member, moderator):
    from django.utils import timezone

    client.force_login(moderator)
    until = timezone.now() + timezone.timedelta(days=3)
    response = client.post("/admin/moderation/suspension/add/", {
        "member": member.pk, "until_0": until.strftime("%Y-%m-%d"), "until_1": "12:00:00",
        "reason": "Three spam posts in a row."}, follow=True)
    assert f"Suspension of {member.username}" in response.content.decode()
    note = Notification.objects.get(recipient=member, kind="suspended")
    assert "Three spam posts in a row." in note.message


def test_the_review_screen_runs_a_constant_number_of_queries(client, member, moderator, article):
    client.force_login(moderator)
    held(member, article)
    client.get(REVIEW)
    with CaptureQueriesContext(connection) as few:
        assert client.get(REVIEW).status_code == 200
    for n in range(10):
        held(make_user(f"writer_{n}"), article, f"{ADVICE} Number {n}.")
    with CaptureQueriesContext(connection) as many:
        assert client.get(REVIEW).status_code == 200
    assert len(many) == len(few)


def test_members_and_editors_cannot_open_the_review_screen(client, member, editor):
    client.force_login(member)
    assert client.get(REVIEW).status_code == 302  # to the sign-in page
    client.force_login(editor)
    assert client.get(REVIEW).status_code in {302, 403}
