"""Articles written by staff and the threaded comments members write under them.

Comments form an adjacency list (``parent``) with a denormalised ``root`` (the
top-level ancestor, null for a top-level comment) and ``depth`` (0 for a
top-level comment), so a page of top-level comments and all their replies can
be read in a constant number of queries and assembled in Python.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from mscommunity.sanitizer import clean_article_html


class ArticleQuerySet(models.QuerySet):
    def published(self) -> ArticleQuerySet:
        """Articles a visitor may read: published, and their time has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.TextField(blank=True, help_text="One or two plain sentences shown in lists and the feed.")
    body = models.TextField(help_text="HTML. Scripts, styles and WordPress shortcodes are removed on save.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True, help_text="When it appears; leave empty for now.")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    comments_open = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    import_key = models.CharField(
        max_length=120, null=True, blank=True, unique=True, editable=False,
        help_text="Where an imported article came from (e.g. its WordPress id), so a second import skips it.",
    )
    tags = models.CharField(max_length=500, blank=True, help_text="Categories and tags, comma-separated.")
    # Kept by database triggers (migration 0008), never by Python: see its docstring.
    # A migration that rebuilds threads_comment or accounts_user on SQLite drops them;
    # tests/threads/test_thread_version.py fails then.
    thread_version = models.PositiveBigIntegerField(
        default=0, editable=False,
        help_text="Bumped by database triggers whenever its thread page's public content changes; "
                  "the visitors' page cache is keyed by it.",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [models.Index(fields=["status", "-published_at"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # Invariant: a stored body is always sanitized, whichever path saved it.
        self.body = clean_article_html(self.body)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if not self._state.adding and kwargs.get("update_fields") is None:
            # Never write back a stale thread_version: the triggers own it.
            kwargs["update_fields"] = [f.name for f in self._meta.concrete_fields
                                       if not f.primary_key and f.name != "thread_version"]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("threads:article", kwargs={"slug": self.slug})


class Comment(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        HELD = "held", "Waiting for review"
        REJECTED = "rejected", "Rejected"
        DELETED = "deleted", "Deleted by its author"
        REMOVED = "removed", "Removed by a moderator"

    # PROTECT: member text never disappears because an article or parent was deleted.
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="comments")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="replies")
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="descendants"
    )
    depth = models.PositiveSmallIntegerField(default=0)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    body = models.TextField(help_text="As the member wrote it, after personal data was removed.")
    body_html = models.TextField(help_text="The body rendered by the sanitizer.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    medical_notice = models.BooleanField(default=False, help_text='Shown with the "not medical advice" notice.')
    help_note = models.BooleanField(
        default=False, help_text="Asks for medical advice: shown with where to find real help."
    )
    support = models.CharField(
        max_length=10, blank=True, default="", choices=[("crisis", "Crisis"), ("distress", "Having a hard time")],
        help_text="Help shown to its author by the post: crisis resources, or the gentle “having a hard time” box.",
    )
    status_reason = models.CharField(
        max_length=300, blank=True, help_text="Why it waits or was not published, in words its author reads."
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    import_key = models.CharField(max_length=120, null=True, blank=True, unique=True, editable=False)
    version = models.PositiveIntegerField(
        default=1, editable=False,
        help_text="Bumped in the database by every write to the comment, its reactions or its status; "
                  "rendered thread fragments are cached under it.",
    )

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["article", "depth", "status", "created_at"]),
            models.Index(fields=["root", "created_at"]),
            models.Index(fields=["author", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"Comment {self.pk} on {self.article_id}"

    def save(self, *args, **kwargs) -> None:
        """Save, bumping ``version`` in the database (``version + 1``, atomic under
        concurrent writers) on every update, whichever fields are saved.

        Contract: after an update ``version`` is deferred (read again on first
        access), so a stale number is never kept on the instance. Writes that
        bypass ``save`` (``QuerySet.update``) must bump ``version`` themselves,
        as ``bump_version`` does.
        """
        if not self._state.adding and self.pk is not None:
            self.version = models.F("version") + 1
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "version", "updated_at"}
            super().save(*args, **kwargs)
            del self.__dict__["version"]
            return
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("threads:comment", kwargs={"slug": self.article.slug, "pk": self.pk})

    @classmethod
    def bump_version(cls, pk: int) -> None:
        """Mark comment ``pk`` changed (e.g. a reaction was added or taken back). One UPDATE."""
        cls.objects.filter(pk=pk).update(version=models.F("version") + 1, updated_at=timezone.now())

    @property
    def is_tombstone(self) -> bool:
        return self.status in {self.Status.DELETED, self.Status.REMOVED}


class CommentRevision(models.Model):
    """An earlier version of a comment, kept when its author edits it.
    Moderators can read the history; the public sees only "edited"."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    body_html = models.TextField()
    replaced_at = models.DateTimeField(default=timezone.now)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["comment", "-replaced_at", "-id"]

    def __str__(self) -> str:
        return f"Revision of comment {self.comment_id} replaced {self.replaced_at:%Y-%m-%d %H:%M}"


class Reaction(models.Model):
    """A member's "Helpful", "Thank you" or "Me too" on a comment (no dislikes)."""

    class Kind(models.TextChoices):
        HELPFUL = "helpful", "Helpful"
        THANKS = "thanks", "Thank you"
        ME_TOO = "me_too", "Me too"

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reactions")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "member", "kind"], name="one_reaction_of_a_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} on {self.comment_id}"


class ArticleVisit(models.Model):
    """When a member last read an article's conversation: what "new since your
    last visit" is measured from. One row per member and article, written by
    ``services.article_visit`` (at most once per ``VISIT_RESOLUTION``).

    ``visited_at`` is the latest recorded view; ``seen_before`` the end of the
    previous visit (the views before a break of ``VISIT_BREAK``), so that the
    markers stay put while the member reads on, reloads or pages through.
    Personal data: exported with the member's data, deleted with the account.
    """

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="article_visits")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="visits")
    visited_at = models.DateTimeField()
    seen_before = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "article"], name="one_visit_row_per_article")]

    def __str__(self) -> str:
        return f"Visit of {self.member_id} to {self.article_id}"
