"""Writes for articles and comments. Member text goes through the ingest pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import can_post, is_moderator, posting_refusal
from mscommunity.accounts.selectors import account_names
from mscommunity.moderation import audit, pipeline, transitions
from mscommunity.moderation import services as moderation_services
from mscommunity.moderation.models import ModerationCase
from mscommunity.moderation.policy import Action, Reason
from mscommunity.moderation.transitions import ActorKind, ContentStatus
from mscommunity.notifications import selectors as notification_selectors
from mscommunity.notifications import services as notification_services
from threads import notification_groups
from threads.models import Article, ArticleVisit, Comment, CommentRevision, Reaction


@dataclass(frozen=True)
class CommentResult:
    """A stored comment and what the pipeline did to it (shown to the author)."""

    comment: Comment
    prepared: pipeline.Prepared


def _status_for(decision: Action | str) -> str:
    if decision in {Action.PUBLISH, Action.PUBLISH_LABELED}:
        return Comment.Status.PUBLISHED
    if decision == Action.HOLD:
        return Comment.Status.HELD
    return Comment.Status.REJECTED


def _moderation_fields(prepared: pipeline.Prepared) -> dict:
    """The comment's status and notices for a pipeline decision."""
    held = prepared.decision in {Action.HOLD, Action.REJECT}
    return {
        "status": _status_for(prepared.decision),
        "medical_notice": prepared.labeled,
        "help_note": prepared.seeks_advice,
        "support": prepared.support,
        "status_reason": "; ".join(r.text for r in prepared.reasons if r.code != "ok")[:300] if held else "",
    }


def _last_text(author: User) -> str | None:
    return Comment.objects.filter(author=author).order_by("-created_at", "-id").values_list("body", flat=True).first()


def comment_create(*, author: User, article: Article, parent: Comment | None, text: str) -> CommentResult:
    """Post ``text`` by ``author`` on ``article``, as a reply to ``parent`` if given.

    Only a published comment (or the author's own one waiting for review)
    can be answered: never a tombstone, nor anything hidden.

    Raises ``PermissionDenied`` when the author may not post or comments are
    closed, ``ValidationError`` with member-facing messages when the text is
    not acceptable or ``parent`` cannot be answered (nothing is stored then).
    """
    refusal = posting_refusal(author)
    if refusal:
        raise PermissionDenied(refusal)
    if not article.comments_open or article.status != Article.Status.PUBLISHED:
        raise PermissionDenied("Comments are closed on this article.")
    if parent is not None and parent.article_id != article.pk:
        raise ValidationError("You can only reply to a comment on the same article.")
    if parent is not None and not may_reply_to(user=author, comment=parent):
        raise ValidationError("This comment is no longer shown, so you cannot reply to it.")

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

    with transaction.atomic():
        comment, prepared = pipeline.submit(
            text, kind="comment", save=save, author=author, author_names=account_names(author),
            previous_text=_last_text(author),
        )
        notification_services.follow_automatically(user=author, target=article)
        if comment.status == Comment.Status.PUBLISHED:
            comment_published(comment=comment)
    return CommentResult(comment=comment, prepared=prepared)


def comment_published(*, comment: Comment) -> None:
    """Tell people about a comment that just became public: the author of the
    comment it answers (unless they muted the thread), then the thread's
    followers. Notifications are stored now; e-mails go after the commit."""
    article = comment.article
    author_name = comment.author.username if comment.author else "A former member"
    told: set[int] = {comment.author_id} if comment.author_id else set()
    muted = set(notification_selectors.muted_by(article))
    url = reverse("threads:comment", kwargs={"slug": article.slug, "pk": comment.pk})
    parent = comment.parent
    if parent is not None and parent.author_id and parent.author_id not in told | muted and parent.author.is_active:
        notification_services.notify(
            recipient=parent.author, kind="reply", url=url, about=notification_groups.about(article, comment),
            message=f"{author_name} replied to your comment on “{article.title}”.",
        )
        told.add(parent.author_id)
    notification_services.notify_followers(
        target=article, exclude=told, kind="thread", url=url, about=notification_groups.about(article, comment),
        message=f"{author_name} commented on “{article.title}”, a conversation you follow.",
    )


