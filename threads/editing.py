"""What an article body will look like once saved: the editor's preview.

The preview's HTML is :func:`mscommunity.sanitizer.clean_article_html`, the
same function ``Article.save`` runs, so what the editor sees is what readers
get. Beside it, a plain list of what the sanitizer takes out, so the editor
knows why something is missing. Nothing here writes anything.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

from mscommunity.sanitizer import (
    DROPPED_WITH_CONTENT,
    STAFF,
    clean_article_html,
    shortcodes_in,
    url_scheme_allowed,
)


@dataclass(frozen=True)
class BodyPreview:
    """``html``: the body as stored and shown to readers; ``removed``: what
    the cleaning took out, in plain words (empty when nothing was)."""

    html: str
    removed: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.html.strip()


class _Inventory(HTMLParser):
    """Counts the tags, attributes and links of the typed body that the staff allowlist refuses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dropped: Counter[str] = Counter()  # removed with their content
        self.unwrapped: Counter[str] = Counter()  # removed, their text kept
        self.attributes: Counter[str] = Counter()
        self.unsafe_links = 0
        self.comments = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_WITH_CONTENT:
            self.dropped[tag] += 1
            return
        if tag not in STAFF.tags:
            self.unwrapped[tag] += 1
            return
        allowed = STAFF.attributes.get(tag, [])
        for name, value in attrs:
            if name not in allowed and name != "rel":  # rel is always rewritten, never reported
                self.attributes[name] += 1
            elif name == "href" and not url_scheme_allowed(value or "", STAFF.protocols):
                self.unsafe_links += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.comments += 1


def _times(n: int) -> str:
    return "" if n == 1 else f" ({n} times)"


def removed_parts(markup: str) -> tuple[str, ...]:
    """What cleaning removes from ``markup``, e.g. ``('the <script> element and
    what is inside it', 'the style attribute (3 times)')``. A description for
    the editor; the preview's HTML is the authority."""
    parts: list[str] = []
    shortcodes = shortcodes_in(markup)
    if shortcodes:
        shown = ", ".join(dict.fromkeys(shortcodes[:5]))
        more = f" and {len(shortcodes) - 5} more" if len(shortcodes) > 5 else ""
        parts.append(f"WordPress shortcodes: {shown}{more}")
    inventory = _Inventory()
    inventory.feed(markup)
    inventory.close()
    parts += [f"the <{tag}> element and what is inside it{_times(n)}" for tag, n in sorted(inventory.dropped.items())]
    parts += [f"the <{tag}> tag, keeping its text{_times(n)}" for tag, n in sorted(inventory.unwrapped.items())]
    parts += [f"the {name} attribute{_times(n)}" for name, n in sorted(inventory.attributes.items())]
    if inventory.unsafe_links:
        parts.append(f"the address of {inventory.unsafe_links} link(s) that were not http, https or mailto")
    if inventory.comments:
        parts.append(f"HTML comments{_times(inventory.comments)}")
    return tuple(parts)


def body_preview(markup: str) -> BodyPreview:
    """The article body ``markup`` as readers will see it once saved, and what cleaning removed."""
    return BodyPreview(html=clean_article_html(markup), removed=removed_parts(markup))
