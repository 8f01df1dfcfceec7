from django.urls import path

from mscommunity.pages import views

app_name = "pages"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("contact-moderators/", views.contact_moderators, name="contact_moderators"),
    path("help/now/", views.crisis_support, name="crisis_support"),
    path("help/clinical-trials/", views.clinical_trials, name="clinical_trials"),
    path("help/medical-advice/", views.medical_advice, name="medical_advice"),
]
