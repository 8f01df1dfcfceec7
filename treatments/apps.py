from django.apps import AppConfig


class TreatmentsConfig(AppConfig):
    name = "treatments"
    verbose_name = "Treatment directory"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from mscommunity.moderation import registry
        from treatments import selectors
        from treatments.models import ExperienceReport, Treatment
        from treatments.moderation import HANDLER

        registry.register(ExperienceReport, HANDLER)
        # The one treatment vocabulary, as staff edit it, for the ingest pipeline (assessment and scrubbing).
        registry.provide_vocabulary(selectors.vocabulary)

        from mscommunity.accounts import data_rights
        from treatments import data_rights as own

        data_rights.register(name="treatment_reports", export=own.export, erase=own.erase)

        from mscommunity.notifications import groups
        from treatments import services

        groups.register(services.NOTIFICATION_PREFIX, groups.GroupKind(summary=services.notification_summary))
        # Staff edits to names and synonyms reach the search and the pipeline at once.
        post_save.connect(selectors.vocabulary_changed, sender=Treatment, dispatch_uid="treatments-vocab-save")
        post_delete.connect(selectors.vocabulary_changed, sender=Treatment, dispatch_uid="treatments-vocab-delete")
