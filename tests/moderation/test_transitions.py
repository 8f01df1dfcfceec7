"""Every status change of member content goes through one table.

``mscommunity.moderation.transitions`` lists who may move content from one
state to another; removed and deleted content never comes back by any
automatic step. The scan below keeps every other module from writing a
content status directly: a new path must call ``transitions.transition``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mscommunity.moderation import transitions
from mscommunity.moderation.transitions import ActorKind, ContentStatus, TransitionNotAllowed
from tests.conftest import make_user
from threads.models import Comment
from threads.services import comment_create, comment_delete, comment_edit, comment_remove

ROOT = Path(__file__).resolve().parents[2]
APPS = ["mscommunity", "threads", "treatments"]
ALLOWED_FILE = "mscommunity/moderation/transitions.py"
# Statuses of other things than member content (cases, clinics, articles) may be written directly.
OTHER_STATUSES = {"ModerationCase", "Clinic", "Article"}


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def direct_status_writes(path: Path) -> list[str]:
    """``x.status = ...``, ``setattr(x, "status", ...)`` and ``.update(status=...)``
    outside the transition function, unless the value is another model's status."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr == "status" and not (
                    node.value is not None and _names(node.value) & OTHER_STATUSES
                ):
                    found.append(f"{where} .status =")
        elif isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id == "setattr" and len(node.args) >= 2:
                name = node.args[1]
                if isinstance(name, ast.Constant) and name.value == "status":
                    found.append(f"{where} setattr(..., 'status', ...)")
            if isinstance(node.func, ast.Attribute) and node.func.attr == "update":
                for keyword in node.keywords:
                    if keyword.arg == "status" and not _names(keyword.value) & OTHER_STATUSES:
                        found.append(f"{where} .update(status=...)")
    return found


def test_only_the_transition_function_writes_a_content_status():
    offenders = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = str(path.relative_to(ROOT))
            if "/migrations/" in relative or relative == ALLOWED_FILE:
                continue
            offenders += direct_status_writes(path)
    assert offenders == []


def test_the_scan_finds_a_direct_write(tmp_path):
    global ROOT
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "comment.status = Comment.Status.HELD\n"
        "Comment.objects.filter(pk=1).update(status='published')\n"
        "setattr(report, 'status', 'approved')\n"
        "case.status = ModerationCase.Status.DECIDED\n"  # a case, not content: allowed
    )
    saved, ROOT = ROOT, tmp_path
    try:
        assert len(direct_status_writes(sneaky)) == 3
    finally:
        ROOT = saved
    assert direct_status_writes(ROOT / ALLOWED_FILE), "the scan must see the one real write"


# --- the table --------------------------------------------------------------------------

FINAL = [ContentStatus.REMOVED, ContentStatus.DELETED]


@pytest.mark.parametrize("start", FINAL)
@pytest.mark.parametrize("target", [ContentStatus.PUBLISHED, ContentStatus.HELD, ContentStatus.REJECTED])
@pytest.mark.parametrize("actor", list(ActorKind))
def test_removed_and_deleted_content_never_comes_back(start, target, actor):
    assert not transitions.allowed(start, target, actor_kind=actor)


@pytest.mark.parametrize("start", list(ContentStatus))
@pytest.mark.parametrize("target", list(ContentStatus))
def test_no_automatic_step_overwrites_removed_or_deleted(start, target):
    for actor in (ActorKind.PIPELINE, ActorKind.FLAGS):
        if start in FINAL:
            assert not transitions.allowed(start, target, actor_kind=actor)
    if target != ContentStatus.PUBLISHED:
        return
    # Only a moderator lets content out to the public, except a pipeline edit of published content.
    publishers = {a for a in ActorKind if transitions.allowed(start, target, actor_kind=a)}
    assert publishers <= ({ActorKind.MODERATOR, ActorKind.PIPELINE} if start == ContentStatus.PUBLISHED
                          else {ActorKind.MODERATOR})


def test_flags_only_hide_published_content():
    hiders = {s for s in ContentStatus if transitions.allowed(s, ContentStatus.HELD, actor_kind=ActorKind.FLAGS)}
    assert hiders == {ContentStatus.PUBLISHED}


def test_unknown_values_are_refused():
    assert not transitions.allowed("published", "archived", actor_kind="moderator")
    assert not transitions.allowed("published", "removed", actor_kind="robot")


# --- each path of comments goes through it ----------------------------------------------


@pytest.fixture
def thread(member, article):
    comment = comment_create(author=member, article=article, parent=None, text="My first week on the new drug.").comment
    comment_create(author=make_user("replier"), article=article, parent=comment, text="Thank you for sharing.")
    return comment


@pytest.mark.django_db
def test_a_transition_refused_leaves_the_object_as_it_was(thread, moderator):
    comment_remove(moderator=moderator, comment=thread, reason="it was unkind")
    with pytest.raises(TransitionNotAllowed, match="removed by a moderator"):
        transitions.transition(thread, ContentStatus.PUBLISHED, actor_kind=ActorKind.MODERATOR)
    assert thread.status == Comment.Status.REMOVED


@pytest.mark.django_db
def test_a_removed_comment_cannot_be_removed_again_or_deleted_by_its_author(thread, moderator, member):
    comment_remove(moderator=moderator, comment=thread, reason="it was unkind")
    with pytest.raises(TransitionNotAllowed):
        comment_remove(moderator=moderator, comment=thread, reason="twice")
    with pytest.raises(Exception):  # noqa: B017 - refused one way or another
        comment_delete(member=member, comment=thread)
    thread.refresh_from_db()
    assert thread.status == Comment.Status.REMOVED and thread.status_reason == "it was unkind"


@pytest.mark.django_db
def test_nobody_replies_to_a_removed_comment_even_through_the_service(thread, moderator):
    from django.core.exceptions import ValidationError

    comment_remove(moderator=moderator, comment=thread, reason="it was unkind")
    with pytest.raises(ValidationError, match="cannot reply"):
        comment_create(author=make_user("late_replier"), article=thread.article, parent=thread, text="What was it?")


@pytest.mark.django_db
def test_editing_a_comment_held_by_flags_does_not_publish_it(client, member, article, settings):
    settings.MODERATION_FLAGS_TO_HIDE = 2
    comment = comment_create(author=member, article=article, parent=None, text="You are all fools here.").comment
    for name in ("flagger_one", "flagger_two"):
        client.force_login(make_user(name))
        client.post(f"/articles/{article.slug}/comments/{comment.pk}/flag/", {"reason": "unkind"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD
    result = comment_edit(editor=member, comment=comment, text="Thank you all for the kind words here.")
    assert result.comment.status == Comment.Status.HELD  # the moderator decides, not the edit
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD and comment.body.startswith("Thank you all")
