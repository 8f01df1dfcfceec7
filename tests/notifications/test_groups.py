"""Notifications grouped by conversation and day, with a snippet of the latest
public comment; the header counts groups; opening a group reads it; the
daily digest is one e-mail of groups; all in constant queries."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mscommunity.notifications import selectors, services
from mscommunity.notifications.models import Digest, Notification
from mscommunity.notifications.services import follow
from tests.conftest import make_article, make_user
from threads import notification_groups
from threads.models import Comment

pytestmark = pytest.mark.django_db


def _comment(article, text: str, author=None) -> Comment:
    """A published comment stored directly (its text already clean), for
    tests that need many; the pipeline's own path is used where scrubbing matters."""
    return Comment.objects.create(article=article, author=author or make_user(), body=text, body_html=f"<p>{text}</p>")


def _thread_news(member, article, texts: list[str], *, kind: str = "thread", days_ago: int = 0) -> list[Notification]:
    """Notifications for ``member`` as the fan-out writes them, one per comment."""
    made = []
    for text in texts:
        comment = _comment(article, text)
        services.notify(recipient=member, kind=kind, email=False, url=f"/articles/{article.slug}/comments/{comment.pk}/",
                        message=f"Someone commented on “{article.title}”.",
                        about=notification_groups.about(article, comment))
        made.append(Notification.objects.filter(recipient=member).latest("pk"))
    if days_ago:
        Notification.objects.filter(pk__in=[n.pk for n in made]).update(
            created_at=timezone.now() - timedelta(days=days_ago))
    return made


