"""The gentle help: a post with weaker signs of acute distress (and no crisis) waits for a person.

A policy row moderators can change, like the others (see 0002 and 0003).
"""

from django.db import migrations

CODE = "distress"


def add(apps, schema_editor):
    PolicyRule = apps.get_model("moderation", "PolicyRule")
    if not PolicyRule.objects.filter(reason_code=CODE).exists():
        PolicyRule.objects.create(
            position=15, condition="distress and not crisis", action="hold", priority=1, reason_code=CODE,
            reason_text="it sounds like you are having a hard time; a person will read it soon, "
            "and there is help you can reach right now",
        )


def remove(apps, schema_editor):
    apps.get_model("moderation", "PolicyRule").objects.filter(reason_code=CODE).delete()


class Migration(migrations.Migration):
    dependencies = [("moderation", "0006_moderators_suspend")]
    operations = [migrations.RunPython(add, remove)]
