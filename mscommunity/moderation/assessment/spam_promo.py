"""Promotion in comment boxes, read word by word: whose thing, which call, what for.

Pure Python. Called by :func:`.spam.spam_signal_hits` (step ``spam_signals``);
the word families are data, in the ``[vocabulary]`` table of ``cues/spam.toml``,
and the cues (weights, examples) are there too. A token is matched after its
elongations are squeezed ("pleeease"), its spelling variants mapped ("plz",
"chanel", "vids") and, for the words in ``fuzzy``, one typo away ("subscrib").
HTML entities and line-break tags in pasted comments ("I&#39;m", "<br />")
are read as what they stand for; spans still index the text (and :func:`entity_hits`
runs the spam pattern cues again on such a text, read the same way).

Cues computed here:

* ``own_promotion``: the writer's own promotable thing ("my channel", "our
  agency"), the writer as a creator ("I'm a 16 year old rapper", "we are a
  folk duo"), or the writer producing it ("I post covers every week", "I just
  started a youtube channel"). Weak alone: real people have channels too.
* ``call_to_own``: a call to action whose object is the writer's own (or a
  friend's or sister's) channel, page or thing ("check out my soundcloud", "go
  watch my reaction", "sub to me", "give my channel a look", "I'd love it if
  you checked out my remixes").
* ``follow_me``: a call whose object is the writer ("follow me on insta", "add
  me on facebook", "check me out"): members connect with each other too, so it
  is held, never rejected on its own.
* ``look_here``: a call to action opening a clause and pointing at something
  ("check this out", "click here", "watch this", "vote here"), or a call right
  before a link. Weak alone: people point at useful pages too.
* ``points_to_own``: where to find the writer's things ("it's on my channel",
  "link in my bio").
* ``growth_request``: the writer asking for subscribers, followers, likes or
  views ("help me reach 500 subs", "road to 1k", "can I get 50 likes").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

from mscommunity.moderation.assessment.cues import CUES, CUES_DIR, Cue
from mscommunity.moderation.assessment.document import LINK_RE, Document
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.moderation.assessment.result import SPAM
from mscommunity.privacy import MARKERS

_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == "spam_signals"}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The word families of ``cues/spam.toml`` (see its ``[vocabulary]`` table)."""

    own: frozenset[str]
    associates: frozenset[str]
    things_strong: frozenset[str]
    things: frozenset[str]
    creations: frozenset[str]
    fresh: frozenset[str]
    creators: frozenset[str]
    businesses: frozenset[str]
    produce: frozenset[str]
    cta: frozenset[str]
    cta_me: frozenset[str]
    cta_inflected: frozenset[str]
    fillers: frozenset[str]
    pointers: frozenset[str]
    growth: frozenset[str]
    growth_asks: frozenset[str]
    fuzzy: frozenset[str]
    variants: dict[str, str]

    @property
    def known(self) -> frozenset[str]:
        """Every word of every family (never bent to a fuzzy neighbour)."""
        return frozenset().union(
            self.own, self.associates, self.things_strong, self.things, self.creations, self.fresh, self.creators, self.businesses, self.produce, self.cta,
            self.cta_inflected, self.fillers, self.pointers, self.growth, self.growth_asks, self.fuzzy,
            self.variants, self.variants.values(),
        )


def load_vocabulary(path=CUES_DIR / "spam.toml") -> Vocabulary:
    """Read the ``[vocabulary]`` table; a missing family raises ``KeyError`` (fail closed)."""
    with path.open("rb") as handle:
        table = tomllib.load(handle)["vocabulary"]
    sets = {name: frozenset(w.lower() for w in table[name]) for name in Vocabulary.__slots__ if name != "variants"}
    return Vocabulary(**sets, variants={k.lower(): v.lower() for k, v in table["variants"].items()})


