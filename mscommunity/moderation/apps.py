from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "mscommunity.moderation"
    label = "moderation"
    verbose_name = "Moderation"
