from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "mscommunity.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from allauth.mfa.models import Authenticator
        from django.db.models.signals import post_save

        from mscommunity.accounts.second_factor import record_setup_as_second_factor

        post_save.connect(record_setup_as_second_factor, sender=Authenticator, dispatch_uid="accounts.record_mfa_setup")