VOCAB = load_vocabulary()
_KNOWN = VOCAB.known
THINGS = VOCAB.things | VOCAB.things_strong
MADE = VOCAB.things_strong | VOCAB.creations
# A call to action aimed at these is a forum member pointing at their own earlier words, not promotion.
_SELF_REFERENCE = frozenset({"post", "posts", "comment", "comments", "story", "stories", "profile", "bio",
                             "description", "reply", "question", "thread"})
_READING = frozenset({"see", "read", "look", "check", "view"})
_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "who", "people", "i'll", "we'll", "they'll", "i'd",
                       "i've", "we've", "i'm", "we're", "they're", "he's", "she's", "it", "mum", "mom", "dad",
                       "nobody"})
_ADVERBS = frozenset({"never", "always", "also", "just", "really", "all", "often", "sometimes", "still", "usually",
                      "even", "only", "actually", "then", "finally", "recently", "now", "already", "not"})
_NEGATIONS = frozenset({"not", "never", "don't", "dont", "didn't", "didnt", "doesn't", "won't", "can't", "cant",
                        "cannot", "shouldn't", "wouldn't", "no"})
_PARTICLES = frozenset({"out", "to", "at", "on", "by", "for", "in", "into", "over", "up", "a", "an", "some",
                        "more", "of", "through", "around", "with"})
_OTHERS = frozenset({"your", "his", "her", "their", "its", "the", "this", "these", "those", "that", "ur"})
_PREPOSITIONS = frozenset({"of", "to", "for", "like", "with", "than", "about", "from", "at", "in", "on", "by",
                           "fan", "fans", "not", "no", "big", "huge"})
_FIRST_SINGULAR = frozenset({"i", "i'm", "me", "my", "i've", "mine", "i'll", "i'd"})
_FIRST_PERSON = _FIRST_SINGULAR | frozenset({"we", "we're", "we've", "our", "us"})
_SUBJECT_SELF = frozenset({"i", "we", "i'm", "i've", "we've", "we're", "i'll", "we'll"})
_BE_CREATOR = frozenset({"i'm", "we're"})
_HAVE = frozenset({"have", "got"})
_LOCATIONS = frozenset({"channel", "page", "profile", "bio", "description", "soundcloud", "instagram", "youtube",
                        "twitch", "tiktok", "spotify", "blog", "website", "site", "account", "facebook", "twitter",
                        "bandcamp", "patreon", "fanpage"})
_PLATFORMS = frozenset({"youtube", "twitch", "tiktok", "instagram", "soundcloud", "spotify", "bandcamp", "patreon",
                        "platforms", "itunes", "apple", "deezer", "snapchat", "facebook", "twitter", "everywhere"})
_MEMBER_OF = frozenset({"band", "group", "crew", "duo", "trio", "team", "choir", "label"})
_RELEASED = frozenset({"out", "up", "live", "available", "dropping", "dropped", "released"})
_LIFE = frozenset({"story", "journey", "experience", "diary", "life", "ms"})
_FINDING = frozenset({"search", "google", "find"})
_LINK_MARKER = MARKERS["URL"]
_LINK_WORD = _LINK_MARKER.lower()
_NUMBER_RE = re.compile(r"^\d[\d,.]*k?$|^(?:hundred|thousand|million|one|two|three|four|five|ten|twenty|fifty)$")

# Pasted comments carry HTML: read "&#39;" as an apostrophe and "<br />" as a line break.
_ENTITY_RE = re.compile(r"&#0*39;|&#x0*27;|&apos;|&rsquo;|&amp;|&quot;|<br\s*/?>|’")
_ENTITY_TEXT = {"&amp;": "&", "&quot;": '"'}
# One pass: a clause break (punctuation, a line break, a dash or an ampersand between spaces, emoji) or a word.
_PIECE_RE = re.compile(
    r"[.!?;:,()\n|\u2014\u2013\"]+|\s-\s|\s&\s|[\U0001F300-\U0001FAFF\u2600-\u27BF]+"
    r"|(?P<w>\[[a-z ]+ removed\]|[^\W_]+(?:'[^\W_]+)*)"
)
_NOT_POSSESSIVE = frozenset({"it's", "that's", "he's", "she's", "what's", "there's", "here's", "who's", "let's"})


