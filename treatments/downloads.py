"""The downloadable aggregates of a treatment (CSV and JSON).

Built only from ``aggregates.Group`` objects, which never hold a single
report: a withheld group carries no figures at all, so a download can never
contain more than the page shows.
"""

from __future__ import annotations

from treatments.aggregates import Group
from treatments.models import Treatment
from treatments.selectors import TreatmentFigures

NOTE = ("Aggregates of approved experience reports only, never single reports. Groups with fewer than "
        "{k} reports show no figures. Members' experiences are not medical advice.")


def _groups(figures: TreatmentFigures) -> list[Group]:
    return [figures.overall, *figures.by_ms_type.values()]


def group_dict(group: Group) -> dict:
    """One group as plain data: figures only when the group is shown."""
    out: dict = {"group": group.key, "label": group.label}
    if group.withheld:
        out.update(withheld=True, note=group.withheld_text)
        return out
    out.update(withheld=False, reports=group.n)
    if not group.n:
        return out
    out["outcomes"] = {s.code: s.count for s in group.outcomes}
    if group.edss is not None:
        out["edss_change"] = {"reports": group.edss.n, "median": group.edss.median,
                              "lower_quartile": group.edss.q1, "upper_quartile": group.edss.q3}
    else:
        out["edss_change"] = None
        out["edss_change_note"] = f"fewer than {group.k} reports gave EDSS before and after"
    out["side_effects"] = [
        {"side_effect": s.code, "reports": s.count, **{label.lower(): n for label, n in s.severities}}
        for s in group.side_effects
    ]
    out["no_side_effects"] = group.no_side_effects
    out["cost"] = [{"currency": c.currency, "reports": c.n, "lowest_band": c.lowest, "highest_band": c.highest}
                   for c in group.costs]
    out["paid_nothing"] = group.paid_nothing
    if group.costs_withheld:
        out["cost_note"] = f"currencies with fewer than {group.k} reports are not shown"
    return out


def as_json(*, treatment: Treatment, figures: TreatmentFigures) -> dict:
    return {
        "treatment": {"slug": treatment.slug, "name": treatment.name},
        "min_group_size": figures.k,
        "note": NOTE.format(k=figures.k),
        "groups": [group_dict(g) for g in _groups(figures)],
    }


def csv_rows(*, treatment: Treatment, figures: TreatmentFigures) -> list[list]:
    """Long format: group, measure, category, value."""
    rows: list[list] = [["treatment", "group", "measure", "category", "value"]]

    def add(group: Group, measure: str, category: str, value) -> None:
        rows.append([treatment.slug, group.key, measure, category, value])

    for group in _groups(figures):
        data = group_dict(group)
        if group.withheld:
            add(group, "withheld", "", group.withheld_text)
            continue
        add(group, "reports", "", group.n)
        if not group.n:
            continue
        for code, count in data["outcomes"].items():
            add(group, "outcome", code, count)
        if group.edss is not None:
            add(group, "edss_change", "reports", group.edss.n)
            add(group, "edss_change", "median", group.edss.median)
            add(group, "edss_change", "lower_quartile", group.edss.q1)
            add(group, "edss_change", "upper_quartile", group.edss.q3)
        else:
            add(group, "edss_change", "withheld", data["edss_change_note"])
        for effect in group.side_effects:
            add(group, "side_effect", effect.code, effect.count)
            for label, n in effect.severities:
                add(group, "side_effect_severity", f"{effect.code}:{label.lower()}", n)
        add(group, "side_effect", "none", group.no_side_effects)
        for cost in group.costs:
            add(group, "cost_lowest_band", cost.currency, cost.lowest)
            add(group, "cost_highest_band", cost.currency, cost.highest)
            add(group, "cost_reports", cost.currency, cost.n)
        add(group, "cost", "paid_nothing", group.paid_nothing)
        if group.costs_withheld:
            add(group, "cost", "withheld", data["cost_note"])
    return rows
