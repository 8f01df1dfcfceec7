from django.urls import path

from mscommunity.pages import views

app_name = "pages"

urlpatterns = [
    path("contact-moderators/", views.contact_moderators, name="contact_moderators"),
]
