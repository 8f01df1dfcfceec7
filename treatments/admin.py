"""Staff keep the directory (treatments, clinics); moderators read reports here.
Decisions on reports go through the moderation queue, never through this admin."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html

from mscommunity.moderation.models import ModerationCase
from treatments import choices, services
from treatments.models import Clinic, ExperienceReport, Treatment

RESERVED_SLUGS = {"report", "reports", "suggest"}


class TreatmentAdminForm(forms.ModelForm):
    ms_types = forms.MultipleChoiceField(
        choices=[c for c in choices.MS_TYPE_CHOICES if c[0] != choices.NOT_SURE], required=False,
        widget=forms.CheckboxSelectMultiple, label="Approved for (or mainly used in)",
    )

    class Meta:
        model = Treatment
        fields = ["name", "slug", "kind", "description", "ms_types", "known_as", "synonyms", "evidence_articles"]

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError("This address is used by the directory itself; choose another.")
        return slug


@admin.register(Treatment)
class TreatmentAdmin(admin.ModelAdmin):
    form = TreatmentAdminForm
    list_display = ["name", "kind", "approved_reports"]
    list_filter = ["kind"]
    search_fields = ["name", "synonyms", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["evidence_articles"]  # ArticleAdmin's search; the article form links them too

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            n_approved=Count("reports", filter=Q(reports__status=ExperienceReport.Status.APPROVED))
        )

    @admin.display(description="approved reports", ordering="n_approved")
    def approved_reports(self, obj: Treatment) -> int:
        return obj.n_approved

    def has_delete_permission(self, request, obj=None):
        # A treatment with reports is never deleted (PROTECT); staff may remove an empty one.
        return super().has_delete_permission(request, obj) and (obj is None or not obj.reports.exists())


@admin.register(Clinic)
class ClinicAdmin(admin.ModelAdmin):
    list_display = ["name", "city", "country", "status", "suggested_by", "created_at"]
    list_filter = ["status", "country"]
    list_select_related = ["suggested_by"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name", "city"]}
    filter_horizontal = ["treatments"]
    readonly_fields = ["suggested_by", "created_at"]
    actions = ["approve", "turn_down"]

    def _decide(self, request, queryset, approve: bool) -> None:
        done = 0
        for clinic in queryset:
            try:
                services.clinic_decide(clinic=clinic, staff=request.user, approve=approve)
                done += 1
            except PermissionDenied as denied:
                self.message_user(request, str(denied), level=messages.ERROR)
                return
        self.message_user(request, f"{done} clinic(s) {'approved' if approve else 'turned down'}.")

    @admin.action(description="Approve: show in the directory and the report form", permissions=["change"])
    def approve(self, request, queryset):
        self._decide(request, queryset, approve=True)

    @admin.action(description="Turn down the suggestion", permissions=["change"])
    def turn_down(self, request, queryset):
        self._decide(request, queryset, approve=False)


@admin.register(ExperienceReport)
class ExperienceReportAdmin(admin.ModelAdmin):
    """Read-only: member text changes only through the pipeline, decisions only through the queue."""

    list_display = ["pk", "treatment", "status", "ms_type", "outcome", "author", "created_at"]
    list_filter = ["status", "treatment", "ms_type", "outcome"]
    list_select_related = ["treatment", "author"]
    search_fields = ["story", "treatment__name"]
    readonly_fields = [*(f.name for f in ExperienceReport._meta.fields if f.name != "story_html"), "case_link"]
    exclude = ["story_html"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="moderation")
    def case_link(self, obj: ExperienceReport):
        case = (
            ModerationCase.objects.filter(
                content_type=ContentType.objects.get_for_model(ExperienceReport), object_id=obj.pk
            ).order_by("-created_at").first()
        )
        if case is None:
            return "—"
        url = reverse("admin:moderation_moderationcase_change", args=[case.pk])
        return format_html('<a href="{}">Case {} ({})</a>', url, case.pk, case.get_status_display())
