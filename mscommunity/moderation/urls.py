from django.urls import path

from mscommunity.moderation import views

app_name = "moderation"

urlpatterns = [
    path("", views.decisions, name="decisions"),
    path("<int:pk>/appeal/", views.appeal, name="appeal"),
]
