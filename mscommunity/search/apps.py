from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "mscommunity.search"
    label = "search"
    verbose_name = "Site search"

    def ready(self) -> None:
        from mscommunity.search import schema

        # SQLite rebuilds a table to alter it, which drops its triggers: every
        # migrate re-checks the index and repairs it (cheap when it is whole).
        post_migrate.connect(schema.ensure_after_migrate, dispatch_uid="search.ensure_index")
