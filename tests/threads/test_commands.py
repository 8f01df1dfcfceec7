import io

import pytest
from django.core.management import CommandError, call_command

from mscommunity.accounts.models import User
from tests.conftest import make_article
from threads.models import Article, Comment

pytestmark = pytest.mark.django_db


def run(*args, **kwargs) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO(), **kwargs)
    return out.getvalue()


def test_seed_thread_builds_a_realistic_tree_and_prints_the_url():
    output = run("seed_thread", comments=300, slug="big")
    assert output.strip().splitlines()[-1] == "/articles/big/"
    comments = Comment.objects.filter(article__slug="big")
    assert comments.count() == 300
    top = comments.filter(depth=0).count()
    assert 60 <= top <= 140  # about a third
    assert comments.order_by("-depth").first().depth <= 6
    assert comments.filter(depth=6).exists()
    for reply in comments.filter(depth__gt=0).select_related("parent")[:100]:
        assert reply.depth == reply.parent.depth + 1
        assert reply.root_id == (reply.parent.root_id or reply.parent_id)


def test_seed_thread_replaces_its_own_article():
    run("seed_thread", comments=20, slug="again")
    run("seed_thread", comments=5, slug="again")
    assert Article.objects.filter(slug="again").count() == 1
    assert Comment.objects.filter(article__slug="again").count() == 5


def test_seed_thread_never_replaces_a_real_article():
    make_article("real-news")
    with pytest.raises(CommandError):
        run("seed_thread", comments=5, slug="real-news")


def test_load_demo_is_idempotent_and_prints_logins_only_in_debug(settings):
    settings.DEBUG = False
    first = run("load_demo")
    counts = (User.objects.count(), Article.objects.count(), Comment.objects.count())
    settings.DEBUG = True
    second = run("load_demo")
    assert counts == (User.objects.count(), Article.objects.count(), Comment.objects.count())
    assert counts[1] >= 3 and counts[2] > 5
    assert "demo-pass" not in first and "hopeful_walker" in second and "mod_anna" in second
    ahsct = Article.objects.get(slug="ahsct-versus-mitoxantrone-trial")
    assert "adrotate" not in ahsct.body and "<script" not in ahsct.body