class Token(NamedTuple):
    """A word as read (``norm``), its span in the text, and whether it ended in "'s"."""

    norm: str
    start: int
    end: int
    poss: bool = False


def _plain(text: str) -> tuple[str, list[int]]:
    """``text`` with entities and line-break tags replaced, and each character's index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _ENTITY_RE.finditer(text):
        out.append(text[pos:m.start()])
        index.extend(range(pos, m.start()))
        raw = m.group(0)
        repl = "\n" if raw.startswith("<") else _ENTITY_TEXT.get(raw.lower(), "'")
        out.append(repl)
        index.extend([m.start()] * len(repl))
        pos = m.end()
    out.append(text[pos:])
    index.extend(range(pos, len(text) + 1))
    return "".join(out), index


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@cache
def _fuzzy_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for word in VOCAB.fuzzy:
        for d in _deletes(word):
            index.setdefault(d, word)
    return index


_INFLECTIONS = ("s", "d", "r", "ed", "er", "rs", "ing", "es")


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """The vocabulary word ``word`` (lower case) stands for, or ``word`` itself."""
    if word in _KNOWN:
        return VOCAB.variants.get(word, word)
    squeezed = re.sub(r"(\w)\1{2,}", r"\1", word)
    for candidate in (squeezed, re.sub(r"(\w)\1+", r"\1\1", squeezed), re.sub(r"(\w)\1+", r"\1", squeezed)):
        if candidate in _KNOWN:
            return VOCAB.variants.get(candidate, candidate)
    if len(word) >= 5 and not any(word == f + s for f in VOCAB.fuzzy for s in _INFLECTIONS):
        index = _fuzzy_index()
        if word in index:
            return index[word]
        for d in _deletes(word):
            if d in VOCAB.fuzzy:
                return d
            if d in index and len(index[d]) == len(word):
                return index[d]
    return word


def clauses(text: str, links: Sequence[tuple[int, int]] | None = None, low: str | None = None) -> list[list[Token]]:
    """The text's clauses (split at punctuation, line breaks and emoji), as tokens indexing ``text``.

    Each link (``links``: the spans of ``LINK_RE`` in ``text``, found here when None) is one
    ``<link>`` token, as a link the scrubber removed is ("visit example.com" is a call to a link).
    ``low``: ``text.lower()`` when the caller has it."""
    if _ENTITY_RE.search(text):
        plain, index = _plain(text)
        links = [(index[m.start()], index[m.end()]) for m in LINK_RE.finditer(plain)]
        pieces = _PIECE_RE.finditer(plain.lower())
    else:
        index = None  # no entity: positions are the text's own
        if links is None:
            links = [(m.start(), m.end()) for m in LINK_RE.finditer(text)]
        pieces = _PIECE_RE.finditer(low if low is not None else text.lower())
    out: list[list[Token]] = []
    tokens: list[Token] = []
    li, n_links = 0, len(links)
    for m in pieces:
        start, end = m.span()
        if index is not None:
            start, end = index[start], index[end]
        if li < n_links:
            while li < n_links and start >= links[li][1]:
                li += 1
            if li < n_links and start >= links[li][0]:
                s, e = links[li]
                if not tokens or tokens[-1].start != s:
                    tokens.append(Token("<link>", s, e))
                continue
        word = m.group(1)
        if word is None:  # a clause break
            if tokens:
                out.append(tokens)
                tokens = []
            continue
        poss = False
        if word[0] == "[":
            word = "<link>" if word == _LINK_WORD else "<removed>"
        elif word.endswith("'s") and len(word) > 3 and word not in _NOT_POSSESSIVE:
            word, poss = word[:-2], True
        tokens.append(Token(normalise(word), start, end, poss))
    if tokens:
        out.append(tokens)
    return out


# ---------------------------------------------------------------- the features

def _own_target(clause: list[Token], j: int, *, associates: bool) -> int | None:
    """Index of the thing the possessive at ``j`` owns ("my new youtube channel"), or None.
    With ``associates``: "my sister's channel" counts as the writer's too."""
    if clause[j].norm not in VOCAB.own or clause[j].poss:
        return None
    k = j + 1
    if associates and k < len(clause) and clause[k].poss and clause[k].norm in VOCAB.associates:
        k += 1
    found = None
    for m in range(k, min(k + 4, len(clause))):
        tok = clause[m]
        if tok.norm in VOCAB.things_strong:
            return m
        if tok.norm in THINGS and found is None:
            found = m
        if tok.poss or tok.norm in _OTHERS or tok.norm in VOCAB.own or tok.norm in VOCAB.associates or (
                tok.norm in VOCAB.produce or tok.norm in VOCAB.cta):
            break  # "my brother started a channel": the brother's, not the writer's
    return found


