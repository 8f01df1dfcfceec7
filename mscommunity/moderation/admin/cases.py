"""The case list and a case's change page, in the Django admin.

The list shows open cases first (by priority, then age) with the post's text;
the review screen (``review.py``) is where moderators work through them. A
case's change page is a decision form too: a refused decision keeps the
moderator's choice and shows only the error. Bulk actions name the posts
they act on.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.http import HttpRequest
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince

from mscommunity.moderation import failures, queue, registry, services
from mscommunity.moderation.models import CaseReason, ModerationCase
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

    def __init__(self, *args, moderator=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.moderator = moderator

    def clean(self):
        """Refuse here, before anything is saved: the choice stays, only the error shows."""
        data = super().clean()
        action = data.get("action")
        if action == "escalate":
            if not self.instance.is_open:
                raise ValidationError("This case has already been decided.")
        elif action and self.moderator is not None:
            problem = services.decision_problem(case=self.instance, moderator=self.moderator, decision=action,
                                                reason=self.reason())
            if problem:
                raise ValidationError(problem)
        return data

    def reason(self) -> str:
        parts = [services.REJECTION_TEMPLATES.get(self.cleaned_data.get("reason_template") or "", ""),
                 self.cleaned_data.get("reason_note", "").strip()]
        return ". ".join(p for p in parts if p)


@admin.register(ModerationCase)
class ModerationCaseAdmin(admin.ModelAdmin):
    form = DecisionForm
    list_display = ["case", "status", "priority_label", "excerpt", "reason_list", "author_name", "age"]
    list_display_links = ["case"]
    list_filter = [ReasonFilter, "status", "pipeline_decision", "personal_data_uncertain", "decision"]
    list_select_related = ["author", "content_type"]
    change_list_template = "admin/moderation/moderationcase/change_list.html"
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

    def get_ordering(self, request):
        """Open cases first, by priority then age; decided ones after them."""
        decided_last = Case(When(status=ModerationCase.Status.DECIDED, then=Value(1)), default=Value(0),
                            output_field=IntegerField())
        return [decided_last.asc(), "priority", "created_at"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)

        class WithModerator(form):
            def __init__(self, *args, **inner):
                super().__init__(*args, moderator=request.user, **inner)

        return WithModerator

    def response_change(self, request, obj):
        if getattr(request, "_decision_refused", False):
            from django.http import HttpResponseRedirect

            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

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
        return queue.snippet(text, 240)

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
            ((e.created_at.strftime("%d %b %Y %H:%M"), e.action,
              (e.actor.username if e.actor else "system")
              + "".join(f": “{e.detail[k]}”" for k in ("reason", "note") if e.detail.get(k)))
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
            request._decision_refused = True
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("moderation.decide_moderationcase")

    # --- bulk actions ----------------------------------------------------------
    def _decide_all(self, request, queryset, decision: str, reason: str = "") -> None:
        done, problems = [], []
        verb = ModerationCase.Decision(decision).label
        for case in queryset.select_related("author"):
            described = queue.describe_case(case)
            try:
                services.case_decide(case=case, moderator=request.user, decision=decision, reason=reason)
                done.append(described)
            except (ValidationError, PermissionDenied) as error:
                problems.append(f"Not decided: the {described}. {' '.join(getattr(error, 'messages', [str(error)]))}")
        for described in done:
            self.message_user(request, f"{verb}: the {described}")
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
        for case in queryset.select_related("author"):
            described = queue.describe_case(case)
            try:
                services.case_escalate(case=case, moderator=request.user)
                self.message_user(request, f"Escalated: the {described}")
            except ValidationError as error:
                self.message_user(request, f"Not escalated: the {described}. {error.messages[0]}",
                                  level=messages.WARNING)

    @admin.action(description="Reject with a reason…", permissions=["change"])
    def reject_with_reason(self, request, queryset):
        form = RejectForm(request.POST if "confirm" in request.POST else None)
        if "confirm" in request.POST and form.is_valid():
            self._decide_all(request, queryset, ModerationCase.Decision.REJECTED, form.reason())
            return None
        return render(request, "admin/moderation/reject.html", {
            **self.admin_site.each_context(request), "title": "Reject with a reason", "form": form,
            "cases": [(case.pk, queue.describe_case(case)) for case in queryset.select_related("author")],
            "opts": self.model._meta,
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
