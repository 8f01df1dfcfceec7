"""Spam: evidence that generalises, weighed together, with guards for real people.

Pure Python. Two parts, both called by the engine:

:func:`spam_signal_hits` (step ``spam_signals``) computes the spam cues that
are more than one pattern (their weights and examples are in
``cues/spam.toml``, ``step = "spam_signals"``):

* ``unknown_link``: a link to a site that is not a public health or research
  body (``privacy.DEFAULT_ALLOWED_DOMAINS``; hosts are read with
  ``urllib.parse``), or a link the scrubber removed ("[link removed]");
* ``short_link``: a link shortener (bit.ly, tinyurl ...), which hides where it goes;
* ``link_drop``: links with hardly any words around them ("Read this!!! <link>");
* ``contact_channel``: a contact the scrubber removed (phone, e-mail, handle)
  or a messaging app named;
* ``generic_comment``: a post about "your post / article / blog / website"
  that says nothing about the thread (it would fit under any post);
* ``service_offer``: "we write essays", "I build websites" with a price or a contact;
* ``commercial_voice``: several words of selling (price, order, shipping,
  customers, discount ...) in one post;
* ``keyword_stuffing``: a run of words with no sentence in it, the same key
  words again and again ("best plumber near me cheap plumber ...");
* ``spintax``: an unfilled spinning template ("{Hello|Hi} there").

:func:`weigh_spam` then weighs the spam hits of every step together: each guarded
cue counts once (its strongest hit), and the cues flagged ``guarded`` (links,
praise, commercial words: evidence a real person's post can carry) are scaled
down when the post is a first-person story (health or not), names a public
health body's link, or raises money for the writer's own treatment, unless the
post also sells, promotes the writer's channel or offers money (the cues
without the flag). So a treatment story that names clinics, countries and
prices, or a link to the NHS, is never spam; a personal story about money or
work waits for a moderator at most.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from urllib.parse import urlsplit

from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import LINK_RE, Document, rx
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.moderation.assessment.result import SPAM
from mscommunity.privacy import DEFAULT_ALLOWED_DOMAINS, MARKERS

_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == "spam_signals"}
GUARDED: frozenset[str] = frozenset(c.name for c in CUES.cues if c.label == SPAM and "guarded" in c.flags)
"""Spam cues a genuine post can carry: scaled down by the guards."""

NARRATIVE_FACTOR = 0.35
"""Guarded spam weights in a first-person story (or beside a public-health link, or own fundraising)."""

_LINK_MARKER = MARKERS["URL"]
_CONTACT_MARKERS = (MARKERS["PHONE"], MARKERS["EMAIL"], MARKERS["HANDLE"])
_MARKER_RE = re.compile("|".join(re.escape(m) for m in MARKERS.values()))
_SHORTENERS = frozenset({
    "bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "cutt.ly", "rb.gy", "shorturl.at",
    "tiny.cc", "rebrand.ly", "s.id", "t.ly", "lnkd.in",
})
_ALLOWED = frozenset(DEFAULT_ALLOWED_DOMAINS)
_MESSAGING_RE = rx(r"\b(?:whats\s?app|telegram|signal\s+me|viber|wechat|kik|snapchat)\b")
_WRITING_RE = rx(
    r"\b(?:your|this|the|these|ur)\s+(?:\w+\s+){0,2}?(?:post|posts|article|articles|blog|weblog|paragraph|"
    r"write-?up|webpage|web\s+page|website|web\s+site|site|content|info|information|topic|writing|piece)\b"
    r"|\b(?:blogger|blogging|blogroll|webmaster|web\s+host)\b"
    r"|\b(?:great|nice|good|awesome|amazing|excellent|superb|wonderful|informative|useful|helpful|lovely|cool)\s+"
    r"(?:blog|post|article|site|website|write-?up|paragraph|content|info|read)\b"
)
_COMMERCIAL_RE = rx(
    r"\b(?:order(?:s|ing)?|shipping|ship|delivery|deliver|discount\w*|prices?|pricing|deals?|sale|"
    r"offers?|customers?|clients?|services?|professional|affordable|cheap\w*|quality|purchase|products?|"
    r"brand|booking|agent|commission|earn\w*|income|profits?|invest\w*|bonus|guarantee[ds]?|money\s+back|"
    r"free|promo|coupon|subscription|wholesale|packages?|plans?\s+start|per\s+month|a\s+month|24/7|"
    r"nationwide|worldwide|trusted|certified|legit|fast|instant\w*|online)\b"
)
_STUFF_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(re.split(
    r"\s+",
    "the and for you are but not all can was one our out has his her how its who did get got "
    "this that with have from your they them were what when where which will would about there their just "
    "like love song really very much know been also some more than then into only over even because still",
))
_SPINTAX_RE = re.compile(r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{1,60})+\}")
_NARRATIVE_RE = rx(r"\b(?:i|i'm|im|i've|ive|i'd|my|we|we're|we've|our)\b")
# About the thread (MS, health, care): narrower than the document's health words ("better", "done").
_TOPIC_RE = rx(
    r"\b(?:ms|multiple\s+sclerosis|rrms|spms|ppms|diagnos\w*|relaps\w*|neuro\w*|lesions?|mri|scans?|"
    r"symptoms?|treatments?|medications?|meds|drugs?|therap\w*|disease|illness|clinics?|hospitals?|"
    r"doctors?|nurses?|gp|fatigue|wheelchair|walking|walker|rollator|mobility|infusions?|injections?|"
    r"trials?|carers?|caring|disabilit\w*|pain|vision|bladder|sclerosis|hsct|stem\s+cells?|physio\w*|"
    r"support\s+group|diagnosed|health|healthcare|patients?)\b"
)
_SERVICE_RE = rx(
    r"\b(?:we|i)\s+(?:can\s+)?(?:write|build|design|make|create|sell|offer|provide|repair|fix|draw|edit|"
    r"develop|paint|bake|ship|deliver|teach|coach|tutor)\s+(?:\w+\s+){0,3}?[\w-]+s\b"
)
_PRICE_OR_CONTACT_RE = rx(
    r"[$£€]\s?\d|\b\d+\s?(?:usd|dollars|pounds|euros)\b|\[(?:phone\s+number|email|social\s+media\s+handle)"
    r"\s+removed\]|\b(?:whats\s?app|telegram|dm\s+me|message\s+me|contact\s+(?:me|us)|call\s+(?:me|us|now))\b"
)
_PAST_OR_STATE_RE = rx(
    r"\b(?:was|were|had|did|went|got|took|felt|found|paid|spent|started|stopped|tried|used|been|"
    r"diagnosed|treated|told|came|made|bought|lost|moved|finally|since|ago|last\s+(?:year|week|month)|"
    r"years?|months?|weeks?|days?|today|yesterday|now)\b"
)
_FUNDRAISING_RE = rx(
    r"\b(?:fund-?rais\w*|raising\s+(?:money|funds)|raised\s+£?\$?\d|gofundme|go\s+fund\s+me|justgiving|"
    r"sponsored\s+(?:walk|run|swim|cycle)|crowdfund\w*|bake\s+sale|cake\s+sale|charity\s+(?:walk|run))\b"
)


def _hit(name: str, start: int, end: int) -> Hit:
    return hit_for(_CUES[name], start, end)


def _host(link: str) -> str:
    """The host of ``link`` (a URL, ``www.`` address or bare domain), lower case, without ``www.``."""
    target = link if "://" in link else f"http://{link}"
    try:
        host = (urlsplit(target).hostname or "").rstrip(".")
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _under(host: str, domains: frozenset[str]) -> bool:
    parts = host.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts)))


def public_health_link(doc: Document) -> bool:
    """True when the post links to a public health body, a trial registry or a journal."""
    return any(_under(_host(m.group(0)), _ALLOWED) for m in LINK_RE.finditer(doc.text))


def _links(doc: Document) -> list[tuple[int, int, str]]:
    """``(start, end, host)`` of every link not under an allowed domain; removed links have host ``""``."""
    out = [(m.start(), m.end(), _host(m.group(0))) for m in LINK_RE.finditer(doc.text)]
    out = [x for x in out if not _under(x[2], _ALLOWED)]
    start = doc.text.find(_LINK_MARKER)
    while start >= 0:
        out.append((start, start + len(_LINK_MARKER), ""))
        start = doc.text.find(_LINK_MARKER, start + 1)
    return sorted(out)


def spam_signal_hits(doc: Document) -> list[Hit]:
    """The ``spam_signals`` step (see the module docstring)."""
    text = doc.text
    hits: list[Hit] = []
    links = _links(doc)
    for s, e, host in links:
        hits.append(_hit("short_link" if host in _SHORTENERS else "unknown_link", s, e))
    if links:
        rest = _MARKER_RE.sub(" ", LINK_RE.sub(" ", text))
        words = re.findall(r"[^\W\d_]{2,}", rest)
        if len(words) <= 6 and not any(s.author and s.health for s in doc.sentences):
            hits.append(_hit("link_drop", links[0][0], links[-1][1]))
    for marker in _CONTACT_MARKERS:
        pos = text.find(marker)
        if pos >= 0:
            hits.append(_hit("contact_channel", pos, pos + len(marker)))
    m = _MESSAGING_RE.search(text)
    if m:
        hits.append(_hit("contact_channel", m.start(), m.end()))
    hits += _generic_comment(doc)
    m = _SERVICE_RE.search(text)
    if m and _PRICE_OR_CONTACT_RE.search(text):
        hits.append(_hit("service_offer", m.start(), m.end()))
    commercial = list(_COMMERCIAL_RE.finditer(text))
    if len({c.group(0).lower() for c in commercial}) >= 3:
        hits.append(_hit("commercial_voice", commercial[0].start(), commercial[-1].end()))
    hits += _keyword_stuffing(doc)
    m = _SPINTAX_RE.search(text)
    if m:
        hits.append(_hit("spintax", m.start(), m.end()))
    return hits


def _generic_comment(doc: Document) -> list[Hit]:
    """A post about "your post / this article / your website" and nothing about the thread:
    no health or treatment word, at most 80 words, talking to the writer about the writing."""
    if doc.mentions or _TOPIC_RE.search(doc.text) or len(doc.text.split()) > 80:
        return []
    found = list(_WRITING_RE.finditer(doc.text))
    if not found:
        return []
    hits = [_hit("generic_comment", found[0].start(), found[0].end())]
    if len(found) >= 2:
        hits.append(_hit("generic_comment_repeated", found[1].start(), found[1].end()))
    return hits


def _keyword_stuffing(doc: Document) -> list[Hit]:
    """Six words or more with no sentence ending or comma among them, a key word three times (or a pair twice)."""
    text = _MARKER_RE.sub(" ", doc.text).rstrip(" .!?\n")
    words = [w.lower() for w in _STUFF_WORD_RE.findall(text)]
    if len(words) < 6 or re.search(r"[.!?]\s|[,;:]", text) or _NARRATIVE_RE.search(text):
        return []
    counts = Counter(w for w in words if w not in _STOP and len(w) >= 4)
    pairs = Counter(pairwise(words))
    if (counts and counts.most_common(1)[0][1] >= 3) or (pairs and pairs.most_common(1)[0][1] >= 2):
        return [_hit("keyword_stuffing", 0, len(doc.text.rstrip()))]
    return []


def _first_person_story(doc: Document) -> bool:
    """Two sentences or more by the author (one with a health or treatment word
    is enough) told as something that happened or is so: a personal story."""
    own = [s for s in doc.sentences if s.author and _PAST_OR_STATE_RE.search(doc.text, s.start, s.end)]
    return len(own) >= 2 or any(s.health for s in own)


_ASKS = frozenset({"reader_request", "call_to_action", "subscribe_request", "like_request", "unknown_link",
                   "contact_channel", "short_link"})


def weigh_spam(doc: Document, hits: list[Hit]) -> list[Hit]:
    """Each guarded spam cue counts once (its strongest hit; the others stay
    as evidence at weight 0), and guarded cues are scaled down by the guards
    (see the module docstring) when nothing unguarded says the post sells."""
    spam = [h for h in hits if h.label == SPAM]
    if not spam:
        return hits
    selling = any(h.cue not in GUARDED and h.weight >= 0.5 for h in spam)
    guard = not selling and (
        _first_person_story(doc) or public_health_link(doc) or bool(_FUNDRAISING_RE.search(doc.text))
    )
    fired = {h.cue for h in spam}
    if "own_promotion" in fired and fired & _ASKS:
        first = next(h for h in spam if h.cue == "own_promotion")
        promo = _hit("self_promotion", first.start, first.end)
        hits, spam = [*hits, promo], [*spam, promo]
        selling = True
    guard = guard and not selling
    best: dict[str, Hit] = {}
    for h in spam:
        if h.cue not in best or h.weight > best[h.cue].weight:
            best[h.cue] = h
    out: list[Hit] = []
    for h in hits:
        if h.label != SPAM:
            out.append(h)
        elif best[h.cue] is not h and h.cue in GUARDED:
            out.append(h._replace(weight=0.0))
        elif guard and h.cue in GUARDED:
            out.append(h._replace(weight=h.weight * NARRATIVE_FACTOR))
        else:
            out.append(h)
    return out
