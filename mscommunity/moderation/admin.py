"""The moderators' queue, in the Django admin.

A case's change page is the decision form: the content with its evidence
highlighted and the author's history above, the decision below. Bulk
actions on the list do the same for many cases at once.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince

from mscommunity.moderation import failures, registry, services
from mscommunity.moderation.models import (
    AuditEvent,
    CaseReason,
    Flag,
    ModerationCase,
    PolicyRule,
    Suspension,
)
from mscommunity.moderation.text import highlight


class ReasonFilter(admin.SimpleListFilter):
    title = "reason"
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        codes = CaseReason.objects.order_by("code").values_list("code", flat=True).distinct()
        return [(code, code.replace("_", " ")) for code in codes]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(reasons__code=self.value()).distinct()
        return queryset


class DecisionForm(forms.ModelForm):
    """The moderator's decision on one case."""

    DECISIONS = [("", "No decision yet"), *ModerationCase.Decision.choices, ("escalate", "Escalate")]

    action = forms.ChoiceField(choices=DECISIONS, required=False, widget=forms.RadioSelect, label="Decision")
    reason_template = forms.ChoiceField(
        choices=[("", "—"), *services.REJECTION_TEMPLATES.items()], required=False, label="Reason (for a rejection)"
    )
    reason_note = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}), label="Your words to the author (optional)",
        help_text="The author reads this. No medical advice, no personal details.",
    )

    class Meta:
        model = ModerationCase
        fields: list[str] = []

    def reason(self) -> str:
        parts = [services.REJECTION_TEMPLATES.get(self.cleaned_data.get("reason_template") or "", ""),
                 self.cleaned_data.get("reason_note", "").strip()]
        return ". ".join(p for p in parts if p)


