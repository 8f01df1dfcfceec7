"""Social media handles: "@name" near a platform word, "my facebook is ...", "find me on insta jane_doe".

Contract: ``find(text)`` returns HANDLE redactions, plus PERSON redactions for a
bare "@Firstname" mention of another member (a given name, not a handle).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .doc import Doc, doc_for, word_in, word_starts
from .result import Redaction
from .vocab import is_english_word

PLATFORMS = (
    r"insta(?:gram)?|ig|twitter|x|tiktok|tik\s?tok|facebook|fb|snap(?:chat)?|threads|bluesky|bsky|youtube|"
    r"reddit|linkedin|pinterest|tumblr|telegram|discord|kik|skype|mastodon|messenger|whats\s?app"
)
_PLATFORM_START_WORDS = (
    "insta instagram ig twitter x tiktok tik facebook fb snap snapchat threads bluesky bsky youtube reddit "
    "linkedin pinterest tumblr telegram discord kik skype mastodon messenger whats whatsapp"
)
_PLATFORM_STARTS = frozenset(_PLATFORM_START_WORDS.split())
_PLATFORM_BIT = word_in(_PLATFORM_STARTS)
_LOWER_WORD = re.compile(r"[a-z]+")
_NONE: frozenset[str] = frozenset()
_AT = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,38}[A-Za-z0-9_])?)(?![\w@]|\.[A-Za-z]{2,})")
_REDDIT = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_\-]{3,20}\b")
_HANDLE_RX = r"@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,38}[A-Za-z0-9_])"
_SHAPED_RX = r"live:[A-Za-z0-9_][A-Za-z0-9_.\-]*[A-Za-z0-9_]|@[A-Za-z0-9_][A-Za-z0-9_.]{0,38}[A-Za-z0-9_]|[A-Za-z0-9_]*[_.\d][A-Za-z0-9_.]*[A-Za-z0-9_]"
_NAMEISH = r"[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2}"
_PLATFORM_THEN = re.compile(
    rf"\b(?:{PLATFORMS})(?:/x)?\b(?:\s+(?:page|account|handle|name|profile|username|id|channel))?"
    r"(?P<sep>\s*(?:is|:|-|=|as|at|is\s+at)\s*|,?\s+(?:i'?m|i\s+am)\s+|\s+)"
    rf"(?P<h>{_SHAPED_RX}|(?-i:{_NAMEISH})|{_HANDLE_RX})",
    re.IGNORECASE,
)
# "@jo_runs on insta", "search for wobbly_welsh_woman on TikTok": a handle-shaped word (an "@", or
# letters with "_" or digits) before "on <platform>".
_THEN_PLATFORM = re.compile(
    rf"(?P<h>@[A-Za-z0-9_][A-Za-z0-9_.]{{1,38}}|(?<![\w@.])(?=[A-Za-z0-9_.]*[A-Za-z])(?=[A-Za-z0-9_.]*[_\d])"
    rf"[A-Za-z0-9_][A-Za-z0-9_.]{{2,38}}[A-Za-z0-9_])\s+(?:on|at|over\s+on)\s+(?:{PLATFORMS})\b", re.I)
# A signature block after a "--" line: a handle-shaped word alone on the next line ("--\nslowcoach_74").
_SIGNATURE_HANDLE = re.compile(r"(?m)^[ \t]*--+[ \t]*\n[ \t]*(?P<h>(?=[A-Za-z0-9_.]*[A-Za-z])(?=[A-Za-z0-9_.]*[_\d])"
                               r"[A-Za-z0-9_][A-Za-z0-9_.]{2,38}[A-Za-z0-9_])[ \t]*$")
_STOP = frozenset(
    ["and", "or", "but", "the", "a", "an", "if", "to", "me", "you", "us", "my", "your", "our", "i", "is", "it", "this", "that", "there", "here", "for", "with", "too", "also", "group", "groups", "page", "pages", "please", "message", "msg", "dm", "pm", "account", "but", "so", "as", "on", "at", "in",
     # words that follow a platform name but are not handles ("my youtube channel", "tiktok videos")
     "channel", "channels", "video", "videos", "vlog", "vlogs", "post", "posts", "live", "story", "stories",
     "shorts", "reel", "reels", "link", "links", "chat", "chats", "call", "calls", "community", "clip",
     "clips", "comments", "feed", "group", "ads", "profile", "messages", "marketplace", "status"])


_YEAR_OR_NUMBER = re.compile(r"[\d.]+")


_NUMBER_LIKE = re.compile(r"[\d\s.\-]+")
_FIRST_WORD = re.compile(r"\w+")


def _ok_handle(h: str) -> bool:
    core = h.lstrip("@")
    return not (core.lower() in _STOP or len(core) < 3 or _NUMBER_LIKE.fullmatch(core) or _ORDINAL.fullmatch(core))


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|s)")  # "Jen's 40th on Facebook", "the 90s on MySpace"


_SHORT_PLATFORMS = frozenset({"x", "ig", "fb", "kik"})


def _handle_shaped(h: str) -> bool:
    return h.startswith("@") or any(c in h for c in "_.") or any(c.isdigit() for c in h)


def _sep_ok(prefix: str, sep: str, h: str) -> bool:
    """Decide whether the token after a platform word is a handle, given the separator."""
    from .vocab import COMMON

    platform = _FIRST_WORD.match(prefix)
    short = platform is not None and platform.group(0).lower() in _SHORT_PLATFORMS
    explicit = sep.strip() not in ("",)
    if _handle_shaped(h):
        return not (short and not (h.startswith("@") or explicit))
    if h.lower() in COMMON:
        return False
    if explicit:
        return not short or sep.strip() in (":", "is")
    # Bare space after a long platform name: only an odd lower-case token ("find me on insta janedoe").
    return not short and h.islower() and len(h) >= 6 and not is_english_word(h)  # not "my Facebook photos"


def _on_before(low: str, i: int) -> bool:
    """True when "on" or "at" stands, with white space on both sides, right before position ``i``."""
    j = i
    while j and low[j - 1].isspace():
        j -= 1
    return j < i and j >= 3 and low[j - 2:j] in ("on", "at") and low[j - 3].isspace()


def find(text: str, *, doc: Doc | None = None) -> list[Redaction]:
    """Return HANDLE (and bare-mention PERSON) redactions found in ``text``."""
    out: list[Redaction] = []
    seen: set[tuple[int, int]] = set()
    d = doc_for(text, doc)
    present = _PLATFORM_STARTS.intersection(d.words) if d.mask & _PLATFORM_BIT else _NONE
    has_at = "@" in text
    if not (present or has_at or "u/" in text or "--" in text):
        return out
    platform = bool(present)
    # "<handle> on <platform>" needs "on" or "at" (and spaces) right before a platform word.
    then_platform = platform
    if not platform:
        after_platform: Iterable[re.Match[str]] = ()
    elif d.same_len:  # the pattern tried only where a platform word stands
        starts = word_starts(d.low, present)
        after_platform = filter(None, (_PLATFORM_THEN.match(text, i) for i in starts))
        if text.isascii():  # other letters may match a platform's through case folding ("K", "ſ")
            then_platform = any(_on_before(d.low, i) for i in starts)
    else:
        after_platform = _PLATFORM_THEN.finditer(text)
    end = -1
    for m in after_platform:
        if m.start() < end:
            continue  # inside the previous match (finditer would not have tried here)
        end = m.end()
        h = m.group("h")
        if not _ok_handle(h):
            continue
        hs, he = m.start("h"), m.end("h")
        # Name-like values must not run into the rest of the sentence ("... Jane Doe, add me").
        if " " in h:
            words = h.split()
            keep = [words[0]]
            for w in words[1:]:
                if w.lower() in _STOP:
                    break
                keep.append(w)
            he = hs + len(" ".join(keep))
            if len(keep) == 1 and keep[0].isalpha() and keep[0][0].isupper() and "@" not in h:
                # "my facebook is Jane" alone is still a handle, if weak.
                pass
        if not _sep_ok(m.group(0)[:hs - m.start()], m.group("sep"), h):
            continue
        conf = 0.95 if ("@" in h or "_" in h or any(c.isdigit() for c in h) or "." in h) else 0.85
        seen.add((hs, he))
        out.append(Redaction("HANDLE", hs, he, conf))
    for m in _THEN_PLATFORM.finditer(text) if then_platform else ():
        if (m.start("h"), m.end("h")) in seen or not _ok_handle(m.group("h")):
            continue
        out.append(Redaction("HANDLE", m.start("h"), m.end("h"), 0.95))
        seen.add((m.start("h"), m.end("h")))
    for m in _SIGNATURE_HANDLE.finditer(text) if "--" in text else ():
        if (m.start("h"), m.end("h")) not in seen and not _YEAR_OR_NUMBER.fullmatch(m.group("h")):
            out.append(Redaction("HANDLE", m.start("h"), m.end("h"), 0.85))
            seen.add((m.start("h"), m.end("h")))
    for m in _REDDIT.finditer(text) if "u/" in text else ():
        out.append(Redaction("HANDLE", m.start(), m.end(), 0.9))
    for m in _AT.finditer(text) if has_at else ():
        if (m.start(), m.end()) in seen:
            continue
        name = m.group(1)
        if name.isalpha() and name[0].isupper() and name[1:].islower():
            from .name_lists import is_given_name

            out.append(Redaction("PERSON", m.start(1), m.end(1), 0.85 if is_given_name(name) else 0.75))
            continue
        out.append(Redaction("HANDLE", m.start(), m.end(), 0.8 if not name.isdigit() else 0.6))
    return out
