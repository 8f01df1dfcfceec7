from django.urls import path

from mscommunity.notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="list"),
    path("open/<int:pk>/", views.open_one, name="open"),
    path("open/<slug:prefix>/<int:object_id>/<str:day>/", views.open_group, name="open_group"),
    path("settings/", views.settings_view, name="settings"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
