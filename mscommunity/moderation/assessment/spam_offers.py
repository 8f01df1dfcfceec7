"""Offers that need two parts: a claim or a lure, and a way to reach someone.

Pure Python. Called by :func:`.spam.spam_signal_hits` (step ``spam_signals``);
the cues (weights, examples) are in ``cues/spam.toml``. A scam offer only works
when it says where to reach the seller, so each cue here needs both parts; all but
``testimonial_referral`` (whose referral is the reach) are silent in a warning
about scams ("beware", "they're scams", "so others don't"):

* ``testimonial_referral``: a result claimed for someone else's remedy or
  service (healed, cured, reversed, "got all my money back") and the reader sent
  to them ("message him on WhatsApp", "email [email removed]", not "email me");
* ``payment_request``: money asked for by an untraceable route (gift cards,
  Western Union, a crypto wallet) with a contact;
* ``private_lure``: "check your inbox" or "I sent you a message" about an
  opportunity, an offer or money;
* ``advance_fee``: millions to hand over (an inheritance, a transfer, a lottery)
  and a request for the reader's reply or details;
* ``call_to_buy``: "call now [phone number removed]" in a post that sells a service;
* ``shop_link``: a link in a sentence that sells (two of prices, shipping, discounts ...).
"""

from __future__ import annotations

from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import Document, rx
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.privacy import MARKERS

_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == "spam_signals"}

WARNING_RE = rx(
    r"\b(?:(?:got|get|was|were|been|being)\s+scammed|scammed\s+(?:me|us|him|her|them)|scams?|scammers?|scammy|"
    r"fraud\w*|fraudsters?|fake|beware|be\s+careful|don'?t\s+fall\s+for|do\s+not\s+fall\s+for|watch\s+out\s+for|"
    r"ripped\s+off|too\s+good\s+to\s+be\s+true|so\s+(?:that\s+)?others\s+(?:don'?t|do\s+not|won'?t)|"
    r"(?:don'?t|do\s+not)\s+(?:make|do)\s+the\s+same|learn\s+from\s+my\s+mistake)\b"
)
"""A post warning about scams names the offer; it is not one unless it says where to reach it."""

_MARKER_RE = rx("|".join(
    r"\[" + MARKERS[k][1:-1].replace(" ", r"\s") + r"\]" for k in ("PHONE", "EMAIL", "HANDLE", "URL")
))
_APP_RE = rx(r"\b(?:whats\s?app|telegram|viber|wechat|signal)\b")
_RESULT_RE = rx(
    r"\b(?:heal(?:ed|s|ing)?|cured?|cures|curing|reversed|got\s+(?:all\s+)?(?:of\s+)?(?:it|them|my\s+\w+|"
    r"everything|every\s+(?:penny|cent))\s+back|recover(?:ed|y)\s+(?:of\s+)?(?:my|all|the|our|lost|stolen)\b"
    r"|(?:is|am|was)\s+(?:now\s+)?(?:completely\s+|totally\s+)?free\s+(?:of|from)\b|walking\s+again)"
)
# Sending the reader to someone else: "message him on whatsapp", "email [email removed]", "contact dr ..."
# ("email me", "message us" is the writer's own contact: their own offer, counted elsewhere).
_REFERRAL_RE = rx(
    r"\b(?:contact|message|email|e-mail|mail|text|call|whats\s?app|reach|write\s+to|dm|inbox)\s+"
    r"(?:him|her|them|dr\b|doctor|the\s+(?:doctor|team|company|agency|herbalist)|\[|on\s+(?:whats\s?app|telegram)|"
    r"via|through)"
    r"|\b(?:his|her|their)\s+(?:whats\s?app|email|e-mail|number|contact|telegram)\b"
)
_UNTRACEABLE_RE = rx(
    r"\b(?:(?:apple|itunes|steam|google\s+play|amazon|ebay|visa)\s+)?gift\s*cards?\b|\bwestern\s+union\b|"
    r"\bmoneygram\b|\bwire\s+(?:me|it|transfer)\b|\b(?:bitcoin|btc|usdt|crypto)\s+(?:wallet|address)\b"
)
_SEND_RE = rx(r"\b(?:send|sent|donate|anything\s+you\s+can|help\s+me|need\s+help|spare)\b")
_WRITER_REACH_RE = rx(
    r"\b(?:email|e-mail|message|text|call|dm|inbox|contact|whats\s?app)\s+(?:me|us)\b|\bmy\s+(?:email|number|whatsapp)\b"
)
_LURE_RE = rx(
    r"\bcheck\s+(?:your|ur)\s+(?:inbox|dms?|messages?|pms?|mail|e-?mails?|spam\s+folder|requests?)\b"
    r"|\b(?:i|we)\s*(?:'ve|\s+have)?\s+(?:just\s+)?sent\s+(?:you|u)\s+(?:an?\s+)?(?:message|dm|pm|e-?mail|request|"
    r"friend\s+request|private\s+message)\b"
)
_OPPORTUNITY_RE = rx(
    r"\b(?:opportunit\w+|offer|proposal|business|invest\w*|deal|income|profit\w*|earn\w*|money|funds?|job|"
    r"partnership|trading|crypto\w*|bitcoin)\b"
)
_SELLING_RE = rx(
    r"\b(?:prices?|cheap\w*|discount\w*|ships?|shipping|deliver\w*|deals?|sale|coupons?|promo|"
    r"affordable|wholesale|in\s+stock|best\s+price)\b"
)
_CALL_RE = rx(
    r"\b(?:call|text|ring|phone|whats\s?app|contact)\s+(?:us\s+|now\s+|today\s+|on\s+|at\s+){0,2}"
    r"\[(?:phone\s+number|email|social\s+media\s+handle)\s+removed\]"
)
_SERVICE_WORDS_RE = rx(
    r"\b(?:services?|estimates?|quotes?|affordable|prices?|discount\w*|offers?|booking|book\s+now|trained|"
    r"certified|licensed|experienced|professional|24/7|free\s+consultation|guaranteed)\b"
)


