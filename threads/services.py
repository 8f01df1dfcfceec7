"""Writes for articles and comments. Member text goes through the ingest pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import can_post
from mscommunity.accounts.selectors import account_names
from mscommunity.moderation import pipeline
from threads.models import Article, Comment


@dataclass(frozen=True)
class CommentResult:
    """A stored comment and what the pipeline did to it (shown to the author)."""

    comment: Comment
    prepared: pipeline.Prepared


def _status_for(decision: str) -> str:
    if decision in {pipeline.PUBLISH, pipeline.PUBLISH_LABELED}:
        return Comment.Status.PUBLISHED
    if decision == pipeline.HOLD:
        return Comment.Status.HELD
    return Comment.Status.REJECTED


def _moderation_fields(prepared: pipeline.Prepared) -> dict:
    """The comment's status and notices for a pipeline decision."""
    held = prepared.decision in {pipeline.HOLD, pipeline.REJECT}
    return {
        "status": _status_for(prepared.decision),
        "medical_notice": prepared.labeled,
        "help_note": prepared.seeks_advice,
        "status_reason": "; ".join(r.text for r in prepared.reasons if r.code != "ok")[:300] if held else "",
    }


def _last_text(author: User) -> str | None:
    return Comment.objects.filter(author=author).order_by("-created_at", "-id").values_list("body", flat=True).first()


def comment_create(*, author: User, article: Article, parent: Comment | None, text: str) -> CommentResult:
    """Post ``text`` by ``author`` on ``article``, as a reply to ``parent`` if given.

    Raises ``PermissionDenied`` when the author may not post or comments are
    closed, ``ValidationError`` with member-facing messages when the text is
    not acceptable (nothing is stored then).
    """
    if not can_post(author):
        raise PermissionDenied("Verify your e-mail address before you post.")
    if not article.comments_open or article.status != Article.Status.PUBLISHED:
        raise PermissionDenied("Comments are closed on this article.")
    if parent is not None and parent.article_id != article.pk:
        raise ValidationError("You can only reply to a comment on the same article.")

    def save(prepared: pipeline.Prepared) -> Comment:
        return Comment.objects.create(
            article=article,
            parent=parent,
            root_id=(parent.root_id or parent.pk) if parent else None,
            depth=parent.depth + 1 if parent else 0,
            author=author,
            body=prepared.text,
            body_html=prepared.html,
            **_moderation_fields(prepared),
        )

    comment, prepared = pipeline.submit(
        text, kind="comment", save=save, author=author, author_names=account_names(author),
        previous_text=_last_text(author),
    )
    return CommentResult(comment=comment, prepared=prepared)


def comment_preview(*, author: User, text: str) -> pipeline.Prepared:
    """What posting ``text`` would store and show, without storing anything."""
    return pipeline.prepare(text, kind="comment", author=author, author_names=account_names(author))


@dataclass(frozen=True)
class ImportedComment:
    """One comment to bulk-load: ``key`` and ``parent_key`` link replies to parents."""

    key: str
    parent_key: str | None
    author: User | None
    text: str
    created_at: datetime


def comments_bulk_create(*, article: Article, items: Sequence[ImportedComment], batch_size: int = 2000) -> int:
    """Store many comments at once (seeding, imports), each through the pipeline.

    Parents must come before their replies in ``items``. A text that fails
    validation is skipped, and so are its replies (the thread stays
    consistent). Returns the number stored. One transaction; one bulk insert
    per depth level, so parents have keys before their replies are built.
    """
    by_depth: dict[int, list[tuple[ImportedComment, pipeline.Prepared]]] = {}
    depth_of: dict[str, int] = {}
    for item in items:
        if item.parent_key is not None and item.parent_key not in depth_of:
            continue
        names = account_names(item.author) if item.author else ()
        prepared = pipeline.prepare(item.text, kind="comment", author_names=names)
        if not prepared.accepted:
            continue
        depth = depth_of[item.parent_key] + 1 if item.parent_key is not None else 0
        depth_of[item.key] = depth
        by_depth.setdefault(depth, []).append((item, prepared))

    created: dict[str, Comment] = {}
    with transaction.atomic():
        for depth in sorted(by_depth):
            rows = []
            for item, prepared in by_depth[depth]:
                parent = created[item.parent_key] if item.parent_key is not None else None
                rows.append(
                    Comment(
                        article=article,
                        parent=parent,
                        root_id=(parent.root_id or parent.pk) if parent else None,
                        depth=depth,
                        author=item.author,
                        body=prepared.text,
                        body_html=prepared.html,
                        created_at=item.created_at,
                        **_moderation_fields(prepared),
                    )
                )
            Comment.objects.bulk_create(rows, batch_size=batch_size)
            for (item, _), row in zip(by_depth[depth], rows, strict=True):
                created[item.key] = row
            pipeline.record_many(
                [(row, prepared, item.author) for (item, prepared), row in zip(by_depth[depth], rows, strict=True)],
                kind="comment",
            )
    return len(created)
