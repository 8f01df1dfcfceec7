from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Invented demo content for `make run` (no models)."""

    name = "mscommunity.demo"
    label = "demo"
    verbose_name = "Demo content"
