"""Spam weighing: the spam hits of every step weighed together, with guards for real people.

Pure Python. :func:`weigh_spam` is called by the engine after every step has
run (the spam cues computed in :mod:`.spam` and the pattern cues); it returns
the hits with composites added and weights adjusted, never removing one.

Composites first (the writer's own thing with a request is
``self_promotion``; a claim of earnings with a link, a call or a contact is
``income_offer``); each guarded or promotion cue counts once, and one request
for the writer's own counts however it is phrased. The cues flagged
``guarded`` (links, praise, commercial words: evidence a real person's post
can carry) are scaled down when the post is a first-person story (health or
not), names a public health body's link, or raises money for treatment or a
charity, unless the post also sells or offers money (the cues without the
flag); in a story or a post about MS the writer's own promotion is capped so
it is held, never rejected. So a treatment story that names clinics,
countries and prices, or a link to the NHS, is never spam; a personal story
about money or work waits for a moderator at most.
"""

from __future__ import annotations

from mscommunity.moderation.assessment.cues import CUES
from mscommunity.moderation.assessment.document import Document, rx
from mscommunity.moderation.assessment.hits import Hit
from mscommunity.moderation.assessment.result import SEEKING, SPAM, THRESHOLD
from mscommunity.moderation.assessment.spam import _hit, on_topic, public_health_link
from mscommunity.moderation.assessment.spam_offers import WARNING_RE
from mscommunity.moderation.assessment.spam_praise import guard_praise

GUARDED: frozenset[str] = frozenset(c.name for c in CUES.cues if c.label == SPAM and "guarded" in c.flags)
"""Spam cues a genuine post can carry: scaled down by the guards."""
DIRECT: frozenset[str] = frozenset(c.name for c in CUES.cues if c.label == SPAM and "direct_ask" in c.flags)
"""Requests for the writer's own channel, page or likes: capped (held, not rejected) in a story or a post about MS."""
PROMOTION: frozenset[str] = DIRECT | {"own_promotion", "self_promotion", "points_to_own"}
"""The writer promoting themselves: in a story or a post about MS, only the strongest of these counts."""

SELF_GUARDED = frozenset({"spam_profile"})
"""Cues that read the writer's experience themselves (:mod:`.spam_profile`): neither selling nor scaled again."""
PROFILE_TOTAL = 0.75
"""The most a post held by the profile scores: held, below the new-account reject row (0.8)."""

NARRATIVE_FACTOR = 0.35
"""Guarded spam weights in a first-person story (or beside a public-health link, or own fundraising)."""
STORY_CAP = 0.6
"""The most self-promotion weighs in a first-person story: a moderator reads it, it is never rejected."""
TOPIC_CAP = 0.85
"""The most self-promotion weighs in a post about MS or its care (links and other evidence still add)."""
TOPIC_FACTOR = 0.7
"""Guarded spam weights in a post about MS or its care that neither sells nor asks for itself."""


_PAST_OR_STATE_RE = rx(
    r"\b(?:was|were|had|did|went|got|took|felt|found|paid|spent|started|stopped|tried|used|been|"
    r"diagnosed|treated|told|came|made|bought|lost|moved|finally|since|ago|last\s+(?:year|week|month)|"
    r"years?|months?|weeks?|days?|today|yesterday|now)\b"
)
_FUNDRAISING_RE = rx(
    r"\b(?:fund-?rais\w*|raising\s+(?:money|funds)|raised\s+£?\$?\d|gofundme|go\s+fund\s+me|justgiving|"
    r"sponsored\s+(?:walk|run|swim|cycle|wheel|\w+)|sponsor\s+(?:me|us|them|him|her)|crowdfund\w*|bake\s+sale|"
    r"cake\s+sale|charity\s+(?:walk|run))\b"
)
_CHARITY_RE = rx(
    r"\b(?:charit\w*|sponsor\w*|hospice|research|society|trust|appeal|hospital|surgery|treatment|wheelchair|"
    r"cancer|memorial|in\s+memory|donations?\s+to)\b"
)


ASKS_FOR_HELP = 0.7
"""A seeking-advice hit this strong: the writer asks readers about their own situation, like a story."""


