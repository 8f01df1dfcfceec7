"""What moderation holds about a member, for export. Only what concerns them:
decisions on their posts, their flags, their suspensions; never who flagged them."""

from django.contrib.contenttypes.models import ContentType

from mscommunity.accounts.models import User
from mscommunity.moderation.audit import PSEUDONYM_CHANGED
from mscommunity.moderation.models import Appeal, AuditEvent, Flag, ModerationCase, Suspension


def export(user: User) -> dict:
    return {
        "reviews_of_my_posts": [
            {
                "created_at": c.created_at.isoformat(),
                "reasons": [r.text for r in c.reasons.all()],
                "status": c.get_status_display(),
                "decision": c.get_decision_display() if c.decision else None,
                "decision_reason": c.decision_reason,
            }
            for c in ModerationCase.objects.filter(author=user).prefetch_related("reasons").order_by("created_at")
        ],
        "my_flags": [
            {"created_at": f.created_at.isoformat(), "reason": f.get_reason_display()}
            for f in Flag.objects.filter(member=user).order_by("created_at")
        ],
        "suspensions": [
            {"from": s.created_at.isoformat(), "until": s.until.isoformat(), "reason": s.reason}
            for s in Suspension.objects.filter(member=user)
        ],
        "my_appeals": [
            {"created_at": a.created_at.isoformat(), "note": a.note} for a in Appeal.objects.filter(author=user)
        ],
    }


def erase(user: User, remove_content: bool) -> dict[str, int]:
    """The member leaves: the words of their appeals go (the decisions stay,
    without text), and so do the names in their pseudonym changes' audit events."""
    count = Appeal.objects.filter(author=user).update(note="", note_html="")
    renamed = AuditEvent.objects.filter(
        action=PSEUDONYM_CHANGED, content_type=ContentType.objects.get_for_model(User), object_id=user.pk
    ).update(detail={"names_erased": True})
    return {"appeal_notes_erased": count, "pseudonym_names_erased": renamed}
