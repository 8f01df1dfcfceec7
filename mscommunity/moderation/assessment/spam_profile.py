"""The spam profile: classes of evidence counted together, not phrases.

Pure Python, called by :func:`.spam.spam_signal_hits`. Each class below is
broad (a family of words or a shape of text, never one phrasing), and one
alone is what a real person writes every day; spam carries several at once.
The classes:

* ``owner``: talks to the site's owner about the site or the writing ("your
  blog", "this site", "admin", "your writing style") and nothing about the thread;
* ``site_tech``: asks about or names how the site is made (hosting, theme, plugin, WordPress, RSS);
* ``praise``: praise that fits any page ("fantastic resource", "great read");
* ``call``: a call to act with a target: a verb of reaching, getting or
  following (visit, call, download, search, contact, book, join ...) aimed at
  the writer, a link, a contact, a channel or an app, or at "now / today";
* ``contact``: a contact offered to strangers (a removed phone, e-mail or
  handle, a messaging app, an address spelled "at gmail dot com");
* ``promo``: two words of advertising at least (best, leading, affordable,
  expert, certified, packages, guaranteed, % off, appointment ...);
* ``claim``: a percentage of success, accuracy, return or discount;
* ``brand``: a made-up brand token (``MoodMapr``, ``SocialBoostPro``: capitals inside a word);
* ``own_new``: the writer's own new thing (a new episode, the latest upload, "I made an app");
* ``earning``: a sum of money with earning or paying out (earn, profit, return, per day).

Counter-evidence is the writer's own experience: a first-person story of
health, family or costs paid ("we paid 45,000 euros", "my husband hasn't
relapsed"). In such a story the profile never fires; in another first-person
post (not a business's "our team") it needs one class more. The cue
``spam_profile`` weighs enough to hold, never to reject on its own; with other
evidence it adds as any cue does.
"""

from __future__ import annotations

import re

from mscommunity.moderation.assessment.document import Document, rx
from mscommunity.moderation.assessment.spam_offers import WARNING_RE

MIN_CLASSES = 2
"""Classes of evidence that make the profile, with no first-person experience in the post."""

