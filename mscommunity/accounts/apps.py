from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "mscommunity.accounts"
    label = "accounts"
    verbose_name = "Accounts"
