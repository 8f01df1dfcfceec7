"""Members' pseudonyms addressed in a text: never removed as a private person's name.

Internal to :mod:`.core`.  ``scrub(..., member_names=...)`` passes the
pseudonyms of members who exist on the site; a PERSON detection whose word is
one of them stays when the text addresses that member: a greeting or thanks
before it ("Thanks, wobbly_walker!", "Hi MaggieMay"), an "@" before it, or the
pseudonym opening the text or a sentence with a comma or "!" after it
("MaggieMay, I had the same").  A pseudonym that is also the poster's own
account name (``known_names``) is always removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .result import Redaction

_GREETING_BEFORE = re.compile(
    r"(?:\b(?:hi|hiya|hello|hey|heya|dear|thanks|thank\s+you|thankyou|thx|ty|morning|evening|afternoon|"
    r"welcome|welcome\s+back|congrats|congratulations|well\s+done|sorry|bless\s+you|agree\s+with|"
    r"replying\s+to|reply\s+to|@)|@)[\s,!:\-]*$",
    re.I,
)
_ADDRESS_AFTER = re.compile(r"\s*[,!?:]")


def fold(names: Iterable[str]) -> frozenset[str]:
    """Comparable forms of member names: lower case, no leading "@"."""
    return frozenset(n.strip().lstrip("@").lower() for n in names if n and n.strip().lstrip("@"))


def token_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The username-shaped token around ``start``-``end`` ("wobbly" inside "wobbly_walker")."""
    s, e = start, end
    while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_.-"):
        s -= 1
    while e < len(text) and (text[e].isalnum() or text[e] in "_.-"):
        e += 1
    while e > s and text[e - 1] in ".-":
        e -= 1
    return s, e


def addressed(text: str, r: Redaction, members: frozenset[str]) -> bool:
    """True when PERSON redaction ``r`` is a member's pseudonym used to address them."""
    s, e = token_around(text, r.start, r.end)
    if text[s:e].lower() not in members:
        return False
    before = text[max(0, s - 24):s]
    if _GREETING_BEFORE.search(before):
        return True
    opening = not before.strip() or before.rstrip()[-1:] in ".!?\n"
    return opening and bool(_ADDRESS_AFTER.match(text, e))


def keep_members(text: str, found: list[Redaction], members: frozenset[str]) -> list[Redaction]:
    """``found`` without the PERSON detections that address a member by pseudonym."""
    if not members:
        return found
    return [r for r in found if not (r.type == "PERSON" and addressed(text, r, members))]
