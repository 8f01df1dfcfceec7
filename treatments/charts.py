"""Server-rendered SVG bar charts: no chart JavaScript, no inline styles (CSP).

A chart is decoration for sighted readers; the page always puts a one-sentence
summary (the chart's accessible name) and a data table beside it. Every bar is
labelled with its words and its number, so nothing depends on colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH = 360
LABEL_HEIGHT = 20
BAR_HEIGHT = 22
GAP = 12
VALUE_ROOM = 110  # space at the end of the longest bar for its number, e.g. "125 (100%)"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    text: str  # the number as written next to the bar, e.g. "4 (33%)"


def bar_chart(bars: Sequence[Bar], *, labelledby: str) -> SafeString:
    """A horizontal bar chart; ``labelledby`` is the id of its summary sentence."""
    top = max((b.value for b in bars), default=0) or 1
    row = LABEL_HEIGHT + BAR_HEIGHT + GAP
    height = row * len(bars) + 4
    parts = []
    for i, bar in enumerate(bars):
        y = i * row
        length = round((WIDTH - VALUE_ROOM) * bar.value / top)
        parts.append((
            y + 15, bar.label,
            y + LABEL_HEIGHT, max(length, 2), BAR_HEIGHT,
            max(length, 2) + 8, y + LABEL_HEIGHT + 16, bar.text,
        ))
    body = format_html_join(
        "",
        '<text x="0" y="{}" class="chart-label">{}</text>'
        '<rect x="0" y="{}" width="{}" height="{}" class="chart-bar"></rect>'
        '<text x="{}" y="{}" class="chart-value">{}</text>',
        parts,
    )
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{}" viewBox="0 0 {} {}" width="100%" '
        'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg" '
        'font-family="system-ui, sans-serif" font-size="15" fill="#0b0c0c">{}</svg>',
        labelledby, WIDTH, height, body,
    )
