"""The one sanitizer: every piece of HTML the site renders from stored text passes here.

``sanitize_html`` is the only function that knows about bleach, so the
sanitizer can be swapped without touching its callers. Two profiles exist:
``MEMBER`` (paragraphs, line breaks and safe links, for text members type) and
``STAFF`` (a small editorial allowlist, for article bodies written in the admin).
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass
from functools import partial

import bleach
from bleach.linkifier import LinkifyFilter


@dataclass(frozen=True)
class Allowlist:
    """What survives sanitizing: tags, attributes per tag, URL protocols, link rel."""

    tags: frozenset[str]
    attributes: dict[str, list[str]]
    protocols: frozenset[str]
    link_rel: str


MEMBER = Allowlist(
    tags=frozenset({"p", "br", "a"}),
    attributes={"a": ["href", "rel"]},
    protocols=frozenset({"http", "https"}),
    link_rel="nofollow ugc noopener",
)

STAFF = Allowlist(
    tags=frozenset(
        {
            "p", "br", "a", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote",
            "h2", "h3", "h4", "figure", "figcaption", "table", "thead", "tbody", "tr",
            "th", "td", "caption", "abbr", "cite", "q", "sup", "sub", "hr",
        }
    ),
    attributes={"a": ["href", "rel", "title"], "abbr": ["title"], "th": ["scope"], "td": ["colspan"]},
    protocols=frozenset({"http", "https", "mailto"}),
    link_rel="noopener",
)

# Elements whose content is code or presentation, never text: drop them whole
# before bleach (which would otherwise keep their inner text).
DROPPED_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "template", "noscript"})
_DROP_WITH_CONTENT = re.compile(
    rf"<({'|'.join(sorted(DROPPED_WITH_CONTENT))})\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)

# WordPress shortcodes: [name attr="x"], [/name], and bare [name] for known names.
_KNOWN_SHORTCODES = "caption|gallery|embed|video|audio|playlist|adrotate|contact-form|wpforms|ad"
_SHORTCODE = re.compile(
    r"\[/?[a-z][\w-]*(?:\s+[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\]]+))+\s*/?\]"  # with attributes
    r"|\[/[a-z][\w-]*\]"  # closing tag
    rf"|\[(?:{_KNOWN_SHORTCODES})\s*/?\]",  # bare known shortcode
    re.IGNORECASE,
)


# WHATWG URL parsing: leading/trailing C0 controls and spaces are dropped, and
# tabs and newlines anywhere are ignored, before the scheme is read.
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_EDGE = "".join(chr(c) for c in range(0x21))
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")


def url_scheme_allowed(value: str, protocols: frozenset[str]) -> bool:
    """True if ``value`` is a relative URL or its scheme is in ``protocols``.

    Reads the scheme the way a browser does (entities decoded, tabs and
    newlines ignored, edges trimmed), so ``javascript:123``, ``data:1`` and
    ``java&#9;script:x`` are refused whatever follows the colon; a bare
    ``host:port`` is refused too, since a browser reads ``host`` as a scheme.
    """
    url = _URL_IGNORED.sub("", html.unescape(value)).strip(_URL_EDGE)
    match = _SCHEME.match(url)
    return match is None or match.group(1).lower() in protocols


def _attribute_filter(allow: Allowlist):
    """bleach attribute callback: the allowlist, plus a scheme check on every href."""

    def allowed(tag: str, name: str, value: str) -> bool:
        if name not in allow.attributes.get(tag, ()):
            return False
        return name != "href" or url_scheme_allowed(value, allow.protocols)

    return allowed


def _set_rel(rel: str, attrs: dict, new: bool = False) -> dict:
    """Linkify callback: every link gets the profile's rel and opens in place."""
    attrs[(None, "rel")] = rel
    attrs.pop((None, "target"), None)
    return attrs


_cleaners = threading.local()  # a bleach Cleaner is reusable but not thread-safe


def _cleaner(allow: Allowlist, linkify: bool) -> bleach.Cleaner:
    cache = _cleaners.__dict__.setdefault("by_profile", {})
    key = (id(allow), linkify)
    if key not in cache:
        filters = []
        if linkify:
            filters.append(partial(LinkifyFilter, callbacks=[partial(_set_rel, allow.link_rel)], parse_email=False))
        cache[key] = bleach.Cleaner(
            tags=allow.tags, attributes=_attribute_filter(allow), protocols=allow.protocols,
            strip=True, strip_comments=True, filters=filters,
        )
    return cache[key]


def sanitize_html(markup: str, *, allow: Allowlist = MEMBER, linkify: bool = True) -> str:
    """Return ``markup`` reduced to ``allow``: unknown tags are stripped, unsafe
    URLs removed, and every link carries ``allow.link_rel``.

    Contract: the output contains no script, event handler, style attribute,
    or URL outside ``allow.protocols``, whatever the input.
    """
    return _cleaner(allow, linkify).clean(_DROP_WITH_CONTENT.sub("", markup))


def render_member_text(text: str) -> str:
    """Render plain text a member typed as safe HTML.

    Blank lines separate paragraphs, single newlines become ``<br>``, bare URLs
    become links with ``rel="nofollow ugc noopener"``. Any HTML the member
    typed is shown as text, never interpreted.
    """
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()) if p.strip()]
    markup = "".join("<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>" for p in paragraphs)
    return sanitize_html(markup, allow=MEMBER)


def strip_shortcodes(markup: str) -> str:
    """Remove WordPress shortcodes such as ``[adrotate group="4"]``."""
    return _SHORTCODE.sub("", markup)


def clean_article_html(markup: str) -> str:
    """Clean an article body written by staff: shortcodes and scripts removed."""
    return sanitize_html(strip_shortcodes(markup), allow=STAFF)


def shortcodes_in(markup: str) -> list[str]:
    """The WordPress shortcodes :func:`strip_shortcodes` would remove, in order."""
    return _SHORTCODE.findall(markup)