def _own_mentions(clause: list[Token]) -> list[tuple[int, int]]:
    """Spans (token indexes) where the writer names their own promotable thing or
    says they make it or are its maker."""
    found: list[tuple[int, int]] = []
    for j, tok in enumerate(clause):
        word = tok.norm
        if word in VOCAB.own:
            m = _own_target(clause, j, associates=j + 1 < len(clause) and clause[j + 1].norm in _MEMBER_OF)
            if m is not None and (clause[m].norm in VOCAB.things_strong or (
                    clause[m].norm in MADE and any(t.norm in VOCAB.fresh for t in clause[j + 1:m]))):
                found.append((j, m))
        elif word in _BE_CREATOR or (word in {"i", "we"} and j + 1 < len(clause) and clause[j + 1].norm in {"am", "are"}):
            start = j + 1 if word in _BE_CREATOR else j + 2
            plural = word in {"we", "we're"}
            for m in range(start, min(start + 6, len(clause))):
                if clause[m].norm in VOCAB.creators or (plural and clause[m].norm in VOCAB.businesses):
                    found.append((j, m))  # "I'm a 16 year old rapper", "we are the leading clinic in ..."
                    break
                if m <= start + 2 and clause[m].norm in _PLATFORMS and clause[start].norm in {"new", "starting", "small"}:
                    found.append((j, m))  # "I'm new to youtube", "I'm starting on twitch"
                    break
                if clause[m].norm in _PREPOSITIONS or clause[m].norm in VOCAB.cta:
                    break
        kin_subject = word in VOCAB.associates and j > 0 and clause[j - 1].norm in VOCAB.own  # "my friend just started"
        if word in _SUBJECT_SELF or kin_subject or (word == "who" and any(t.norm in _BE_CREATOR for t in clause[:j])):
            found += _produces(clause, j)  # "I make ...", "I'm a 13 year old who loves making videos"
        if j == 0 and (word in _ADVERBS or word in _MADE_IT):
            found += [(0, m) for _, m in _produces(clause, -1)]  # "Just started a small channel ...": no "I"
        if word == "here" and 0 < j == len(clause) - 1 and j <= 3 and clause[j - 1].norm in VOCAB.creators:
            found.append((j - 1, j))  # "small youtuber here!", "new artist here"
        if word == "mine" and j + 1 < len(clause) and clause[j + 1].norm in {"is", "are", "sounds", "'s"} and any(
                t.norm in {"better", "best", "nicer", "cooler"} for t in clause[j + 2:j + 5]):
            found.append((j, j))  # "mine is way better": the writer's own version
    return found


