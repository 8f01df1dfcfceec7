"""The Moderators and Editors groups with exactly the permissions their work needs."""

from django.db import migrations

from mscommunity.accounts.groups import grant

MODERATORS = ["threads.view_article", "threads.view_comment", "accounts.view_user"]
EDITORS = ["threads.view_article", "threads.add_article", "threads.change_article", "threads.view_comment"]


def create_groups(apps, schema_editor):
    grant(apps, "Moderators", MODERATORS)
    grant(apps, "Editors", EDITORS)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Moderators", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("threads", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
