"""Links as a parser reads them: hosts, affiliate tags, and addresses spelled out to get past a filter.

Pure Python (``urllib.parse``). Used by :mod:`.spam` (step ``spam_signals``):

* :func:`host` reads the host of a URL, ``www.`` address or bare domain;
  :func:`under` says whether it is a given domain or below one;
* :func:`affiliate` is True for a link whose query carries an affiliate or
  referral tag (``?tag=``, ``?aff=``, ``?ref_id=`` ...): the writer earns from the click;
* :func:`spelled_links` finds addresses written so that no link filter reads
  them ("www dot deals dot com", "rx-pharma . com", "shop(dot)net"), as
  ``(start, end, host)``;
* :func:`letter_spaced` finds words spelled out letter by letter
  ("g e t  c h e a p  m e d s"), the same trick on words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

AFFILIATE_KEYS = frozenset({
    "tag", "aff", "affid", "aff_id", "affiliate", "affiliate_id", "affiliateid", "aff_sub", "partner", "partner_id",
    "partnerid", "ref_id", "refid", "refcode", "ref_code", "referral", "referral_code", "referrer", "invite_code",
    "clickid", "click_id", "subid", "sub_id",
})
"""Query keys that pay the writer for the click (``ref`` alone is left out: shared links carry it)."""

# Endings no sentence uses as a word ("it", "me", "us" are left out: "I love it . Me too").
_TLD = r"com|net|org|info|biz|ru|io|xyz|shop|online|site|top|club|example|uk|ly|gl"  # "bit dot ly", "goo dot gl"
_DOT = r"(?:\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\s+\.\s*(?=\w))"
_LABEL = r"[a-z0-9][a-z0-9-]*+"
# A chain of labels and spelled dots, read possessively (linear time on any text); where it ends is decided below.
_CHAIN_RE = re.compile(r"\b" + _LABEL + r"(?:" + _DOT + _LABEL + r")++", re.IGNORECASE)
_ENDINGS = frozenset(_TLD.split("|"))
_SEPARATOR_RE = re.compile(_DOT, re.IGNORECASE)
# A label before the ending that is an ordinary word does not make an address ("the dot com boom").
_WORDS = frozenset({"the", "a", "an", "this", "that", "my", "your", "our", "its", "any", "no", "one", "old", "new"})
_SPACED_RE = re.compile(r"(?<![^\s])(?:[^\W\d_] {1,2}){5,}[^\W\d_](?![^\s.,!?])")


@lru_cache(maxsize=4096)
def host(link: str) -> str:
    """The host of ``link`` (a URL, ``www.`` address or bare domain), lower case, without ``www.``."""
    target = link if "://" in link else f"http://{link}"
    try:
        name = (urlsplit(target).hostname or "").rstrip(".")
    except ValueError:
        return ""
    return name[4:] if name.startswith("www.") else name


def under(name: str, domains: frozenset[str]) -> bool:
    """True when the host ``name`` is one of ``domains`` or below one ("www.nhs.uk" is under "nhs.uk")."""
    parts = name.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts)))


def affiliate(link: str) -> bool:
    """True when the query of ``link`` carries an affiliate or referral key."""
    if "?" not in link or "=" not in link:
        return False
    target = link if "://" in link else f"http://{link}"
    try:
        query = urlsplit(target).query
    except ValueError:
        return False
    return any(key.lower() in AFFILIATE_KEYS for key, _ in parse_qsl(query, keep_blank_values=True))


def spelled_links(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, host)`` of each address spelled out with "dot" or spaced dots."""
    if " ." not in text and "dot" not in text.lower():
        return []
    out: list[tuple[int, int, str]] = []
    for m in _CHAIN_RE.finditer(text):
        chain, labels, pos = m.group(0), [], 0
        for sep in _SEPARATOR_RE.finditer(chain):
            labels.append((chain[pos:sep.start()], pos, sep.start()))
            pos = sep.end()
        labels.append((chain[pos:], pos, len(chain)))
        last = max((k for k in range(1, len(labels)) if labels[k][0].lower() in _ENDINGS), default=0)
        if not last:
            continue
        first = 0
        while first < last - 1 and labels[first][0].lower() in _WORDS:  # "read the dot com pages": not an address
            first += 1
        if last - first == 1 and labels[first][0].lower() in _WORDS:
            continue
        name = host(".".join(label.lower() for label, _, _ in labels[first:last + 1]))
        if name:
            out.append((m.start() + labels[first][1], m.start() + labels[last][2], name))
    return out


def letter_spaced(text: str) -> re.Match[str] | None:
    """The first run of six letters or more written one by one with spaces between ("c h e a p")."""
    return _SPACED_RE.search(text)
