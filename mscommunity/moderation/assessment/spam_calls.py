"""Calls to action in a clause, and what they point at: "check out my soundcloud", "follow me", "click here".

Pure Python, internal to :mod:`.spam_promo`. :func:`_calls` returns, as pairs
of token indexes, the calls whose object is the writer's own thing (cue
``call_to_own``), the writer (``follow_me``), something pointed at
(``look_here``) and someone else's channel (``subscribe_elsewhere``);
:func:`_call_at` and :func:`_imperative` decide whether a call word addresses
the reader.
"""

from __future__ import annotations

from itertools import pairwise

from mscommunity.moderation.assessment.spam_own import _own_target
from mscommunity.moderation.assessment.spam_tokens import Token
from mscommunity.moderation.assessment.spam_words import (
    _ADVERBS,
    _FINDING,
    _NEGATIONS,
    _OTHERS,
    _PARTICLES,
    _PLATFORMS,
    _READING,
    _SELF_REFERENCE,
    _SUBJECTS,
    MADE,
    THINGS,
    VOCAB,
)


def _call_at(clause: list[Token], i: int) -> bool:
    """True when the call-to-action word at ``i`` asks the reader (not "I watch ...", "they never listen ...")."""
    tok = clause[i]
    if tok.norm in VOCAB.cta_inflected:  # "I'd love it if you checked out ...", not "thank you for sharing"
        before = [t.norm for t in clause[max(0, i - 4):i]]
        # "have you heard my remix?" asks too
        return bool(before) and before[-1] == "you" and ("if" in before or before[-2:-1] in (["have"], ["did"]))
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


# Calls whose object may be a person the writer pushes ("check him out", "show her some love").
_TO_PERSON = frozenset({"check", "watch", "listen", "subscribe", "sub", "follow", "add", "support", "show", "give",
                        "vote", "find", "dm", "pm", "message", "contact", "email", "text", "call", "inbox"})
_JOINABLE = frozenset({"discord", "server", "clan", "guild", "community", "group", "telegram", "whatsapp", "groupchat"})
_DETERMINERS = frozenset({"the", "this", "a"})
_MAKER = frozenset({"i", "i've", "we", "we've"})
# Producing verbs that say the writer made the thing ("have", "got", "do", "put" say nothing about who made it).
_MADE_VERBS = VOCAB.produce - {"have", "having", "got", "do", "did", "doing", "put", "run", "running", "start",
                                "started", "starting", "opened", "finished", "host", "hosting", "throwing"}


def _made_by_writer(clause: list[Token], m: int) -> int | None:
    """Index of the thing at ``m`` when a relative clause says the writer made it ("the video I (just) made",
    "this song we recorded"), else None."""
    if m >= len(clause) or clause[m].norm not in MADE:
        return None
    rest = [t.norm for t in clause[m + 1:m + 4]]
    if not rest or rest[0] not in _MAKER:
        return None
    return m if any(w in _MADE_VERBS for w in rest[1:3]) else None


_A_TRY = frozenset({"spin", "listen", "follow", "like", "sub", "look", "chance", "shot", "try", "watch", "view", "read",
                    "visit", "go", "play", "add", "shout", "shoutout"})
_TAKE_A_LOOK = frozenset({"me", "us", "it", "this", "them", "look", "peek", "listen", "minute", "second", "moment",
                         "1", "one", "quick", "few", "sec", "min", "seconds", "minutes"})
# Words that are a call only when they open a clause or follow "please", "you" or "to"
# ("it doesn't feel like mine", "I can see my house" are not calls).
_LOOSE = frozenset({"like", "see", "look", "try", "play", "hear", "find", "text", "call", "leave", "drop", "take",
                    "write", "comment", "rate", "hit", "add", "give", "go", "come", "head", "hop", "stop", "enter",
                    "help", "spread", "tune", "share", "view", "read", "reply", "show"})
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


def _calls(clause: list[Token], *, kin: bool = False, maker: bool = False) -> tuple[list[tuple[int, int]], ...]:
    """``(to_own, to_me, pointing, elsewhere)``: calls whose object is the writer's own thing, calls
    whose object is the writer ("follow me", "add me"; "sub to me" is a call to the writer's channel),
    imperative calls pointing at something ("check this out", "click here", "visit <link>"), and
    calls to subscribe to someone else's channel ("go sub to DJ Nova"; not a newsletter).
    With ``kin`` (the post names "my cousin", "my friend" ...), "watch his vids" is pushing a
    relative's channel too; with ``maker`` (that relative makes something the post names) so is
    "go check him out"."""
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
                elif word in {"mine", "ours"} or (target is None and base == "click"):
                    hit = (i, m)  # "click my face", "click my name": whatever it is, it leads to the writer
                elif base == "vote" and m + 1 < len(clause) and clause[m + 1].norm in VOCAB.associates:
                    hit = (i, m + 1)  # "vote for my daughter in the contest": a win for the writer's own
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
                elif maker and word == "her" and base in _TO_PERSON:
                    hit = (i, m)  # "my sister sings, go check her out"
                break
            if maker and word in {"him", "them"} and base in _TO_PERSON:
                hit = (i, m)  # "my brother just started a channel, go show him some love"
                break
            if word in _DETERMINERS and (made := _made_by_writer(clause, m + 1)) is not None:
                hit = (i, made)  # "watch the video I made": the writer's own, named by a relative clause
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
                        word in _PLATFORMS and clause[m - 1].norm in {"on", "at"}) or (
                        base == "join" and m < i + 6 and word in _JOINABLE):  # "join the fastest growing discord"
                    pointing.append((i, m))  # "check this out", "watch 'Top 10 scares' on youtube"
                    break
        if (not pointing or pointing[-1][0] != i) and tok.norm in _READING and not (
                i > 0 and clause[i - 1].norm in _SUBJECTS):
            # no subject before it: "pa-check naman ng channel ko" points at a channel
            m = next((m for m in range(i + 1, min(i + 4, len(clause))) if clause[m].norm in VOCAB.things_strong), None)
            if m is not None:
                pointing.append((i, m))
    return to_own, to_me, pointing, elsewhere
