"""How moderation decisions apply to comments (registered in ThreadsConfig.ready)."""

from __future__ import annotations

from django.urls import reverse

from mscommunity.moderation.policy import Action
from mscommunity.moderation.registry import ContentHandler
from threads.models import Comment


def apply(comment: Comment, outcome: Action | str) -> None:
    """Put ``comment`` in the state for a moderation ``outcome`` and save it.

    A rejected comment that has visible replies becomes a tombstone ("removed
    by a moderator") so the conversation stays whole.
    """
    if outcome in {Action.PUBLISH, Action.PUBLISH_LABELED}:
        newly_public = comment.status != Comment.Status.PUBLISHED
        comment.status = Comment.Status.PUBLISHED
        comment.medical_notice = outcome == Action.PUBLISH_LABELED
        comment.status_reason = ""
        comment.save(update_fields=["status", "medical_notice", "status_reason", "updated_at"])
        if newly_public:
            from threads.services import comment_published  # services import this module's app

            comment_published(comment=comment)
        return
    elif outcome == Action.HOLD:
        comment.status = Comment.Status.HELD
    elif outcome == Action.REJECT:
        has_replies = comment.replies.filter(status=Comment.Status.PUBLISHED).exists()
        comment.status = Comment.Status.REMOVED if has_replies else Comment.Status.REJECTED
    else:
        raise ValueError(f"unknown outcome {outcome!r}")
    comment.save(update_fields=["status", "medical_notice", "status_reason", "updated_at"])


def describe(comment: Comment) -> str:
    return f"your comment on “{comment.article.title}”"


def url(comment: Comment) -> str:
    return reverse("threads:comment", kwargs={"slug": comment.article.slug, "pk": comment.pk})


HANDLER = ContentHandler(noun="comment", apply=apply, describe=describe, url=url, text=lambda c: c.body)
