"""Spam: evidence that generalises, weighed together, with guards for real people.

Pure Python. The first of two parts, both called by the engine:

:func:`spam_signal_hits` (step ``spam_signals``) computes the spam cues that
are more than one pattern (their weights and examples are in
``cues/spam.toml``, ``step = "spam_signals"``):

* ``unknown_link``: a link to a site that is not a public health or research
  body (``privacy.DEFAULT_ALLOWED_DOMAINS``; hosts are read with
  ``urllib.parse``), or a link the scrubber removed ("[link removed]");
* ``off_topic_link``: such a link in a short post (25 words at most, more than a link drop)
  with nothing about MS, health or care in it and not introduced as news;
* ``short_link``: a link shortener (bit.ly, tinyurl ...), which hides where it goes;
* ``link_drop``: links with hardly any words around them ("Read this!!! <link>");
* ``contact_channel``: a contact the scrubber removed (phone, e-mail, handle)
  or a messaging app named;
* ``generic_comment``: a post about "your post / article / blog / website"
  that says nothing about the thread (it would fit under any post);
* ``service_offer``: "I build websites" with a contact, "we write essays" with a price or a contact;
* ``commercial_voice``: several words of selling (price, order, shipping,
  customers, discount ...) in one post;
* ``keyword_stuffing``: a run of words with no sentence in it, the same key
  words again and again ("best plumber near me cheap plumber ...");
* ``keyword_list``: search phrases between bars ("best scooters UK | cheap scooters for sale | ...");
* ``repeated_key_phrase``: the same three key words three times in a short post;
* ``spintax``: an unfilled spinning template ("{Hello|Hi} there");
* the comment-box promotion cues of :mod:`.spam_promo` (``own_promotion``,
  ``call_to_own``, ``follow_me``, ``look_here``, ``points_to_own``,
  ``growth_request``), and pattern cues that match only once HTML entities are read;
* ``spam_profile`` (:mod:`.spam_profile`): several classes of evidence at once, with no experience of the writer's own.

:func:`.spam_weighing.weigh_spam` then weighs the spam hits of every step
together, with the guards for real people (see that module).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import Document, outside, rx, scan
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.moderation.assessment.spam_links import affiliate, host, letter_spaced, spelled_links, under
from mscommunity.moderation.assessment.spam_offers import offer_hits
from mscommunity.moderation.assessment.spam_profile import profile_span
from mscommunity.moderation.assessment.spam_promo import entity_hits, promotion_hits
from mscommunity.privacy import DEFAULT_ALLOWED_DOMAINS, MARKERS

_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == "spam_signals"}

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
    r"\b(?:your|this|ur)\s+(?:\w+\s+){0,2}?(?:post|posts|article|articles|blog|weblog|paragraph|"
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
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_STUFF_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(re.split(
    r"\s+",
    "the and for you are but not all can was one our out has his her how its who did get got "
    "this that with have from your they them were what when where which will would about there their just "
    "like love song really very much know been also some more than then into only over even because still",
))
_KEY_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_KEY_STOP = frozenset(re.split(
    r"\s+",
    "what which also into onto upon then than such some each every other another these those here there "
    "been being said says going want make made take took come came down well back after before again "
    "is a an of to in on at it as be by or if so do my me we he she us no up am",
))
_SPINTAX_RE = re.compile(r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{1,60})+\}")
_NARRATIVE_RE = rx(r"\b(?:i|i'm|im|i've|ive|i'd|my|we|we're|we've|our)\b")
# About the thread (MS, health, care): narrower than the document's health words ("better", "done").
_TOPIC_RE = rx(
    r"\b(?:ms|multiple\s+sclerosis|rrms|spms|ppms|diagnos\w*|relaps\w*|neuro\w*|lesions?|mri|scans?|"
    r"symptoms?|treatments?|medications?|meds|drugs?|therap\w*|disease|illness|clinics?|hospitals?|"
    r"doctors?|nurses?|gp|fatigue|wheelchair|walking|walker|rollator|mobility|infusions?|injections?|"
    r"trials?|carers?|caring|disabilit\w*|pain|vision|bladder|sclerosis|hsct|stem\s+cells?|physio\w*|"
    r"support\s+group|diagnosed|health|healthcare|patients?|pip|esa|dla|benefits?|carer'?s\s+allowance|"
    r"blue\s+badge|occupational\s+therap\w*|adaptations?|stairlift|grab\s+rails?|powerchairs?|nhs|"
    r"mobility\s+scooters?)\b"
)
# A link introduced as something to read about the world, not the writer's own (a source cited in
# an argument: "an interview about it here", "the official figures, if anyone doubts it").
_NEWS_RE = rx(
    r"\b(?:article|news|report|reported|reports|study|paper|research|survey\s+found|according\s+to|read\s+(?:on|in)|"
    r"interviews?|sources?|wiki|wikipedia|documentary|biography|statistics|stats|charts?|facts|doubts?|figures|"
    r"published|journalist|headline|bbc|guardian|times|reuters|my\s+(?:own\s+)?(?:story|journey|experience|diary))\b"
)
# A business booking the reader ("call today for a free case review", "Book your free discovery call",
# the slogan "No win, no fee.", "enrol here"): selling, counted only with a way to reach the seller
# (booking_offer). Not "they told us to book a free consultation" nor "a no win no fee solicitor".
_BOOKING_RE = rx(
    r"(?:^|[.!?:\n]\s*|\b(?:call|ring|phone|contact|visit|email|message|text)\b[^.!?\n]{0,60}?\b(?:to|for)\s+)"
    r"(?:(?:book|schedule|claim|request|get|arrange)\s+)?(?:your|a|an)\s+(?:free|complimentary|no[\s-]obligation)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:consultation|assessment|case\s+review|review|call|session|quote|evaluation|appointment|"
    r"trial\s+(?:class|lesson|session))\b|\bno\s+win,?\s+no\s+fee\s*[.!]|\b(?:enrol|enroll)\s+(?:here|now|today|at)\b|"
    r"\bearly[\s-]bird\s+(?:price|offer|rate|discount)\b"
)
# A short link named as a source to read or watch about the subject ("interview here: <link>"): not a bare drop.
_SOURCE_RE = rx(r"\b(?:interviews?|articles?|documentar(?:y|ies)|wikipedia|wiki|biography)\b")
_SERVICE_RE = rx(
    r"\b(?:we|i)\s+(?:can\s+)?(?:write|build|design|make|create|sell|offer|provide|repair|fix|draw|edit|"
    r"develop|paint|bake|ship|deliver|teach|coach|tutor)\s+(?:\w+\s+){0,3}?[\w-]+s\b"
    r"|\b(?:my|our)\s+(?:team|company|agency|experts|writers|staff|firm)\b(?:\s+at\s+\S+)?\s+(?:can|will)\s+"
    r"(?:help|take\s+care|handle|do|write|sort)\b"
    r"|\b(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:now\s+)?(?:selling|offering|giving\s+away)\b"
)
# "I can do your homework for $10": the reader's task done for a price.
_FOR_YOU_RE = rx(
    r"\b(?:we|i)\s+(?:can|will|could)\s+(?:do|write|make|fix|design|build|edit|handle|complete|finish|sort)\s+"
    r"(?:your|ur|any|all\s+your)\b"
)
_PRICE_RE = rx(r"[$£€]\s?\d|\b\d+\s?(?:usd|dollars|pounds|euros)\b")
_CONTACT_RE = rx(
    r"\[(?:phone\s+number|email|social\s+media\s+handle|link)\s+removed\]|\b(?:whats\s?app|telegram|dm\s+me|"
    r"message\s+(?:me|us)|contact\s+(?:me|us)|call\s+(?:me|us|now)|hit\s+me\s+up|inbox\s+(?:me|us)|e-?mail\s+(?:me|us))\b"
)
_FIRST_PERSON_RE = rx(r"\b(?:i|i'm|im|i've|me|my|mine|we|us|our)\b")
_PRIVATE_ASK_RE = rx(r"\b(?:dm|pm|inbox|message|whats\s?app|telegram|text|e-?mail|kik|snap)\s+(?:me|us)\b")


_MESSAGING_WORDS = frozenset({"whatsapp", "whats", "telegram", "signal", "viber", "wechat", "kik", "snapchat"})
_SERVICE_WORDS = frozenset(re.split(
    r"\s+", "write build design make create sell offer provide repair fix draw edit develop paint bake ship deliver teach coach "
    "tutor selling offering giving team company agency experts writers staff firm do handle complete finish sort",
))
_COMMERCIAL_WORDS = frozenset(re.split(
    r"\s+", "order orders ordering shipping ship delivery deliver prices price pricing deal deals sale offer offers customer "
    "customers client clients service services professional affordable quality purchase product products brand "
    "booking agent commission income profit profits bonus guarantee guaranteed guarantees free promo coupon "
    "subscription wholesale package packages nationwide worldwide trusted certified legit fast online",
))
_COMMERCIAL_STEMS = ("discount", "cheap", "earn", "invest", "instant")
_COMMERCIAL_LAST = ("back", "start", "month", "7")  # last words of "money back", "plans start", "per month", "24/7"
_VOCAB_RE = re.compile(r"[^\W_]+")
_MEMO: dict[str, tuple[frozenset[str], bool | None]] = {}


def _memo(doc: Document) -> tuple[frozenset[str], bool | None]:
    entry = _MEMO.get(doc.text)
    if entry is None:
        if len(_MEMO) > 64:
            _MEMO.clear()
        entry = _MEMO[doc.text] = (frozenset(_VOCAB_RE.findall(doc.low)), None)
    return entry


def words_of(doc: Document) -> frozenset[str]:
    """The post's words, lower case (read once for the spam steps)."""
    return _memo(doc)[0]


