"""Names of private people, found from context, plus the poster's own account names.

Contract: ``find(text, known_names, never_names)`` returns PERSON redactions.  A
name is a run of one to three capitalised words read *after* a context cue: "my
name is", "I'm", "name of", a kinship word ("my son, Jake, 39", "my wee lad
Callum", "our Becky"), a greeting ("Hi Terry,", "Morning Steph and Gav!"), a
sign-off ("Thanks, Mary Jones", "xx Tess & Ollie", "love from maureen and the
boys"), a signature line at the end, a bracketed tag ("(Niamh, Galway)"), or a
given name (from the shipped list) followed by a family name anywhere.  A listed
given name joined to a found name by "and", "&" or a comma is a name too ("Roger
and [Pam Lister]").  In sign-offs a listed given name may be lower-case.  A
doctor who signs as the poster or calls themself retired or a patient is a
private person.  Words that are drugs (or close misspellings), MS terms, places,
institutions, months, common English words, or in ``never_names`` (the treatment
vocabulary) are never names.  A name right after "Dr" or "Professor", or
followed by "'s trial" / "et al", is a public professional and stays.  Every
later occurrence of a found name in the same text is removed too.

:func:`find` runs the steps below in order, each adding to one list; the
reading of a single name (``_name_at``) lives in :mod:`.name_reading`, the cues
in :mod:`.name_cues`, the sign-off patterns in :mod:`.name_signs`, the name lists
in :mod:`.name_lists`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import name_context, name_evidence
from .doc import Doc, doc_for, word_in
from .name_cues import CUE_FIRST_BIT, _cues
from .name_endings import _dash_signatures, _sign_offs, _signature_line
from .name_full import _full_names, _may_hold_full_name
from .name_lists import (
    extra_never_names,
    is_family_name,
    is_given_name,
    not_a_name,
    reset_never_names,
    set_never_names,
)
from .name_reading import (
    _WORD,
    _after_title,
    _capitalised,
    _chain,
    _given_word,
    _name_at,
    _pair_before,
    comma_pair_before,
    note_words,
)
from .name_signs import (
    _AFTER_GREETING_NAME,
    _BRACKET,
    _DR_SELF,
    _HERE,
    _JOIN_AFTER,
    _SENT_START,
    _TEXT_START,
    SIGN_OR_FROM_BIT,
)
from .result import Redaction
from .usernames import known_names_in, looks_like_full_name
from .vocab import (
    CALENDAR_WORDS,
    COMMON,
    DAYS,
    KIN_WORD_SET,
    MONTH_WORDS,
    PRIVATE_TITLES,
    PUBLIC_FIGURES,
    PUBLIC_FIRST_WORDS,
    abbreviation_shaped,
    eponym_condition,
    is_english_word,
    public_figure_at,
    word_form,
)

__all__ = ["find", "is_family_name", "is_given_name", "looks_like_full_name"]

Hit = tuple[int, int, float]  # start, end, confidence


@dataclass
class _Found:
    """The PERSON redactions found so far, in the order the steps add them."""

    items: list[Redaction] = field(default_factory=list)

    def add(self, hit: Hit | None, bump: float = 0.0) -> None:
        """Add one name (nothing for ``None``), its confidence raised by ``bump`` (at most 0.98)."""
        if hit:
            s, e, c = hit
            self.items.append(Redaction("PERSON", s, e, min(0.98, c + bump)))

    def add_group(self, hit: Hit | None, extra: list[tuple[int, int]], bump: float = 0.0) -> None:
        """Add a name and the names joined on to it (those at most as sure, and at most 0.85)."""
        if hit:
            self.add(hit, bump)
            for s, e in extra:
                self.add((s, e, min(hit[2], 0.85)))


def find(
    text: str, known_names: Iterable[str] = (), never_names: Iterable[str] = (), *, doc: Doc | None = None
) -> list[Redaction]:
    """Return PERSON redactions found in ``text`` (may overlap; the scrubber resolves them).

    ``known_names`` are the poster's own account names (always removed);
    ``never_names`` are words never read as a name (the treatment vocabulary).
    """
    d = doc_for(text, doc)
    mask = d.mask
    note_words(text, mask)
    # With no never-names and none in force (the usual case), there is nothing to set or reset.
    token = set_never_names(never_names) if never_names or extra_never_names() else None
    try:
        found = _Found()
        low, lower_text, words = d.low, d.lower_text, d.words
        tail_start = max(0, len(text) - 120)
        if mask & CUE_FIRST_BIT:
            _after_context_cues(text, low, lower_text, found, words)
        if mask & SIGN_OR_FROM_BIT or not d.same_len:
            _sign_offs(text, low, tail_start, found.add_group, words)
        _dash_signatures(text, tail_start, found)
        _signature_line(text, found.add_group, lower_text)
        _vocatives(text, lower_text, found)
        if "here" in words or not d.same_len:
            _here_introductions(text, low, found)
        _bracket_tags(text, found)
        if name_context.KIN_TITLE_FIRST.search(text):
            name_context.kin_titles(text, found.add)
        if "\n" in text and ("@" in text or name_context.DIGIT_RUN.search(text)):
            name_context.contact_lines(text, found.add)
        _doctors_posting_privately(text, found)
        if not lower_text and _may_hold_full_name(text, mask):
            _full_names(text, found.add)
        found.items.extend(name_evidence.find(text, lower_text, low, words, mask))
        if not lower_text:
            if mask & name_context.AMBIGUOUS_BIT:
                name_context.capitalised_ambiguous(text, found.add)
            name_context.middle_initials(text, found.add)
        if found.items and mask & _PUBLIC_FIRST_BIT and mask & _PUBLIC_LAST_BIT:
            found.items = [r for r in found.items if not public_figure_at(text, r.start, r.end)]
        if found.items:
            _join_pairs(text, found.items, lower_text)
        if known_names:
            found.items.extend(known_names_in(text, known_names))
        if found.items:
            found.items = [name_context.without_kin_title(text, r) for r in found.items]
            found.items.extend(name_context.related(text, found.items, low))
            found.items.extend(_propagate(text, found.items, low))
        return found.items
    finally:
        if token is not None:
            reset_never_names(token)


_FOREIGN_NAME_CLOSE = re.compile(r"\s*(?:[,.!;:(]|$|\s+(?:y|e|i|und|et|en|and|de|da|do|aus|z|ze|van|from|here|aqui|aquí)\b|"
                                 r"\s+[^\W\d_]+\s+(?:de|da|do|aus|z|van|from)\b)")
# What closes a self-introduction: "I'm Grace, ...", "I'm Grace and ...", "I'm Grace from ...".
_NAME_CLOSE = re.compile(r"\s*(?:[,.!;:]|\s+(?:and|from|here|in)\b)")


def _after_context_cues(text: str, low: str, lower_text: bool, found: _Found, words: frozenset[str]) -> None:
    """Names after "my name is", a kinship word, "I'm", "ask for", a role, "called", a greeting."""
    add, add_group = found.add, found.add_group
    for m in _cues(text, low, words):
        kind, pos = m.lastgroup, m.end()
        if kind == "nameis":
            add(_name_at(text, pos, strong=True, lowercase_ok=True) or name_evidence.unlisted_at(text, pos), 0.05)
        elif kind == "kin":
            hit = _name_at(text, pos, strong=True, lowercase_ok=lower_text)
            if hit and not _thing_after_kin(text[hit[0]:hit[1]].split()[0]):
                add(hit)
        elif kind in ("role", "called"):
            hit = _name_at(text, pos, strong=False, lowercase_ok=lower_text and kind == "called")
            if hit and _given_word(text[hit[0]:hit[1]].split()[0], lower_text):
                add((hit[0], hit[1], 0.8))
        elif kind == "iam":
            hit = _name_at(text, pos, strong=True, lowercase_ok=True)
            if (hit and low[m.start():m.start() + 1] in "sjio" and low[m.start():m.start() + 2] not in ("i'", "im", "it", "i ")
                    and not _FOREIGN_NAME_CLOSE.match(text, hit[1])):
                # "soy", "sono", "je suis", "ich bin": often an adjective follows; a name goes on to a name,
                # a comma or "from" ("soy maría josé de puebla", "sono Giulia, ho la SM")
                continue
            if hit:
                words = text[hit[0]:hit[1]].split()
                if is_given_name(words[0]) and words[0].lower() not in COMMON and not not_a_name(words[0]):
                    add(hit)  # not "it's Sunday", "it is May"
                elif len(words) >= 2 and is_family_name(words[-1].rstrip(".")):
                    add((hit[0], hit[1], 0.85))
                elif (low[m.start():m.start() + 1] == "i" and _capitalised(words[0]) and is_given_name(words[0])
                      and words[0].lower() not in MONTH_WORDS and words[0].lower() not in DAYS
                      and _NAME_CLOSE.match(text, hit[1])):
                    add((hit[0], hit[1], 0.8))  # "I'm Grace, 12 years in": a word capitalised mid-sentence
        elif kind == "ask":
            hit = _name_at(text, pos, strong=False, lowercase_ok=lower_text)
            if hit:
                add((hit[0], hit[1], 0.8))
        elif kind == "greet":
            hit = _name_at(text, pos, strong=False, lowercase_ok=True)
            if hit is None:
                hit = _name_at(text, pos, strong=True)
                first = text[hit[0]:hit[1]].split()[0] if hit else ""
                if hit and ((is_english_word(first) and not is_given_name(first))
                            or (len(first) <= 2 and first.lower() in COMMON)):
                    continue  # "Dear Editor,", "Morning Team!", "welcome, Co. Mayo": a word, not a name
                if hit:
                    extra = _chain(text, hit[1], strong=True, lowercase_ok=False)
                    end = extra[-1][1] if extra else hit[1]
                    if _AFTER_GREETING_NAME.match(text, end):
                        add_group((hit[0], hit[1], 0.8), extra)
                continue
            add(hit)


def _thing_after_kin(first: str) -> bool:
    """True when the word after a kinship cue is a thing of theirs, not their name: an ordinary
    word in no name list ("my father Medicare", "my son Year 9", "my mum Pension Credit"), a
    mixed-case abbreviation ("my daughter GCSEs") or a condition ("my dad Parkinson's")."""
    if abbreviation_shaped(first) or eponym_condition(first):
        return True
    bare = first[:-2] if first.endswith(("'s", "\u2019s")) else first
    return not is_given_name(bare) and word_form(bare, is_family_name(bare))


_FIRST_WORD_VOCATIVE = re.compile(r"\s*([^\W\d_]+)(?:\s*,|\s+[-\u2013\u2014]\s)[ \t]*(?=[^\W\d_])")


_HERE_AFTER = re.compile(r"\s+here\b(?!\s+(?:goes|go|is|are|was|we|it|comes|come|they|it's|we're)\b)", re.I)
# "Carer here", "Newbie here": who the writer is, not their name.
_ROLE_WORDS = frozenset("""carer carers caregiver caretaker newbie newcomer lurker mum mom mam dad wife husband partner
nurse physio student teacher veteran survivor warrior member rookie noob nan nana gran granny grandma grandpa""".split())  # noqa: SIM905
_COMMA_AFTER = re.compile(r"\s*(?:,|-\s)")
# After a vocative: words only said to the reader ("May, thank you", "June - so sorry", "April, you ...").
_READER_ADDRESSED = re.compile(
    r"\s*[,\-\u2013\u2014]+\s*(?:you|your|you're|youre|u|ur|thanks|thank|welcome|sorry|so\s+sorry|hugs|"
    r"congrats|congratulations|i'm\s+so|im\s+so|i\s+hope\s+you|glad\s+you|lovely\s+to)\b", re.I)


def _vocatives(text: str, lower_text: bool, found: _Found) -> None:
    """A name opening the text or a sentence, then "here" or a comma: "Raj, I'm so sorry"."""
    if not ("," in text or "-" in text or "here" in text or "\u2013" in text or "\u2014" in text):
        return  # every pattern here needs one of these after the name
    first_sentence = _TEXT_START.match(text)
    for m in (*((first_sentence,) if first_sentence else ()), *_SENT_START.finditer(text)):
        hit = _name_at(text, m.end(), strong=True, lowercase_ok=lower_text)
        if not hit:
            continue
        after = text[hit[1]:hit[1] + 8]
        if _HERE_AFTER.match(after):
            first = text[hit[0]:hit[1]].split()[0]
            if is_given_name(first) or not (is_english_word(first) or first.lower() in _ROLE_WORDS):
                found.add(hit)  # not "Carer here", "Newbie here": a role, not a name
        elif _COMMA_AFTER.match(after) and is_given_name(text[hit[0]:hit[1]].split()[0]):
            first = text[hit[0]:hit[1]].split()[0]
            if first.lower() in CALENDAR_WORDS and not _READER_ADDRESSED.match(text, hit[1]):
                continue  # "Sunday - what a day", "August, worse heat": a day or a heading, not a reader
            found.add((hit[0], hit[1], 0.85))
    first_word = _FIRST_WORD_VOCATIVE.match(text)
    if first_word:
        w = first_word.group(1)
        if not (word_form(w, is_family_name(w)) or not_a_name(w) or is_given_name(w) or w.isupper()
                or abbreviation_shaped(w) or w.lower() in CALENDAR_WORDS) and (
                len(w) >= 3 and (w.islower() or _capitalised(w))):
            # "kel - thanks for the tip", "Wanjiku, welcome": a word in no list opening the text,
            # set off by a comma or a dash, addresses a reader.
            found.add((first_word.start(1), first_word.end(1), 0.75))
        elif (w.islower() and len(w) >= 3 and is_given_name(w) and not is_english_word(w) and not not_a_name(w)
              and w not in KIN_WORD_SET):
            found.add((first_word.start(1), first_word.end(1), 0.8))  # "sam - try the cooling vest": listed, lower case


def _here_introductions(text: str, low: str, found: _Found) -> None:
    """A listed given name before "here" after a break: "ok, jackie here again"."""
    if " here" not in low:
        return
    for m in _HERE.finditer(text):
        if _given_word(m.group(1).split()[0], True):
            found.add((m.start(1), m.end(1), 0.85))


def _bracket_tags(text: str, found: _Found) -> None:
    """A bracketed name and place: "(Niamh, Galway)", "(posted by Ravi, 61, Toronto)"."""
    if "(" not in text:
        return
    for m in _BRACKET.finditer(text):
        if _given_word(m.group("n"), False) and not _after_title(text, m.start("n")):
            hit = _name_at(text, m.start("n"), strong=True)
            if hit:
                found.add((hit[0], hit[1], 0.85))


def _doctors_posting_privately(text: str, found: _Found) -> None:
    """A doctor who is retired or a patient posts as a private person: "Dr Jane Roe (retired)"."""
    if "Dr" in text or "Prof" in text or "Doctor" in text:
        for m in _DR_SELF.finditer(text):
            found.add((m.start(), m.end(), 0.8))


def _join_pairs(text: str, found: list[Redaction], lowercase_ok: bool) -> None:
    """Add given names joined to a found name by "and"/"&"/"," (either side)."""
    if not found:
        return
    have = {(r.start, r.end) for r in found}
    seen: set[tuple[int, int]] = set()
    for r in list(found):
        if (r.start, r.end) in seen:
            continue
        seen.add((r.start, r.end))
        if not _JOIN_AFTER.match(text, r.end) and not _pair_before(text, r.start, True):
            continue
        low_name = text[r.start:r.end].islower()
        for s, e in _chain(text, r.end, strong=False, lowercase_ok=lowercase_ok or low_name):
            if (s, e) not in have:
                have.add((s, e))
                found.append(Redaction("PERSON", s, e, min(r.confidence, 0.85)))
        b = _pair_before(text, r.start, lowercase_ok or low_name) or comma_pair_before(text, r.start)
        if b and b not in have:
            have.add(b)
            found.append(Redaction("PERSON", b[0], b[1], min(r.confidence, 0.85)))


_PUBLIC_FIRST_BIT = word_in(PUBLIC_FIRST_WORDS)
# A public figure is named in full: its last a-z run stands among the words too ("burt", "pr" of "pré").
_PUBLIC_LAST_BIT = word_in(runs[-1] for runs in (re.findall(r"[a-z]+", p) for p in PUBLIC_FIGURES) if runs)


def _propagate(text: str, found: list[Redaction], low: str) -> list[Redaction]:
    """Every other occurrence of a word of a found name ("Maisie ... no maisie you cannot").

    In another case only when the word is no common English word ("Grace" found
    leaves "grace" alone); the possessive without an apostrophe counts too.
    """
    # Each span once (several steps often find the same name), at its highest confidence.
    spans: dict[tuple[int, int], float] = {}
    for r in found:
        key = (r.start, r.end)
        if spans.get(key, -1.0) < r.confidence:
            spans[key] = r.confidence
    words: dict[str, float] = {}
    for (start, end), conf in spans.items():
        for w in _WORD.findall(text, start, end):
            if len(w) < 3 or not_a_name(w) or w.lower() in PRIVATE_TITLES:
                continue
            if _capitalised(w) or (w.islower() and not is_english_word(w)):
                words[w] = max(words.get(w, 0.0), min(conf, 0.85))
    out: list[Redaction] = []
    known = spans.keys()
    any_case = len(low) == len(text)
    for w, c in words.items():
        other_case = any_case and not is_english_word(w)
        hay, needle = (low, w.lower()) if other_case else (text, w)
        i = hay.find(needle)
        while i != -1:
            j = i + len(w)
            before = text[i - 1] if i else " "
            after = text[j] if j < len(text) else " "
            if after == "s" and (j + 1 >= len(text) or not text[j + 1].isalnum()):
                j, after = j + 1, " "  # "Kwames carers": the possessive without its apostrophe
            if (not (before.isalnum() or before in "_'\u2019-") and not (after.isalnum() or after in "_-")
                    and (i, j) not in known and not _after_title(text, i)):
                out.append(Redaction("PERSON", i, j, c))
            i = hay.find(needle, j)
    return out
