from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    """What members are told: in the site, and by e-mail after the commit."""

    name = "mscommunity.notifications"
    label = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        from mscommunity.accounts import data_rights
        from mscommunity.notifications import data_rights as own

        data_rights.register(name="notifications", export=own.export)
