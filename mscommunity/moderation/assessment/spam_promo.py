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

Layout: the word families are loaded in :mod:`.spam_words`, the text is cut
into clauses of tokens in :mod:`.spam_tokens`, the writer's own things are read
in :mod:`.spam_own` and the calls to action in :mod:`.spam_calls`; this module
turns their spans into hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import Document
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.moderation.assessment.result import SPAM
from mscommunity.moderation.assessment.spam_calls import _MADE_VERBS, _calls
from mscommunity.moderation.assessment.spam_own import _own_mentions, _points_to_own
from mscommunity.moderation.assessment.spam_tokens import _ENTITY_RE, _NUMBER_RE, Token, _plain, clauses
from mscommunity.moderation.assessment.spam_words import _FIRST_SINGULAR, _OTHERS, MADE, THINGS, VOCAB

_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == "spam_signals"}


# ---------------------------------------------------------------- the features

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


_OUT = frozenset({"available", "out", "streaming", "live"})
_EVERYWHERE = frozenset({"everywhere", "now", "today"})


def _out_now(clause: list[Token]) -> bool:
    """True for a clause that is only "available everywhere", "out now", "streaming now" (and fillers)."""
    words = [t.norm for t in clause if t.norm not in VOCAB.fillers or t.norm == "now"]
    return 2 <= len(words) <= 4 and words[0] in _OUT and words[1] in _EVERYWHERE


def _names_made(clause: list[Token]) -> bool:
    """True when the clause names something made ("a cover", "his channel", "made this edit"), not the
    thread's own ("loves this song")."""
    for k, tok in enumerate(clause):
        if tok.norm not in MADE:
            continue
        before = [t.norm for t in clause[max(0, k - 3):k]]
        if not before or before[-1] not in _OTHERS or (before[-1] != "the" and any(w in _MADE_VERBS for w in before)):
            return True
    return False


def promotion_hits(doc: Document, links: Sequence[tuple[int, int]] | None = None) -> list[Hit]:
    """The cues of this module (see the module docstring) for ``doc``; ``links`` as for :func:`clauses`."""
    hits: list[Hit] = []

    def add(name: str, clause: list[Token], span: tuple[int, int]) -> None:
        hits.append(hit_for(_CUES[name], clause[span[0]].start, clause[span[1]].end))

    parts = clauses(doc.text, links, doc.low)
    kin = any(tok.norm in VOCAB.own and any(b.norm in VOCAB.associates and not b.poss for b in clause[k + 1:k + 3])
              for clause in parts for k, tok in enumerate(clause))
    # A relative who makes something ("my brother started a channel", "my cousin is a tattoo artist"):
    # "go show him some love", "dm him" pushes it.
    maker = kin and any(_names_made(clause) or any(t.norm in VOCAB.creators for t in clause) for clause in parts)
    owned = False
    for clause in parts:
        for span in _own_mentions(clause):
            add("own_promotion", clause, span)
            owned = True
        if owned and _out_now(clause):
            add("points_to_own", clause, (0, len(clause) - 1))  # "I started a podcast ..., available everywhere"
        to_own, to_me, pointing, elsewhere = _calls(clause, kin=kin, maker=maker)
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