def on_topic(doc: Document) -> bool:
    """True when the post names a treatment or a word about MS, health or care (:data:`_TOPIC_RE`), read once."""
    if doc.mentions:
        return True
    vocab, topical = _memo(doc)
    if topical is None:
        topical = bool(_TOPIC_RE.search(doc.text))
        _MEMO[doc.text] = (vocab, topical)
    return topical


def _maybe_commercial(vocab: frozenset[str]) -> bool:
    """False when fewer than three selling words can be in the post (then :data:`_COMMERCIAL_RE` need not run)."""
    n = len(vocab & _COMMERCIAL_WORDS)
    if n < 3:
        n += sum(1 for w in vocab if w.startswith(_COMMERCIAL_STEMS)) + sum(1 for w in _COMMERCIAL_LAST if w in vocab)
    return n >= 3


def _hit(name: str, start: int, end: int) -> Hit:
    return hit_for(_CUES[name], start, end)


def public_health_link(doc: Document) -> bool:
    """True when the post links to a public health body, a trial registry or a journal."""
    text = doc.text
    return any(under(host(text[s:e]), _ALLOWED) for s, e in doc.links)


def _links(doc: Document) -> list[tuple[int, int, str]]:
    """``(start, end, host)`` of every link not under an allowed domain, spelled-out addresses
    included; removed links have host ``""``."""
    text = doc.text
    out = [(s, e, host(text[s:e])) for s, e in doc.links]
    out = [x for x in out if not under(x[2], _ALLOWED)]
    out += [x for x in spelled_links(text) if not under(x[2], _ALLOWED)]
    start = text.find(_LINK_MARKER)
    while start >= 0:
        out.append((start, start + len(_LINK_MARKER), ""))
        start = text.find(_LINK_MARKER, start + 1)
    return sorted(out)


