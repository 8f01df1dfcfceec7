from django.apps import AppConfig


class ThreadsConfig(AppConfig):
    name = "threads"
    verbose_name = "Articles and comments"

    def ready(self) -> None:
        from mscommunity.moderation import registry
        from threads.models import Comment
        from threads.moderation import HANDLER

        registry.register(Comment, HANDLER)