# Past forms of producing: a clause may open with them, the "I" left out ("Just uploaded my first cover").
_MADE_IT = frozenset({"started", "launched", "made", "uploaded", "released", "dropped", "opened", "posted", "created",
                      "recorded", "finished", "published", "put", "filmed", "produced"})


def _produces(clause: list[Token], j: int) -> list[tuple[int, int]]:
    """"i (just) make / post / started ... <things>" from the subject at ``j``
    (``j = -1``: a clause with no subject, which opens with a past form of :data:`_MADE_IT`)."""
    for v in range(j + 1, min(j + 5, len(clause))):
        verb = clause[v].norm
        if j < 0 and verb not in _MADE_IT and verb not in _ADVERBS:
            return []
        if verb in VOCAB.produce:
            reach = 3 if verb in _HAVE else 7
            for m in range(v + 1, min(v + reach, len(clause))):
                word = clause[m].norm
                if word in _OTHERS or word in {"on", "at"}:
                    return []  # someone else's thing, or where it is posted ("I post my steps on insta")
                if word in MADE:
                    return [(j, m)]
            return []
        if verb not in _ADVERBS and verb not in {"also", "to", "trying", "try", "want", "going", "been", "love",
                                                 "loves", "like", "likes", "enjoy", "enjoys"}:
            return []
    return []


def _call_at(clause: list[Token], i: int) -> bool:
    """True when the call-to-action word at ``i`` asks the reader (not "I watch ...", "they never listen ...")."""
    tok = clause[i]
    if tok.norm in VOCAB.cta_inflected:  # "I'd love it if you checked out ...", not "thank you for sharing"
        before = [t.norm for t in clause[max(0, i - 4):i]]
        return bool(before) and before[-1] == "you" and "if" in before
    if tok.norm not in VOCAB.cta:
        return False
    if tok.norm in _LOOSE and not _imperative(clause, i, modal_ok=True):
        before = [t.norm for t in clause[max(0, i - 3):i]]
        return "please" in before or (bool(before) and before[-1] in {"you", "to"})
    k = i - 1
    while k >= 0 and clause[k].norm in _ADVERBS:
        if clause[k].norm in _NEGATIONS:
            return False
        k -= 1
    return not (k >= 0 and (clause[k].norm in _SUBJECTS or clause[k].norm in _NEGATIONS or clause[k].poss))


_A_TRY = frozenset({"spin", "listen", "follow", "like", "sub", "look", "chance", "shot", "try", "watch", "view", "read",
                    "visit", "go", "play", "add", "shout", "shoutout"})
_TAKE_A_LOOK = frozenset({"me", "us", "it", "this", "them", "look", "peek", "listen", "minute", "second", "moment",
                         "1", "one", "quick", "few", "sec", "min", "seconds", "minutes"})
# Words that are a call only when they open a clause or follow "please", "you" or "to"
# ("it doesn't feel like mine", "I can see my house" are not calls).
_LOOSE = frozenset({"like", "see", "look", "try", "play", "hear", "find", "text", "call", "leave", "drop", "take",
                    "write", "comment", "rate", "hit", "add", "give", "go", "come", "head", "hop", "stop", "enter",
                    "help", "spread", "tune", "share", "view", "read"})
# A new clause starts after these ("it's great but go listen to mine", "lol go watch").
_BREAKS = frozenset({"but", "and", "so", "then", "lol", "haha", "lmao", "btw", "also", "anyway", "anyways", "plus"})
_BARE_TAIL = frozenset({"now", "please", "too", "pls", "guys", "everyone", "lol", "out", "it", "up", "asap", "today",
                        "tonight", "x", "xx", "thanks", "thx", "ty"})
_SUBSCRIPTIONS = frozenset({"newsletter", "newsletters", "magazine", "alerts", "updates", "mailing", "list", "journal",
                            "bulletin", "digest", "emails", "email", "feed", "rss", "paper", "service"})
