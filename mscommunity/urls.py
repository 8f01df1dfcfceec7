from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path

# The admin has no sign-in form of its own: it sends people to allauth's, which
# asks team members for their authenticator code (mfa) and applies the rate limits.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("account/", include("mscommunity.accounts.urls")),
    path("notifications/", include("mscommunity.notifications.urls")),
    path("account/decisions/", include("mscommunity.moderation.urls")),
    path("", include("mscommunity.operations.urls")),
    path("", include("mscommunity.pages.urls")),
    path("", include("mscommunity.search.urls")),
    path("", include("treatments.urls")),
    path("", include("threads.urls")),
]
