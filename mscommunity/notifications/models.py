from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class Notification(models.Model):
    """A message for one member, written by the system (never member text).

    Notifications about the same thing (``group_key``, e.g. ``"article:12"``
    for an article's conversation) on the same day are shown, counted and
    e-mailed as one group ("5 new comments in …"); see ``selectors.groups``.
    ``source_id`` names the row it tells about (a comment) so the group can
    show a short snippet of it, read from the owning app when the page is
    shown: no member text is ever copied here.
    """

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.SlugField(max_length=40)
    message = models.TextField()
    url = models.CharField(max_length=300, blank=True)
    group_key = models.CharField(
        max_length=60, blank=True, default="",
        help_text="What it is about, as 'prefix:id' (an article's conversation); empty: shown on its own.",
    )
    group_title = models.CharField(max_length=200, blank=True, default="",
                                   help_text="The name of what it is about (an article's title).")
    source_id = models.PositiveBigIntegerField(null=True, blank=True,
                                               help_text="The row it tells about (a comment), for its snippet.")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(
        null=True, blank=True,
        help_text="When it went out by e-mail (or in a digest, or was folded into an earlier e-mail "
                  "about the same conversation).",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at", "created_at"]), models.Index(fields=["emailed_at"]),
            models.Index(fields=["recipient", "group_key", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient_id}"


class Digest(models.Model):
    """One daily digest e-mail to one member: at most one a day, which is
    what makes a digest task that runs twice (or on two workers) send once.
    The next digest covers what came since this one (``services.send_digests``)."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests")
    day = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)
    notification_count = models.PositiveIntegerField()
    email = models.ForeignKey("OutgoingEmail", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["recipient", "day"], name="one_digest_a_day")]
        indexes = [models.Index(fields=["recipient", "-created_at"])]

    def __str__(self) -> str:
        return f"Digest for {self.recipient_id} on {self.day}"


class Follow(models.Model):
    """A member follows something (an article's thread, a treatment) — or,
    with ``muted``, has turned it off and is not followed again automatically."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    muted = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "content_type", "object_id"], name="one_follow_per_target"),
        ]
        indexes = [models.Index(fields=["content_type", "object_id", "muted"])]

    def __str__(self) -> str:
        return f"{self.user_id} {'mutes' if self.muted else 'follows'} {self.content_type_id}:{self.object_id}"


class OutgoingEmail(models.Model):
    """An e-mail waiting to be sent, or sent. Written in the same transaction
    as what caused it, sent after the commit, retried by
    ``manage.py send_notifications`` until it goes. Holds system text only."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.CASCADE, related_name="outgoing_emails"
    )
    to = models.EmailField()
    subject = models.CharField(max_length=200)
    text = models.TextField()
    html = models.TextField(blank=True)
    unsubscribe_url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"E-mail {self.pk} ({'sent' if self.sent_at else 'waiting'})"
