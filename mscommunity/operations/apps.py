from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site: backups and restores (no models), deployment checks."""

    name = "mscommunity.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self) -> None:
        from mscommunity.operations import checks  # noqa: F401 - registers the deploy checks