_OPINION = frozenset({"think", "feedback", "thoughts", "opinion", "opinions", "rate", "review", "criticism", "critique"})
_ASKING = frozenset({("you", "could"), ("could", "you"), ("would", "you"), ("can", "you"), ("will", "you"),
                     ("you", "should"), ("should", "you"), ("you", "must"), ("you", "gotta"), ("you", "need")})
_MODALS = frozenset({"can", "could", "will", "would", "may", "might"})


def _imperative(clause: list[Token], i: int, *, modal_ok: bool = False) -> bool:
    """True when only filler words ("so guys go", "can you please", "don't forget to") stand before ``i``
    since the clause began (at its start, or after "but", "and", "lol" ...),
    and (unless ``modal_ok``) they do not tell the reader what they are able to do ("you can order it from ...")."""
    start = max((k + 1 for k in range(i) if clause[k].norm in _BREAKS), default=0)
    before = [t.norm for t in clause[start:i]]
    if tuple(before[-2:]) in _ASKING or tuple(before[-3:-1]) in _ASKING:
        return True  # "if u could check them out", "could you guys listen"
    if not all(w in VOCAB.fillers for w in before):
        return False
    return modal_ok or not any(a == "you" and b in _MODALS for a, b in pairwise(before))


def _calls(clause: list[Token], *, kin: bool = False) -> tuple[list[tuple[int, int]], ...]:
    """``(to_own, to_me, pointing, elsewhere)``: calls whose object is the writer's own thing, calls
    whose object is the writer ("follow me", "add me"; "sub to me" is a call to the writer's channel),
    imperative calls pointing at something ("check this out", "click here", "visit <link>"), and
    calls to subscribe to someone else's channel ("go sub to DJ Nova"; not a newsletter).
    With ``kin`` (the post names "my cousin", "my friend" ...), "watch his vids" is pushing a
    relative's channel too."""
    to_own: list[tuple[int, int]] = []
    to_me: list[tuple[int, int]] = []
    pointing: list[tuple[int, int]] = []
    elsewhere: list[tuple[int, int]] = []
    for i, tok in enumerate(clause):
        if tok.norm in _OPINION:
            m = i + 1 if i + 1 < len(clause) and clause[i + 1].norm in {"of", "about", "on"} else None
            if m is not None and m + 1 < len(clause) and clause[m + 1].norm in VOCAB.own:
                target = _own_target(clause, m + 1, associates=True)
                if target is not None and clause[target].norm not in _SELF_REFERENCE:
                    to_own.append((i, target))  # "tell me what you think of my music"
            continue
        if (tok.norm not in VOCAB.cta and tok.norm not in VOCAB.cta_inflected) or not _call_at(clause, i):
            continue
        base = tok.norm
        hit = None
        for m in range(i + 1, min(i + 6, len(clause))):
            word = clause[m].norm
            if word in VOCAB.own and not clause[m].poss:
                target = _own_target(clause, m, associates=True)
                if target is not None and not (base in _READING and clause[target].norm in _SELF_REFERENCE):
                    hit = (i, target)
                elif word in {"mine", "ours"}:
                    hit = (i, m)
                break
            if word in {"me", "us"} and base == "give" and any(t.norm in _A_TRY for t in clause[m + 1:m + 4]):
                to_me.append((i, m))  # "give us a spin", "give me a follow"
                break
            if word in {"me", "us"} and base in VOCAB.cta_me:
                if base not in {"subscribe", "sub"}:
                    to_me.append((i, m))
                    hit = None
                else:
                    hit = (i, m)
                break
            if kin and word in {"his", "her", "their"}:
                target = next((k for k in range(m + 1, min(m + 4, len(clause))) if clause[k].norm in THINGS), None)
                if target is not None and not (base in _READING and clause[target].norm in _SELF_REFERENCE):
                    hit = (i, target)
                break
            if base in {"give", "take"} and word in _TAKE_A_LOOK:
                continue  # "take a quick look at my page"; "give it a listen" is a request (reader_request)
            if word not in _PARTICLES:
                break
        if hit is None and base in {"subscribe", "sub"} and _imperative(clause, i):
            if i + 1 == len(clause) or clause[i + 1].norm not in {"to", "for"}:
                hit = (i, i)  # "subscribe!", "pls sub and comment": the writer's own channel, unnamed
            elif i + 2 < len(clause) and clause[i + 2].norm not in _OTHERS and not any(
                    t.norm in _SUBSCRIPTIONS for t in clause[i + 1:]):
                elsewhere.append((i, min(i + 3, len(clause) - 1)))  # "go subscribe to DJ Nova, best channel"
                continue
        if hit:
            to_own.append(hit)
            continue
        if to_me and to_me[-1][0] == i:
            continue
        if base == "like":
            continue  # "like this" is mostly taste; requests for likes have their own cue
        if base in _FINDING and _imperative(clause, i) and i + 1 < len(clause):
            pointing.append((i, i + 1))  # "search Kofi Blaze on spotify": go and find it
            continue
        requested = tok.norm in VOCAB.cta_inflected  # "if you checked it out": _call_at saw the "you"
        if requested or _imperative(clause, i) or (i + 1 < len(clause) and clause[i + 1].norm == "<link>"):
            rest = [t.norm for t in clause[i + 1:]]
            if not rest or all(w in _BARE_TAIL for w in rest):
                pointing.append((i, i))  # "go listen", "come hang out and support": at what, the post says
                continue
            for m in range(i + 1, len(clause)):
                word = clause[m].norm
                if (m < i + 4 and (word in VOCAB.pointers or word == "<link>")) or (
                        word in _PLATFORMS and clause[m - 1].norm in {"on", "at"}):
                    pointing.append((i, m))  # "check this out", "watch 'Top 10 scares' on youtube"
                    break
        elif tok.norm in _READING:  # no subject before it: "pa-check naman ng channel ko" points at a channel
            m = next((m for m in range(i + 1, min(i + 4, len(clause))) if clause[m].norm in VOCAB.things_strong), None)
            if m is not None:
                pointing.append((i, m))
    return to_own, to_me, pointing, elsewhere


