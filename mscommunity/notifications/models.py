from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class Notification(models.Model):
    """A message for one member, written by the system (never member text)."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.SlugField(max_length=40)
    message = models.TextField()
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True, help_text="When it went out by e-mail (or in a digest).")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"]), models.Index(fields=["emailed_at"])]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient_id}"


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