_OWNER_RE = rx(
    r"\b(?:your|this|ur)\s+(?:\w+\s+)?(?:blog|site|website|webpage|page|theme|layout|writing|content|posts?|articles?|"
    r"write-?ups?|work|stuff|efforts?)\b|\byou(?:'ve|\s+have)\s+(?:\w+\s+)?(?:here|written|posted|shared)\b"
    r"|\b(?:admin|webmaster|blogger)\b|\bstumbled\s+(?:up)?on\b|\bshare\s+(?:this\s+|it\s+)?with\s+"
    r"(?:everyone|everybody|all|my\s+(?:friends|followers))\b"
)
_SITE_TECH_RE = rx(
    r"\b(?:hosting|web\s+host|plugins?|wordpress|blogspot|blogger\.com|theme|template|rss|feed|captcha|loads?\s+(?:really\s+)?"
    r"(?:fast|quick|slow)|firefox|chrome|safari|internet\s+explorer|browser|formatting|off\s+the\s+screen)\b"
)
_PRAISE_RE = rx(
    r"\b(?:great|nice|good|awesome|amazing|excellent|fantastic|wonderful|superb|brilliant|outstanding|valuable|"
    r"informative|incredible|terrific|fabulous|remarkable)\s+(?:\w+\s+)?(?:resource|read|post|article|info\w*|"
    r"content|job|work|blog|site|stuff|goods|piece|write-?up)\b"
    r"|\bthank(?:s|\s+you)\s+for\s+(?:the|this|your)\s+(?:\w+\s+)?(?:write-?up|post|article|read|info\w*|blog|piece)\b"
)
_CALL_VERBS = (
    r"(?:visit|check|click|tap|call|ring|text|contact|e-?mail|whats\s?app|dm|message|inbox|search|google|download|"
    r"install|subscribe|sub|follow|join|sign\s+up|register|book|reply|go\s+to|head\s+(?:to|over)|hit\s+(?:me\s+)?up|"
    r"look\s+(?:me\s+|us\s+)?up|send|drop|shoot|grab|order|buy|shop|apply|write\s+to|reach\s+(?:out|me|us|him|her)|get\s+in\s+touch)\b"
)
_CALL_RE = rx(
    rf"\b{_CALL_VERBS}"
    r"(?:\W+\w+){0,5}?\W+(?:me|us|our|my|him|her|link|links|bio|profile|page|channel|app|store|shop|upload|episode|"
    r"number|group|coordinator|team|website|site|\[[a-z ]+removed\])\b"
    # Told to act now: the verb opens a clause ("Call now for an appointment", "Search X wherever you listen").
    rf"|(?:^|(?<=[.!?:\n])\s*|\b(?:please|pls|plz|kindly|just|so|and|then|go)\s+){_CALL_VERBS}"
    r"(?:\W+\w+){0,5}?\W+(?:today|now|asap|details|info|wherever|appointment|consultation|quote)\b"
)
_CONTACT_RE = rx(
    r"\[(?:phone\s+number|email|social\s+media\s+handle)\s+removed\]|\b(?:whats\s?app|telegram|viber|wechat|signal)\b"
    r"|\bhow\s+(?:can|could|do|may)\s+(?:i|we)\s+(?:communicate|contact|reach)\b"
    r"|\b(?:your|ur)\s+(?:e-?mail|contact\s+details|number|whats\s?app)\b"
    r"|\bat\s+(?:gmail|yahoo|hotmail|outlook|proton\w*)\s+dot\s+com\b|(?<![\w@])@[a-z_][\w.]{2,}"
)
_PROMO_RE = rx(
    r"\b(?:best|top|leading|world[- ]class|quality|affordable|expert|experts|certified|professional|premium|"
    r"guaranteed?|proven|exclusive|limited|discount\w*|packages?|all[- ]inclusive|appointments?|consultations?|"
    r"hire|hiring|clients|customers|plagiarism|approved|accuracy|boost\w*|risk[- ]free|24/7|"
    r"free\s+(?:\w+\s+)?(?:trial|audit|shipping|delivery|consultation|quote|download|guide|ebook|bottles?|gift)|"
    r"on\s+time|satisf\w+|delivers?|instant(?:ly)?|half\s+price)\b"
    r"|\d+\s?%\s*off\b"
)
_CLAIM_RE = rx(
    r"\b\d{1,3}(?:\.\d+)?\s?%\s*(?:\w+\s+){0,2}?(?:success|accuracy|accurate|return|returns|roi|profit|off|"
    r"recovery|cure|cured|satisfaction|of\s+(?:funds|clients|patients|customers))\b"
    r"|\b(?:don'?t|do\s+not)\s+want\s+you\s+to\s+know\b|\bhate\s+(?:this|it|him|her)\b"
    r"|\bsecret\s+(?:to|that|cure|trick|formula)\b|\bthe\s+\d+\s+(?:\w+\s+)?(?:foods|tips|tricks|secrets|signs|habits)\b"
)
_PERSONAL_RE = rx(r"\b(?:i|i'm|im|i've|i'd|me|my|mine|we|we're|we've|us|our)\b")
_ECHO_WORD_RE = re.compile(r"[a-z]{5,}")
_BRAND_RE = re.compile(r"\b[A-Z]?[a-z]{2,}[A-Z][a-z]+[A-Za-z]*\b")
# Names everyone writes with a capital inside (platforms, charities' tools): not a made-up brand.
_KNOWN_NAMES = frozenset(re.split(
    r"\s+", "youtube tiktok wordpress paypal gofundme justgiving iphone ipad ipod linkedin whatsapp facebook "
    "playstation xbox soundcloud bandcamp macbook powerpoint onedrive dropbox mcdonalds mcdonald macmillan mckenzie "
    "mcdonald's chatgpt openai ebay deepmind fitbit myfitnesspal airbnb bbc itv skype zoom",
))
_OWN_NEW_RE = rx(
    r"\b(?:my|our)\s+(?:latest|newest|new|first)\s+(?:\w+\s+)?(?:upload|video|episode|song|single|track|app|book|"
    r"ebook|course|product|shop|store|podcast|channel)\b"
    r"|\b(?:new|latest)\s+(?:\w+\s+)?(?:episode|upload|video|drop)\s+(?:is\s+)?(?:live|out|up)\b"
    r"|\b(?:i|we)\s+(?:just\s+)?(?:made|built|created|launched|developed|opened|started|wrote)\s+(?:an?|my|our)\s+"
    r"(?:\w+\s+)?(?:app|website|shop|store|podcast|channel|ebook|course|business|brand|agency)\b"
)
_MONEY_WORD_RE = rx(
    r"\b(?:earn\w*|profits?|payout|pays?\s+(?:daily|weekly|out)|deposit|withdraw\w*|invest\w*|passive\s+income|"
    r"grant|loans?|prize|reward|inheritance|cash\s+(?:out|prize)|returns?\s+of)\b"
)
_SUM_RE = rx(r"[$£€]\s?\d|\b\d[\d,.]*\s?(?:k|usd|dollars|pounds|euros|million|btc)\b|\b\d+\s?%")
_EARNING_RE = rx(
    r"(?:[$£€]\s?\d[\d,.]*k?|\b\d[\d,.]*\s?(?:usd|dollars|pounds|euros|k)\b)(?:\W+\w+){0,4}?\W+"
    r"(?:a|per|every|each)\s+(?:day|week|month|hour)\b"
    r"|\b(?:earn\w*|profit\w*|payout|withdraw\w*|passive\s+income|returns?)\b(?:\W+\w+){0,5}?\W+(?:[$£€]\s?\d|\d+\s?%)"
)
# The writer's own experience: counter-evidence.
_EXPERIENCE_RE = rx(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:was|were|had|have\s+had|paid|spent|saved|sold|raised|went|tried|got\s+diagnosed|"
    r"travelled|traveled|flew|started\s+(?:on|taking)|stopped|found|felt|used|use|take|took|teach|work|live|share|"
    r"meet|did|do|love|loved|wish|hope|think|thought)\b"
    r"|\b(?:i'?ve|i'?m|i\s+am)\s+(?:been\s+|had\s+|got\s+|getting\s+)?(?:diagnosed|living|on|off|in|a\s+(?:mum|mom|dad|teacher|nurse))\b"
    r"|\bmy\s+(?:husband|wife|partner|mum|mom|dad|son|daughter|sister|brother|family|neuro\w*|doctor|gp|ms|diagnosis|"
    r"relapses?|symptoms?|legs?|hands?|job|boss|landlord|kids?|rent|mortgage|salary|wages?|pension|bills|house|flat|"
    r"savings|debts?|taxes|partner|friends?)\b"
    r"|\b(?:cost|charged)\s+(?:us|me)\b"
)
_HEALTH_STORY_RE = rx(
    r"\b(?:ms|diagnos\w*|relaps\w*|hsct|neuro\w*|symptoms?|treatment|mri|lesions?|fatigue|wheelchair|hospital|"
    r"infusion|ocrevus|tysabri|kesimpta|copaxone|physio\w*|fundrais\w*|gofundme|carers?|caring|disab\w*)\b"
)
_BUSINESS_WE_RE = rx(r"\b(?:our|we\s+are\s+(?:a|the))\s+(?:\w+\s+)?(?:team|company|agency|experts|clinic|facility|firm|"
                     r"centre|center|staff|service|services|platform|group|academy|store|shop|patients|clients)\b")