_FORTUNE_RE = rx(
    r"(?:[$£€]\s?\d[\d,.]*\s*(?:million|m|billion|bn)\b|\b\d[\d,.]*\s*(?:million|billion)\b)"
)
_HANDOVER_RE = rx(
    r"\b(?:transfer\w*|inherit\w*|beneficiar\w*|next\s+of\s+kin|consignment|unclaimed|deceased|late\s+(?:husband|wife|father|client)|"
    r"compensation|lottery|share\s+(?:it|this)\s+with\s+you)\b"
)
_YOUR_DETAILS_RE = rx(
    r"\b(?:kindly|(?:reply|respond|write|get\s+back)\s+(?:to\s+)?me|reply\s+with|contact\s+me|"
    r"your\s+(?:details|full\s+name|bank|account|address|phone|number))\b"
)


def _hit(name: str, start: int, end: int) -> Hit:
    return hit_for(_CUES[name], start, end)


_APPS = frozenset({"whatsapp", "whats", "telegram", "viber", "wechat", "signal"})
_ROUTES = frozenset({"gift", "giftcard", "giftcards", "union", "moneygram", "wire", "wallet", "address"})


def offer_hits(doc: Document, links: list[tuple[int, int, str]], vocab: frozenset[str]) -> list[Hit]:
    """The cues of this module (see the module docstring); ``links``: the post's links not
    under an allowed domain, as :func:`.spam._links` gives them; ``vocab``: the post's words
    (lower case), so that a pattern runs only when the words it needs are there."""
    text = doc.text
    hits: list[Hit] = []
    marker = "removed]" in text and _MARKER_RE.search(text) is not None
    reach = marker or links or not vocab.isdisjoint(_APPS)
    if reach and _RESULT_RE.search(text):  # a victim's story opens recovery scams: the referral decides
        referral = _REFERRAL_RE.search(text)
        if referral:
            hits.append(_hit("testimonial_referral", referral.start(), referral.end()))
    route = _UNTRACEABLE_RE.search(text) if not vocab.isdisjoint(_ROUTES) else None
    if route and _SEND_RE.search(text) and (marker or _WRITER_REACH_RE.search(text)):
        hits.append(_hit("payment_request", route.start(), route.end()))
    lure = _LURE_RE.search(text) if "check" in vocab or "sent" in vocab else None
    if lure and _OPPORTUNITY_RE.search(text):
        hits.append(_hit("private_lure", lure.start(), lure.end()))
    fortune = _FORTUNE_RE.search(text) if "million" in vocab or "billion" in vocab or "m" in vocab else None
    if fortune and _HANDOVER_RE.search(text) and _YOUR_DETAILS_RE.search(text):
        hits.append(_hit("advance_fee", fortune.start(), fortune.end()))
    call = _CALL_RE.search(text) if marker else None
    if call and _SERVICE_WORDS_RE.search(text):
        hits.append(_hit("call_to_buy", call.start(), call.end()))
    read: set[int] = set()  # each sentence is read once, however many links it holds
    for s, e, _ in links:
        at = doc.sentence_of(s)
        if at in read:
            continue
        read.add(at)
        sent = doc.sentences[at]
        if len({m.group(0).lower() for m in _SELLING_RE.finditer(text, sent.start, sent.end)}) >= 2:
            hits.append(_hit("shop_link", s, e))
            break
    if hits and hits[-1].cue != "testimonial_referral" and WARNING_RE.search(text):
        return [h for h in hits if h.cue == "testimonial_referral"]  # a warning names the offer; it is not one
    return hits
