"""The article editor in the admin: the body preview, treatments chosen on the
article form, and an Author list of team members only."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import Permission

from tests.conftest import make_article, make_user
from threads.admin import ArticleAdminForm
from threads.editing import body_preview, removed_parts
from threads.models import Article
from treatments.models import Treatment

pytestmark = pytest.mark.django_db

ADD = "/admin/threads/article/add/"
TYPED = ('<p onclick="steal()">Findings from the <span>trial</span> [adrotate group="4"]</p>'
         '<script>alert(1)</script><a href="javascript:alert(2)">more</a>')


def form_data(**changes) -> dict:
    data = {
        "title": "New research", "slug": "new-research", "summary": "Short.", "body": "<p>Findings.</p>",
        "status": "draft", "published_at_0": "", "published_at_1": "", "author": "", "comments_open": "on",
        "tags": "", "treatments": [],
    }
    data.update(changes)
    return data


def change_url(article: Article) -> str:
    return f"/admin/threads/article/{article.pk}/change/"


# --- the preview -------------------------------------------------------------------

def test_removed_parts_name_what_the_sanitizer_takes_out():
    parts = removed_parts(TYPED + "<!-- note --><style>p{}</style>")
    assert 'WordPress shortcodes: [adrotate group="4"]' in parts
    assert "the <script> element and what is inside it" in parts
    assert "the <style> element and what is inside it" in parts
    assert "the <span> tag, keeping its text" in parts
    assert "the onclick attribute" in parts
    assert "the address of 1 link(s) that were not http, https or mailto" in parts
    assert "HTML comments" in parts
    assert removed_parts('<h2>Title</h2><p><a href="https://example.org" title="x">ok</a></p>') == ()


def test_the_preview_html_is_what_saving_stores():
    article = make_article("stored", body=TYPED)
    preview = body_preview(TYPED)
    assert preview.html == article.body
    assert "<script" not in preview.html and "onclick" not in preview.html and "adrotate" not in preview.html
    assert "javascript" not in preview.html and "trial" in preview.html


def test_preview_on_a_new_article_shows_the_cleaned_body_keeps_the_typing_and_saves_nothing(client, editor):
    client.force_login(editor)
    response = client.post(ADD, form_data(body=TYPED, _preview="1"))
    html = response.content.decode()
    assert response.status_code == 200 and Article.objects.count() == 0
    preview = html.split('id="article-preview"')[1].split("</section>")[0]
    assert "Preview: what readers will see" in preview
    assert '<div class="article-body"><p>Findings from the trial </p><a rel="noopener">more</a></div>' in preview
    assert "the &lt;script&gt; element and what is inside it" in preview and "the onclick attribute" in preview
    # The box still holds exactly what was typed (escaped), the other fields too, and no error is shown.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html.split('name="body"')[1].split("</textarea>")[0]
    assert 'value="New research"' in html and "errornote" not in html and "<title>Error" not in html


def test_preview_on_an_existing_article_changes_nothing(client, editor):
    article = make_article("kept", title="Old title", body="<p>Old body.</p>")
    client.force_login(editor)
    response = client.post(change_url(article), form_data(title="New title", slug="kept", body="<h2>New</h2>",
                                                           _preview="1"))
    assert response.status_code == 200
    assert '<div class="article-body"><h2>New</h2></div>' in response.content.decode()
    assert "Nothing is removed." in response.content.decode()
    article.refresh_from_db()
    assert (article.title, article.body) == ("Old title", "<p>Old body.</p>")


def test_preview_shows_field_errors_too_and_still_saves_nothing(client, editor):
    client.force_login(editor)
    html = client.post(ADD, form_data(title="", body="<p>Draft</p>", _preview="1")).content.decode()
    assert "This field is required" in html and "<p>Draft</p></div>" in html
    assert Article.objects.count() == 0


def test_the_form_has_a_real_preview_button_and_saving_is_still_the_default(client, editor):
    client.force_login(editor)
    html = client.get(ADD).content.decode()
    preview_button = html.index('name="_preview"')
    assert 'formaction="#article-preview"' in html and "Preview the body" in html
    assert html.index('name="_save"') < preview_button  # Enter in a text box saves (save_on_top)
    assert "js/article-editor.js" in html and "<script>" not in html.split("<body")[1]


def test_save_still_cleans_and_stores(client, editor):
    client.force_login(editor)
    response = client.post(ADD, form_data(body=TYPED))
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.body == body_preview(TYPED).html and article.author == editor


def test_the_scripted_preview_answers_with_the_fragment(client, editor, moderator):
    client.force_login(editor)
    response = client.post("/admin/threads/article/preview/", {"body": TYPED})
    html = response.content.decode()
    assert response.status_code == 200 and html.strip().startswith("<section id=\"article-preview\"")
    assert "<p>Findings from the trial </p>" in html and "alert(1)" not in html
    assert client.get("/admin/threads/article/preview/").status_code == 405
    client.force_login(moderator)  # may read articles, not write them
    assert client.post("/admin/threads/article/preview/", {"body": TYPED}).status_code == 403
    client.logout()
    assert client.post("/admin/threads/article/preview/", {"body": TYPED}).status_code == 302


def test_the_scripted_preview_needs_the_csrf_token(editor):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    assert strict.post("/admin/threads/article/preview/", {"body": "<p>x</p>"}).status_code == 403


# --- treatments on the article form ------------------------------------------------------

def test_treatments_are_linked_from_the_article_form(client, editor):
    ocrelizumab, ahsct = Treatment.objects.get(slug="ocrelizumab"), Treatment.objects.get(slug="ahsct")
    client.force_login(editor)
    response = client.post(ADD, form_data(treatments=[ocrelizumab.pk, ahsct.pk]))
    assert response.status_code == 302
    article = Article.objects.get()
    assert set(article.related_treatments.all()) == {ocrelizumab, ahsct}
    assert article in ocrelizumab.evidence_articles.all()

    html = client.get(change_url(article)).content.decode()
    select = html.split('name="treatments"')[1].split("</select>")[0]
    assert "admin-autocomplete" in select and 'data-ajax--url="/admin/threads/article/treatments/autocomplete/"' in select
    # Only the chosen treatments are in the page; the rest come from the autocomplete.
    assert select.count("<option") == 2
    assert f'<option value="{ahsct.pk}" selected>' in select and f'<option value="{ocrelizumab.pk}" selected>' in select

    response = client.post(change_url(article), form_data(treatments=[ahsct.pk]))
    assert response.status_code == 302
    assert list(article.related_treatments.all()) == [ahsct]


def test_treatments_and_article_are_saved_together_or_not_at_all(client, editor, monkeypatch):
    def broken_set(self, *args, **kwargs):
        raise RuntimeError("the link table is unavailable")

    monkeypatch.setattr(Article.related_treatments.related_manager_cls, "set", broken_set)
    client.force_login(editor)
    client.raise_request_exception = True
    with pytest.raises(RuntimeError):
        client.post(ADD, form_data(treatments=[Treatment.objects.get(slug="ahsct").pk]))
    assert Article.objects.count() == 0  # the admin's transaction was rolled back


def test_an_unknown_treatment_is_refused_with_a_message(client, editor):
    client.force_login(editor)
    html = client.post(ADD, form_data(treatments=["999999"])).content.decode()
    assert "Select a valid choice" in html and Article.objects.count() == 0


def test_treatment_autocomplete_finds_brands_and_misspellings(client, editor):
    client.force_login(editor)
    url = "/admin/threads/article/treatments/autocomplete/"
    params = {"app_label": "threads", "model_name": "article", "field_name": "related_treatments"}
    found = json.loads(client.get(url, {**params, "term": "Ocrevus"}).content)
    assert [r["text"] for r in found["results"]] == ["ocrelizumab"]
    everything = json.loads(client.get(url, params).content)
    assert everything["pagination"]["more"] is True and len(everything["results"]) == 20


def test_treatment_autocomplete_is_for_article_editors_only(client, moderator, member):
    url = "/admin/threads/article/treatments/autocomplete/?term=oc"
    client.force_login(moderator)
    assert client.get(url).status_code == 403
    client.force_login(member)
    assert client.get(url).status_code == 302  # to the admin's sign-in
    client.logout()
    assert client.get(url).status_code == 302


def test_staff_who_may_not_change_treatments_cannot_relink_them(client):
    ahsct = Treatment.objects.get(slug="ahsct")
    article = make_article("linked")
    article.related_treatments.add(ahsct)
    writer = make_user("article_only", is_staff=True)
    writer.user_permissions.add(*Permission.objects.filter(
        content_type__app_label="threads", codename__in=["view_article", "change_article"]))
    client.force_login(writer)
    html = client.get(change_url(article)).content.decode()
    assert "Only staff who may change treatments can change this list." in html
    assert client.post(change_url(article), form_data(slug="linked", treatments=[])).status_code == 302
    assert list(article.related_treatments.all()) == [ahsct]


def test_a_view_only_team_member_reads_the_linked_treatments(client, moderator):
    article = make_article("readable")
    article.related_treatments.add(Treatment.objects.get(slug="ahsct"))
    client.force_login(moderator)
    response = client.get(change_url(article))
    assert response.status_code == 200 and "AHSCT" in response.content.decode()


# --- the author -----------------------------------------------------------------------

def test_the_author_list_holds_team_members_only(client, editor, moderator, member):
    make_user("retired_staff", is_staff=True, is_active=False)
    client.force_login(editor)
    html = client.get(ADD).content.decode()
    options = html.split('name="author"')[1].split("</select>")[0]
    assert editor.username in options and moderator.username in options
    assert member.username not in options and "retired_staff" not in options

    response = client.post(ADD, form_data(author=str(member.pk)))
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert Article.objects.count() == 0
    assert client.post(ADD, form_data(author=str(moderator.pk))).status_code == 302
    assert Article.objects.get().author == moderator


def test_a_former_team_member_keeps_the_byline_of_their_article(client, editor):
    former = make_user("former_editor")  # no longer staff nor in a team group
    article = make_article("old-news", author=former)
    client.force_login(editor)
    assert former.username in client.get(change_url(article)).content.decode().split('name="author"')[1]
    assert client.post(change_url(article), form_data(slug="old-news", author=str(former.pk))).status_code == 302
    article.refresh_from_db()
    assert article.author == former
    form = ArticleAdminForm()
    assert former not in form.fields["author"].queryset
