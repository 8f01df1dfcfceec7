"""The writer's own promotable things in a clause: "my channel", "I post covers", "link in my bio".

Pure Python, internal to :mod:`.spam_promo`. Each reader takes one clause (a
list of :class:`.spam_tokens.Token`) and returns spans as pairs of token
indexes: :func:`_own_target` finds the thing a possessive owns,
:func:`_own_mentions` the writer naming, making or being the maker of their
own thing (cue ``own_promotion``), :func:`_points_to_own` where to find it
(cue ``points_to_own``).
"""

from __future__ import annotations

from itertools import pairwise

from mscommunity.moderation.assessment.spam_tokens import Token
from mscommunity.moderation.assessment.spam_words import (
    _ADVERBS,
    _BE_CREATOR,
    _HAVE,
    _LIFE,
    _LOCATIONS,
    _MEMBER_OF,
    _OTHERS,
    _PLATFORMS,
    _PREPOSITIONS,
    _RELEASED,
    _SUBJECT_SELF,
    MADE,
    THINGS,
    VOCAB,
)


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
        if tok.norm == "one" and found is None and any(t.norm in VOCAB.fresh for t in clause[k:m]):
            found = m  # "i do covers too, my latest one is up": the newest of the things named
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


# Making one's own version of someone else's thing ("covered this song", "remixed it").
_COVERED = frozenset({"covered", "remixed"})


def _produces(clause: list[Token], j: int) -> list[tuple[int, int]]:
    """"i (just) make / post / started ... <things>" from the subject at ``j``
    (``j = -1``: a clause with no subject, which opens with a past form of :data:`_MADE_IT`)."""
    for v in range(j + 1, min(j + 5, len(clause))):
        verb = clause[v].norm
        if j < 0 and verb not in _MADE_IT and verb not in _ADVERBS:
            return []
        if verb in _COVERED and any(t.norm in MADE or t.norm in {"it", "this", "that"} for t in clause[v + 1:v + 4]):
            return [(j, v)]  # "my band covered this song": the cover is theirs, the song named is not
        if verb in VOCAB.produce:
            reach = 4 if verb in _HAVE else 7  # "I have a new single", not "I have a cat who loves videos"
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