def spam_signal_hits(doc: Document) -> list[Hit]:
    """The ``spam_signals`` step (see the module docstring)."""
    text = doc.text
    hits: list[Hit] = []
    links = _links(doc)
    written = set(doc.links)
    for s, e, name in links:
        hits.append(_hit("short_link" if name in _SHORTENERS else "unknown_link", s, e))
        if affiliate(text[s:e]):
            hits.append(_hit("affiliate_link", s, e))
        elif name and (s, e) not in written:
            hits.append(_hit("spelled_link", s, e))  # an address spelled out so no filter reads it
    if links:
        rest = _MARKER_RE.sub(" ", outside(text, [(s, e) for s, e, _ in links]))
        words = _WORD_RE.findall(rest)
        if len(words) <= 6 and not any(s.author and s.health for s in doc.sentences) and not _SOURCE_RE.search(rest):
            hits.append(_hit("link_drop", links[0][0], links[-1][1]))
        elif len(text.split()) <= 25 and not on_topic(doc) and not _NEWS_RE.search(text):
            hits.append(_hit("off_topic_link", links[0][0], links[0][1]))
    contacts = [(pos, pos + len(marker)) for marker in _CONTACT_MARKERS if (pos := text.find(marker)) >= 0]
    for s, e in contacts:
        hits.append(_hit("contact_channel", s, e))
    if (links or contacts) and (m := _BOOKING_RE.search(text)):
        hits.append(_hit("booking_offer", m.start(), m.end()))
    if len(text) < 60 and len(_WORD_RE.findall(_MARKER_RE.sub(" ", text))) <= 3:
        # Nothing but a way to reach someone: "more [email removed]", "dm me". The writer's own number
        # ("call me on [phone number removed]") was removed, so that post reaches nobody.
        ask = None if contacts else _PRIVATE_ASK_RE.search(text)
        if (contacts and not _FIRST_PERSON_RE.search(text)) or ask:
            hits.append(_hit("contact_drop", *(contacts[0] if contacts else ask.span())))
    vocab = words_of(doc)  # cheap pre-checks: a pattern runs only when one of its words is in the post
    m = _MESSAGING_RE.search(text) if not vocab.isdisjoint(_MESSAGING_WORDS) else None
    if m:
        hits.append(_hit("contact_channel", m.start(), m.end()))
    hits += _generic_comment(doc)
    if not vocab.isdisjoint(_SERVICE_WORDS):
        hits += _service_offer(text, bool(links))
    if _maybe_commercial(vocab):
        commercial = list(_COMMERCIAL_RE.finditer(text))
        if len({c.group(0).lower() for c in commercial}) >= 3:
            hits.append(_hit("commercial_voice", commercial[0].start(), commercial[-1].end()))
    hits += _keyword_stuffing(doc)
    hits += _keyword_list(doc)
    hits += _repeated_key_phrase(doc)
    m = letter_spaced(text)
    if m:
        hits.append(_hit("letter_spaced", m.start(), m.end()))
    hits += promotion_hits(doc, doc.links)
    hits += offer_hits(doc, links, vocab)
    hits += entity_hits(doc)
    span = profile_span(doc, on_topic(doc), vocab, next(((s, e) for s, e, name in links if name), None))
    if span:
        hits.append(_hit("spam_profile", *span))
    m = _SPINTAX_RE.search(text) if "{" in text else None
    if m:
        hits.append(_hit("spintax", m.start(), m.end()))
    return hits