def _page(client) -> str:
    response = client.get("/notifications/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_busy_thread_is_one_line_with_a_count_and_the_latest_snippet(member_client, member):
    article = make_article("fatigue-study", title="A fatigue study")
    _thread_news(member, article, [f"Comment number {n} about cooling vests." for n in range(1, 6)])
    page = _page(member_client)
    assert page.count('class="notification ') == 1
    assert "5 new comments in “A fatigue study”" in page
    assert "Comment number 5 about cooling vests." in page and "Comment number 4" not in page
    assert '<span class="count">(1<' in member_client.get("/").content.decode()  # one group unread, not five


def test_the_snippet_is_the_scrubbed_text_of_the_latest_published_comment(member_client, member, moderator):
    from threads.services import comment_create, comment_remove

    article = make_article("trial-news", title="Trial news")
    follow(user=member, target=article)
    scrubbed = comment_create(author=make_user(), article=article, parent=None,
                              text="We were at the information day. My mobile is 07700 900123 if anyone wants "
                                   "to talk.").comment
    if scrubbed.status == Comment.Status.HELD:  # the automatic checks may hold it: a moderator approves it
        from mscommunity.moderation.models import ModerationCase
        from mscommunity.moderation.services import case_decide

        case = ModerationCase.objects.get(object_id=scrubbed.pk, content_type__model="comment")
        case_decide(case=case, moderator=moderator, decision=ModerationCase.Decision.APPROVED)
    removed = comment_create(author=make_user(), article=article, parent=None,
                             text="Something the moderators will take down later today.").comment
    page = _page(member_client)
    assert "2 new comments in “Trial news”" in page and "Something the moderators" in page

    comment_remove(moderator=moderator, comment=removed, reason="Off topic.")
    page = _page(member_client)
    assert "Something the moderators" not in page  # a removed comment is never shown, even as a snippet
    assert "We were at the information day." in page
    assert "07700 900123" not in page and "[phone number removed]" in page  # never the raw text


def test_replies_to_the_member_are_counted_in_the_group(member_client, member):
    article = make_article("heat", title="Heat and MS")
    _thread_news(member, article, ["One", "Two"], kind="reply")
    _thread_news(member, article, ["Three"])
    assert "3 new comments in “Heat and MS”, 2 of them replies to you" in _page(member_client)


def test_one_notification_keeps_its_own_message(member_client, member):
    article = make_article("heat", title="Heat and MS")
    _thread_news(member, article, ["Only one"])
    services.notify(recipient=member, kind="moderation_decision", message="A moderator approved your comment.",
                    email=False)
    page = _page(member_client)
    assert "Someone commented on “Heat and MS”." in page and "A moderator approved your comment." in page
    assert "new comments" not in page


def test_groups_are_per_thread_and_per_day(member_client, member):
    first, second = make_article("a", title="First"), make_article("b", title="Second")
    _thread_news(member, first, ["Today 1", "Today 2"])
    _thread_news(member, first, ["Yesterday 1", "Yesterday 2", "Yesterday 3"], days_ago=1)
    _thread_news(member, second, ["Other 1", "Other 2"])
    page = _page(member_client)
    assert page.count('class="notification ') == 3
    assert "2 new comments in “First”" in page and "3 new comments in “First”" in page
    assert "2 new comments in “Second”" in page
    assert selectors.unread_count(recipient=member) == (3, False)


def test_opening_a_group_reads_it_and_leads_to_its_first_new_comment(member_client, member):
    first, second = make_article("a", title="First"), make_article("b", title="Second")
    news = _thread_news(member, first, ["One", "Two", "Three"])
    other = _thread_news(member, second, ["Elsewhere"])
    group = selectors.describe(list(selectors.groups_for(recipient=member)), recipient=member)
    opened = next(g for g in group if g.group_key == notification_groups.about(first).group_key)
    assert opened.open_url in _page(member_client)

    response = member_client.get(opened.open_url)
    assert response.status_code == 302 and response["Location"] == news[0].url
    assert not Notification.objects.filter(pk__in=[n.pk for n in news], read_at__isnull=True).exists()
    assert Notification.objects.get(pk=other[0].pk).read_at is None  # the other thread stays unread
    assert selectors.unread_count(recipient=member) == (1, False)


def test_nobody_opens_another_members_group(client, member):
    article = make_article("a", title="First")
    _thread_news(member, article, ["One", "Two"])
    url = selectors.describe(list(selectors.groups_for(recipient=member)), recipient=member)[0].open_url
    assert client.get(url).status_code == 302 and "/accounts/login/" in client.get(url)["Location"]
    client.force_login(make_user("someone_else"))
    assert client.get(url).status_code == 404
    assert client.get(url.replace(timezone.localdate().isoformat(), "not-a-day")).status_code == 404
    assert Notification.objects.filter(recipient=member, read_at__isnull=True).count() == 2


def test_a_single_notification_opens_and_is_read(member_client, member):
    services.notify(recipient=member, kind="moderation_decision", message="Approved.", url="/help/now/", email=False)
    note = Notification.objects.get()
    response = member_client.get(f"/notifications/open/{note.pk}/")
    assert response.status_code == 302 and response["Location"] == "/help/now/"
    note.refresh_from_db()
    assert note.read_at is not None


def _queries_for_page(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/notifications/").status_code == 200
    return len(queries)


@pytest.mark.parametrize("replies", [False, True])
def test_the_page_and_header_cost_the_same_queries_for_5_and_50_threads(client, replies):
    counts = []
    for threads in (5, 50):
        member = make_user()
        for n in range(threads):
            article = make_article(f"thread-{threads}-{n}", title=f"Thread {n}")
            _thread_news(member, article, [f"First on {n}", f"Second on {n}"], kind="reply" if replies else "thread")
        client.force_login(member)
        counts.append(_queries_for_page(client))
        page = _page(client)
        assert page.count('class="notification ') == min(threads, 25) and f"Second on {threads - 1}" in page
    assert counts[0] == counts[1], f"5 threads: {counts[0]} queries, 50 threads: {counts[1]}"


# The digest


def _daily(member):
    member.email_mode = "daily"
    member.save(update_fields=["email_mode"])
    return member


def test_the_digest_is_one_email_of_groups_without_member_text(member, django_capture_on_commit_callbacks):
    _daily(member)
    first, second = make_article("a", title="First thread"), make_article("b", title="Second thread")
    _thread_news(member, first, ["Private words one", "Private words two", "Private words three"])
    _thread_news(member, second, ["Private words four"])
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_digests() == 1
    assert len(mail.outbox) == 1
    body, html = mail.outbox[0].body, mail.outbox[0].alternatives[0][0]
    assert "3 new comments in “First thread”" in body and "Someone commented on “Second thread”." in body
    assert "Private words" not in body and "Private words" not in html  # e-mails carry system text only
    group = selectors.describe(list(selectors.groups_for(recipient=member)), recipient=member)[0]
    assert group.open_url in body and group.open_url in html  # each line opens (and reads) its group
    assert Digest.objects.get(recipient=member).notification_count == 4


def test_the_digest_sends_once_a_day_and_then_what_came_since(member, django_capture_on_commit_callbacks):
    _daily(member)
    article = make_article("a", title="First thread")
    now = (timezone.now() - timedelta(days=1)).replace(hour=8, minute=0)  # 08:00 yesterday: days never roll over
    _thread_news(member, article, ["One", "Two"])
    Notification.objects.update(created_at=now - timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_digests(now=now) == 1
        assert services.send_digests(now=now + timedelta(minutes=5)) == 0  # the task ran twice
    _thread_news(member, article, ["Three"])
    Notification.objects.filter(emailed_at__isnull=True).update(created_at=now + timedelta(hours=3))
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_digests(now=now + timedelta(hours=4)) == 0  # still today: tomorrow's digest
        assert services.send_digests(now=now + timedelta(days=1)) == 1
    assert len(mail.outbox) == 2
    assert "Someone commented on “First thread”." in mail.outbox[1].body and "2 new" not in mail.outbox[1].body


def test_a_first_digest_does_not_dig_up_old_notifications(member, django_capture_on_commit_callbacks):
    article = make_article("a", title="Old thread")
    _thread_news(member, article, ["Long ago"], days_ago=30)  # while e-mail was off
    _daily(member)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_digests() == 0
    assert mail.outbox == []


def test_immediate_and_off_members_get_no_digest(member, django_capture_on_commit_callbacks):
    article = make_article("a", title="Thread")
    off = make_user("quiet_member", email_mode="off")
    _thread_news(member, article, ["One"])
    _thread_news(off, article, ["Two"])
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_digests() == 0


def test_send_digests_enqueues_the_task_for_cron(member, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out = io.StringIO()
    call_command("send_digests", stdout=out)
    assert "enqueued" in out.getvalue()
    assert DBTaskResult.objects.get().task_path == "mscommunity.notifications.tasks.send_daily_digests"


def test_send_digests_now_sends_without_a_worker(member):
    _daily(member)
    _thread_news(member, make_article("a", title="Thread"), ["One", "Two"])
    out = io.StringIO()
    call_command("send_digests", "--now", stdout=out)
    assert "1 digest(s) queued; 1 e-mail(s) sent" in out.getvalue()
    assert len(mail.outbox) == 1 and "2 new comments in “Thread”" in mail.outbox[0].body


# The setting on "Your account"


def test_the_account_page_sets_the_digest(member_client, member):
    page = member_client.get("/account/").content.decode()
    assert 'action="/notifications/settings/"' in page and 'value="daily"' in page
    response = member_client.post("/notifications/settings/", {"email_mode": "daily", "return_to": "account"})
    assert response.status_code == 302 and response["Location"] == "/account/"
    member.refresh_from_db()
    assert member.email_mode == "daily"
    assert "Your e-mail settings are saved." in member_client.get("/account/").content.decode()


def test_a_bad_setting_is_refused_with_a_message(member_client, member):
    response = member_client.post("/notifications/settings/", {"email_mode": "hourly", "return_to": "account"})
    assert response.status_code == 200 and "error-summary" in response.content.decode()
    member.refresh_from_db()
    assert member.email_mode == "immediate"


# Immediate e-mails: one per conversation until it is read


def test_a_busy_thread_is_one_immediate_email_until_it_is_read(member, member_client,
                                                               django_capture_on_commit_callbacks):
    from threads.services import comment_create

    article = make_article("busy", title="A busy thread")
    follow(user=member, target=article)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(4):
            comment_create(author=make_user(), article=article, parent=None, text=f"Busy thread comment {n}.")
    to_member = [m for m in mail.outbox if m.to == [member.email]]
    assert len(to_member) == 1  # four notifications, one e-mail (the writers, who follow it now, get one each too)
    assert "we e-mail you again about it once you have read it" in to_member[0].body
    assert Notification.objects.filter(recipient=member, emailed_at__isnull=True).count() == 0  # none left for the sweep
    assert services.email_pending_immediate() == 0

    member_client.get(selectors.describe(list(selectors.groups_for(recipient=member)), recipient=member)[0].open_url)
    with django_capture_on_commit_callbacks(execute=True):
        comment_create(author=make_user(), article=article, parent=None, text="After the member read them.")
    assert len([m for m in mail.outbox if m.to == [member.email]]) == 2  # read, so the next news is e-mailed again


def test_other_threads_and_moderation_notices_are_not_folded(member, django_capture_on_commit_callbacks):
    first, second = make_article("a", title="First"), make_article("b", title="Second")
    with django_capture_on_commit_callbacks(execute=True):
        for article in (first, first, second):
            comment = _comment(article, "Hello")
            services.notify(recipient=member, kind="reply", message=f"A reply on “{article.title}”.",
                            about=notification_groups.about(article, comment))
        services.notify(recipient=member, kind="moderation_decision", message="Approved.")
        services.notify(recipient=member, kind="moderation_decision", message="Approved again.")
    assert sorted(m.subject.split("] ")[-1] for m in mail.outbox) == sorted(
        ["A reply on “First”.", "A reply on “Second”.", "Approved.", "Approved again."])


def test_the_header_counts_a_bounded_window_and_says_when_there_may_be_more(member, monkeypatch):
    """However many unread notifications pile up, the header's count reads only
    the latest window; a full window shows "N+"."""
    monkeypatch.setattr(selectors, "UNREAD_WINDOW", 5)
    for n in range(3):
        Notification.objects.create(recipient=member, kind="test", message=f"single {n}")
    assert selectors.unread_badge(recipient=member) == "3"
    for n in range(4):
        Notification.objects.create(recipient=member, kind="test", message=f"more {n}")
    assert selectors.unread_count(recipient=member) == (5, True)
    assert selectors.unread_badge(recipient=member) == "5+"
    Notification.objects.update(read_at=timezone.now())
    assert selectors.unread_badge(recipient=member) == ""
