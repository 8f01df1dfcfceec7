"""Grant permissions to the team's groups from data migrations.

Django creates permissions after migrations run; ``grant`` creates the ones
it needs first, so a data migration can hand them out on a fresh database.
"""

from __future__ import annotations

from django.contrib.auth.management import create_permissions


def grant(apps, group_name: str, permissions: list[str]) -> None:
    """Give ``group_name`` (created if missing) each ``app_label.codename``."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    for dotted in permissions:
        app_label, codename = dotted.split(".")
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
