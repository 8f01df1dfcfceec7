from django.urls import path

from treatments import views

app_name = "treatments"

urlpatterns = [
    path("treatments/", views.treatment_list, name="list"),
    path("treatments/report/", views.report_create, name="report_create"),
    path("treatments/report/check/", views.report_check, name="report_check"),
    path("treatments/report/delete/", views.report_cancel, name="report_cancel"),
    path("treatments/report/<slug:step>/", views.report_step, name="report_step"),
    path("treatments/suggest.json", views.suggest, name="suggest"),
    path("treatments/reports/", views.my_reports, name="my_reports"),
    path("treatments/reports/<int:pk>/", views.report_detail, name="report"),
    path("treatments/reports/<int:pk>/edit/", views.report_edit, name="report_edit"),
    path("treatments/reports/<int:pk>/edit/delete/", views.report_edit_cancel, name="report_edit_cancel"),
    path("treatments/reports/<int:pk>/edit/<slug:step>/", views.report_edit_step, name="report_edit_step"),
    path("treatments/reports/<int:pk>/withdraw/", views.report_withdraw, name="report_withdraw"),
    path("treatments/<slug:slug>/", views.treatment_detail, name="detail"),
    path("treatments/<slug:slug>/follow/", views.treatment_follow, name="follow"),
    path("treatments/<slug:slug>/data.csv", views.treatment_data_csv, name="data_csv"),
    path("treatments/<slug:slug>/data.json", views.treatment_data_json, name="data_json"),
    path("clinics/", views.clinic_list, name="clinic_list"),
    path("clinics/suggest/", views.clinic_suggest, name="clinic_suggest"),
    path("clinics/<slug:slug>/", views.clinic_detail, name="clinic"),
]
