"""What became of what a member just did to a comment, said beside that comment.

After posting, editing, flagging or reacting, the view stores the outcome
(``tell``) in the member's session and redirects to the comment's anchor; the
thread page takes it once (``take``) and lays it over that comment only, for
that reader only (``rendering.Reader.feedback``): highlighted, announced (a
``role="status"`` box that static/js/site.js focuses) and in plain words
("Posted.", "1 phone number removed ..."). It works without JavaScript, and it
is never part of a cached fragment nor of the visitors' page cache (only
signed-in members have it). The top-of-page messages stay for page-wide
events. When the comment is not on the page the reader opens, the lines go
to the top of the page instead (``as_messages``), never lost.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString

SESSION_KEY = "thread_feedback"
MAX_AGE_SECONDS = 15 * 60  # an outcome nobody came back to see is dropped
TONES = {"success": messages.SUCCESS, "info": messages.INFO, "warning": messages.WARNING, "error": messages.ERROR}


@dataclass(frozen=True)
class Line:
    """One plain sentence, with an optional link after it."""

    text: str
    tone: str = "info"
    href: str = ""
    link: str = ""

    def markup(self) -> SafeString:
        if self.href:
            return format_html('{} <a href="{}">{}</a>', self.text, self.href, self.link)
        return format_html("{}", self.text)


@dataclass(frozen=True)
class Feedback:
    comment_id: int
    lines: tuple[Line, ...]

    def html(self) -> str:
        """The box shown inside the comment."""
        items = "".join(format_html('<p class="fb-{}">{}</p>', line.tone, line.markup()) for line in self.lines)
        return f'<div class="fb" role="status" tabindex="-1" data-focus-on-load>{items}</div>'

    def as_messages(self, request: HttpRequest) -> None:
        """The same lines as top-of-page messages (the comment is not on the page)."""
        for line in self.lines:
            messages.add_message(request, TONES.get(line.tone, messages.INFO), line.markup())


def tell(request: HttpRequest, *, article_id: int, comment_id: int, lines: list[Line]) -> None:
    """Keep ``lines`` about comment ``comment_id`` of article ``article_id`` for
    the reader's next view of that thread (replacing any earlier outcome)."""
    if not lines:
        return
    request.session[SESSION_KEY] = {
        "article": article_id, "comment": comment_id, "at": time.time(),
        "lines": [[line.text, line.tone, line.href, line.link] for line in lines],
    }


def take(request: HttpRequest, *, article_id: int) -> Feedback | None:
    """The outcome kept for this thread, removed from the session (shown once);
    None when there is none, it is about another thread, or it is too old."""
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return None
    kept = session[SESSION_KEY]
    fresh = isinstance(kept, dict) and time.time() - kept.get("at", 0) <= MAX_AGE_SECONDS
    if fresh and kept.get("article") != article_id:
        return None  # for another thread: it waits there
    del session[SESSION_KEY]
    if not fresh:
        return None
    try:
        lines = tuple(Line(str(text), str(tone), str(href), str(link)) for text, tone, href, link in kept["lines"])
        return Feedback(comment_id=int(kept["comment"]), lines=lines)
    except (KeyError, TypeError, ValueError):
        return None
