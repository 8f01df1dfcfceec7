"""The treatment directory: treatments, clinics and members' experience reports.

Invariants
----------
* A report's ``story``/``story_html`` are written only by ``treatments.services``
  through the ingest pipeline (scrubbed text and its sanitized HTML).
* Only ``APPROVED`` reports count in aggregates; a report is approved only by a
  moderator's decision in the queue (``treatments.moderation.apply``).
* A single report is never shown to anyone but its author and moderators:
  pages and downloads show aggregates of groups of at least
  ``settings.TREATMENTS_MIN_GROUP_SIZE`` reports.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from treatments import choices


class Treatment(models.Model):
    """A canonical treatment, loaded from ``treatments.vocabulary`` and edited by staff."""

    class Kind(models.TextChoices):
        DMT = "dmt", "Disease-modifying drug"
        PROCEDURE = "procedure", "Procedure"
        SYMPTOM = "symptom", "Symptom or relapse treatment"
        LIFESTYLE = "lifestyle", "Lifestyle and supplements"

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120, help_text="The generic (canonical) name.")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    description = models.TextField(help_text="Two or three short, neutral sentences. Never advice.")
    ms_types = models.JSONField(
        default=list, blank=True, help_text="MS types it is approved for (or mainly used in), e.g. [\"RRMS\"]."
    )
    synonyms = models.TextField(
        blank=True, help_text="Brand names, other generic names and common misspellings, one per line. "
        "All are found by the search; none is shown."
    )
    known_as = models.CharField(
        max_length=200, blank=True, help_text="Brand and other names shown on the pages, separated by commas."
    )
    evidence_articles = models.ManyToManyField(
        "threads.Article", blank=True, related_name="related_treatments",
        help_text="Articles about the research on this treatment.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("treatments:detail", kwargs={"slug": self.slug})

    @property
    def synonym_list(self) -> list[str]:
        return [line.strip() for line in self.synonyms.splitlines() if line.strip()]

    @property
    def brand_names(self) -> list[str]:
        """The other names shown on pages (never the misspellings)."""
        return [name.strip() for name in self.known_as.split(",") if name.strip()]

    @property
    def ms_type_labels(self) -> list[str]:
        return [choices.MS_TYPE_SHORT.get(t, t) for t in self.ms_types]


class ClinicQuerySet(models.QuerySet):
    def approved(self) -> ClinicQuerySet:
        return self.filter(status=Clinic.Status.APPROVED)


class Clinic(models.Model):
    """A place where treatments are given. Members suggest; staff approve."""

    class Status(models.TextChoices):
        PENDING = "pending", "Suggested, waiting for staff"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Not added"

    name = models.CharField(max_length=160)
    slug = models.SlugField(max_length=180, unique=True)
    city = models.CharField(max_length=100)
    country = models.CharField(max_length=2, choices=choices.COUNTRIES)
    treatments = models.ManyToManyField(Treatment, blank=True, related_name="clinics")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    suggested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="suggested_clinics"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = ClinicQuerySet.as_manager()

    class Meta:
        ordering = ["name", "city"]

    def __str__(self) -> str:
        return f"{self.name}, {self.city}"

    def get_absolute_url(self) -> str:
        return reverse("treatments:clinic", kwargs={"slug": self.slug})


class ReportQuerySet(models.QuerySet):
    def approved(self) -> ReportQuerySet:
        return self.filter(status=ExperienceReport.Status.APPROVED)


def _edss_validators() -> list:
    return [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("10"))]


class ExperienceReport(models.Model):
    """One member's experience of one treatment."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for a moderator"
        APPROVED = "approved", "Approved: counts in the figures"
        REJECTED = "rejected", "Not accepted"
        WITHDRAWN = "withdrawn", "Withdrawn by its author"

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="treatment_reports"
    )
    treatment = models.ForeignKey(Treatment, on_delete=models.PROTECT, related_name="reports")
    clinic = models.ForeignKey(Clinic, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports")
    country = models.CharField(max_length=2, blank=True, choices=choices.COUNTRIES)
    year_started = models.PositiveSmallIntegerField(validators=[MinValueValidator(choices.FIRST_YEAR)])
    ms_type = models.CharField(max_length=6, choices=choices.MS_TYPE_CHOICES)
    edss_before = models.DecimalField(max_digits=3, decimal_places=1, null=True, blank=True,
                                      validators=_edss_validators())
    edss_after = models.DecimalField(max_digits=3, decimal_places=1, null=True, blank=True,
                                     validators=_edss_validators())
    followup_months = models.PositiveSmallIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=12, choices=choices.OUTCOME_CHOICES)
    side_effects = models.JSONField(
        default=dict, blank=True, help_text='Side effect code → severity, e.g. {"fatigue": "mild"}.'
    )
    cost_band = models.CharField(max_length=12, blank=True, choices=choices.COST_BAND_CHOICES)
    currency = models.CharField(max_length=3, blank=True, choices=choices.CURRENCY_CHOICES)
    story = models.TextField(blank=True, help_text="As the member wrote it, after personal data was removed.")
    story_html = models.TextField(blank=True, help_text="The story rendered by the sanitizer.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    medical_notice = models.BooleanField(default=False, help_text='Shown with the "not medical advice" notice.')
    status_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["treatment", "status"]),
            models.Index(fields=["clinic", "status"]),
            models.Index(fields=["author", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"Report {self.pk} on {self.treatment_id}"

    def get_absolute_url(self) -> str:
        return reverse("treatments:report", kwargs={"pk": self.pk})

    @property
    def edss_change(self) -> Decimal | None:
        if self.edss_before is None or self.edss_after is None:
            return None
        return self.edss_after - self.edss_before

    @property
    def side_effect_rows(self) -> list[tuple[str, str]]:
        """(side effect label, severity label) for display to the author."""
        return [
            (choices.SIDE_EFFECT_LABELS.get(code, code), choices.SEVERITY_LABELS.get(sev, sev))
            for code, sev in self.side_effects.items()
        ]

    @property
    def is_withdrawn(self) -> bool:
        return self.status == self.Status.WITHDRAWN