def _asks_for_help(hits: list[Hit]) -> bool:
    """True when the writer asks the readers for help or advice ("what's the process", "do I need"): a
    person with a problem, whose own things named (my photos, my shop) are the problem, not a promotion."""
    return any(h.label == SEEKING and h.weight >= ASKS_FOR_HELP for h in hits)


def _first_person_story(doc: Document) -> bool:
    """Two sentences or more by the author (one with a health or treatment word
    is enough) told as something that happened or is so: a personal story."""
    own = [s for s in doc.sentences if s.author and _PAST_OR_STATE_RE.search(doc.text, s.start, s.end)]
    return len(own) >= 2 or any(s.health for s in own)


_ASKS = frozenset({
    "reader_request", "plea", "call_to_action", "subscribe_request", "subscribe_imperative", "like_request", "unknown_link",
    "contact_channel", "short_link", "link_drop", "look_here", "points_to_own", "growth_request", "call_to_own",
    "promote_own", "contact_for_purchase", "spam_apology", "follow_me", "affiliate_link", "spelled_link",
    "introduces_self",
})
"""What turns the writer's own channel or product (``own_promotion``) into self-promotion."""
_DIRECT_ASKS = _ASKS - {"plea", "introduces_self", "points_to_own", "unknown_link", "contact_channel", "short_link", "link_drop",
                        "affiliate_link", "spelled_link"}
"""In a post about MS, the writer's blog or channel is self-promotion only with a call to the reader."""
_REACH = frozenset({"unknown_link", "short_link", "link_drop", "contact_channel", "contact_for_purchase", "call_to_action",
                    "look_here"})
_OFFERS = frozenset({"money_offer", "income_claim", "income_offer", "offer_terms", "prize_offer", "scam_topics",
                     "herbal_doctor", "miracle_cure", "testimony"})
"""A warning about a scam names the offer; it is not one unless it also says where to reach it (``_REACH``)."""
_MONEY_ASKS = _ASKS - {"points_to_own", "growth_request"} | {"prize_offer", "offer_terms"}
"""What turns a claim of earnings (``income_claim``) into an offer."""


def _apart(doc: Document, own: list[Hit]) -> bool:
    """Two mentions of the writer's own channel or work that do not overlap, one of them the writer
    as its maker ("I'm an upcoming rapper and I just released a mixtape"): introducing oneself and
    one's work is the pitch ("my website for my bakery" is not)."""
    makers = [h for h in own if doc.text[h.start:h.end].split()[0].lower() not in {"my", "our"}]
    return any(b.start >= a.end or a.start >= b.end for a in makers for b in own if b is not a)


