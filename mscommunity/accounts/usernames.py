"""What a username (the public name) may not be: personal data.

``personal_data_refusal`` says why a username is refused (an e-mail address or a
phone number), in words for the member; ``looks_like_real_name`` flags a name
the member must confirm on the sign-up form before the account exists.
"""

from __future__ import annotations

import re

from mscommunity.privacy import looks_like_full_name

# name@domain.tld, or name@gmail without the ending.
_EMAIL = re.compile(
    r"[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b|(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|aol"
    r"|proton|protonmail|btinternet|gmx|web)\b)",
    re.IGNORECASE,
)
# Nine or more digits written as one number: "07700 900123", "+1 312 555 0147", "(312) 555-0147".
_PHONE = re.compile(r"\+?\d(?:[\s().\-_/]{0,2}\d){8,}")

EMAIL_REFUSAL = (
    "Your username is shown to everyone, so it cannot be an e-mail address. "
    "Choose a pseudonym: your e-mail address goes in its own box and stays private."
)
PHONE_REFUSAL = "Your username is shown to everyone, so it cannot be a phone number. Choose a pseudonym."


def personal_data_refusal(username: str) -> str | None:
    """Why ``username`` may not be a public name, or None when it may."""
    if _EMAIL.search(username):
        return EMAIL_REFUSAL
    if _PHONE.search(username):
        return PHONE_REFUSAL
    return None


def looks_like_real_name(username: str) -> bool:
    """True when ``username`` reads as a real first and last name ("JaneSmithson")."""
    return looks_like_full_name(username)


def real_name_warning(username: str) -> str:
    return (
        f"“{username}” looks like a real first and last name, and everyone will see it beside what you write. "
        "Choose a pseudonym, or tick the box to say this is the name you want to use."
    )
