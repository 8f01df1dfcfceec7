"""Load the default moderation policy and give moderators the queue."""

from django.db import migrations

from mscommunity.accounts.groups import grant
from mscommunity.moderation.policy import DEFAULT_RULES

MODERATORS = [
    "moderation.view_moderationcase", "moderation.change_moderationcase", "moderation.decide_moderationcase",
    "moderation.view_policyrule", "moderation.change_policyrule", "moderation.add_policyrule",
    "moderation.view_auditevent", "moderation.view_flag",
]


def load(apps, schema_editor):
    PolicyRule = apps.get_model("moderation", "PolicyRule")
    if not PolicyRule.objects.exists():
        PolicyRule.objects.bulk_create(
            PolicyRule(
                position=(index + 1) * 10, condition=rule.label_or_condition, action=rule.action,
                priority=rule.priority, reason_code=rule.reason_code, reason_text=rule.reason_text,
                needs_followup=rule.needs_followup, medical_notice=rule.medical_notice,
            )
            for index, rule in enumerate(DEFAULT_RULES)
            if rule.reason_code not in {"new_report", "distress", "spam_new_member"}  # added by 0003, 0007, 0009
        )
    grant(apps, "Moderators", MODERATORS)


def unload(apps, schema_editor):
    apps.get_model("moderation", "PolicyRule").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("accounts", "0002_team_groups"),
    ]
    operations = [migrations.RunPython(load, unload)]
