"""Crisis evidence from concepts, not phrasings: tokens, word families and short sequences.

Pure Python, read by :mod:`.crisis`. The data live in
``cues/crisis_lexicon.toml``: *concepts* (word families: dying, killing,
self, a method by its object, a time, a desire ...) and *rules* (short
sequences of concepts within a sentence, with conditions on the sentences
around them). Each rule fires one ``crisis_constructs`` cue of
``cues/crisis.toml`` or ``cues/distress.toml``; every rule carries positive
and negative examples that run as tests
(``tests/moderation/assessment/test_crisis_lexicon.py``).

Reading a text:

1. **Tokens.** Words in lower case, straight apostrophes; contractions
   expanded ("don't" -> do not, "im" -> i am, "wanna" -> want to), text
   speak mapped ("2nite" -> tonight, "kms" -> kill myself, "od" ->
   overdose), dropped final g restored ("thinkin" -> thinking), and a small
   set of long key words matched with one typo ("sucidal", "tommorow").
   Every token keeps the offsets of the word it came from.
2. **Concepts.** Each token gets the concepts whose word family holds it
   (a trailing ``*`` in a family matches any ending).
3. **Rules.** A rule's ``seq`` is matched inside one sentence: an upper-case
   name is a concept, lower-case words (``a|b``, ``word*``) are literals,
   ``~N`` skips up to N tokens and ``~N:CONCEPT`` up to N tokens of that
   concept only, ``?X`` is optional. A match counts when its conditions hold:
   ``near`` (alternatives of concepts that must all occur within ``span``
   sentences either side), ``unless_near`` (concepts that rule it out there),
   ``not_before`` / ``not_after`` (the token just outside the match) and, unless
   ``negatable = false``, no negation ("not", "never", "no") in the two tokens
   before it.

Guards against figurative, topic and past use are applied afterwards by
:mod:`.crisis_guards`, to these hits like any other.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from mscommunity.moderation.assessment.crisis_lexicon import (
    LEXICON_FILE,
    Element,
    Lexicon,
    Rule,
    Token,
    load_lexicon,
)
from mscommunity.moderation.assessment.document import Document

__all__ = ["LEXICON", "LEXICON_FILE", "Element", "Lexicon", "Rule", "Token", "concept_matches", "load_lexicon",
           "rule_matches", "tokens"]

_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*", re.IGNORECASE)
_NEG = frozenset({"not", "never", "no", "nor", "without"})
_BREAK_WORDS = frozenset({"but", "though", "although"})
_LINKING = frozenset({"is", "are", "was", "were", "went", "go", "goes", "gone", "feel", "feels", "felt", "going",
                      "getting", "got", "get", "seem", "seems", "look", "looks", "totally", "completely", "just",
                      "been", "be", "literally", "absolutely"})
_WISH_OR_HOW = frozenset({"wish", "wishing", "wished", "want", "wanted", "pray", "praying", "hope", "hoping",
                          "please", "how", "much", "many", "someone", "somebody", "begged", "begging", "asked",
                          "beg", "need"})
# "die from taking too much", "die of an overdose": a cause of death, not a figure of speech.
_LITERAL_CAUSE = frozenset({"taking", "an", "a", "overdose", "overdosing", "cancer", "ms", "complications", "it",
                            "this", "suicide", "too", "the", "my", "his", "her", "that", "those", "these", "them",
                            "drinking", "swallowing", "starvation", "dehydration", "blood", "bleeding", "hanging",
                            "drowning", "poison", "poisoning"})


# ------------------------------------------------------------------ tokens


def tokens(doc: Document, lex: Lexicon) -> list[Token]:
    """The text's tokens (see the module docstring), in order."""
    out: list[Token] = []
    text = doc.text
    prev_my: Token | None = None
    # Words come in order, so the sentence index only moves forward (as doc.sentence_of would find it).
    starts = doc.starts
    last = len(starts) - 1
    sent = 0
    for m in _WORD_RE.finditer(text):
        pos = m.start()
        while sent < last and starts[sent + 1] <= pos:
            sent += 1
        for norm, concepts in lex.read(m.group(0)):
            if norm == "self" and prev_my is not None and prev_my.sent == sent:
                out[-1] = Token("myself", lex.concepts_of("myself"), prev_my.start, m.end(), sent)
                prev_my = None
                continue
            tok = Token(norm, concepts, pos, m.end(), sent)
            out.append(tok)
            prev_my = tok if norm == "my" else None
    for i, t in enumerate(out):
        if t.norm.isdigit() and len(t.norm) < 7 and int(t.norm) >= 8:
            nxt = out[i + 1].norm if i + 1 < len(out) and out[i + 1].sent == t.sent else ""
            if nxt not in lex.units:
                big = {"BIG"} if int(t.norm) >= 20 else set()
                out[i] = Token(t.norm, t.concepts | {"MANY"} | big, t.start, t.end, t.sent)
    return _figurative_cleared(out, lex)


