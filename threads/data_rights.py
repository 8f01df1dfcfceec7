"""What threads hold about a member, for export and account deletion."""

from __future__ import annotations

from mscommunity.accounts.models import User
from threads.models import ArticleVisit, Comment, Reaction


def export(user: User) -> list[dict]:
    comments = Comment.objects.filter(author=user).select_related("article").prefetch_related("revisions")
    return [
        {
            "id": c.pk,
            "article": c.article.title,
            "url": c.get_absolute_url(),
            "in_reply_to": c.parent_id,
            "created_at": c.created_at.isoformat(),
            "edited_at": c.edited_at.isoformat() if c.edited_at else None,
            "status": c.get_status_display(),
            "text": c.body,
            "earlier_versions": [
                {"replaced_at": r.replaced_at.isoformat(), "text": r.body} for r in c.revisions.all()
            ],
        }
        for c in comments.order_by("created_at")
    ]


def export_reactions(user: User) -> list[dict]:
    return [
        {"comment": r.comment_id, "reaction": r.get_kind_display(), "created_at": r.created_at.isoformat()}
        for r in Reaction.objects.filter(member=user).order_by("created_at")
    ]


def export_visits(user: User) -> list[dict]:
    """When the member last read each conversation ("new since your last visit")."""
    visits = ArticleVisit.objects.filter(member=user).select_related("article").order_by("-visited_at")
    return [
        {"article": v.article.title, "last_read_at": v.visited_at.isoformat(),
         "previous_visit_ended_at": v.seen_before.isoformat() if v.seen_before else None}
        for v in visits
    ]


def erase(user: User, remove_content: bool) -> dict[str, int]:
    """Remove the member's comments (tombstones where others replied) or keep them as "former member"."""
    from django.db.models import F

    from threads.services import erase_comment

    # Their reactions go with the user row (CASCADE): the reaction counts of the
    # comments they reacted to change, so those comments' cached markup must too.
    Comment.objects.filter(reactions__member=user).update(version=F("version") + 1)
    comments = list(Comment.objects.filter(author=user).exclude(status__in=[Comment.Status.DELETED]))
    if not remove_content:
        return {"comments_kept": len(comments)}
    # Deepest first, so a reply is gone before its parent is looked at.
    tombstones = 0
    for comment in sorted(comments, key=lambda c: -c.depth):
        comment.refresh_from_db()
        tombstones += erase_comment(comment)
    return {"comments_removed": len(comments), "tombstones": tombstones}
