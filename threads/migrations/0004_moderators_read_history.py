"""Moderators read comment revisions and reactions (the history behind a comment)."""

from django.db import migrations

from mscommunity.accounts.groups import grant


def forwards(apps, schema_editor):
    grant(apps, "Moderators", ["threads.view_commentrevision", "threads.view_reaction"])


class Migration(migrations.Migration):
    dependencies = [
        ("threads", "0003_commentrevision_reaction"),
        ("accounts", "0002_team_groups"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