def _points_to_own(clause: list[Token]) -> list[tuple[int, int]]:
    """"on my channel", "link in my bio", "my music is on spotify": where to find the writer's things
    (not the writer's own story: "my story is on my page" shares a life, not a product)."""
    found: list[tuple[int, int]] = []
    if any(a.norm in VOCAB.own and b.norm in _LIFE for a, b in pairwise(clause)):
        return found
    owned = None
    for j in range(len(clause)):
        if clause[j].norm in VOCAB.own and owned is None and _own_target(clause, j, associates=False) is not None:
            owned = j
        if owned is not None and clause[j].norm in _RELEASED and j > owned and clause[j - 1].norm in {
                "is", "are", "just", "now", "finally", "been", "got", "'s"}:
            found.append((owned, j))  # "my new single is out", "my video is finally up"
            continue
        if clause[j].norm not in {"on", "in", "at"} or j + 1 == len(clause):
            continue
        if clause[j + 1].norm in VOCAB.own:
            for m in range(j + 2, min(j + 4, len(clause))):
                if clause[m].norm in _LOCATIONS:
                    found.append((j, m))
                    break
        elif owned is not None and clause[j].norm == "on":
            for m in range(j + 1, min(j + 3, len(clause))):
                if clause[m].norm in _PLATFORMS:
                    found.append((owned, m))  # "my new song is out now on all platforms"
                    break
    return found