@admin.register(ModerationCase)
class ModerationCaseAdmin(admin.ModelAdmin):
    form = DecisionForm
    list_display = ["case", "priority_label", "reason_list", "age", "author_name", "excerpt", "status"]
    list_display_links = ["case"]
    list_filter = [ReasonFilter, "status", "pipeline_decision", "personal_data_uncertain", "decision"]
    list_select_related = ["author", "content_type"]
    ordering = ["status", "priority", "created_at"]
    actions = ["approve", "approve_with_notice", "reject_with_reason", "escalate", "mark_followed_up"]
    readonly_fields = [
        "status", "priority", "reasons_shown", "content_shown", "evidence_shown", "author_history",
        "pipeline_decision", "personal_data_uncertain", "created_at", "decision", "decision_reason",
        "decided_by", "decided_at", "history",
    ]
    fieldsets = [
        ("The post", {"fields": ["reasons_shown", "content_shown", "evidence_shown", "personal_data_uncertain"]}),
        ("The author", {"fields": ["author_history"]}),
        ("Decide", {"fields": ["action", "reason_template", "reason_note"]}),
        ("Case", {"fields": ["status", "priority", "pipeline_decision", "created_at", "decision", "decision_reason",
                             "decided_by", "decided_at", "history"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("reasons", "content")

    def changelist_view(self, request, extra_context=None):
        broken = failures.total(days=1)
        if broken and request.method == "GET":
            messages.warning(request, f"Safety checks broke {broken} time{'s' if broken != 1 else ''} today: "
                                      "those posts were refused or are held at the top of this queue.")
        return super().changelist_view(request, extra_context)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    # --- list columns -------------------------------------------------------
    @admin.display(description="case", ordering="pk")
    def case(self, obj: ModerationCase) -> str:
        return f"#{obj.pk}"

    @admin.display(description="priority", ordering="priority")
    def priority_label(self, obj: ModerationCase) -> str:
        return {0: "Urgent"}.get(obj.priority, "High" if obj.priority < 30 else "Normal")

    @admin.display(description="reasons")
    def reason_list(self, obj: ModerationCase) -> str:
        return ", ".join(r.code.replace("_", " ") for r in obj.reasons.all())

    @admin.display(description="waiting", ordering="created_at")
    def age(self, obj: ModerationCase) -> str:
        return timesince(obj.created_at, timezone.now())

    @admin.display(description="author", ordering="author__username")
    def author_name(self, obj: ModerationCase) -> str:
        return obj.author.username if obj.author else "former member"

    @admin.display(description="post")
    def excerpt(self, obj: ModerationCase) -> str:
        if obj.content is None:
            return "(gone)"
        text = registry.handler_for(obj.content).text(obj.content)
        return text[:120] + ("…" if len(text) > 120 else "")

    # --- change page ---------------------------------------------------------
    @admin.display(description="reasons")
    def reasons_shown(self, obj: ModerationCase):
        return format_html_join("", "<p><strong>{}</strong>: {}</p>", ((r.code, r.text) for r in obj.reasons.all()))

    @admin.display(description="post, as stored (personal data already removed)")
    def content_shown(self, obj: ModerationCase):
        if obj.content is None:
            return "(gone)"
        handler = registry.handler_for(obj.content)
        spans = [(e["start"], e["end"]) for label in obj.evidence.get("labels", []) for e in label.get("evidence", [])]
        return format_html(
            '<div class="moderation-content">{}</div><p><a href="{}">See it on the site</a></p>',
            highlight(handler.text(obj.content), spans), handler.url(obj.content),
        )

    @admin.display(description="evidence")
    def evidence_shown(self, obj: ModerationCase):
        rows = (
            (label["name"], f'{label.get("score", 0):.2f}', "; ".join(e["phrase"] for e in label.get("evidence", [])))
            for label in obj.evidence.get("labels", [])
        )
        return format_html_join("", "<p><strong>{}</strong> (score {}): “{}”</p>", rows) or "—"

    @admin.display(description="author")
    def author_history(self, obj: ModerationCase):
        if obj.author is None:
            return "Former member"
        counts = ModerationCase.objects.filter(author=obj.author).exclude(pk=obj.pk).aggregate(
            approved=Count("pk", filter=Q(decision__in=["approved", "approved_labeled"])),
            rejected=Count("pk", filter=Q(decision="rejected")),
        )
        return format_html(
            "{} · joined {} · earlier cases: {} approved, {} rejected",
            obj.author.username, obj.author.date_joined.strftime("%d %B %Y"), counts["approved"], counts["rejected"],
        )

    @admin.display(description="history")
    def history(self, obj: ModerationCase):
        events = obj.events.select_related("actor").order_by("created_at")
        return format_html_join(
            "", "<p>{} · {} · {}</p>",
            ((e.created_at.strftime("%d %b %Y %H:%M"), e.action, e.actor.username if e.actor else "system")
             for e in events),
        ) or "—"

    def save_model(self, request: HttpRequest, obj: ModerationCase, form: DecisionForm, change: bool) -> None:
        action = form.cleaned_data.get("action")
        if not action:
            return
        try:
            if action == "escalate":
                services.case_escalate(case=obj, moderator=request.user, note=form.reason())
            else:
                services.case_decide(case=obj, moderator=request.user, decision=action, reason=form.reason())
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("moderation.decide_moderationcase")

    # --- bulk actions ----------------------------------------------------------
    def _decide_all(self, request, queryset, decision: str, reason: str = "") -> None:
        done, problems = 0, []
        for case in queryset:
            try:
                services.case_decide(case=case, moderator=request.user, decision=decision, reason=reason)
                done += 1
            except (ValidationError, PermissionDenied) as error:
                problems.append(f"case {case.pk}: {' '.join(getattr(error, 'messages', [str(error)]))}")
        self.message_user(request, f"{done} case(s) decided.")
        for problem in problems:
            self.message_user(request, problem, level=messages.WARNING)

    @admin.action(description="Approve", permissions=["change"])
    def approve(self, request, queryset):
        self._decide_all(request, queryset, ModerationCase.Decision.APPROVED)

    @admin.action(description="Approve with the “not medical advice” notice", permissions=["change"])
    def approve_with_notice(self, request, queryset):
        self._decide_all(request, queryset, ModerationCase.Decision.APPROVED_LABELED)

    @admin.action(description="Mark as followed up (the post stays as it is)", permissions=["change"])
    def mark_followed_up(self, request, queryset):
        self._decide_all(request, queryset, ModerationCase.Decision.FOLLOWED_UP)

    @admin.action(description="Escalate", permissions=["change"])
    def escalate(self, request, queryset):
        for case in queryset:
            try:
                services.case_escalate(case=case, moderator=request.user)
            except ValidationError as error:
                self.message_user(request, f"case {case.pk}: {error.messages[0]}", level=messages.WARNING)

    @admin.action(description="Reject with a reason…", permissions=["change"])
    def reject_with_reason(self, request, queryset):
        form = RejectForm(request.POST if "confirm" in request.POST else None)
        if "confirm" in request.POST and form.is_valid():
            self._decide_all(request, queryset, ModerationCase.Decision.REJECTED, form.reason())
            return None
        return render(request, "admin/moderation/reject.html", {
            **self.admin_site.each_context(request), "title": "Reject with a reason", "form": form,
            "cases": queryset, "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        })


class RejectForm(forms.Form):
    reason_template = forms.ChoiceField(choices=[("", "—"), *services.REJECTION_TEMPLATES.items()], required=False,
                                        label="Reason")
    reason_note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}),
                                  label="Your words to the author")

    def clean(self):
        data = super().clean()
        if not data.get("reason_template") and not data.get("reason_note", "").strip():
            raise ValidationError("Choose a reason or write one: the author reads it.")
        return data

    def reason(self) -> str:
        parts = [services.REJECTION_TEMPLATES.get(self.cleaned_data.get("reason_template") or "", ""),
                 self.cleaned_data.get("reason_note", "").strip()]
        return ". ".join(p for p in parts if p)


@admin.register(PolicyRule)
class PolicyRuleAdmin(admin.ModelAdmin):
    """The moderation policy as a table moderators can read and change."""

    list_display = ["position", "condition", "action", "priority", "reason_code", "reason_text", "needs_followup",
                    "enabled"]
    list_editable = ["action", "priority", "needs_followup", "enabled"]
    list_display_links = ["condition"]
    ordering = ["position"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.clear_policy_cache()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        services.clear_policy_cache()

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        services.clear_policy_cache()

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if request.method == "POST":
            services.clear_policy_cache()
        return response


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "actor", "content_type", "object_id", "case"]
    list_filter = ["action"]
    list_select_related = ["actor", "content_type", "case"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["created_at", "reason", "member", "content_type", "object_id"]
    list_filter = ["reason"]
    list_select_related = ["member", "content_type"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SuspensionForm(forms.ModelForm):
    class Meta:
        model = Suspension
        fields = ["member", "until", "reason"]


@admin.register(Suspension)
class SuspensionAdmin(admin.ModelAdmin):
    """Moderators pause a member's posting for a time, with a reason the member reads."""

    form = SuspensionForm
    list_display = ["member", "until", "reason", "created_by", "lifted_at"]
    list_select_related = ["member", "created_by"]
    autocomplete_fields = ["member"]
    actions = ["lift"]

    def get_readonly_fields(self, request, obj=None):
        return ["member", "until", "reason"] if obj else []

    def save_model(self, request, obj, form, change):
        if change:
            return
        try:
            created = services.suspension_create(
                moderator=request.user, member=obj.member, until=obj.until, reason=obj.reason
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return
        obj.pk = created.pk

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description="Lift the suspension now", permissions=["change"])
    def lift(self, request, queryset):
        for suspension in queryset.filter(lifted_at__isnull=True):
            services.suspension_lift(moderator=request.user, suspension=suspension)
