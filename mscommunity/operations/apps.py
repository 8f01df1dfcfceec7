from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site: backups and restores (no models)."""

    name = "mscommunity.operations"
    label = "operations"
    verbose_name = "Operations"
