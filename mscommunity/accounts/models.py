"""The member account. The username is the public pseudonym; e-mail is never shown."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone


class User(AbstractUser):
    """A member, moderator or staff editor.

    Custom from the start so later fields (profile, imported members) need no
    swap of the user model.
    """

    class EmailMode(models.TextChoices):
        IMMEDIATE = "immediate", "As soon as something happens"
        DAILY = "daily", "Once a day, in one e-mail"
        OFF = "off", "Never: I will look on the site"

    is_imported = models.BooleanField(
        default=False, help_text="Wrote on the old site; brought across by an import and cannot sign in."
    )
    email_mode = models.CharField(
        "e-mail me about notifications", max_length=10, choices=EmailMode.choices, default=EmailMode.IMMEDIATE
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    @property
    def public_name(self) -> str:
        """The name shown beside everything the member writes."""
        return self.username


class PseudonymHistory(models.Model):
    """A member's earlier pseudonym, kept for moderators (never shown publicly).

    Written only by ``services.pseudonym_change``; goes with the member's
    account when they delete it.
    """

    member = models.ForeignKey(User, on_delete=models.CASCADE, related_name="pseudonym_history")
    old_name = models.CharField(max_length=150, db_index=True)
    new_name = models.CharField(max_length=150)
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-changed_at", "-id"]
        verbose_name = "earlier pseudonym"
        verbose_name_plural = "earlier pseudonyms"

    def __str__(self) -> str:
        return f"{self.old_name} → {self.new_name}"
