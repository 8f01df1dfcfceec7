"""Moderators suspend members (and look them up by pseudonym to do so)."""

from django.db import migrations

from mscommunity.accounts.groups import grant


def forwards(apps, schema_editor):
    grant(apps, "Moderators", [
        "moderation.view_suspension", "moderation.add_suspension", "moderation.change_suspension",
    ])


class Migration(migrations.Migration):
    dependencies = [("moderation", "0005_alter_moderationcase_decision"), ("moderation", "0004_suspension")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
