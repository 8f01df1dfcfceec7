"""Moving a community from WordPress: `manage.py import_wordpress`."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from mscommunity.accounts.models import User
from mscommunity.moderation.models import ModerationCase
from tests.conftest import make_user
from tests.threads.wxr import C, Post, wxr
from threads.models import Article, Comment

pytestmark = pytest.mark.django_db


def run(tmp_path: Path, xml: str, *args: str) -> str:
    export = tmp_path / "export.xml"
    export.write_text(xml, encoding="utf-8")
    out = io.StringIO()
    call_command("import_wordpress", str(export), *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_articles_and_threads_nested_ten_levels(tmp_path):
    chain = [C(id=100 + n, text=f"Level {n} reply", parent=(100 + n - 1) if n else 0, author=f"Person {n}",
               email=f"p{n}@example.com", date=f"2016-05-01 10:{n:02d}:00") for n in range(11)]
    output = run(tmp_path, wxr([Post(id=7, title="AHSCT news", name="ahsct-news", categories=["Research", "HSCT"],
                                     comments=chain)]))
    article = Article.objects.get(slug="ahsct-news")
    assert article.import_key.endswith(":post:7") and article.tags == "Research, HSCT"
    assert article.published_at.year == 2016
    comments = {c.body: c for c in Comment.objects.filter(article=article)}
    assert len(comments) == 11
    deepest = comments["Level 10 reply"]
    assert deepest.depth == 10 and deepest.parent == comments["Level 9 reply"]
    assert deepest.root == comments["Level 0 reply"] and deepest.created_at.minute == 10
    assert "comments imported: 11" in output and "articles imported: 1" in output


def test_commenters_become_imported_members_without_email_or_ip(tmp_path):
    run(tmp_path, wxr([Post(id=1, title="T", comments=[
        C(id=1, text="First", author="Jane Reader", email="jane.reader@example.com"),
        C(id=2, text="Second", author="Jane Reader", email="jane.reader@example.com"),
        C(id=3, text="Third", author="Bob Walker", email="bob@example.com"),
    ])]))
    imported = User.objects.filter(is_imported=True)
    assert imported.count() == 2  # one member per commenter
    for member in imported:
        assert member.email == "" and not member.has_usable_password()
        assert member.username.startswith("imported-") and "jane" not in member.username.lower()
    dumped = io.StringIO()
    call_command("dumpdata", stdout=dumped)
    assert "jane.reader@example.com" not in dumped.getvalue() and "192.0.2.10" not in dumped.getvalue()


def test_imported_comments_go_through_the_pipeline(tmp_path):
    output = run(tmp_path, wxr([Post(id=1, title="T", comments=[
        C(id=1, text="Call me on (440) 555-0142, Jane Reader", author="Jane Reader"),
        C(id=2, text="You should stop Tysabri now and go to Mexico for HSCT. I highly recommend it to anyone with MS."),
    ])]))
    call_me = Comment.objects.get(body__startswith="Call me")
    assert call_me.body == "Call me on [phone number removed], [name removed]"
    advice = Comment.objects.exclude(pk=call_me.pk).get()
    assert advice.status == Comment.Status.HELD
    assert ModerationCase.objects.filter(object_id=advice.pk).exists()
    assert "personal data removed: 2" in output and "held for review: 1" in output


def test_skips_pages_attachments_menus_pingbacks_spam_and_unapproved(tmp_path):
    output = run(tmp_path, wxr([
        Post(id=1, title="About us", type="page"),
        Post(id=2, title="photo.jpg", type="attachment"),
        Post(id=3, title="Menu", type="nav_menu_item"),
        Post(id=4, title="A draft", status="draft"),
        Post(id=5, title="Real post", comments=[
            C(id=1, text="A real comment"),
            C(id=2, text="Linked to you", type="pingback"),
            C(id=3, text="Tracked", type="trackback"),
            C(id=4, text="cheap pills", approved="spam"),
            C(id=5, text="Waiting", approved="0"),
            C(id=6, text="Reply to the waiting one", parent=5),
        ]),
    ]))
    assert Article.objects.count() == 1 and Comment.objects.count() == 1
    for line in ("skipped pages: 1", "skipped attachments: 1", "skipped menu items: 1", "skipped pingbacks: 1",
                 "skipped trackbacks: 1", "skipped spam comments: 1", "skipped unapproved comments: 1",
                 "skipped replies to skipped comments: 1", "skipped unpublished posts: 1"):
        assert line in output, output


def test_include_held_queues_unapproved_comments(tmp_path):
    run(tmp_path, wxr([Post(id=5, title="Post", comments=[C(id=5, text="Waiting for approval", approved="0")])]),
        "--include-held")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.HELD
    case = ModerationCase.objects.get(object_id=comment.pk)
    assert "imported_unapproved" in {r.code for r in case.reasons.all()}


def test_running_twice_creates_nothing_new(tmp_path):
    xml = wxr([Post(id=1, title="Once", comments=[C(id=1, text="Only once"), C(id=2, text="Reply", parent=1)])])
    run(tmp_path, xml)
    output = run(tmp_path, xml)
    assert Article.objects.count() == 1 and Comment.objects.count() == 2
    assert "already imported (skipped): 1" in output and "articles imported: 0" in output


def test_broken_xml_names_the_line_and_imports_nothing(tmp_path):
    good = wxr([Post(id=1, title="First", comments=[C(id=1, text="Kept?")]), Post(id=2, title="Second")])
    broken = good.replace("<title>Second</title>", "<title>Second</titel>")
    line = broken[: broken.index("</titel>")].count("\n") + 1
    with pytest.raises(CommandError, match=f"line {line}"):
        run(tmp_path, broken)
    assert Article.objects.count() == 0 and Comment.objects.count() == 0
    assert not User.objects.filter(is_imported=True).exists()


def test_unknown_wxr_version_is_refused(tmp_path):
    with pytest.raises(CommandError, match=r"version 2\.0"):
        run(tmp_path, wxr([Post(id=1, title="T")], version="2.0"))
    assert Article.objects.count() == 0


@pytest.mark.parametrize(("version", "scheme"), [("1.0", "http"), ("1.1", "http"), ("1.2", "https")])
def test_wxr_versions_and_namespace_schemes(tmp_path, version, scheme):
    run(tmp_path, wxr([Post(id=1, title="Versioned", comments=[C(id=1, text="Hello")])], version=version,
                      scheme=scheme))
    assert Article.objects.get().title == "Versioned" and Comment.objects.count() == 1


def test_cdata_escaped_text_emoji_and_right_to_left(tmp_path):
    run(tmp_path, wxr([
        Post(id=1, title="Emoji 🌟", comments=[C(id=1, text="Thank you 💙 שלום עליכם مرحبا")]),
        Post(id=2, title="Escaped", cdata=False, content="<p>Plain & simple</p>",
             comments=[C(id=2, text="5 < 6 & fine")]),
    ]))
    assert Comment.objects.get(body__startswith="Thank you").body == "Thank you 💙 שלום עליכם مرحبا"
    assert Comment.objects.get(body__startswith="5").body == "5 < 6 & fine"
    assert Article.objects.get(title="Escaped").body == "<p>Plain &amp; simple</p>"


def test_empty_title_password_protected_and_closed_comments(tmp_path):
    output = run(tmp_path, wxr([
        Post(id=9, title="", name=""),
        Post(id=10, title="Members only", password="secret"),
        Post(id=11, title="Closed", comment_status="closed", comments=[C(id=1, text="An old comment")]),
    ]))
    untitled = Article.objects.get(import_key__endswith=":post:9")
    assert untitled.title == "Untitled post 9" and untitled.slug
    assert "skipped password-protected posts: 1" in output
    closed = Article.objects.get(title="Closed")
    assert not closed.comments_open and closed.comments.count() == 1


def test_shortcodes_are_converted_or_removed(tmp_path):
    body = ('[caption id="a1" width="300"]<img src="https://oldblog.example.org/x.jpg" alt=""> Dr Burt speaking'
            '[/caption]\n[gallery ids="1,2"]\n[adrotate group="4"]\nhttps://www.youtube.com/watch?v=abc123\n')
    run(tmp_path, wxr([Post(id=1, title="Shortcodes", content=body)]))
    html = Article.objects.get().body
    assert "<figure>" in html and "<figcaption>Dr Burt speaking</figcaption>" in html
    assert "photo gallery" in html and "adrotate" not in html
    assert '<a href="https://www.youtube.com/watch?v=abc123"' in html


def test_author_map_and_dry_run(tmp_path):
    editor = make_user("editor_here", is_staff=True)
    mapping = tmp_path / "authors.csv"
    mapping.write_text("staffwriter,editor_here\n")
    output = run(tmp_path, wxr([Post(id=1, title="Mapped", comments=[C(id=1, text="Hi")])]), "--dry-run",
                 "--author-map", str(mapping))
    assert "Dry run" in output and "articles imported: 1" in output
    assert Article.objects.count() == 0 and Comment.objects.count() == 0
    run(tmp_path, wxr([Post(id=1, title="Mapped")]), "--author-map", str(mapping))
    assert Article.objects.get().author == editor


def test_not_a_wordpress_file(tmp_path):
    with pytest.raises(CommandError, match="not a WordPress export"):
        run(tmp_path, '<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>')
    assert connection.vendor in {"sqlite", "postgresql"}


def test_progress_bar_reports_counts_and_time_left(tmp_path, monkeypatch):
    import threads.wordpress as wordpress

    ticks = iter(range(0, 10_000, 2))  # every item looks two seconds later than the last
    monkeypatch.setattr(wordpress.time, "monotonic", lambda: next(ticks))
    export = tmp_path / "export.xml"
    export.write_text(wxr([Post(id=n, title=f"Post {n}", comments=[C(id=n, text="Hello")]) for n in range(1, 4)]))
    err = io.StringIO()
    call_command("import_wordpress", str(export), stdout=io.StringIO(), stderr=err)
    progress = err.getvalue()
    assert "#" in progress and "articles" in progress and "comments" in progress and "left" in progress
