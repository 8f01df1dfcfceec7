import pytest
from django.contrib.auth.models import Group

from tests.conftest import make_article
from threads.models import Article

pytestmark = pytest.mark.django_db


def perms(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def test_groups_have_exactly_what_their_work_needs():
    assert perms("Editors") == {
        "threads.view_article", "threads.add_article", "threads.change_article", "threads.view_comment",
        "treatments.view_treatment", "treatments.add_treatment", "treatments.change_treatment",
        "treatments.view_clinic", "treatments.add_clinic", "treatments.change_clinic",
    }
    assert "threads.delete_article" not in perms("Editors")
    assert "threads.change_article" not in perms("Moderators")
    assert "threads.view_comment" in perms("Moderators")


def test_editor_publishes_an_article_in_the_admin(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/threads/article/add/",
        {
            "title": "New research", "slug": "new-research", "summary": "Short.",
            "body": '<p>Findings [adrotate group="4"]</p><script>x()</script>',
            "status": "published", "published_at_0": "", "published_at_1": "", "comments_open": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="new-research")
    assert article.body == "<p>Findings </p>" and article.author == editor and article.published_at
    assert b"New research" in client.get("/").content


def test_member_cannot_reach_the_admin(client, member):
    client.force_login(member)
    assert client.get("/admin/threads/article/").status_code == 302


def test_moderator_cannot_edit_articles(client, moderator):
    article = make_article("locked")
    client.force_login(moderator)
    assert client.get(f"/admin/threads/article/{article.pk}/change/").status_code in {200, 403}
    response = client.post(f"/admin/threads/article/{article.pk}/change/", {"title": "Changed"})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title != "Changed"