def _service_offer(text: str, linked: bool) -> list[Hit]:
    """The writer offering a service with a way to reach them (or, for "we", a price),
    or offering to do the reader's task for a price."""
    m = _SERVICE_RE.search(text)
    if m and (_CONTACT_RE.search(text) or linked or (_PRICE_RE.search(text) and m.group(0).lower().startswith("we"))):
        return [_hit("service_offer", m.start(), m.end())]
    m = _FOR_YOU_RE.search(text)
    if m and _PRICE_RE.search(text):
        return [_hit("service_offer", m.start(), m.end())]
    return []


def _generic_comment(doc: Document) -> list[Hit]:
    """A post about "your post / this article / your website" and nothing about the thread:
    no health or treatment word, at most 80 words, talking to the writer about the writing."""
    if doc.mentions or len(doc.text.split()) > 80:
        return []
    writing, subject = scan(doc, _WRITING_RE)  # spans only: the lowered text serves (folding.py)
    found = list(writing.finditer(subject))
    if not found or on_topic(doc):
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


_BAR_SEGMENT_RE = re.compile(r"[^|\n]+")


_LIST_SPLIT_RE = re.compile(r"\s*(?:[,;\u2022\u00b7]|\s[-\u2013\u2014]\s)\s*")
_SENTENCE_WORDS = frozenset(re.split(
    r"\s+", "i i'm i've me my we our us you your he she his her it it's they them their is are was were am have has "
             "had been do did don't can't will would should could this that",
))


