"""Step 1 of the ingest pipeline: is this text acceptable at all?

Each check returns a message a member understands; the form shows it next to
the text, which stays in the form.
"""

from __future__ import annotations

import re
import unicodedata

from django.conf import settings

# C0/C1 control characters other than tab and newline: PostgreSQL refuses NUL
# and none of them belongs in a post.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalize(text: str) -> str:
    """Unify newlines, drop control characters, NFC-normalise, trim the ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text).strip()


def problems(text: str, *, noun: str = "comment", previous_text: str | None = None) -> list[str]:
    """Every reason ``text`` (already normalised) cannot be accepted; empty when it can."""
    found: list[str] = []
    limit = settings.MEMBER_TEXT_MAX_LENGTH
    if not text:
        found.append(f"Your {noun} is empty. Write something before you send it.")
    elif len(text) > limit:
        over = len(text) - limit
        found.append(
            f"Your {noun} is {len(text):,} characters long. The limit is {limit:,}: "
            f"remove {over:,} character{'s' if over != 1 else ''}."
        )
    if text and previous_text is not None and normalize(previous_text) == text:
        found.append(f"You have already posted this {noun}. Change it if you meant to post something new.")
    return found
