"""What the directory holds about a member, for export and account deletion."""

from __future__ import annotations

from mscommunity.accounts.models import User
from treatments.selectors import reports_of


def export(user: User) -> list[dict]:
    return [
        {
            "id": r.pk,
            "treatment": r.treatment.name,
            "clinic": r.clinic.name if r.clinic else None,
            "country": r.country,
            "year_started": r.year_started,
            "ms_type": r.ms_type,
            "edss_before": str(r.edss_before) if r.edss_before is not None else None,
            "edss_after": str(r.edss_after) if r.edss_after is not None else None,
            "followup_months": r.followup_months,
            "outcome": r.get_outcome_display(),
            "side_effects": r.side_effects,
            "cost_band": r.cost_band,
            "currency": r.currency,
            "story": r.story,
            "status": r.get_status_display(),
            "created_at": r.created_at.isoformat(),
        }
        for r in reports_of(member=user).select_related("treatment", "clinic")
    ]


def erase(user: User, remove_content: bool) -> dict[str, int]:
    """The member's reports leave the figures; with ``remove_content`` their stories go too."""
    from treatments.services import reports_leave_with_member

    return {"reports_withdrawn": reports_leave_with_member(member=user, remove_content=remove_content)}
