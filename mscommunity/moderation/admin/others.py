"""The policy table, the audit trail, flags and suspensions in the admin."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError

from mscommunity.moderation import registry, services
from mscommunity.moderation.models import AuditEvent, Flag, PolicyRule, Suspension
from mscommunity.moderation.queue import snippet


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
    list_display = ["created_at", "reason", "member", "post"]
    list_filter = ["reason"]
    list_select_related = ["member", "content_type"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("content")

    @admin.display(description="post")
    def post(self, obj: Flag) -> str:
        content = obj.content
        if content is None:
            return "(gone)"
        handler = registry.handler_for(content)
        author = getattr(content, "author", None)
        return f"{handler.noun} by {author.username if author else 'a former member'}: “{snippet(handler.text(content))}”"

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
