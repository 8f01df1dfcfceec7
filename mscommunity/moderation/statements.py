"""Statements of reasons (EU DSA Art. 17): what a member is told when their
content is held, hidden or not published.

Every statement says what was decided, on which rule, whether a person or an
automatic check decided, and how to ask for a second look (Art. 20: an appeal
for a decided case, withdrawal or a moderator's review for a held one). The
words are system-written; member text never goes in a notification.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Model
from django.urls import reverse
from django.utils import timezone

from mscommunity.moderation import registry
from mscommunity.moderation.models import ModerationCase
from mscommunity.notifications.services import notify

HELD, HIDDEN, NOT_PUBLISHED = "held", "hidden", "not_published"
OUTCOMES = {
    HELD: "is waiting for a moderator and is not public yet",
    HIDDEN: "is hidden until a moderator has read it, because several members flagged it",
}
KIND = "moderation_decision"


def decisions_url() -> str:
    return reverse("moderation:decisions")


def appeal_url(case: ModerationCase) -> str:
    return reverse("moderation:appeal", kwargs={"pk": case.pk})


def rules_of(case: ModerationCase) -> str:
    """The rules the case was opened under, in the words the author reads."""
    texts = [r.text for r in case.reasons.all() if r.code != "appeal"]
    return "; ".join(dict.fromkeys(texts)) or "our community rules"


def statement(*, case: ModerationCase, content: Model, outcome: str, reason: str = "") -> str:
    """The statement of reasons for ``outcome`` (one of :data:`OUTCOMES`)."""
    handler = registry.handler_for(content)
    what = handler.describe(content)
    automatic = case.decided_by_id is None
    if outcome == NOT_PUBLISHED:
        who = "Our automatic checks" if automatic else "A moderator"
        parts = [f"{who} did not publish {what}; it is not shown to anyone else."]
    else:
        parts = [f"{what[:1].upper()}{what[1:]} {OUTCOMES[outcome]}."]
    if reason:
        parts.append(f"The moderator's reason: {reason.rstrip('.')}.")
    parts.append(f"The rule: {rules_of(case)}.")
    parts.append("This was decided by our automatic checks." if automatic
                 else "This was decided by a moderator (a person).")
    if outcome == NOT_PUBLISHED:
        parts.append(
            "If you think this is wrong, you can ask once for a second look by a different moderator: "
            f"open “Decisions about your posts” ({settings.SITE_URL}{appeal_url(case)})."
        )
    else:
        parts.append("A moderator (a person) will read it and we will tell you what they decide; "
                     "you can withdraw it meanwhile from “Decisions about your posts”.")
    return " ".join(parts)


def tell(*, case: ModerationCase, content: Model, outcome: str, reason: str = "", email: bool = True,
         seen: bool = False) -> None:
    """Store (and e-mail, if the author wants) the statement of reasons for
    ``case``; ``seen``: the author read it on screen already (kept as read)."""
    if case.author is None or not case.author.is_active:
        return
    url = decisions_url() if outcome != NOT_PUBLISHED else appeal_url(case)
    kind = KIND if outcome == NOT_PUBLISHED else "statement_of_reasons"
    note = notify(recipient=case.author, kind=kind, message=statement(case=case, content=content, outcome=outcome,
                                                                      reason=reason), url=url, email=email)
    if seen:
        note.read_at = timezone.now()
        note.save(update_fields=["read_at"])