def _figurative_cleared(toks: list[Token], lex: Lexicon) -> list[Token]:
    """``toks`` with the concepts of death words in a figurative frame removed
    ("dying for a coffee", "my legs are dead", "killing me", "dying to know")."""
    for i, t in enumerate(toks):
        if t.norm not in lex.fig_words:
            continue
        nxt = toks[i + 1].norm if i + 1 < len(toks) and toks[i + 1].sent == t.sent else ""
        nxt2 = toks[i + 2].norm if i + 2 < len(toks) and toks[i + 2].sent == t.sent else ""
        prev = toks[i - 1].norm if i > 0 and toks[i - 1].sent == t.sent else ""
        back = [toks[j].norm for j in range(i - 1, max(-1, i - 6), -1) if toks[j].sent == t.sent]
        prev2 = back[1] if len(back) > 1 else ""
        to_death = t.norm == "death" and prev == "to"
        link = next((k for k, w in enumerate(back[:3]) if w in _LINKING), None)
        thing = link is not None and any(w in lex.fig_things for w in back[link + 1:link + 3])
        over_my = prev in ("my", "your", "his", "her", "their") and prev2 == "over"
        so_could = prev in ("could", "would", "might") and "so" in back[1:6]
        killing = t.norm.startswith(("kill", "murder"))
        after = nxt in lex.fig_after and not (nxt == "for" and nxt2 in lex.fig_for_time) and not (
            nxt in ("of", "from") and (nxt2 in _LITERAL_CAUSE or (i + 2 < len(toks) and "MEDS" in toks[i + 2].concepts)))
        if killing and nxt in lex.fig_after_kill:
            # "kill me" is literal after a wish or in a question of how much would ("I wish someone would kill me").
            after = not any(w in _WISH_OR_HOW for w in back[:6])
        if (after or (nxt == "to" and nxt2 in lex.fig_to_verbs) or thing or over_my or so_could
                or (prev in lex.fig_before and t.norm not in ("die", "kill")) or to_death):
            # The word keeps its place but matches no rule, as a concept or as a literal word.
            toks[i] = Token("~" + t.norm, frozenset(), t.start, t.end, t.sent)
    return toks


# ------------------------------------------------------------------ matching


def _match_at(seq: tuple[Element, ...], toks: list[Token], i: int, k: int) -> int | None:
    """End index (exclusive) of a match of ``seq[k:]`` starting at token ``i``, or None.

    Plain elements are walked in a loop; only a gap or an optional element that
    matched (which may have to be skipped after all) tries the rest recursively."""
    n = len(toks)
    m = len(seq)
    while k < m:
        el = seq[k]
        if el.kind == "gap":
            j = i
            for _ in range(el.gap + 1):
                end = _match_at(seq, toks, j, k + 1)
                if end is not None:
                    return end
                if j >= n or (i > 0 and toks[j].sent != toks[i - 1].sent):
                    return None
                if el.gap_concept and el.gap_concept not in toks[j].concepts:
                    return None
                j += 1
            return None
        if i < n:
            tok = toks[i]
            ok = (tok.norm in el.words or not el.concepts.isdisjoint(tok.concepts)
                  or (bool(el.prefixes) and tok.norm.startswith(el.prefixes)))
            if ok and (i == 0 or k == 0 or tok.sent == toks[i - 1].sent):
                if not el.optional:
                    i += 1
                    k += 1
                    continue
                end = _match_at(seq, toks, i + 1, k + 1)
                if end is not None:
                    return end
        if not el.optional:
            return None
        k += 1
    return i


def _negated(toks: list[Token], i: int) -> bool:
    sent = toks[i].sent
    for j in range(i - 1, max(-1, i - 3), -1):
        if toks[j].sent != sent or toks[j].norm in _BREAK_WORDS:
            return False
        if toks[j].norm in _NEG:
            after = toks[j + 1].norm if j + 1 < len(toks) else ""
            return after not in ("stop", "help", "resist", "only")
    return False


_Index = dict[int, tuple[set[str], set[str]]]


