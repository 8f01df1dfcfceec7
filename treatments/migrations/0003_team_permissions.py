"""Moderators read reports (decisions go through the queue); Editors keep the directory."""

from django.db import migrations

from mscommunity.accounts.groups import grant

MODERATORS = ["treatments.view_experiencereport", "treatments.view_treatment", "treatments.view_clinic"]
EDITORS = [
    "treatments.view_treatment", "treatments.add_treatment", "treatments.change_treatment",
    "treatments.view_clinic", "treatments.add_clinic", "treatments.change_clinic",
]


def grant_permissions(apps, schema_editor):
    grant(apps, "Moderators", MODERATORS)
    grant(apps, "Editors", EDITORS)


def revoke_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in (("Moderators", MODERATORS), ("Editors", EDITORS)):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*Permission.objects.filter(
                content_type__app_label="treatments", codename__in=[c.split(".")[1] for c in codes]
            ))


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0002_load_vocabulary"),
        ("accounts", "0002_team_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(grant_permissions, revoke_permissions)]
