"""``{% url %}`` (mscommunity.pages.templatetags.reversing) answers as Django's, from memory."""

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.urls import NoReverseMatch, path, reverse

from mscommunity.pages.templatetags import reversing


def _view(request, slug=""):  # pragma: no cover - only reversed, never called
    raise AssertionError


urlpatterns = [path("elsewhere/<slug:slug>/", _view, name="article_detail")]


def render(source: str, **context) -> str:
    return Template(source).render(Context(context))


def test_the_builtin_url_tag_is_the_remembering_one_and_answers_as_reverse():
    reversing.forget()
    assert render("{% url 'threads:home' %}") == reverse("threads:home")
    assert render("{% url 'threads:article' slug %}", slug="a-b") == reverse(
        "threads:article", args=["a-b"])
    assert render("{% url 'threads:article' slug='c-d' %}") == reverse(
        "threads:article", kwargs={"slug": "c-d"})
    assert any("threads:home" in key for key in reversing._remembered)


def test_a_remembered_answer_is_the_same_as_a_fresh_one():
    reversing.forget()
    first = render("{% url 'threads:article' 'x' %}")
    assert render("{% url 'threads:article' 'x' %}") == first
    assert render("{% url 'threads:article' 'y' %}") != first


def test_as_var_and_unknown_names_behave_as_djangos_tag():
    assert render("{% url 'no-such-view' as missing %}[{{ missing }}]") == "[]"
    with pytest.raises(NoReverseMatch):
        render("{% url 'no-such-view' %}")
    assert render("{% url 'threads:home' as home %}{{ home }}") == reverse("threads:home")


def test_a_changed_url_configuration_is_never_answered_from_memory():
    reversing.forget()
    before = render("{% url 'article_detail' 'x' as u %}{{ u }}")
    assert before == ""  # not a name in the project's configuration
    with override_settings(ROOT_URLCONF=__name__):
        assert render("{% url 'article_detail' 'x' %}") == "/elsewhere/x/"
    assert render("{% url 'article_detail' 'x' as u %}{{ u }}") == ""
    assert render("{% url 'threads:home' %}") == reverse("threads:home")
