"""Following a treatment: new approved reports reach its followers."""

import pytest

from mscommunity.notifications.models import Notification
from tests.conftest import make_user
from tests.treatments.conftest import approve, report_row
from treatments.models import ExperienceReport

pytestmark = pytest.mark.django_db


def test_followers_hear_when_a_report_is_approved(client, moderator):
    follower = make_user("hopeful_reader")
    client.force_login(follower)
    response = client.post("/treatments/ahsct/follow/", {"follow": "1"})
    assert response.status_code == 302
    assert b"Following" in client.get("/treatments/ahsct/").content

    report = report_row("ahsct", status=ExperienceReport.Status.PENDING)
    from mscommunity.moderation.services import case_open

    case_open(content=report, author=report.author, reasons=[("new_report", "new")], priority=30,
              pipeline_decision="hold", evidence={})
    assert not Notification.objects.filter(recipient=follower).exists()  # pending reports are news to nobody
    approve(report, moderator)
    note = Notification.objects.get(recipient=follower, kind="treatment")
    assert "a treatment you follow" in note.message and note.url == "/treatments/ahsct/"
    assert not Notification.objects.filter(recipient=report.author, kind="treatment").exists()


def test_unfollowing_stops_the_news(client, moderator):
    follower = make_user("former_follower")
    client.force_login(follower)
    client.post("/treatments/ahsct/follow/", {"follow": "1"})
    client.post("/treatments/ahsct/follow/", {"follow": "0"})
    report = report_row("ahsct", status=ExperienceReport.Status.PENDING)
    from mscommunity.moderation.services import case_open

    case_open(content=report, author=report.author, reasons=[("new_report", "new")], priority=30,
              pipeline_decision="hold", evidence={})
    approve(report, moderator)
    assert not Notification.objects.filter(recipient=follower).exists()


def test_following_needs_sign_in(client):
    response = client.post("/treatments/ahsct/follow/", {"follow": "1"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
