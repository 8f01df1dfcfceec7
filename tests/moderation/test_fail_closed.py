"""Safety code fails closed: a broken detector or assessment never lets text
through unexamined. Each check is broken in turn and a comment is posted
through the real view, as a member would."""

from __future__ import annotations

import logging

import pytest
from django.urls import reverse

from mscommunity.moderation import failures, pipeline
from mscommunity.moderation.models import AuditEvent, ModerationCase
from mscommunity.privacy import core
from threads.models import Comment

pytestmark = pytest.mark.django_db

PHONE = "920 555 0147"
TEXT = f"My infusion went well. Call me on {PHONE} if you want to talk about it."
DETECTORS = [name for name, _ in core._DETECTORS]


def _break(monkeypatch: pytest.MonkeyPatch, detector: str) -> None:
    def broken(*args, **kwargs):
        raise ValueError(f"bug while reading {args[0][:40] if args else ''}")

    monkeypatch.setattr(core, "_DETECTORS", tuple(
        (name, broken if name == detector else job) for name, job in core._DETECTORS))
    monkeypatch.setattr(getattr(core, detector), "find", broken)


def _post(client, article, text: str = TEXT):
    return client.post(reverse("threads:comment_create", kwargs={"slug": article.slug}), {"text": text})


@pytest.mark.parametrize("detector", DETECTORS)
def test_a_broken_detector_refuses_the_post_keeps_the_text_and_stores_nothing(
    detector, monkeypatch, member_client, article, caplog
):
    _break(monkeypatch, detector)
    with caplog.at_level(logging.ERROR, logger="mscommunity.safety"):
        response = _post(member_client, article)
    assert response.status_code == 200
    page = response.content.decode()
    assert "We could not check your comment just now" in page
    assert PHONE in page  # kept in the member's own form, nowhere else
    assert not Comment.objects.exists() and not ModerationCase.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="comment.").exists()
    assert failures.counts() == {("scrub", detector): 1}
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert detector in logged and "ValueError" in logged and "kind=comment" in logged
    assert PHONE not in logged and "infusion" not in logged


def test_a_broken_assessment_holds_the_scrubbed_post_at_the_top_of_the_queue(
    monkeypatch, member_client, article, caplog
):
    def broken(text, *args, **kwargs):
        raise KeyError(text[:30])

    monkeypatch.setattr(pipeline, "assess", broken)
    with caplog.at_level(logging.ERROR, logger="mscommunity.safety"):
        response = _post(member_client, article)
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.HELD
    assert PHONE not in comment.body and "[phone number removed]" in comment.body
    case = ModerationCase.objects.get()
    assert case.priority == 0 and case.is_open
    assert "unchecked" in {r.code for r in case.reasons.all()}
    assert ModerationCase.objects.order_by("priority", "created_at").first() == case
    assert failures.counts() == {("assess", "assessment"): 1}
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "assessment" in logged and "infusion" not in logged and PHONE not in logged


def test_a_broken_policy_also_holds_the_post(monkeypatch, member_client, article):
    def broken(*args, **kwargs):
        raise RuntimeError("policy table unreadable")

    monkeypatch.setattr(pipeline, "decide", broken)
    _post(member_client, article, "A calm question about Ocrevus infusions.")
    assert Comment.objects.get().status == Comment.Status.HELD
    assert ModerationCase.objects.get().priority == 0


def test_the_author_is_told_the_post_waits_because_it_could_not_be_checked(monkeypatch, member_client, article):
    monkeypatch.setattr(pipeline, "assess", lambda *a, **k: 1 / 0)
    response = _post(member_client, article)
    followed = member_client.get(response["Location"], follow=True)
    assert "could not be checked automatically" in followed.content.decode()


@pytest.mark.parametrize("kind", ["comment", "report", "bio"])
def test_ingest_shows_a_refusal_for_every_kind_when_a_detector_breaks(kind, monkeypatch):
    _break(monkeypatch, "phones")
    prepared = pipeline.prepare(TEXT, kind=kind)
    assert prepared.decision == pipeline.REJECT and not prepared.accepted
    assert [r.code for r in prepared.reasons] == ["check_failed"]
    assert prepared.text == "" and prepared.html == ""


def test_a_broken_detector_refuses_a_suggested_clinic_label(monkeypatch):
    from django.core.exceptions import ValidationError

    _break(monkeypatch, "names")
    with pytest.raises(ValidationError):
        pipeline.prepare_label("Dr Mary Jones's home, 920 555 0147", max_length=100)
    assert failures.counts() == {("scrub", "names"): 1}


def test_moderators_and_healthz_see_the_count(monkeypatch, member_client, moderator, client, article):
    _break(monkeypatch, "phones")
    _post(member_client, article)
    _post(member_client, article, "Another try, call 920 555 0148.")
    health = client.get("/healthz")
    assert health.status_code == 200 and health.json()["safety_check_failures_today"] == 2
    client.force_login(moderator)
    page = client.get(reverse("admin:moderation_moderationcase_changelist"), follow=True).content.decode()
    assert "Safety checks broke 2 times today" in page