def may_reply_to(*, user: User, comment: Comment) -> bool:
    """A published comment, or the member's own comment waiting for review."""
    if comment.status == Comment.Status.PUBLISHED:
        return True
    return comment.status == Comment.Status.HELD and comment.author_id == user.pk


def may_edit(*, user: User, comment: Comment) -> bool:
    """Authors edit their own comment within the edit window; moderators always."""
    if comment.is_tombstone or comment.status == Comment.Status.REJECTED:
        return False
    if is_moderator(user):
        return True
    window = timedelta(hours=settings.COMMENT_EDIT_WINDOW_HOURS)
    return comment.author_id == user.pk and timezone.now() - comment.created_at <= window


def comment_edit(*, editor: User, comment: Comment, text: str) -> CommentResult:
    """Replace the text of ``comment``: the new text goes through the whole
    pipeline again (and may change the decision); the old version is kept as
    a revision for moderators; the public sees "edited". The new status goes
    through ``transitions``: an edit of a comment waiting for review keeps
    waiting (only a moderator lets it out), and removed or deleted comments
    cannot be edited at all.

    Raises ``PermissionDenied`` when ``editor`` may not edit it,
    ``ValidationError`` when the text is not acceptable or unchanged.
    """
    if not may_edit(user=editor, comment=comment):
        raise PermissionDenied("You can no longer edit this comment.")
    if not is_moderator(editor):
        refusal = posting_refusal(editor)
        if refusal:
            raise PermissionDenied(refusal)
    author = comment.author

    def save(prepared: pipeline.Prepared) -> Comment:
        if prepared.text == comment.body:
            raise ValidationError("You have not changed anything.")
        CommentRevision.objects.create(
            comment=comment, body=comment.body, body_html=comment.body_html, edited_by=editor
        )
        comment.body = prepared.text
        comment.body_html = prepared.html
        fields = _moderation_fields(prepared)
        target = ContentStatus(fields.pop("status"))
        if transitions.status_of(comment) == ContentStatus.HELD and target == ContentStatus.PUBLISHED:
            target = ContentStatus.HELD  # still waits: the open case is a moderator's to decide
            fields.pop("status_reason")
        transitions.transition(comment, target, actor_kind=ActorKind.PIPELINE)
        comment.medical_notice = fields["medical_notice"]
        comment.help_note = fields["help_note"]
        comment.support = fields["support"]
        if "status_reason" in fields:
            comment.status_reason = fields["status_reason"]
        comment.edited_at = timezone.now()
        comment.save()
        return comment

    comment, prepared = pipeline.submit(
        text, kind="comment", event="edited", save=save, author=author,
        author_names=account_names(author) if author else (),
    )
    return CommentResult(comment=comment, prepared=prepared)


def comment_delete(*, member: User, comment: Comment) -> bool:
    """The author deletes their comment. With replies it stays as a tombstone
    ("deleted by its author") so the thread is whole; without replies it goes,
    and so do tombstones left with no replies above it. Its text and earlier
    versions are erased either way; an audit event records the deletion.
    Returns True when a tombstone stays.
    """
    if comment.author_id != member.pk:
        raise PermissionDenied("You can only delete your own comments.")
    if comment.is_tombstone:
        raise ValidationError("This comment is already deleted.")
    with transaction.atomic():
        tombstone = _erase(comment)
        audit.record(action="comment.deleted_by_author", actor=member, content=comment if tombstone else None,
                     detail={"comment": comment.pk, "tombstone": tombstone})
    return tombstone


def erase_comment(comment: Comment) -> bool:
    """Erase a comment's text for good (its author leaves): a tombstone when it
    has replies, gone otherwise. Returns True for a tombstone."""
    return _erase(comment)


