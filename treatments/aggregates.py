"""Aggregate figures from approved reports, with the privacy threshold k.

Pure Python (no Django import): ``selectors`` reads the rows in one query and
hands them here, so the work is one pass whatever the number of reports.

Privacy contract
----------------
* A group with fewer than ``k`` reports shows no figures at all (not even its
  exact size): only "fewer than k reports".
* Within a shown group, a measure answered by fewer than ``k`` reports (EDSS
  before and after; costs in one currency) is left out the same way.
* Complementary suppression: when a total is split into groups (MS types of
  a treatment, clinics of a treatment), the groups that are not shown must
  together hold 0 or at least ``k`` reports, otherwise subtracting the shown
  groups from the total would reveal the small ones. :func:`protect` hides
  the smallest further groups until that holds.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from treatments import choices

SMALL = "small"            # fewer than k reports
COMPLEMENT = "complement"  # enough reports, hidden to protect a smaller group


class Row(NamedTuple):
    """One approved report as the aggregates see it (no author, no story).
    A named tuple: cheap to build for 10,000 rows."""

    ms_type: str
    clinic_id: int | None
    outcome: str
    edss_before: Decimal | None
    edss_after: Decimal | None
    side_effects: Mapping[str, str]
    cost_band: str
    currency: str


@dataclass(frozen=True)
class Share:
    code: str
    label: str
    count: int
    percent: int


@dataclass(frozen=True)
class SideEffectShare(Share):
    severities: tuple[tuple[str, int], ...] = ()  # (severity label, count), mild first


@dataclass(frozen=True)
class EdssChange:
    n: int
    median: float
    q1: float
    q3: float


@dataclass(frozen=True)
class CostRange:
    currency: str
    n: int
    lowest: str
    highest: str


@dataclass(frozen=True)
class Group:
    """The figures of one group of reports, or the fact that they are withheld."""

    key: str
    label: str
    k: int
    withheld: str = ""  # "", SMALL or COMPLEMENT
    n: int | None = None
    outcomes: tuple[Share, ...] = ()
    edss: EdssChange | None = None
    edss_answered: int = 0
    side_effects: tuple[SideEffectShare, ...] = ()
    no_side_effects: int = 0
    costs: tuple[CostRange, ...] = ()
    paid_nothing: int = 0
    costs_withheld: bool = False
    summary: str = ""
    outcome_summary: str = ""
    side_effect_summary: str = ""

    @property
    def shown(self) -> bool:
        return not self.withheld

    @property
    def empty(self) -> bool:
        return not self.withheld and not self.n

    @property
    def withheld_text(self) -> str:
        if self.withheld == SMALL:
            return f"fewer than {self.k} reports"
        if self.withheld == COMPLEMENT:
            return f"not shown, so that a smaller group of fewer than {self.k} reports cannot be worked out"
        return ""


@dataclass
class _Tally:
    n: int = 0
    outcomes: Counter = field(default_factory=Counter)
    changes: list = field(default_factory=list)
    effects: Counter = field(default_factory=Counter)
    severities: Counter = field(default_factory=Counter)
    no_effects: int = 0
    costs: dict = field(default_factory=dict)
    paid_nothing: int = 0

    def add(self, row: Row) -> None:
        self.n += 1
        self.outcomes[row.outcome] += 1
        if row.edss_before is not None and row.edss_after is not None:
            self.changes.append(float(row.edss_after) - float(row.edss_before))
        if row.side_effects:
            for code, severity in row.side_effects.items():
                self.effects[code] += 1
                self.severities[(code, severity)] += 1
        else:
            self.no_effects += 1
        if row.cost_band == choices.NO_COST:
            self.paid_nothing += 1
        elif row.cost_band and row.currency:
            self.costs.setdefault(row.currency, []).append(row.cost_band)


def _percent(count: int, n: int) -> int:
    return round(100 * count / n) if n else 0


def format_change(value: float) -> str:
    """−1.0, 0.5, +1.25: a signed change as members read it."""
    text = f"{value:+.2f}".rstrip("0").rstrip(".") if value % 0.5 else f"{value:+.1f}"
    return text.replace("-", "−") if value else "0"


def _finish(tally: _Tally, *, key: str, label: str, k: int) -> Group:
    n = tally.n
    outcomes = tuple(
        Share(code, choices.OUTCOME_LABELS[code], tally.outcomes[code], _percent(tally.outcomes[code], n))
        for code in choices.OUTCOME_CODES
    )
    edss = None
    if len(tally.changes) >= k:
        q1, median, q3 = statistics.quantiles(tally.changes, n=4, method="inclusive")
        edss = EdssChange(n=len(tally.changes), median=median, q1=q1, q3=q3)
    effects = tuple(
        SideEffectShare(
            code, choices.SIDE_EFFECT_LABELS.get(code, code), count, _percent(count, n),
            severities=tuple(
                (choices.SEVERITY_LABELS[s], tally.severities[(code, s)]) for s in choices.SEVERITY_CODES
            ),
        )
        for code, count in sorted(tally.effects.items(), key=lambda item: (-item[1], item[0]))
    )
    costs = []
    withheld_costs = False
    for currency in sorted(tally.costs):
        bands = tally.costs[currency]
        if len(bands) < k:
            withheld_costs = True
            continue
        ordered = sorted(bands, key=choices.COST_BAND_ORDER.__getitem__)
        costs.append(CostRange(currency, len(bands), choices.COST_BAND_LABELS[ordered[0]],
                               choices.COST_BAND_LABELS[ordered[-1]]))
    better = sum(tally.outcomes[c] for c in ("better", "much_better"))
    worse = sum(tally.outcomes[c] for c in ("worse", "much_worse"))
    same = tally.outcomes["same"]
    outcome_summary = (
        f"Of {n} reports, {better} ({_percent(better, n)}%) said things got better, "
        f"{same} ({_percent(same, n)}%) about the same and {worse} ({_percent(worse, n)}%) worse."
    )
    if effects:
        top = effects[0]
        side_effect_summary = (
            f"The most often reported side effect was {top.label.lower()}, in {top.count} of {n} reports "
            f"({top.percent}%); {tally.no_effects} reported none."
        )
    else:
        side_effect_summary = f"None of the {n} reports mentioned a side effect."
    summary = outcome_summary
    if edss is not None:
        summary += (f" The median change in EDSS was {format_change(edss.median)} "
                    f"(from the {edss.n} reports that gave both scores).")
    return Group(
        key=key, label=label, k=k, n=n, outcomes=outcomes, edss=edss, edss_answered=len(tally.changes),
        side_effects=effects, no_side_effects=tally.no_effects, costs=tuple(costs), paid_nothing=tally.paid_nothing,
        costs_withheld=withheld_costs, summary=summary, outcome_summary=outcome_summary,
        side_effect_summary=side_effect_summary,
    )


def summarize(rows: Iterable[Row], *, key: str, label: str, k: int) -> Group:
    """The figures of one group, or a withheld group when it has fewer than ``k`` rows."""
    tally = _Tally()
    for row in rows:
        tally.add(row)
    if tally.n == 0:
        return Group(key=key, label=label, k=k, n=0)
    if tally.n < k:
        return Group(key=key, label=label, k=k, withheld=SMALL)
    return _finish(tally, key=key, label=label, k=k)


def protect(sizes: Mapping[Hashable, int], *, k: int, never_shown: Iterable[Hashable] = ()) -> dict[Hashable, str]:
    """Which parts of a partitioned total to withhold, and why.

    ``sizes`` maps each part (e.g. each MS type) to its number of reports;
    ``never_shown`` parts (e.g. "no clinic given") are never published but
    count as hidden. Returns ``{part: SMALL | COMPLEMENT}`` for every part to
    withhold: those under ``k``, then the smallest shown parts until the
    hidden parts together hold 0 or at least ``k`` reports.
    """
    hidden_always = set(never_shown)
    withheld: dict[Hashable, str] = {p: SMALL for p, n in sizes.items() if 0 < n < k and p not in hidden_always}
    hidden_total = sum(n for p, n in sizes.items() if p in withheld or p in hidden_always)
    shown = sorted((n, str(p), p) for p, n in sizes.items() if n > 0 and p not in withheld and p not in hidden_always)
    while 0 < hidden_total < k and shown:
        n, _, part = shown.pop(0)
        withheld[part] = COMPLEMENT
        hidden_total += n
    return withheld


def _split_groups(tallies: Mapping[Hashable, _Tally], *, k: int, labels: Mapping[Hashable, str],
                  never_shown: Iterable[Hashable]) -> dict[Hashable, Group]:
    withheld = protect({p: t.n for p, t in tallies.items()}, k=k, never_shown=never_shown)
    groups: dict[Hashable, Group] = {}
    for part, label in labels.items():
        tally = tallies.get(part)
        key = str(part)
        if tally is None or tally.n == 0:
            groups[part] = Group(key=key, label=label, k=k, n=0)
        elif part in withheld:
            groups[part] = Group(key=key, label=label, k=k, withheld=withheld[part])
        else:
            groups[part] = _finish(tally, key=key, label=label, k=k)
    return groups


def split(rows: Iterable[Row], *, by: str, k: int, labels: Mapping[Hashable, str],
          never_shown: Iterable[Hashable] = ()) -> dict[Hashable, Group]:
    """One group per value of ``by`` ("ms_type" or "clinic_id"), protected against differencing.

    Parts without a label (and ``never_shown`` ones) are counted but not returned.
    """
    tallies: dict[Hashable, _Tally] = {}
    for row in rows:
        part = getattr(row, by)
        tally = tallies.get(part)
        if tally is None:
            tally = tallies[part] = _Tally()
        tally.add(row)
    return _split_groups(tallies, k=k, labels=labels, never_shown=never_shown)


def summarize_and_split(rows: Iterable[Row], *, by: str, k: int, labels: Mapping[Hashable, str],
                        label: str = "All reports") -> tuple[Group, dict[Hashable, Group]]:
    """:func:`summarize` (key "all") and :func:`split` in one pass over ``rows``."""
    overall = _Tally()
    tallies: dict[Hashable, _Tally] = {}
    for row in rows:
        overall.add(row)
        part = getattr(row, by)
        tally = tallies.get(part)
        if tally is None:
            tally = tallies[part] = _Tally()
        tally.add(row)
    if overall.n == 0:
        whole = Group(key="all", label=label, k=k, n=0)
    elif overall.n < k:
        whole = Group(key="all", label=label, k=k, withheld=SMALL)
    else:
        whole = _finish(overall, key="all", label=label, k=k)
    return whole, _split_groups(tallies, k=k, labels=labels, never_shown=())