_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("owner", _OWNER_RE), ("site_tech", _SITE_TECH_RE), ("praise", _PRAISE_RE), ("call", _CALL_RE),
    ("contact", _CONTACT_RE), ("claim", _CLAIM_RE), ("own_new", _OWN_NEW_RE), ("earning", _EARNING_RE),
)


def _echo(doc: Document) -> tuple[int, int] | None:
    """A key word (five letters or more) three times in at most 60 words, and nothing of the writer:
    a topic repeated for a search engine ("information about multiple sclerosis ... multiple sclerosis")."""
    words = _ECHO_WORD_RE.findall(doc.low)
    if len(words) > 60:
        return None
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        if counts[w] == 3:
            start = doc.low.find(w)
            return start, doc.low.rfind(w) + len(w)
    return None


def profile_classes(doc: Document, topical: bool) -> dict[str, tuple[int, int]]:
    """The classes of evidence in the post, each with the span of its first sign."""
    text = doc.text
    found: dict[str, tuple[int, int]] = {}
    personal = bool(_PERSONAL_RE.search(text))
    for name, pattern in _CLASSES:
        if topical and personal and name in {"owner", "praise"}:
            continue  # a reader who speaks of the article's subject and of themselves: not a template
        m = pattern.search(text)
        if m:
            found[name] = m.span()
    if "earning" not in found and (m := _MONEY_WORD_RE.search(text)) and _SUM_RE.search(text):
        found["earning"] = m.span()
    promo = list(_PROMO_RE.finditer(text))
    if len({m.group(0).lower() for m in promo}) >= 2:
        found["promo"] = (promo[0].start(), promo[-1].end())
    if "contact" in found and "call" in found:  # a call aimed at the contact given is one piece of evidence
        found["call"] = (min(found["call"][0], found["contact"][0]), max(found["call"][1], found["contact"][1]))
        del found["contact"]
    if not personal and ("praise" in found or "owner" in found) and (span := _echo(doc)):  # praise padded with a topic
        found["echo"] = span
    m = next((m for m in _BRAND_RE.finditer(text) if m.group(0).lower() not in _KNOWN_NAMES), None)
    if m:
        found["brand"] = m.span()
    return found


def experience(doc: Document) -> tuple[bool, bool]:
    """``(first_person, health_story)``: the writer tells their own experience (not a business's "our team"),
    and it is about health, treatment or fundraising for it."""
    text = doc.text
    if not _EXPERIENCE_RE.search(text) or _BUSINESS_WE_RE.search(text):
        return False, False
    return True, bool(_HEALTH_STORY_RE.search(text))


def profile_span(doc: Document, topical: bool) -> tuple[int, int] | None:
    """The span to mark for ``spam_profile`` when the post carries enough classes of evidence, or None."""
    found = profile_classes(doc, topical)
    if len(found) < MIN_CLASSES:
        return None
    if "call" not in found and "contact" not in found and WARNING_RE.search(doc.text):
        return None  # "I got scammed by a guy promising 30% weekly": a warning names the offer, gives no way to it
    first_person, health_story = experience(doc)
    if health_story or (first_person and len(found) < MIN_CLASSES + 1):
        return None
    spans = sorted(found.values())
    return spans[0][0], spans[-1][1]
