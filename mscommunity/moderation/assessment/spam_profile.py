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
    r"look\s+(?:me\s+|us\s+)?up|send|drop|shoot|grab|order|buy|shop|apply|write\s+to|enrol|enroll|claim|redeem|"
    r"watch|listen|see|read|reach\s+(?:out|me|us|him|her)|get\s+in\s+touch)\b"
)
_CALL_RE = rx(
    rf"\b{_CALL_VERBS}"
    r"(?:\W+\w+){0,5}?\W+(?:link|links|bio|profile|channel|app|store|shop|upload|uploads|episode|"
    r"coordinator|website|\[[a-z ]+removed\]|"
    r"(?:my|our)\s+(?:\w+\s+){0,3}?(?:page|site|blog|videos?|music|songs?|account|insta\w*|number|whats\s?app|e-?mail|"
    r"course|e?book|guide|podcast|stream|content|art|business|group|team))\b"
    # Reach the writer: "message me", "contact us", "text us", "email me".
    r"|\b(?:call|ring|text|contact|e-?mail|whats\s?app|dm|pm|message|inbox|hit|write\s+to|reach|send|drop|shoot)\s+"
    r"(?:me|us)\b"
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
    r"on\s+time|satisf\w+|delivers?|instant(?:ly)?|half\s+price|cheap\w*|save\s+up\s+to|lab[- ]tested|organic|"
    r"shipped|shipping|enrol\w*|enroll\w*)\b"
    r"|\bonly\s+[$£€]?\d"
    r"|\d+\s?%\s*off\b"
)
_CLAIM_RE = rx(
    r"\b\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s*(?:\w+\s+){0,2}?(?:success|accuracy|accurate|return|returns|roi|profit|off|"
    r"recovery|cure|cured|satisfaction|of\s+(?:funds|clients|patients|customers))\b"
    r"|\b(?:don'?t|do\s+not)\s+want\s+you\s+to\s+know\b|\bhate\s+(?:this|it|him|her)\b"
    r"|\b(?:lost|dropped|made|earned|cured|reversed|healed)\s+(?:\w+\s+){0,3}?in\s+(?:just\s+|only\s+)?\d+\s+"
    r"(?:days|weeks|months)\b|\bsave\s+up\s+to\s+\d+"
    r"|\bsecret\s+(?:to|that|cure|trick|formula)\b|\bthe\s+\d+\s+(?:\w+\s+)?(?:foods|tips|tricks|secrets|signs|habits)\b"
)
_PERSONAL = frozenset({"i", "im", "ive", "me", "my", "mine", "we", "us", "our"})
_ECHO_WORD_RE = re.compile(r"[a-z]{5,}")
_LINK_LIKE_RE = rx(
    r"\b[a-z0-9-]{3,}\s+dot\s+(?:com|net|org|co\s+uk|info|shop|biz|io|app)\b|\b[a-z0-9]+-[a-z0-9-]+\s+"
    r"(?:com|net|co\s+uk|info|shop|biz|io)\b|\b[a-z0-9-]{3,}\s+co\s+uk\b|\b(?:bit|tiny)\s*(?:dot\s*)?(?:ly|url)\b"
)
_SUPERLATIVE_RE = rx(
    r"\b(?:best|cheapest|top|leading|number\s+one|no\.?\s?1|#1)\s+(?:[\w-]+\s+){0,3}?(?:in|near)\s+(?:the\s+)?"
    r"(?:uk|us|usa|town|city|country|world|you|me|[A-Z][a-z]+)\b"
)
_PROOF_RE = rx(
    r"\bthousands\s+of\s+(?:happy\s+|satisfied\s+)?(?:customers|clients|reviews|users|members|people\s+(?:already|have))\b"
    r"|\b\d[\d,]*\+?\s+(?:happy\s+|satisfied\s+)?(?:customers|clients|users|reviews)\b|\b5[- ]star\s+reviews\b"
    r"|\bas\s+seen\s+on\b|\btrusted\s+by\b|\bhas\s+helped\s+\d"
)
_REFERRAL_RE = rx(
    r"\b(?:his|her|their)\s+(?:e-?mail(?:\s+address)?|number|whats\s?app|contact(?:\s+details)?|telegram|"
    r"website|page|profile)\s+(?:is|are|on)\b|\b(?:contact|reach|email|text|message)\s+(?:him|her)\b"
)
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
    ("contact", _CONTACT_RE), ("claim", _CLAIM_RE), ("link", _LINK_LIKE_RE), ("proof", _PROOF_RE), ("superlative", _SUPERLATIVE_RE),
    ("referral", _REFERRAL_RE), ("own_new", _OWN_NEW_RE), ("earning", _EARNING_RE),
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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words one of which each class's pattern needs: a pattern runs only when the post has one (the profile is
# read on every post, so most posts cost a few set lookups). A class absent from here always runs.
_GATES: dict[str, frozenset[str]] = {
    "owner": _words("your this ur admin webmaster blogger stumbled share you you've"),
    "site_tech": _words("hosting host plugin plugins wordpress blogspot blogger theme template rss feed captcha loads load "
                        "firefox chrome safari internet browser formatting screen"),
    "praise": _words("great nice good awesome amazing excellent fantastic wonderful superb brilliant outstanding valuable "
                     "informative incredible terrific fabulous remarkable thanks thank"),
    "contact": _words("whatsapp whats telegram viber wechat signal how your ur at removed"),
    "link": _words("dot co com net info shop biz io ly url app bit tiny org"),
    "proof": _words("thousands customers clients users members reviews seen trusted helped"),
    "referral": _words("his her their him"),
    "superlative": _words("best cheapest top leading one 1"),
    "own_new": _words("latest newest new first made built created launched developed opened started wrote"),
    "call": _words("visit check click tap call ring text contact email e mail whatsapp whats dm pm message inbox search "
                   "google download install subscribe sub follow join sign register book reply go head hit look send drop "
                   "shoot grab order buy shop apply write enrol enroll claim redeem watch listen see read reach get"),
}
_PROMO_GATE = _words(
    "best top leading world quality affordable expert experts certified professional premium guarantee guaranteed proven "
    "exclusive limited package packages inclusive appointment appointments consultation consultations hire hiring clients "
    "customers plagiarism approved accuracy risk 24 free time satisfied satisfaction satisfy deliver delivers instant "
    "instantly half cheap cheaper cheapest save lab organic shipped shipping enrol enroll only off discount discounts "
    "discounted boost boosts boosted boosting",
)
_DEFERRED = frozenset({"call"})
"""Read only when another class is already there: alone it cannot make the profile."""


