from django.apps import AppConfig


class ThreadsConfig(AppConfig):
    name = "threads"
    verbose_name = "Articles and comments"

    def ready(self) -> None:
        from mscommunity.moderation import registry
        from threads.models import Comment
        from threads.moderation import HANDLER

        registry.register(Comment, HANDLER)

        from mscommunity.notifications import groups
        from threads import notification_groups

        groups.register(notification_groups.PREFIX, notification_groups.KIND)

        from mscommunity.accounts import data_rights
        from threads import data_rights as threads_data

        data_rights.register(name="comments", export=threads_data.export, erase=threads_data.erase)
        data_rights.register(name="reactions", export=threads_data.export_reactions)
        data_rights.register(name="conversations_read", export=threads_data.export_visits)
