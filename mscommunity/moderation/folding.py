"""Case-insensitive patterns run as case-sensitive ones over the lowered text: same matches, faster.

Pure Python, no import of the project. Every assessment pattern ignores case
(:func:`.assessment.document.rx`), and Python's ``re`` runs such a pattern
about twice as slowly as the same pattern case-sensitive (an alternation
cannot reject a branch by its first letter).
For a *foldable* pattern (:func:`folded`) and a *foldable* text
(:func:`foldable_text`), ``folded(p).finditer(text.lower())`` gives exactly the
spans of ``p.finditer(text)``:

* the pattern's letters are all lower case (literals, class members, ranges),
  none of them is one of the letters ``re`` matches ignoring case beyond
  ``str.lower`` (``ſ`` for ``s``, ``ı`` for ``i``, Greek and Cyrillic variants:
  :data:`UNSAFE`), and no part of it switches case sensitivity inline;
* the text lowers character for character (same length, so every offset
  holds) and holds none of :data:`UNSAFE` (nor ``İ``, nor the capital sigma
  that lowers by context).

Anything else is matched as written; the speed-up never changes a result.
Used by the assessment's hot patterns (the cues, the document's sentence
readings, links) and :meth:`.vocabulary.Vocabulary.find`.
``tests/moderation/test_folding.py`` checks :data:`UNSAFE` against
every code point and the spans against the cue patterns.
"""

from __future__ import annotations

import re
from typing import Any

UNSAFE = frozenset(
    "\u00b5\u0130\u0131\u017f\u0345\u0390\u0392\u0395\u0398\u0399\u039a\u039c\u03a0\u03a1\u03a3\u03a6"
    "\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6"
    "\u03f0\u03f1\u03f4\u03f5\u0412\u0414\u041e\u0421\u0422\u042a\u0432\u0434\u043e\u0441\u0442\u044a"
    "\u0462\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e60\u1e61\u1e9b\u1fbe\u1fd3"
    "\u1fe3\ua64a\ua64b\ufb05\ufb06"
)
"""The characters for which ``str.lower`` and ``re``'s IGNORECASE disagree: those
``re`` pairs with another letter beyond case (``re._casefix``), those that
lower to one of them, those that lower to more than one character, and those
whose lower case is another kind of character (word, digit, space)."""

_UNSAFE_RE = re.compile("[" + "".join(sorted(UNSAFE)) + "]")


def foldable_text(text: str, low: str) -> bool:
    """True when ``low`` (``text.lower()``) can stand for ``text`` under a folded pattern."""
    return text.isascii() or (len(low) == len(text) and _UNSAFE_RE.search(text) is None)


# Keyed by id (a pattern's hash reads its whole compiled code); the pattern is kept alive beside it.
_FOLDED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, for a foldable text's lowered form; None when
    ``pattern`` is not foldable (or already case-sensitive). Memoised."""
    entry = _FOLDED.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        plain = None
        if pattern.flags & re.IGNORECASE and _foldable(pattern):
            plain = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        entry = _FOLDED[id(pattern)] = (pattern, plain)
    return entry[1]


def _foldable(pattern: re.Pattern[str]) -> bool:
    import re._parser as sre_parse  # Python 3.11+

    try:
        return _items_ok(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except (re.error, ValueError, TypeError):
        return False


def _char_ok(code: int) -> bool:
    ch = chr(code)
    return ch == ch.lower() and ch not in UNSAFE


def _items_ok(items: list[Any]) -> bool:
    from re._constants import (
        ASSERT,
        ASSERT_NOT,
        ATOMIC_GROUP,
        BRANCH,
        CATEGORY,
        GROUPREF_EXISTS,
        IN,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        NEGATE,
        NOT_LITERAL,
        POSSESSIVE_REPEAT,
        RANGE,
        SUBPATTERN,
    )

    for op, av in items:
        if op in (LITERAL, NOT_LITERAL):
            ok = _char_ok(av)
        elif op is IN:
            ok = all(
                _char_ok(a) if o is LITERAL
                else (a[1] < 128 and all(_char_ok(c) for c in range(a[0], a[1] + 1))) if o is RANGE
                else o in (CATEGORY, NEGATE)
                for o, a in av
            )
        elif op is SUBPATTERN:
            ok = not ((av[1] | av[2]) & re.IGNORECASE) and _items_ok(list(av[3]))
        elif op is BRANCH:
            ok = all(_items_ok(list(a)) for a in av[1])
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            ok = _items_ok(list(av[2]))
        elif op in (ASSERT, ASSERT_NOT):
            ok = _items_ok(list(av[1]))
        elif op is ATOMIC_GROUP:
            ok = _items_ok(list(av))
        elif op is GROUPREF_EXISTS:
            ok = _items_ok(list(av[1])) and (av[2] is None or _items_ok(list(av[2])))
        else:
            ok = True  # no character of its own: AT (anchors, \b), ANY, GROUPREF, CATEGORY
        if not ok:
            return False
    return True
