"""Site search: the same behaviour on SQLite (FTS5) and PostgreSQL (tsvector),
whichever database the suite runs on."""

from __future__ import annotations

import pytest
from django.db import connection
from django.utils import timezone

from mscommunity.search import selectors
from mscommunity.search.query import parse
from mscommunity.search.snippets import snippet
from tests.conftest import make_article, make_user
from threads.models import Article, Comment

pytestmark = pytest.mark.django_db


def _comment(article, text, *, status=Comment.Status.PUBLISHED, author=None) -> Comment:
    return Comment.objects.create(article=article, author=author or make_user(), body=text,
                                  body_html=f"<p>{text}</p>", status=status)


def _titles(results) -> list[str]:
    return [r.title for r in results.results]


def test_comments_and_articles_are_found_ranked_with_highlighted_snippets(article):
    make_article("fatigue-study", title="Fatigue and heat", summary="A study of fatigue in summer.")
    _comment(article, "My fatigue got better after I started swimming.")
    _comment(article, "Nothing to do with it.")
    found = selectors.search(text="fatigue")
    assert [r.kind for r in found.results] == ["article", "comment"]  # an article outranks a passing mention
    assert "<mark>fatigue</mark>" in found.results[1].snippet
    assert found.results[1].url.startswith(f"/articles/{article.slug}/comments/")


def test_stemming_finds_other_forms(article):
    _comment(article, "Walking is harder in the afternoon.")
    assert selectors.search(text="walk").results


@pytest.mark.parametrize("status", [Comment.Status.HELD, Comment.Status.REJECTED, Comment.Status.REMOVED,
                                    Comment.Status.DELETED])
def test_never_held_removed_or_deleted_content(article, status):
    _comment(article, "Secretive zebrafish", status=status)
    assert selectors.search(text="zebrafish").results == []


def test_a_status_change_hides_a_comment_at_once(article):
    comment = _comment(article, "Ocrelizumab infusion day")
    assert selectors.search(text="infusion").results
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.REMOVED)
    assert selectors.search(text="infusion").results == []


def test_unpublished_and_future_articles_and_their_comments_are_not_found():
    draft = make_article("draft", title="Draft about quokkas", status=Article.Status.DRAFT)
    future = make_article("future", title="Future quokkas", published_at=timezone.now() + timezone.timedelta(days=1))
    _comment(draft, "quokkas here")
    _comment(future, "quokkas there")
    assert selectors.search(text="quokkas").results == []


def test_an_edit_is_searchable_at_once(article):
    comment = _comment(article, "first words")
    comment.body = "changed to baclofen dosing"
    comment.save()
    assert selectors.search(text="dosing").results and not selectors.search(text="first").results


def test_misspellings_and_brands_reach_the_treatment_and_the_comments(article):
    _comment(article, "I have been on Gilenya for two years.")
    _comment(article, "Fingolimod made my heart rate drop at first.")
    found = selectors.search(text="gylena")  # a misspelling of Gilenya, through the vocabulary
    assert [t.title for t in found.treatments] == ["fingolimod"]
    assert len(found.results) == 2
    assert any("<mark>Gilenya</mark>" in r.snippet for r in found.results)


def test_synonyms_staff_add_are_used_at_once(article):
    from treatments.models import Treatment

    treatment = Treatment.objects.get(slug="fingolimod")
    treatment.synonyms += "\nmagicpill"
    treatment.save()
    _comment(article, "Fingolimod again")
    assert selectors.search(text="magicpill").results


def test_paging(article):
    for n in range(selectors.PAGE_SIZE + 3):
        _comment(article, f"Spasticity note {n}")
    first = selectors.search(text="spasticity")
    second = selectors.search(text="spasticity", page=2)
    assert len(first.results) == selectors.PAGE_SIZE and first.has_next and not first.has_previous
    assert len(second.results) == 3 and not second.has_next and second.has_previous
    assert not {r.url for r in first.results} & {r.url for r in second.results}


@pytest.mark.parametrize("odd", ["", "   ", "!!!", '"', 'NEAR("a" b', "a AND OR NOT", "*", "x" * 5000, "🙂",
                                 "fatigue)(", "'; DROP TABLE threads_comment; --", "\x00", "über café"])
def test_an_odd_query_is_a_calm_page(client, odd, article):
    _comment(article, "Café au lait spots are not MS.")
    response = client.get("/search/", {"q": odd, "page": "zz"})
    assert response.status_code == 200
    assert b"Search" in response.content