def _preceded(toks: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """True when the tokens just before ``i`` (same sentence) are ``words``."""
    n = len(words)
    if i < n or toks[i - n].sent != toks[i].sent:
        return False
    return all(toks[i - n + k].norm == w for k, w in enumerate(words))


def _near_ok(rule: Rule, by_sent: _Index, sent: int) -> bool:
    concepts: set[str] = set()
    norms: set[str] = set()
    for s in range(sent - rule.span, sent + rule.span + 1):
        c, n = by_sent.get(s, (set(), set()))
        concepts |= c
        norms |= n
    if any(e.accepts_any(concepts, norms) for e in rule.unless_near):
        return False
    return not rule.near or any(all(e.accepts_any(concepts, norms) for e in alt) for alt in rule.near)


def rule_matches(rule: Rule, toks: list[Token], by_sent: _Index,
                 starts: list[int] | None = None) -> Iterator[tuple[int, int]]:
    """``(first, last)`` token indexes of each counted match of ``rule``, trying
    the token indexes ``starts`` (default: every token) as match starts."""
    n = len(toks)
    last_end = 0
    for i in (range(n) if starts is None else starts):
        if i < last_end:
            continue
        end = _match_at(rule.seq, toks, i, 0)
        if end is None or end <= i:
            continue
        first, last = i, end - 1
        ok = toks[first].sent == toks[last].sent
        if ok and rule.not_before is not None and first > 0 and toks[first - 1].sent == toks[first].sent:
            ok = not rule.not_before.accepts(toks[first - 1])
        if ok and rule.not_after is not None and end < n and toks[end].sent == toks[last].sent:
            ok = not rule.not_after.accepts(toks[end])
        if ok and rule.not_preceded:
            ok = not any(_preceded(toks, first, words) for words in rule.not_preceded)
        if ok and rule.negatable:
            ok = not _negated(toks, first)
        if ok:
            ok = _near_ok(rule, by_sent, toks[first].sent)
        if ok:
            yield first, last
            last_end = end


def concept_matches(doc: Document, lex: Lexicon,
                    toks: list[Token] | None = None) -> Iterator[tuple[Rule, int, int]]:
    """``(rule, start, end)`` character spans of every counted rule match in ``doc``
    (``toks``: its :func:`tokens`, when the caller has them already)."""
    toks = tokens(doc, lex) if toks is None else toks
    if not toks:
        return
    by_sent: _Index = {}
    by_norm: dict[str, list[int]] = {}
    by_concept: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        c, n = by_sent.setdefault(t.sent, (set(), set()))
        c.update(t.concepts)
        n.add(t.norm)
        by_norm.setdefault(t.norm, []).append(i)
        for concept in t.concepts:
            by_concept.setdefault(concept, []).append(i)
    present = set(by_concept)
    norms = set(by_norm)
    ordered: list[str] = []  # sorted(norms), made when a prefix is first asked about
    memo: dict[int, bool] = {}
    candidates = _candidate_rules(lex, present, norms)

    def has_prefix(prefixes: tuple[str, ...]) -> bool:
        # The first norm at or after a prefix in sorted order starts with it, if any norm does.
        if not ordered:
            ordered.extend(sorted(norms))
        for p in prefixes:
            k = bisect.bisect_left(ordered, p)
            if k < len(ordered) and ordered[k].startswith(p):
                return True
        return False

    def anywhere(e: Element) -> bool:
        """``e.accepts_any(present, norms)``, memoised per element."""
        hit = memo.get(id(e))
        if hit is None:
            hit = memo[id(e)] = (not e.concepts.isdisjoint(present) or not e.words.isdisjoint(norms)
                                 or (bool(e.prefixes) and has_prefix(e.prefixes)))
        return hit

    rules = lex.rules
    for index in sorted(candidates):  # the others' first element accepts no token of this text
        rule = rules[index]
        if rule.near:  # any(all(anywhere(e) for e in alt) for alt in rule.near), without generators
            for alt in rule.near:
                for e in alt:
                    hit = memo.get(id(e))
                    if not (anywhere(e) if hit is None else hit):
                        break
                else:
                    break
            else:
                continue  # a concept it needs near is nowhere in the text
        first = rule.seq[0]
        starts: list[int] | None = None
        if first.kind != "gap" and not first.optional:
            if not anywhere(first):
                continue
            found: set[int] = set()
            for w in first.words & norms:
                found.update(by_norm[w])
            for c in first.concepts & present:
                found.update(by_concept[c])
            if first.prefixes:
                for norm in norms:
                    if norm.startswith(first.prefixes):
                        found.update(by_norm[norm])
            starts = sorted(found)
        for a, b in rule_matches(rule, toks, by_sent, starts):
            yield rule, toks[a].start, toks[b].end


_RULE_INDEX: dict[int, tuple[Lexicon, dict[str, set[int]], dict[str, set[int]], set[int]]] = {}


def _candidate_rules(lex: Lexicon, present: set[str], norms: set[str]) -> set[int]:
    """The positions in ``lex.rules`` of the rules whose first element could
    accept a token of the text (by its words or concepts); rules starting with
    a gap, an optional element or a prefix are always candidates. A shortcut
    only: ``concept_matches`` still checks each candidate in full."""
    cached = _RULE_INDEX.get(id(lex))
    if cached is None or cached[0] is not lex:
        by_word: dict[str, set[int]] = {}
        by_concept: dict[str, set[int]] = {}
        always: set[int] = set()
        for index, rule in enumerate(lex.rules):
            first = rule.seq[0]
            if first.kind == "gap" or first.optional or first.prefixes:
                always.add(index)
                continue
            for word in first.words:
                by_word.setdefault(word, set()).add(index)
            for concept in first.concepts:
                by_concept.setdefault(concept, set()).add(index)
        cached = _RULE_INDEX[id(lex)] = (lex, by_word, by_concept, always)
    _, by_word, by_concept, always = cached
    found = set(always)
    for word in norms & by_word.keys():
        found |= by_word[word]
    for concept in present & by_concept.keys():
        found |= by_concept[concept]
    return found


LEXICON: Lexicon = load_lexicon()
"""The crisis lexicon, loaded once at import."""
