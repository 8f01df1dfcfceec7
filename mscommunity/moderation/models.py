"""The moderation queue, the policy table moderators edit, flags and the audit trail.

A ``ModerationCase`` points at any piece of member content (a comment now,
treatment reports and profiles later) through a generic relation. Its
``CaseReason`` rows say why it is in the queue, with the evidence (phrases of
the stored, already-scrubbed text with their offsets), so the queue can be
filtered by reason on every database.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from mscommunity.moderation import policy


def validate_condition(value: str) -> None:
    """A rule's condition must be in the policy language (see policy.py)."""
    try:
        policy.parse_condition(value)
    except ValueError as error:
        raise ValidationError(str(error)) from None


class PolicyRule(models.Model):
    """One row of the moderation policy (see ``mscommunity.moderation.policy``).

    Every enabled rule whose condition holds contributes its action and
    reason; the strictest action wins (reject > hold > publish with notice >
    publish) and the most urgent priority is kept.
    """

    position = models.PositiveSmallIntegerField(default=100, help_text="Rules are listed from the lowest number up.")
    condition = models.CharField(
        max_length=200, validators=[validate_condition],
        help_text="When the rule applies, e.g. “crisis”, “spam >= 0.95 and not crisis”, "
        "“new_member and first_post and has_links”, “always”.",
    )
    action = models.CharField(max_length=16, choices=policy.ACTION_CHOICES)
    priority = models.PositiveSmallIntegerField(default=50, help_text="Queue urgency: 0 is the most urgent.")
    reason_code = models.SlugField(max_length=40)
    reason_text = models.CharField(
        max_length=300, help_text="Plain words the author reads: “it gives advice about treatment”."
    )
    needs_followup = models.BooleanField(default=False, help_text="Queue for a moderator even when published.")
    medical_notice = models.BooleanField(default=False, help_text="Show the “not medical advice” notice.")
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.condition} → {self.get_action_display()}"

    def as_rule(self) -> policy.PolicyRule:
        return policy.PolicyRule(
            self.condition, self.action, self.priority, self.reason_code, self.reason_text,
            needs_followup=self.needs_followup, medical_notice=self.medical_notice,
        )


class ModerationCase(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Waiting for a moderator"
        ESCALATED = "escalated", "Escalated"
        DECIDED = "decided", "Decided"

    class Decision(models.TextChoices):
        APPROVED = "approved", "Approved"
        APPROVED_LABELED = "approved_labeled", "Approved with the medical-advice notice"
        REJECTED = "rejected", "Rejected"
        FOLLOWED_UP = "followed_up", "Followed up"
        WITHDRAWN = "withdrawn", "Withdrawn by its author"

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    content = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation_cases"
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    priority = models.PositiveSmallIntegerField(default=50, help_text="0 is the most urgent.")
    pipeline_decision = models.CharField(max_length=16, choices=policy.ACTION_CHOICES)
    personal_data_uncertain = models.BooleanField(default=False)
    evidence = models.JSONField(default=dict, blank=True, help_text="Labels with scores and matched phrases.")
    created_at = models.DateTimeField(default=timezone.now)
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    decision_reason = models.TextField(blank=True, help_text="What the author is told.")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    appeal_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="appeal_cases",
        help_text="The decided case whose author asked for a second look (a different moderator decides).",
    )

    class Meta:
        ordering = ["priority", "created_at"]
        indexes = [
            models.Index(fields=["status", "priority", "created_at"]),
            models.Index(fields=["content_type", "object_id"]),
        ]
        permissions = [("decide_moderationcase", "Can decide moderation cases")]

    def __str__(self) -> str:
        who = self.author.username if self.author_id and self.author else "a former member"
        return f"Case {self.pk} about a post by {who}"

    @property
    def decided_automatically(self) -> bool:
        """Decided without a person (the policy or members' flags), as the author is told."""
        return self.status == self.Status.DECIDED and self.decided_by_id is None

    @property
    def is_open(self) -> bool:
        return self.status != self.Status.DECIDED


class CaseReason(models.Model):
    """Why a case is in the queue: a reason code with the words the author reads."""

    case = models.ForeignKey(ModerationCase, on_delete=models.CASCADE, related_name="reasons")
    code = models.SlugField(max_length=40, db_index=True)
    text = models.CharField(max_length=200)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.code


class Flag(models.Model):
    """A member's report that a piece of content needs a moderator's look."""

    class Reason(models.TextChoices):
        PERSONAL_DATA = "personal_data", "It contains someone's personal details"
        MEDICAL_ADVICE = "medical_advice", "It gives risky medical advice"
        SPAM = "spam", "It is spam or advertising"
        UNKIND = "unkind", "It is unkind, abusive or harassing"
        CRISIS = "crisis", "The writer may be in danger"
        OTHER = "other", "Something else"

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    content = GenericForeignKey("content_type", "object_id")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "member"], name="one_flag_per_member"),
        ]

    def __str__(self) -> str:
        return f"Flag {self.reason} on {self.content_type_id}:{self.object_id}"


class AuditEvent(models.Model):
    """An immutable record of something that happened to member content.

    ``detail`` never holds member text or personal data: codes, counts and
    decisions only.
    """

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=40)
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    case = models.ForeignKey(ModerationCase, null=True, blank=True, on_delete=models.PROTECT, related_name="events")
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.action} at {self.created_at:%Y-%m-%d %H:%M}"


class Suspension(models.Model):
    """A moderator stops a member posting until ``until``, with a reason the member reads."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suspensions")
    until = models.DateTimeField()
    reason = models.CharField(max_length=300, help_text="The member reads this.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    lifted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["member", "until"])]

    def __str__(self) -> str:
        return f"Suspension of {self.member.username} until {self.until:%d %B %Y}"


class Appeal(models.Model):
    """An author's request for a second look at a decision about their content
    (EU DSA Art. 20): once per decision, with a short note that went through
    the ingest pipeline (kind ``appeal``). It opens ``review_case``, which a
    moderator other than the first one decides."""

    class Status(models.TextChoices):
        PUBLISHED = "published", "Sent to the moderators"
        HELD = "held", "Waiting for a moderator"
        REJECTED = "rejected", "Not accepted"

    case = models.OneToOneField(ModerationCase, on_delete=models.PROTECT, related_name="appeal")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="appeals")
    note = models.TextField(help_text="The author's words, after personal data was removed.")
    note_html = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    review_case = models.OneToOneField(
        ModerationCase, null=True, blank=True, on_delete=models.PROTECT, related_name="appeal_reviewed"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Appeal against case {self.case_id}"