@pytest.mark.skipif("connection.vendor != 'sqlite'", reason="FTS5 folds diacritics; PostgreSQL's english configuration does not")
def test_diacritics_are_folded(article):
    _comment(article, "A café near the clinic")
    assert selectors.search(text="cafe").results


def test_snippets_are_escaped(article):
    _comment(article, "<script>alert(1)</script> fatigue & heat")
    html = selectors.search(text="fatigue").results[0].snippet
    assert "<script>" not in html and "&lt;script&gt;" in html and "<mark>fatigue</mark>" in html


def test_the_page_and_the_header_box(client, article):
    _comment(article, "Vitamin D levels")
    page = client.get("/search/", {"q": "vitamin"}).content.decode()
    assert "<mark>Vitamin</mark>" in page and 'role="search"' in page
    assert 'id="header-search-q"' in client.get("/").content.decode()


def test_search_is_a_constant_number_of_queries(article, django_assert_max_num_queries):
    for n in range(30):
        _comment(article, f"Relapse number {n}")
    make_article("relapse", title="Relapse")
    selectors.search(text="warm the vocabulary")
    with django_assert_max_num_queries(5):
        assert selectors.search(text="relapse").results


def test_the_index_check_is_idempotent():
    from mscommunity.search import schema

    assert schema.ensure(connection) is False


@pytest.mark.skipif("connection.vendor != 'sqlite'", reason="only SQLite rebuilds tables (dropping triggers)")
def test_the_index_survives_a_rebuild_of_the_table(article):
    """SQLite drops a table's triggers when a migration rebuilds it; the
    post_migrate check repairs the index."""
    from mscommunity.search import schema

    _comment(article, "before the rebuild: nystagmus")
    schema.drop(connection)
    assert schema.ensure(connection) is True
    assert schema.ensure(connection) is False  # whole again: nothing to do
    _comment(article, "after the rebuild: nystagmus")
    assert len(selectors.search(text="nystagmus").results) == 2


def test_query_parsing_is_pure_and_bounded():
    variants = {"gylena": ("fingolimod", "Gilenya")}.get
    parsed = parse("Gylena  fatigue " + "w " * 50, variants=lambda w: variants(w, ()))
    assert parsed.groups[0] == (("gylena",), ("fingolimod",), ("gilenya",))
    assert len(parsed.groups) <= 8
    assert parse(None, variants=lambda w: ()).empty


def test_snippet_marks_stems_and_trims():
    text = "word " * 100 + "Walking helped. " + "more " * 100
    html = snippet(text, {"walk"}, length=80)
    assert "<mark>Walking</mark>" in html and html.startswith("… ") and html.endswith(" …")
    assert len(html) < 200


def test_held_content_among_the_newest_matches_does_not_crowd_out_what_may_be_shown(article, monkeypatch):
    """Only a bounded set of candidates is ranked (the newest visible matches);
    held comments, typically the newest, are left out before the bound."""
    from mscommunity.search import backends

    monkeypatch.setattr(backends, "CANDIDATES", 5)
    for n in range(3):
        _comment(article, f"Optic neuritis story {n}")
    for n in range(10):
        _comment(article, f"Optic neuritis held {n}", status=Comment.Status.HELD)
    found = selectors.search(text="neuritis")
    assert len(found.results) == 3 and found.total == 3 and not found.more
    assert all("held" not in r.snippet for r in found.results)


def test_the_total_is_counted_up_to_a_cap_and_the_page_says_more(client, article, monkeypatch):
    from mscommunity.search import backends

    monkeypatch.setattr(backends, "CANDIDATES", 5)
    for n in range(8):
        _comment(article, f"Lhermitte sign number {n}")
    found = selectors.search(text="lhermitte")
    assert found.more and found.total == 4 and len(found.results) == 5
    assert "More than 4 results" in client.get("/search/", {"q": "lhermitte"}).content.decode()
    monkeypatch.setattr(backends, "CANDIDATES", 1001)
    assert "8 results" in client.get("/search/", {"q": "lhermitte"}).content.decode()


def test_ranking_is_among_the_newest_candidates(article):
    """Best first within the candidates: a comment dense with the word outranks
    a passing mention, on both databases."""
    _comment(article, "Dysesthesia, dysesthesia and more dysesthesia every night.")
    _comment(article, "A long note about my week, the weather, my garden and once dysesthesia.")
    found = selectors.search(text="dysesthesia")
    assert len(found.results) == 2 and found.results[0].snippet.count("<mark>") == 3