# What a search phrase for a trade asks for ("near me", "cheap", "repair"); two of them make a list a search
# footer (a fan's "best song ever, best video ever, best singer ever" names none).
_SEARCH_INTENT = frozenset(re.split(
    r"\s+", "near cheap cheapest affordable buy sale services service company companies contractors contractor "
             "installation installers installer repair repairs price prices shop shops store deals discount hire rental "
             "quotes quote specialists delivery estimate estimates",
))


def _keyword_list(doc: Document) -> list[Hit]:
    """Search phrases in a row: between bars (two bars or more, the phrases two to seven words
    with no sentence end), or between commas or dashes (four pieces or more, those inside two to six
    words with no sentence word in them, one key word in three pieces and two words of a trade's search:
    "bathroom remodel Phoenix, walk in tubs Phoenix, grab bars Phoenix AZ, ... near me")."""
    text = doc.text
    bars, commas = text.count("|") >= 2, text.count(",") + text.count("\u2014") + text.count(" - ") >= 2
    if not bars and not commas:
        return []
    for line in text.split("\n"):
        if bars and line.count("|") >= 2:
            parts = line.split("|")
            inner = parts[1:-1]  # the first and last piece may hold the sentence around the list
            if all(2 <= len(p.split()) <= 7 and not re.search(r"[.!?]\s", p.strip()) for p in inner):
                start = text.find(line)
                return [_hit("keyword_list", start, start + len(line.rstrip()))]
        if not commas:
            continue
        parts = _LIST_SPLIT_RE.split(line)
        if len(parts) < 4 or not all(
                2 <= len(p.split()) <= 6 and not re.search(r"[.!?]", p) and _SENTENCE_WORDS.isdisjoint(p.lower().split())
                for p in parts[1:-1]):
            continue
        pieces = Counter(w for p in parts for w in {w.lower() for w in _STUFF_WORD_RE.findall(p)} if w not in _STOP
                         and len(w) >= 4)
        if pieces and pieces.most_common(1)[0][1] >= 3 and len(_SEARCH_INTENT.intersection(line.lower().split())) >= 2:
            start = text.find(line)
            return [_hit("keyword_list", start, start + len(line.rstrip()))]
    return []


def _repeated_key_phrase(doc: Document) -> list[Hit]:
    """A three-word phrase of key words (no short or common word in it) three times or more, in at most 150 words."""
    counts = Counter(_KEY_WORD_RE.findall(doc.low))
    if sum(counts.values()) > 150 or not any(n >= 3 and w not in _STOP and w not in _KEY_STOP
                                             for w, n in counts.items()):
        return []
    key_word, subject = scan(doc, _KEY_WORD_RE)  # the words lowered either way (folding.py)
    words = [(m.group(0).lower(), m.start(), m.end()) for m in key_word.finditer(subject)]
    grams: Counter[tuple[str, ...]] = Counter()
    where: dict[tuple[str, ...], tuple[int, int]] = {}
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        key = (a[0], b[0], c[0])
        if any(w in _STOP or w in _KEY_STOP for w in key):
            continue
        grams[key] += 1
        where.setdefault(key, (a[1], c[2]))
    for key, n in grams.items():
        if n >= 3:
            return [_hit("repeated_key_phrase", *where[key])]
    return []