def profile_classes(doc: Document, topical: bool, vocab: frozenset[str] | None = None,
                    link: tuple[int, int] | None = None) -> dict[str, tuple[int, int]]:
    """The classes of evidence in the post, each with the span of its first sign (``vocab``: the post's
    lower-case words, to skip the patterns that cannot match; the promotion words and a call are read
    only when another class is there, so an empty or one-class answer may leave them out)."""
    text = doc.text
    if vocab is None:
        vocab = frozenset(re.findall(r"[^\W_]+", doc.low))
    digits = any(c.isdigit() for c in text)
    found: dict[str, tuple[int, int]] = {}
    personal = not vocab.isdisjoint(_PERSONAL)
    for name, pattern in _CLASSES:
        if (topical and personal and name in {"owner", "praise"}) or name in _DEFERRED:
            continue  # a reader who speaks of the article's subject and of themselves: not a template
        gate = _GATES.get(name)
        if (gate is not None and vocab.isdisjoint(gate) and "@" not in text) or (name in {"claim", "earning"} and not digits
                                                                                    and vocab.isdisjoint(_CLAIM_WORDS)):
            continue
        m = pattern.search(text)
        if m:
            found[name] = m.span()
    if digits and "earning" not in found and _SUM_RE.search(text) and (m := _MONEY_WORD_RE.search(text)):
        found["earning"] = m.span()
    if "owner" in found and "praise" in found and found["owner"][0] < found["praise"][1] and found["praise"][0] < found[
            "owner"][1]:
        del found["owner"]  # "thank you for this article": one piece of evidence, read twice
    if link is not None and "link" not in found:
        found["link"] = link  # a link to a site that is not a public health body
    m = next((m for m in _BRAND_RE.finditer(text) if m.group(0).lower() not in _KNOWN_NAMES), None)
    if m:
        found["brand"] = m.span()
    if not personal and ("praise" in found or "owner" in found) and (span := _echo(doc)):  # praise padded with a topic
        found["echo"] = span
    if len(vocab & _PROMO_GATE) >= 2:  # two distinct signs of advertising, each with one of these words
        promo = list(_PROMO_RE.finditer(text))
        if len({m.group(0).lower() for m in promo}) >= 2:
            found["promo"] = (promo[0].start(), promo[-1].end())
    if found and not vocab.isdisjoint(_GATES["call"]) and (m := _CALL_RE.search(text)):
        found["call"] = m.span()
    if "contact" in found and "call" in found:  # a call aimed at the contact given is one piece of evidence
        found["call"] = (min(found["call"][0], found["contact"][0]), max(found["call"][1], found["contact"][1]))
        del found["contact"]
    return found


_CLAIM_WORDS = _words("know hate secret")


def experience(doc: Document) -> tuple[bool, bool]:
    """``(first_person, health_story)``: the writer tells their own experience (not a business's "our team"),
    and it is about health, treatment or fundraising for it."""
    text = doc.text
    if not _EXPERIENCE_RE.search(text) or _BUSINESS_WE_RE.search(text):
        return False, False
    return True, bool(_HEALTH_STORY_RE.search(text))


def profile_span(doc: Document, topical: bool, vocab: frozenset[str] | None = None,
                 link: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The span to mark for ``spam_profile`` when the post carries enough classes of evidence, or None
    (``link``: the span of a link to a site that is not a public health body, if any)."""
    found = profile_classes(doc, topical, vocab, link)
    if len(found) < MIN_CLASSES:
        return None
    if "call" not in found and "contact" not in found and WARNING_RE.search(doc.text):
        return None  # "I got scammed by a guy promising 30% weekly": a warning names the offer, gives no way to it
    first_person, health_story = experience(doc)
    if health_story and "referral" in found:
        health_story = first_person = False  # "Dr X cured my mum, his email is ...": the healer's contact, a template
    if health_story or (first_person and len(found) < MIN_CLASSES + 1):
        return None
    spans = sorted(found.values())
    return spans[0][0], spans[-1][1]
