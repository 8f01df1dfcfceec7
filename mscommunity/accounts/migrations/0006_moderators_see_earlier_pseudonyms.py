"""Moderators may read members' earlier pseudonyms in the admin (editors may not)."""

from django.db import migrations

from mscommunity.accounts.groups import grant


def allow(apps, schema_editor):
    grant(apps, "Moderators", ["accounts.view_pseudonymhistory"])


def disallow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="accounts",
                                                           codename="view_pseudonymhistory"))


class Migration(migrations.Migration):
    dependencies = [("accounts", "0005_pseudonym_history")]
    operations = [migrations.RunPython(allow, disallow)]
