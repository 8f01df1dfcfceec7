"""The outbox in the admin: staff see e-mails that are waiting or failed
(never the address or the text) and can send a failed one again."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from mscommunity.notifications import emails
from mscommunity.notifications.models import OutgoingEmail


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("waiting", "Waiting or retrying"), ("failed", "Gave up (needs staff)"), ("sent", "Sent")]

    def queryset(self, request, queryset):
        if self.value() == "waiting":
            return queryset.filter(sent_at__isnull=True, attempts__lt=emails.MAX_ATTEMPTS)
        if self.value() == "failed":
            return queryset.filter(sent_at__isnull=True, attempts__gte=emails.MAX_ATTEMPTS)
        if self.value() == "sent":
            return queryset.filter(sent_at__isnull=False)
        return queryset


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    list_display = ["pk", "subject", "recipient_name", "state", "attempts", "last_error", "next_attempt_at", "created_at"]
    list_filter = [StateFilter]
    fields = ["subject", "recipient_name", "state", "attempts", "last_error", "next_attempt_at", "created_at", "sent_at"]
    readonly_fields = fields
    actions = ["send_again"]
    ordering = ["-pk"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[OutgoingEmail]:
        return super().get_queryset(request).select_related("recipient")

    @admin.display(description="member")
    def recipient_name(self, email: OutgoingEmail) -> str:
        return email.recipient.username if email.recipient else "the team"

    @admin.display(description="state")
    def state(self, email: OutgoingEmail) -> str:
        if email.sent_at:
            return "sent"
        return "gave up" if email.attempts >= emails.MAX_ATTEMPTS else "waiting"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: OutgoingEmail | None = None) -> bool:
        return False

    @admin.action(description="Send again now (resets the tries)")
    def send_again(self, request: HttpRequest, queryset: QuerySet[OutgoingEmail]) -> None:
        from mscommunity.notifications import tasks

        ids = list(queryset.filter(sent_at__isnull=True).values_list("pk", flat=True))
        OutgoingEmail.objects.filter(pk__in=ids).update(attempts=0, next_attempt_at=timezone.now())
        for pk in ids:
            tasks.deliver_email.enqueue(pk)
        self.message_user(request, f"{len(ids)} e-mail(s) queued again.", messages.SUCCESS)
