"""The scrub pipeline: run every detector, resolve overlaps, replace spans with markers.

Contract: offsets in the result index the input; redactions are sorted and
non-overlapping; every detected value is absent from ``Scrubbed.text``.
Scrubbing fails closed: if any detector raises, :func:`scrub` raises
:class:`ScrubError` naming the detector, and no partly scrubbed text is ever
returned. The error carries no member text (its cause is chained for
debugging; callers log only ``detector`` and ``error_type``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from . import addresses, dates, emails, handles, ids, members, names, phones, urls
from .doc import Doc
from .result import MARKERS, Redaction, Scrubbed
from .urls import DEFAULT_ALLOWED_DOMAINS

# When two detections overlap, the more specific type wins; then confidence, then length.
_PRIORITY = {
    "EMAIL": 9, "URL": 8, "ID_NUMBER": 7, "HANDLE": 6, "DATE_OF_BIRTH": 6, "PHONE": 5, "ADDRESS": 4,
    "PERSON": 3, "OTHER": 1,
}
MAX_CHARS = 200_000
_FEW = 24  # up to this many candidates, resolve() compares each with the spans taken (cheaper than bisecting)
_DETECTORS = (
    ("emails", emails.find), ("urls", urls.find), ("ids", ids.find), ("handles", handles.find),
    ("dates", dates.find), ("phones", phones.find), ("addresses", addresses.find), ("names", names.find),
)


class ScrubError(RuntimeError):
    """A detector failed, so the text could not be vouched for.

    ``detector`` names the step (``phones``, ``names``, ...); ``error_type``
    is the class name of the original exception. Neither contains member text.
    """

    def __init__(self, detector: str, error_type: str) -> None:
        super().__init__(f"personal-data detector {detector!r} failed with {error_type}")
        self.detector = detector
        self.error_type = error_type


def scrub(
    text: str,
    *,
    allowed_domains: Iterable[str] = DEFAULT_ALLOWED_DOMAINS,
    known_names: Iterable[str] = (),
    never_names: Iterable[str] = (),
    member_names: Iterable[str] = (),
) -> Scrubbed:
    """Remove personal data from ``text``.

    ``allowed_domains``: hosts (and their subdomains) whose links stay.
    ``known_names``: the poster's own account names, always removed.
    ``never_names``: words never taken for a person's name, on top of the
    built-in medical stoplist (the pipeline passes the treatment vocabulary's
    words, so a drug name staff add is never removed as a name).
    ``member_names``: pseudonyms of members who exist on the site; one used to
    address its member ("Thanks, wobbly_walker!", "Hi MaggieMay") is never
    removed as a name (the poster's own ``known_names`` still are).
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if not text:
        return Scrubbed("", ())
    head, rest = text[:MAX_CHARS], text[MAX_CHARS:]
    allowed = allowed_domains if isinstance(allowed_domains, tuple) else tuple(allowed_domains)
    known = tuple(known_names)
    candidates = detect(head, allowed_domains=allowed, known_names=known, never_names=never_names)
    if member_names:
        candidates = members.keep_members(head, candidates, members.fold(member_names) - members.fold(known))
    chosen = resolve(candidates, len(head))
    if rest:
        # Beyond the scan limit nothing can be vouched for: remove it as uncertain.
        chosen = (*chosen, Redaction("OTHER", len(head), len(text), 0.5))
    return Scrubbed(render(text, chosen), chosen)


def detect(
    text: str, *, allowed_domains: tuple[str, ...], known_names: tuple[str, ...], never_names: Iterable[str] = ()
) -> list[Redaction]:
    """Every candidate from every detector (may overlap).

    Raises :class:`ScrubError` if a detector fails: skipping it would let the
    data it looks for through unexamined.
    """
    found: list[Redaction] = []
    doc = Doc(text, allowed=allowed_domains, known=known_names, never=never_names)
    for name, job in _DETECTORS:
        try:
            if name == "urls":
                found.extend(urls.find(text, allowed_domains, doc=doc))
            elif name == "names":
                found.extend(names.find(text, known_names, never_names, doc=doc))
            else:
                found.extend(job(text, doc=doc))
        except Exception as error:
            raise ScrubError(name, type(error).__name__) from error
    return found


def resolve(candidates: Iterable[Redaction], length: int) -> tuple[Redaction, ...]:
    """Pick a non-overlapping subset, preferring specific types, then confidence, then length."""
    valid = [r for r in candidates if 0 <= r.start < r.end <= length]
    if len(valid) < 2:
        return tuple(valid)  # nothing to choose between (the usual case)
    valid.sort(key=_preference)
    if len(valid) <= _FEW:
        taken: list[Redaction] = []
        for r in valid:
            start, end = r.start, r.end
            for t in taken:
                if start < t.end and end > t.start:
                    break  # overlaps one already taken
            else:
                taken.append(r)
        taken.sort(key=_start)
        return tuple(taken)
    # The spans taken so far, in order of start: they never overlap, so their ends are in order too, and
    # a candidate overlaps one of them only if the first that ends after its start begins before its end
    # (found by bisection: a long post has hundreds of candidates, and comparing each with every span
    # taken was quadratic).
    starts: list[int] = []
    ends: list[int] = []
    taken = []
    for r in valid:
        start, end = r.start, r.end
        i = bisect_right(ends, start)
        if i < len(starts) and starts[i] < end:
            continue  # overlaps one already taken
        starts.insert(i, start)
        ends.insert(i, end)
        taken.insert(i, r)
    return tuple(taken)


def _start(r: Redaction) -> int:
    return r.start


def _preference(r: Redaction) -> tuple[int, float, int, int]:
    return -_PRIORITY.get(r.type, 0), -r.confidence, -(r.end - r.start), r.start


def render(text: str, redactions: tuple[Redaction, ...]) -> str:
    """Replace each redaction's span with its marker."""
    out: list[str] = []
    pos = 0
    for r in redactions:
        out.append(text[pos:r.start])
        out.append(MARKERS.get(r.type, MARKERS["OTHER"]))
        pos = r.end
    out.append(text[pos:])
    return "".join(out)
