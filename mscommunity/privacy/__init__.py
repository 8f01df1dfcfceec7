"""Personal-data scrubbing for member text.  Pure Python: no Django import here.

Public API::

    scrub(text, *, allowed_domains=DEFAULT_ALLOWED_DOMAINS, known_names=(), never_names=()) -> Scrubbed
        (raises ScrubError, naming the detector, if any detector fails)
    Scrubbed(text, redactions).uncertain
    Redaction(type, start, end, confidence).uncertain
    looks_like_full_name(username) -> bool
    describe(redactions) -> list[str]
    MARKERS, TYPES, DEFAULT_ALLOWED_DOMAINS
"""

from .core import ScrubError, scrub
from .result import MARKERS, TYPES, UNCERTAIN_BELOW, Redaction, Scrubbed, describe
from .urls import DEFAULT_ALLOWED_DOMAINS
from .usernames import looks_like_full_name

__all__ = [
    "DEFAULT_ALLOWED_DOMAINS", "MARKERS", "TYPES", "UNCERTAIN_BELOW", "Redaction", "ScrubError", "Scrubbed", "describe",
    "looks_like_full_name", "scrub",
]