def weigh_spam(doc: Document, hits: list[Hit]) -> list[Hit]:
    """Weigh the spam hits of every step together (see the module docstring).

    Composites first: the writer's own thing with a request or a link, or named
    twice in a post not about MS, is ``self_promotion`` (in a post about MS only
    with a call to the reader); a
    claim of earnings with a link, a call or a contact is ``income_offer``.
    Each guarded or promotion cue counts once (its strongest hit; the others
    stay as evidence at weight 0), and of the requests for the writer's own
    (``direct_ask``) only the strongest counts. Then, unless the post sells (an unguarded cue
    other than a promotion at 0.5 or more):

    * beside a public-health link, or in a first-person story or fundraising
      about MS or its care: guarded and promotion cues are scaled by
      :data:`NARRATIVE_FACTOR`;
    * in any other first-person story: guarded cues are scaled, and only the
      strongest promotion counts, at most :data:`STORY_CAP` (held at most);
    * in a post asking readers for help with the writer's own situation, only
      the strongest promotion counts, at most :data:`STORY_CAP`;
    * in a post about MS or its care: guarded cues are scaled by
      :data:`TOPIC_FACTOR`, and only the strongest promotion counts, at most
      :data:`TOPIC_CAP`.
    """
    spam = [h for h in hits if h.label == SPAM]
    if not spam:
        return hits
    fired = {h.cue for h in spam}
    extra: list[Hit] = []
    topical = on_topic(doc)
    own = [h for h in spam if h.cue == "own_promotion"]
    if own and (fired & (_DIRECT_ASKS if topical else _ASKS) or (not topical and _apart(doc, own))):
        extra.append(_hit("self_promotion", own[0].start, own[0].end))
    if "money_offer" in fired:  # the claim is part of the offer: counted once
        hits = [h._replace(weight=0.0) if h.cue == "income_claim" else h for h in hits]
        spam = [h for h in hits if h.label == SPAM]
    elif "income_claim" in fired and fired & _MONEY_ASKS:
        first = next(h for h in spam if h.cue == "income_claim")
        extra.append(_hit("income_offer", first.start, first.end))
    hits, spam = [*hits, *extra], [*spam, *extra]
    if fired & _OFFERS and not fired & _REACH and WARNING_RE.search(doc.text):  # "I got scammed by a guy promising 30% weekly"
        hits = [h._replace(weight=h.weight * NARRATIVE_FACTOR) if h.cue in _OFFERS else h for h in hits]
        spam = [h for h in hits if h.label == SPAM]
    selling = any(h.cue not in GUARDED and h.cue not in PROMOTION and h.cue not in SELF_GUARDED and h.weight >= 0.5
                  for h in spam)
    guarded_factor, promo_factor, cap = 1.0, 1.0, None
    if not selling:
        story = _first_person_story(doc)
        fundraising = _FUNDRAISING_RE.search(doc.text) and (topical or _CHARITY_RE.search(doc.text))
        if public_health_link(doc) or fundraising or (topical and story):
            guarded_factor = promo_factor = NARRATIVE_FACTOR
        elif story:
            guarded_factor, cap = NARRATIVE_FACTOR, STORY_CAP
        elif topical:
            guarded_factor, cap = TOPIC_FACTOR, STORY_CAP if _asks_for_help(hits) else TOPIC_CAP
        elif _asks_for_help(hits):
            cap = STORY_CAP  # links and praise weigh in full ("any plugin you can recommend?"); own things held at most
    best: dict[str, Hit] = {}
    for h in spam:
        if h.cue not in best or h.weight > best[h.cue].weight:
            best[h.cue] = h
    promotions = [h for h in best.values() if h.cue in PROMOTION]
    top = max(promotions, key=lambda h: h.weight) if promotions else None
    directs = [h for h in best.values() if h.cue in DIRECT]
    top_direct = max(directs, key=lambda h: h.weight) if directs else None
    out: list[Hit] = []
    for h in hits:
        if h.label != SPAM:
            out.append(h)
        elif best[h.cue] is not h and (h.cue in GUARDED or h.cue in PROMOTION):
            out.append(h._replace(weight=0.0))
        elif h.cue in PROMOTION and cap is not None:
            out.append(h._replace(weight=min(h.weight, cap)) if h is top else h._replace(weight=0.0))
        elif h.cue in DIRECT and h is not top_direct:
            out.append(h._replace(weight=0.0))  # one request for the writer's own counts, however phrased
        elif h.cue in PROMOTION and h.cue not in GUARDED:
            out.append(h._replace(weight=h.weight * promo_factor))
        elif h.cue in GUARDED:
            out.append(h._replace(weight=h.weight * guarded_factor))
        else:
            out.append(h)
    profile = [h for h in out if h.cue in SELF_GUARDED]
    rest = guard_praise(doc, [h for h in out if h.cue not in SELF_GUARDED], NARRATIVE_FACTOR)
    return _profile_holds_only(rest, profile)


def _profile_holds_only(hits: list[Hit], profile: list[Hit]) -> list[Hit]:
    """The profile (:data:`SELF_GUARDED`) brings a post to a moderator, never to a rejection: it weighs
    0 (kept as evidence) when the other spam evidence already holds the post, and otherwise at most what
    keeps the post's score at :data:`PROFILE_TOTAL`, below every reject row (new accounts' too)."""
    if not profile:
        return hits
    keep = 1.0
    for h in hits:
        if h.label == SPAM:
            keep *= 1.0 - h.weight
    room = 0.0 if 1.0 - keep >= THRESHOLD else max(0.0, 1.0 - (1.0 - PROFILE_TOTAL) / keep)
    return [*hits, *(h._replace(weight=min(h.weight, room)) if i == 0 else h._replace(weight=0.0)
                     for i, h in enumerate(profile))]
