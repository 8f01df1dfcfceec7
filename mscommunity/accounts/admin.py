from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.filters import SimpleListFilter
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest

from mscommunity.accounts.models import PseudonymHistory, User

# The query-string forms the admin's own filters use ("is_active__exact=1",
# "groups__id__exact=3", "groups__isnull=True"): nothing else is accepted, so a
# hand-written ?email__startswith=ja cannot test who owns an address.
OFFERED_LOOKUP_SUFFIXES = ("", "__exact", "__isnull", "__id__exact")
SUPERUSER_SEARCH_FIELDS = ("username", "first_name", "last_name", "email")


@admin.register(User)
class MemberAdmin(UserAdmin):
    """Members. Moderators may look members up (to suspend them) by username only,
    and see no e-mail addresses; only superusers may search by e-mail."""

    def get_search_fields(self, request: HttpRequest) -> tuple[str, ...]:
        return SUPERUSER_SEARCH_FIELDS if request.user.is_superuser else ("username",)

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest | None = None) -> bool:
        return lookup in self._offered_lookups(request) and super().lookup_allowed(lookup, value, request)

    def _offered_lookups(self, request: HttpRequest | None) -> set[str]:
        list_filter = self.get_list_filter(request) if request is not None else self.list_filter
        offered: set[str] = set()
        if self.date_hierarchy:
            offered.update(f"{self.date_hierarchy}__{part}" for part in ("year", "month", "day"))
        for item in list_filter:
            if isinstance(item, type) and issubclass(item, SimpleListFilter):
                offered.add(item.parameter_name)
            else:
                name = item[0] if isinstance(item, list | tuple) else item
                offered.update(f"{name}{suffix}" for suffix in OFFERED_LOOKUP_SUFFIXES)
        return offered

    def get_fieldsets(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_fieldsets(request, obj)
        return [(None, {"fields": ["username", "date_joined", "last_login", "is_active"]})]

    def get_list_display(self, request):
        return super().get_list_display(request) if request.user.is_superuser else ["username", "date_joined"]

    def get_readonly_fields(self, request, obj=None):
        return [] if request.user.is_superuser else ["username", "date_joined", "last_login", "is_active"]


@admin.register(PseudonymHistory)
class PseudonymHistoryAdmin(admin.ModelAdmin):
    """Members' earlier pseudonyms, for moderators (the Moderators group has
    view permission; editors do not). Nobody adds or edits them here."""

    list_display = ["old_name", "new_name", "member", "changed_at"]
    search_fields = ["old_name", "new_name", "member__username"]
    date_hierarchy = "changed_at"
    readonly_fields = ["member", "old_name", "new_name", "changed_at"]
    list_select_related = ["member"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
