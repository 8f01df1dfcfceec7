"""Template helpers for accessible forms."""

from datetime import UTC, datetime

from django import template
from django.forms import BoundField
from django.utils import timezone
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag
def accessible_widget(field: BoundField) -> SafeString:
    """Render ``field``'s widget with ``aria-describedby`` naming its hint and
    error message, and ``aria-invalid`` when it has errors."""
    # A placeholder is never a label: labels are always visible above the field.
    field.field.widget.attrs.pop("placeholder", None)
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}_helptext")
    if field.errors:
        described.append(f"{field.auto_id}-error")
    attrs = {}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def html_datetime(moment: datetime | None) -> str:
    """A valid HTML ``<time datetime>`` value: UTC to the second, ``2026-12-07T10:20:25Z``
    (Django's ``date:'c'`` keeps microseconds, which HTML does not allow)."""
    if not isinstance(moment, datetime):
        return ""
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
