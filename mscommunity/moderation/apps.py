from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "mscommunity.moderation"
    label = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from mscommunity.accounts import data_rights, policy, signals
        from mscommunity.moderation import audit, selectors
        from mscommunity.moderation import data_rights as own

        data_rights.register(name="moderation", export=own.export, erase=own.erase)

        from mscommunity.moderation import appeals, registry
        from mscommunity.moderation.models import Appeal

        registry.register(Appeal, appeals.HANDLER)
        policy.register_posting_check(selectors.suspension_refusal)
        signals.member_deleted.connect(audit.record_member_deleted, dispatch_uid="moderation.audit_member_deleted")
        signals.pseudonym_changed.connect(audit.record_pseudonym_changed, dispatch_uid="moderation.audit_pseudonym")