def _erase(comment: Comment) -> bool:
    """Erase ``comment``'s text: a tombstone when it has replies, gone otherwise
    (with any tombstoned parents left without replies). Returns True for a tombstone."""
    moderation_services.cases_close_for(content=comment, decision=ModerationCase.Decision.WITHDRAWN, reason="deleted")
    comment.revisions.all().delete()
    if comment.replies.exists():
        transitions.transition(comment, ContentStatus.DELETED, actor_kind=ActorKind.AUTHOR)
        comment.body = ""
        comment.body_html = ""
        comment.save(update_fields=["status", "body", "body_html", "updated_at"])
        return True
    parent = comment.parent
    comment.delete()
    while parent is not None and parent.is_tombstone and not parent.replies.exists():
        grandparent = parent.parent
        parent.delete()
        parent = grandparent
    return False


def comment_remove(*, moderator: User, comment: Comment, reason: str) -> Comment:
    """A moderator removes a comment with a reason: it becomes a tombstone
    ("removed by a moderator"), its text is kept for the record but never
    shown, open cases are closed, and the author is told why. Raises
    ``transitions.TransitionNotAllowed`` for a comment already removed or deleted."""
    if not is_moderator(moderator):
        raise PermissionDenied("Only moderators remove comments.")
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why, so the author understands.")
    with transaction.atomic():
        transitions.transition(comment, ContentStatus.REMOVED, actor_kind=ActorKind.MODERATOR)
        comment.status_reason = reason[:300]
        comment.save(update_fields=["status", "status_reason", "updated_at"])
        moderation_services.cases_close_for(content=comment, decision=ModerationCase.Decision.REJECTED, reason=reason)
        audit.record(action="comment.removed", actor=moderator, content=comment, detail={"reason": reason})
        if comment.author is not None:
            notification_services.notify(
                recipient=comment.author, kind="removed",
                url=reverse("threads:article", kwargs={"slug": comment.article.slug}),
                message=f"A moderator removed your comment on “{comment.article.title}”. Reason: {reason}.",
            )
    return comment


def reaction_toggle(*, member: User, comment: Comment, kind: str) -> bool:
    """Add ``member``'s reaction of ``kind`` to ``comment``, or take it back,
    bumping the comment's ``version`` in the same transaction (its cached
    markup shows the counts). Returns True when the reaction is now on."""
    if kind not in Reaction.Kind.values:
        raise ValidationError("Unknown reaction.")
    if not can_post(member):
        raise PermissionDenied(posting_refusal(member) or "You cannot react.")
    if comment.author_id == member.pk:
        raise PermissionDenied("You cannot react to your own comment.")
    if comment.status != Comment.Status.PUBLISHED:
        raise PermissionDenied("You can only react to published comments.")
    with transaction.atomic():
        Comment.bump_version(comment.pk)  # its public markup (the counts) changes
        deleted, _ = Reaction.objects.filter(comment=comment, member=member, kind=kind).delete()
        if deleted:
            return False
        try:
            with transaction.atomic():
                Reaction.objects.create(comment=comment, member=member, kind=kind)
        except IntegrityError:  # a double click raced us: it is on
            pass
        return True


# "New since your last visit": a break longer than VISIT_BREAK starts a new
# visit; the stored time is refreshed at most every VISIT_RESOLUTION (so most
# page views write nothing).
VISIT_BREAK = timedelta(minutes=30)
VISIT_RESOLUTION = timedelta(minutes=5)


