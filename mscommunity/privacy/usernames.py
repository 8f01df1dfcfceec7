"""The poster's own account names in a text, and usernames that read as a real full name.

Internal to :mod:`.names` (``known_names_in``); ``looks_like_full_name`` is public
(sign-up warns with it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .name_lists import _family, _given, is_family_name, is_given_name, not_a_name
from .result import Redaction
from .vocab import COMMON


def known_names_in(text: str, known_names: Iterable[str]) -> list[Redaction]:
    out: list[Redaction] = []
    for name in known_names:
        name = (name or "").strip().lstrip("@")
        if len(name) < 2:
            continue
        variants = {re.escape(name)}
        parts = split_username(name)
        if len(parts) >= 2:
            variants.add(r"[\s._\-]*".join(re.escape(p) for p in parts))
        pat = re.compile(r"(?<![\w])@?(?:" + "|".join(sorted(variants, key=len, reverse=True)) + r")(?!\w)", re.I)
        for m in pat.finditer(text):
            out.append(Redaction("PERSON", m.start(), m.end(), 0.97))
    return out


_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CHUNK_SEP = re.compile(r"[\s._\-]+")


def split_username(name: str) -> list[str]:
    parts: list[str] = []
    for chunk in _CHUNK_SEP.split(name):
        if chunk:
            parts.extend(_CAMEL.findall(chunk) or [chunk])
    return parts


def looks_like_full_name(username: str) -> bool:
    """True when a username reads as a real full name ("JaneSmith", "jane.smith", "Jane_Smith").

    Used to warn at sign-up.  Needs a listed given name followed by a family-name
    part; digits or ordinary words ("msfighter77", "hopeful_carer") make it False.
    """
    u = (username or "").strip()
    if not u or any(c.isdigit() for c in u) or len(u) > 60:
        return False
    parts = split_username(u)
    if not all(p.isalpha() for p in parts):
        return False
    if 2 <= len(parts) <= 3:
        first, last = parts[0], parts[-1]
        return (
            is_given_name(first) and len(last) >= 2
            and (is_family_name(last) or not not_a_name(last))
            and not (first.lower() in COMMON and not is_family_name(last))
        )
    if len(parts) == 1 and u.isalpha() and len(u) >= 6:
        low = u.lower()
        for i in range(3, len(low) - 2):
            if low[:i] in _given() and low[i:] in _family():
                return True
    return False
