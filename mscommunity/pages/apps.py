from django.apps import AppConfig


class PagesConfig(AppConfig):
    """Site-wide pages (help, contact the moderators) and template helpers."""

    name = "mscommunity.pages"
    label = "pages"
    verbose_name = "Pages"
