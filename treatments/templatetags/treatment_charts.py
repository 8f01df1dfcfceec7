"""Charts and numbers for the treatment pages."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from treatments import aggregates, charts

register = template.Library()


@register.simple_tag
def outcome_chart(group: aggregates.Group, labelledby: str) -> SafeString:
    """Bar chart of the outcome distribution of a shown group."""
    bars = [charts.Bar(s.label, s.count, f"{s.count} ({s.percent}%)") for s in group.outcomes]
    return charts.bar_chart(bars, labelledby=labelledby)


@register.simple_tag
def side_effect_chart(group: aggregates.Group, labelledby: str) -> SafeString:
    """Bar chart of how many reports mention each side effect."""
    bars = [charts.Bar(s.label, s.count, f"{s.count} ({s.percent}%)") for s in group.side_effects]
    return charts.bar_chart(bars, labelledby=labelledby)


@register.filter
def signed(value: float) -> str:
    """An EDSS change as members read it: −1.0, +0.5, 0."""
    return aggregates.format_change(value)
