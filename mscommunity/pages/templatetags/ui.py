"""Template helpers for accessible forms."""

from django import template
from django.forms import BoundField
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
