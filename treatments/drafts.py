"""A report being written, step by step, kept in the member's session.

Nothing of a report reaches the report tables before the member confirms it
on the check page; until then the answers live here (the story only as the
pipeline would store it, personal data already removed), under one
session key per report (``new`` or the id of the report being changed). They
are never logged, and they go when the report is sent, when the member
deletes them, when they sign out, or when the session expires.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.contrib.sessions.backends.base import SessionBase

from treatments.forms import REPORT_STEPS, ReportStep

SESSION_KEY = "treatments.report_draft"


class ReportDraft:
    """The answers typed so far for one report, and the steps completed.

    A step is *done* once its answers passed its checks; answers that failed
    are kept too (so nothing typed is lost when the member goes back), but
    leave the step not done.
    """

    def __init__(self, session: SessionBase, *, report_pk: int | None = None) -> None:
        self._session = session
        self._key = f"{SESSION_KEY}:{report_pk or 'new'}"

    def _stored(self) -> dict:
        return self._session.get(self._key) or {"data": {}, "done": [], "base": ""}

    def _store(self, stored: dict) -> None:
        self._session[self._key] = stored  # a new value each time, so the session saves it

    @property
    def exists(self) -> bool:
        return self._key in self._session

    @property
    def data(self) -> dict[str, str]:
        return dict(self._stored()["data"])

    @property
    def base(self) -> str:
        """For a report being changed: the version of the report the draft started from."""
        return self._stored()["base"]

    def has_values(self, step: ReportStep) -> bool:
        data = self._stored()["data"]
        return any(name in data for name in step.fields)

    def values(self, step: ReportStep) -> dict[str, str]:
        data = self._stored()["data"]
        return {name: data[name] for name in step.fields if name in data}

    def is_done(self, step: ReportStep) -> bool:
        return step.slug in self._stored()["done"]

    def keep(self, step: ReportStep, values: Mapping[str, str], *, done: bool) -> None:
        """Keep ``values`` for ``step``; ``done`` when they passed the step's checks."""
        stored = self._stored()
        stored["data"] = {**stored["data"], **{name: str(values.get(name, "")) for name in step.fields}}
        stored["done"] = [s for s in stored["done"] if s != step.slug] + ([step.slug] if done else [])
        self._store(stored)

    def start(self, values: Mapping[str, str], *, base: str = "") -> None:
        """Begin from complete answers (a report being changed): every step done."""
        self._store({"data": {k: str(v) for k, v in values.items()}, "done": [s.slug for s in REPORT_STEPS],
                     "base": base})

    def first_missing(self, steps: Iterable[ReportStep] = REPORT_STEPS) -> ReportStep | None:
        """The first of ``steps`` not done yet, or None when all are."""
        done = set(self._stored()["done"])
        return next((step for step in steps if step.slug not in done), None)

    @property
    def story_removed(self) -> list[str]:
        """What the pipeline removed from the story when it was kept, e.g. ``["1 phone number"]``."""
        return list(self._stored().get("story_removed", []))

    def keep_story_removed(self, removed: list[str]) -> None:
        stored = self._stored()
        stored["story_removed"] = list(removed)
        self._store(stored)

    def clear(self) -> None:
        self._session.pop(self._key, None)
