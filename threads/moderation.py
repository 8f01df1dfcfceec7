"""How moderation decisions apply to comments (registered in ThreadsConfig.ready)."""

from __future__ import annotations

from django.urls import reverse

from mscommunity.moderation import transitions
from mscommunity.moderation.policy import Action
from mscommunity.moderation.registry import ContentHandler, Context
from mscommunity.moderation.transitions import ActorKind, ContentStatus
from threads.models import Comment


def apply(comment: Comment, outcome: Action | str, *, actor_kind: str = ActorKind.MODERATOR) -> None:
    """Put ``comment`` in the state for a moderation ``outcome`` and save it.

    ``actor_kind`` is who asks (a moderator's decision, or members' flags
    for ``hold``). A rejected comment that has visible replies becomes a
    tombstone ("removed by a moderator") so the conversation stays whole.
    Every change goes through ``transitions.transition``: removed or deleted
    comments are never brought back (``TransitionNotAllowed``).
    """
    if outcome not in set(Action):
        raise ValueError(f"unknown outcome {outcome!r}")
    if outcome in {Action.PUBLISH, Action.PUBLISH_LABELED}:
        newly_public = comment.status != Comment.Status.PUBLISHED
        transitions.transition(comment, ContentStatus.PUBLISHED, actor_kind=actor_kind)
        comment.medical_notice = outcome == Action.PUBLISH_LABELED
        comment.status_reason = ""
        comment.save(update_fields=["status", "medical_notice", "status_reason", "updated_at"])
        if newly_public:
            from threads.services import comment_published  # services import this module's app

            comment_published(comment=comment)
        return
    if outcome == Action.HOLD:
        transitions.transition(comment, ContentStatus.HELD, actor_kind=actor_kind)
    else:
        has_replies = comment.replies.filter(status=Comment.Status.PUBLISHED).exists()
        target = ContentStatus.REMOVED if has_replies else ContentStatus.REJECTED
        transitions.transition(comment, target, actor_kind=actor_kind)
    comment.save(update_fields=["status", "medical_notice", "status_reason", "updated_at"])


def describe(comment: Comment) -> str:
    return f"your comment on “{comment.article.title}”"


def url(comment: Comment) -> str:
    return reverse("threads:comment", kwargs={"slug": comment.article.slug, "pk": comment.pk})


FIRST_REPLIES = 3


def _who(comment: Comment | None) -> str:
    if comment is None or comment.author is None:
        return "a former member"
    return comment.author.username


def context(comment: Comment) -> Context:
    """The article, the comment this one answers, and its first replies (three queries at most)."""
    article = comment.article
    parent = None
    if comment.parent_id:
        answered = Comment.objects.select_related("author").filter(pk=comment.parent_id).first()
        if answered is not None:
            parent = (_who(answered), "(deleted)" if answered.is_tombstone else answered.body)
    replies = list(
        comment.replies.select_related("author").exclude(status__in=[Comment.Status.DELETED, Comment.Status.REMOVED])
        .order_by("created_at", "id")[: FIRST_REPLIES + 1]
    )
    return Context(
        title=article.title, url=article.get_absolute_url(), parent=parent,
        replies=tuple((_who(r), r.body) for r in replies[:FIRST_REPLIES]), reply_count=len(replies),
    )


def explain(comment: Comment, words: str) -> None:
    """Replace what the author reads about why their comment waits (not its status)."""
    comment.status_reason = words[:300]
    comment.save(update_fields=["status_reason", "updated_at"])


def withdraw_url(comment: Comment) -> str:
    return reverse("threads:comment_delete", kwargs={"slug": comment.article.slug, "pk": comment.pk})


HANDLER = ContentHandler(
    noun="comment", apply=apply, describe=describe, url=url, text=lambda c: c.body,
    context=context, explain=explain, withdraw_url=withdraw_url,
)
