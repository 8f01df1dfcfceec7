"""Treatment reports always wait for a moderator (a policy row moderators can change)."""

from django.db import migrations


def add(apps, schema_editor):
    PolicyRule = apps.get_model("moderation", "PolicyRule")
    if not PolicyRule.objects.filter(reason_code="new_report").exists():
        PolicyRule.objects.create(
            position=65, condition="report", action="hold", priority=30, reason_code="new_report",
            reason_text="every treatment report is read by a moderator before it counts",
        )


def remove(apps, schema_editor):
    apps.get_model("moderation", "PolicyRule").objects.filter(reason_code="new_report").delete()


class Migration(migrations.Migration):
    dependencies = [("moderation", "0002_default_policy_and_permissions")]
    operations = [migrations.RunPython(add, remove)]
