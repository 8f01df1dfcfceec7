from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "mscommunity.moderation"
    label = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from mscommunity.accounts import data_rights
        from mscommunity.moderation import data_rights as own

        data_rights.register(name="moderation", export=own.export)
