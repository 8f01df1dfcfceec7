"""Spam rows of the policy: clear spam is rejected (the author told plainly, the text kept for the
moderators' audit), likely spam is held with the reason "looks like advertising", and likely spam
that is a new account's first post is rejected. Rows a moderator changed are left alone."""

from django.db import migrations

OLD = {
    ("spam >= 0.95 and not crisis", "reject"): "it looks like advertising or spam",
    ("spam", "hold"): "it may be advertising or spam, so a moderator will check it",
}
NEW = {
    ("spam >= 0.95 and not crisis", "reject"):
        "it looks like advertising or spam, so it is not shown; a moderator can still read it",
    ("spam", "hold"): "it looks like advertising, so a moderator will check it first",
}
NEW_MEMBER = {
    "position": 25, "condition": "spam >= 0.8 and new_member and first_post and not crisis", "action": "reject",
    "priority": 5, "reason_code": "spam_new_member",
    "reason_text": "it looks like advertising and is a new account's first post, so it is not shown; "
    "a moderator can still read it",
}


def _retext(apps, texts_from, texts_to):
    PolicyRule = apps.get_model("moderation", "PolicyRule")
    for (condition, action), text in texts_from.items():
        PolicyRule.objects.filter(condition=condition, action=action, reason_text=text).update(
            reason_text=texts_to[(condition, action)]
        )


def forward(apps, schema_editor):
    _retext(apps, OLD, NEW)
    PolicyRule = apps.get_model("moderation", "PolicyRule")
    if not PolicyRule.objects.filter(reason_code="spam_new_member").exists():
        PolicyRule.objects.create(**NEW_MEMBER)


def backward(apps, schema_editor):
    _retext(apps, NEW, OLD)
    apps.get_model("moderation", "PolicyRule").objects.filter(reason_code="spam_new_member").delete()


class Migration(migrations.Migration):
    dependencies = [("moderation", "0008_appeals")]
    operations = [migrations.RunPython(forward, backward)]
