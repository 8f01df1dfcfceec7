from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("account/", include("mscommunity.accounts.urls")),
    path("notifications/", include("mscommunity.notifications.urls")),
    path("", include("mscommunity.operations.urls")),
    path("", include("mscommunity.pages.urls")),
    path("", include("treatments.urls")),
    path("", include("threads.urls")),
]
