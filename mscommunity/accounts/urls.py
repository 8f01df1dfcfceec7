from django.urls import path

from mscommunity.accounts import views

app_name = "account"

urlpatterns = [
    path("", views.account_home, name="home"),
    path("data/", views.my_data, name="data"),
    path("data.json", views.my_data_json, name="data_json"),
    path("delete/", views.delete_account, name="delete"),
]