def article_visit(*, member_id: int, article_id: int, visited_at: datetime | None, seen_before: datetime | None,
                  now: datetime, record: bool = True) -> datetime | None:
    """Record that member ``member_id`` reads article ``article_id`` at ``now``,
    given its visit row as the page's own query read it (``visited_at`` and
    ``seen_before``, None without a row), and return the moment after which
    comments are new to them (None on a first visit: nothing is marked).

    Within a visit (no break longer than ``VISIT_BREAK``) the answer stays the
    end of the previous visit, so reloading or paging keeps the markers. At
    most one query (an upsert, only when the row is missing, a new visit
    starts or the row is older than ``VISIT_RESOLUTION``); the upsert decides
    again in SQL, so two concurrent views cannot lose the previous visit.
    With ``record`` False nothing is written (the answer is the same).
    """
    if visited_at is None:
        baseline = None
    elif now - visited_at >= VISIT_BREAK:
        baseline = visited_at
    else:
        baseline = seen_before
        if now - visited_at < VISIT_RESOLUTION:
            return baseline
    if not record:
        return baseline
    table = connection.ops.quote_name(ArticleVisit._meta.db_table)
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {table} (member_id, article_id, visited_at, seen_before) VALUES (%s, %s, %s, NULL)
                ON CONFLICT (member_id, article_id) DO UPDATE SET
                  seen_before = CASE WHEN {table}.visited_at <= %s THEN {table}.visited_at
                                     ELSE {table}.seen_before END,
                  visited_at = excluded.visited_at""",  # noqa: S608 - only the table name is formatted in
            [member_id, article_id, adapt(now), adapt(now - VISIT_BREAK)],
        )
    return baseline


def comment_preview(*, author: User, text: str) -> pipeline.Prepared:
    """What posting ``text`` would store and show, without storing anything."""
    return pipeline.prepare(text, kind="comment", author=author, author_names=account_names(author))


@dataclass(frozen=True)
class ImportedComment:
    """One comment to bulk-load: ``key`` and ``parent_key`` link replies to parents.

    ``author_names``: more names of the writer to scrub (an imported
    commenter's old display name). ``hold_reason``: (code, text) to queue the
    comment for a moderator whatever the policy says (unapproved on the old site).
    ``import_key``: where it came from, kept so a second import skips it.
    """

    key: str
    parent_key: str | None
    author: User | None
    text: str
    created_at: datetime
    author_names: tuple[str, ...] = ()
    hold_reason: tuple[str, str] | None = None
    import_key: str | None = None


@dataclass
class BulkResult:
    """What a bulk load did: stored, personal data removed, held, skipped."""

    stored: int = 0
    personal_data_removed: int = 0
    held: int = 0
    invalid: int = 0
    orphaned: int = 0


def _prepare_imported(item: ImportedComment) -> pipeline.Prepared:
    names = (*(account_names(item.author) if item.author else ()), *item.author_names)
    prepared = pipeline.prepare(item.text, kind="comment", author_names=names)
    if prepared.accepted and item.hold_reason and prepared.decision != Action.REJECT:
        prepared = replace(prepared, decision=Action.HOLD, reasons=(*prepared.reasons, Reason(*item.hold_reason)))
    return prepared


def comments_bulk_create(
    *, article: Article, items: Sequence[ImportedComment], batch_size: int = 2000
) -> BulkResult:
    """Store many comments at once (seeding, imports), each through the pipeline.

    Parents must come before their replies in ``items``. A text that fails
    validation is skipped, and so are its replies (the thread stays
    consistent). Authors count as established members (no new-member rules).
    One transaction; one bulk insert per depth level, so parents have keys
    before their replies are built; cases and audit events via the pipeline.
    """
    result = BulkResult()
    by_depth: dict[int, list[tuple[ImportedComment, pipeline.Prepared]]] = {}
    depth_of: dict[str, int] = {}
    for item in items:
        if item.parent_key is not None and item.parent_key not in depth_of:
            result.orphaned += 1
            continue
        prepared = _prepare_imported(item)
        if not prepared.accepted:
            result.invalid += 1
            continue
        depth = depth_of[item.parent_key] + 1 if item.parent_key is not None else 0
        depth_of[item.key] = depth
        by_depth.setdefault(depth, []).append((item, prepared))
        result.personal_data_removed += len(prepared.redactions)
        result.held += prepared.decision in {Action.HOLD, Action.REJECT}

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
                        import_key=item.import_key,
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
    result.stored = len(created)
    return result