def _growth(clause: list[Token]) -> list[tuple[int, int]]:
    """The writer asking for subscribers, followers, likes or views for themselves."""
    words = [t.norm for t in clause]
    at = [k for k, w in enumerate(words) if w in VOCAB.growth]
    if not at:
        return []
    first = any(w in _FIRST_SINGULAR - {"my"} for w in words)  # "my video got 200 views" is a boast, not an ask
    owner = any(w in VOCAB.own for w in words)  # "my friend's channel needs subscribers"
    number = any(_NUMBER_RE.match(w) for w in words)
    ask = any(w in VOCAB.growth_asks for w in words) or any(
        a in {"some", "more", "new", "few", "any"} and b in VOCAB.growth and c != "than"
        for a, b, c in zip(words, words[1:], [*words[2:], ""], strict=False))
    about_this = any((a in {"this", "it"} and b in {"video", "song", "videos"}) or (a == "this" and b in VOCAB.growth)
                     for a, b in pairwise(words))
    if about_this and not any(w in {"comment", "my"} for w in words):
        return []  # "let's get this video to 3 billion views": a fan, not the writer's own growth
    if (first and (number or ask)) or (ask and number) or (owner and ask):
        return [(0, at[-1])]
    return []


_LINK_FOLLOWS_RE = re.compile(r"\s*[:\-–>=]*\s*(?:\[link removed\]|https?://|www\.)", re.IGNORECASE)


def _link_follows(text: str, pos: int) -> bool:
    return bool(_LINK_FOLLOWS_RE.match(text, pos))


_SPAM_PATTERNS: tuple[Cue, ...] = tuple(c for c in CUES.regex_cues if c.label == SPAM and not c.anchored)


def entity_hits(doc: Document) -> list[Hit]:
    """Spam pattern cues that match only once HTML entities and line-break tags are read
    ("Don&#39;t skip this"): the engine's regex step sees the raw text. Spans index the text."""
    if not _ENTITY_RE.search(doc.text):
        return []
    plain, index = _plain(doc.text)
    hits: list[Hit] = []
    for cue in _SPAM_PATTERNS:
        assert cue.pattern is not None
        if cue.pattern.search(doc.text):
            continue  # the regex step found it already
        m = cue.pattern.search(plain)
        if m and m.end() > m.start():
            weight = cue.weight
            if "off_topic" in cue.flags:  # as the engine's regex step weighs it
                weight = 1.0 - (1.0 - weight) ** 3 if doc.off_topic else weight * 0.3
            hits.append(hit_for(cue, index[m.start()], index[m.end()], weight))
    return hits


def promotion_hits(doc: Document, links: Sequence[tuple[int, int]] | None = None) -> list[Hit]:
    """The cues of this module (see the module docstring) for ``doc``; ``links`` as for :func:`clauses`."""
    hits: list[Hit] = []

    def add(name: str, clause: list[Token], span: tuple[int, int]) -> None:
        hits.append(hit_for(_CUES[name], clause[span[0]].start, clause[span[1]].end))

    parts = clauses(doc.text, links, doc.low)
    kin = any(tok.norm in VOCAB.own and any(b.norm in VOCAB.associates and not b.poss for b in clause[k + 1:k + 3])
              for clause in parts for k, tok in enumerate(clause))
    for clause in parts:
        for span in _own_mentions(clause):
            add("own_promotion", clause, span)
        to_own, to_me, pointing, elsewhere = _calls(clause, kin=kin)
        for span in elsewhere:
            add("subscribe_elsewhere", clause, span)
        for span in to_own:
            add("call_to_own", clause, span)
        for span in to_me:
            add("follow_me", clause, span)
        for span in pointing:
            add("look_here", clause, span)
        for span in _points_to_own(clause):
            add("points_to_own", clause, span)
        if clause[-1].norm in THINGS and any(t.norm in VOCAB.own for t in clause[-4:-1]) and _link_follows(
                doc.text, clause[-1].end):
            add("points_to_own", clause, (len(clause) - 1, len(clause) - 1))  # "my page: <link>"
        for span in _growth(clause):
            add("growth_request", clause, span)
    return hits
