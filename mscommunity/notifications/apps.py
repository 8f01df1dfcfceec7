from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    """What members are told: in the site, and by e-mail after the commit."""

    name = "mscommunity.notifications"
    label = "notifications"
    verbose_name = "Notifications"
