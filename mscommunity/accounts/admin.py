from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from mscommunity.accounts.models import User


@admin.register(User)
class MemberAdmin(UserAdmin):
    """Members. Moderators may look members up (to suspend them) but see no e-mail addresses."""

    search_fields = ["username"]

    def get_fieldsets(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_fieldsets(request, obj)
        return [(None, {"fields": ["username", "date_joined", "last_login", "is_active"]})]

    def get_list_display(self, request):
        return super().get_list_display(request) if request.user.is_superuser else ["username", "date_joined"]

    def get_readonly_fields(self, request, obj=None):
        return [] if request.user.is_superuser else ["username", "date_joined", "last_login", "is_active"]
