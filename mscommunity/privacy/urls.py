"""Links: personal ones are removed, links to allowed health and research sites stay.

Contract: ``find(text, allowed_domains)`` returns URL redactions for every link
whose host is not an allowed domain or a subdomain of one.  Social, blog and
fundraising hosts are certain; other unknown hosts are removed as uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .doc import Doc, doc_for
from .result import Redaction

DEFAULT_ALLOWED_DOMAINS: tuple[str, ...] = (
    "nationalmssociety.org", "mssociety.org.uk", "mssociety.ca", "msaustralia.org.au", "msif.org",
    "mstrust.org.uk", "msaa.org", "mymsaa.org", "overcomingms.org", "ectrims.eu", "actrims.org",
    "nhs.uk", "nice.org.uk", "gov.uk", "clinicaltrials.gov", "nih.gov", "ncbi.nlm.nih.gov",
    "pubmed.ncbi.nlm.nih.gov", "medlineplus.gov", "cdc.gov", "fda.gov", "who.int", "ema.europa.eu",
    "isrctn.com", "clinicaltrialsregister.eu", "mayoclinic.org", "clevelandclinic.org",
    "hopkinsmedicine.org", "nm.org", "northwestern.edu", "thelancet.com", "nejm.org", "jamanetwork.com",
    "bmj.com", "nature.com", "sciencedirect.com", "springer.com", "wiley.com", "doi.org", "cochrane.org",
    "cochranelibrary.com", "medrxiv.org", "wikipedia.org", "healthdirect.gov.au", "hse.ie",
)

_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|me|co|uk|ie|au|nz|ca|in|nl|de|fr|es|it|eu|us|ly|tv|be|ch|se|no|"
    "dk|fi|pl|ru|mx|br|za|sg|jp|cn|kr|blog|online|site|app|page|link|xyz|health|care|life|club|shop|store"
)
_URL = re.compile(
    r"(?:(?:https?://|www\.)[^\s<>\"'()\[\]]+|"
    rf"(?<![@\w.\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,62}})\.)+(?:{_TLDS})\b(?:/[^\s<>\"'()\[\]]*)?)",
    re.IGNORECASE,
)
_PERSONAL_HOSTS = (
    "facebook.com", "fb.com", "fb.me", "instagram.com", "instagr.am", "twitter.com", "x.com", "tiktok.com",
    "youtube.com", "youtu.be", "linkedin.com", "snapchat.com", "threads.net", "bsky.app", "reddit.com",
    "pinterest.com", "tumblr.com", "medium.com", "substack.com", "blogspot.com", "wordpress.com",
    "wix.com", "wixsite.com", "squarespace.com", "weebly.com", "gofundme.com", "gofund.me", "justgiving.com",
    "givealittle.co.nz", "mycause.com.au", "fundly.com", "kickstarter.com", "patreon.com", "paypal.me",
    "paypal.com", "venmo.com", "cash.app", "ko-fi.com", "buymeacoffee.com", "linktr.ee", "whatsapp.com",
    "wa.me", "t.me", "telegram.me", "discord.gg", "caringbridge.org", "lotsahelpinghands.com",
)
_HINT = re.compile(rf"[a-z0-9]\.(?:{_TLDS})\b|://|www\.")
# ".tld" starts with a literal, so ``re`` finds it much faster than _HINT's leading class.
_DOT_TLD = re.compile(rf"\.(?:{_TLDS})\b")


def _has_hint(low: str) -> bool:
    """Same answer as ``_HINT.search(low)``, found faster."""
    return bool(_hints(low, first_only=True))


def _hints(low: str, *, first_only: bool = False) -> list[int]:
    """Positions of "://", "www." and ".tld" after a letter or digit: every link holds one."""
    out: list[int] = []
    for needle in ("://", "www."):
        i = low.find(needle)
        while i != -1:
            out.append(i)
            if first_only:
                return out
            i = low.find(needle, i + 1)
    for m in _DOT_TLD.finditer(low):
        i = m.start()
        if i and low[i - 1].isascii() and low[i - 1].isalnum():
            out.append(i)
            if first_only:
                return out
    return out


_DELIMS = frozenset(" \t\n\r\f\v<>\"")


def _chunk_spans(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The runs of ``_CHUNK`` characters holding ``positions``, in order, each once."""
    spans: set[tuple[int, int]] = set()
    for i in positions:
        s = i
        while s > 0 and not (text[s - 1] in _DELIMS or text[s - 1].isspace()):
            s -= 1
        m = _CHUNK.match(text, i)
        spans.add((s, m.end() if m else i))
    return sorted(spans)
_CHUNK = re.compile(r"[^\s<>\"]+")
_PERSONAL_HOST_SET = frozenset(_PERSONAL_HOSTS)
# Abbreviations and file names that look like host names.
_NOT_HOSTS = frozenset(["e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "n.b", "p.s", "etc.co"])


@lru_cache(maxsize=32)
def _normalise(domains: tuple[str, ...]) -> frozenset[str]:
    return frozenset(d.strip().lower().lstrip(".") for d in domains if d and d.strip())


_SCHEME = re.compile(r"https?://", re.I)
_HOST_END = re.compile(r"[/?#:]")


def _host(url: str) -> str:
    m = _SCHEME.match(url)
    u = url[m.end():] if m else url
    m = _HOST_END.search(u)
    host = (u[:m.start()] if m else u).lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _under(host: str, domains: frozenset[str]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one."""
    parts = host.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts)))


def _missing_space(raw: str) -> bool:
    """"relieved.It", "doctor.In": a sentence run into the next, not a host (a real one is
    written in lower case, or all in capitals)."""
    head, _, last = raw.rpartition(".")
    return "." not in head and len(last) >= 2 and last[0].isupper() and last[1:].islower() and head[-1:].isalpha()


def find(
    text: str, allowed_domains: Iterable[str] = DEFAULT_ALLOWED_DOMAINS, *, doc: Doc | None = None
) -> list[Redaction]:
    """Return URL redactions for links not under ``allowed_domains``."""
    out: list[Redaction] = []
    if "." not in text:
        return out
    d = doc_for(text, doc)
    hints = _hints(d.low)
    if not hints:
        return out
    allowed = _normalise(allowed_domains if isinstance(allowed_domains, tuple) else tuple(allowed_domains))
    # Only the chunks (runs without spaces) that hold a hint can hold a link.
    chunks = _chunk_spans(text, hints) if d.same_len else [m.span() for m in _CHUNK.finditer(text)]
    for s, e in chunks:
        if "." in text[s:e]:
            out.extend(_scan(text, s, e, allowed))
    return out


def _scan(text: str, lo: int, hi: int, allowed: frozenset[str]) -> list[Redaction]:
    out: list[Redaction] = []
    for m in _URL.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in ".,;:!?":
            e -= 1
        raw = text[s:e]
        host = _host(raw)
        if not host or host in _NOT_HOSTS or "." not in host:
            continue
        if _under(host, allowed):
            continue
        explicit = raw.lower().startswith(("http", "www."))
        if not explicit and "/" not in raw and _missing_space(raw):
            continue
        has_path = "/" in raw.split("//", 1)[-1]
        if _under(host, _PERSONAL_HOST_SET):
            conf = 0.97
        elif explicit or has_path:
            conf = 0.9
        else:
            # A bare "something.com": most likely a personal site, but could be a brand.
            conf = 0.75
        out.append(Redaction("URL", s, e, conf))
    return out
