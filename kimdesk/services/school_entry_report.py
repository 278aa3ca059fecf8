"""Figures of the school-entry report ("Übersicht Seiteneinsteiger und Internationale Förderklassen").

Qt- and PDF-free: the reportlab document (and any other view) only lays these figures out.

* **Waiting now** (on the reference day: the end of the period, or today if that is
  earlier): people assigned or registered by then and not yet placed, per municipality and
  school form.
* **Placements in the period**: school entries with ``placed_on`` in [from, to], per
  municipality and school form.
* **Waiting times** in days, median and 90th percentile, from assignment and from
  registration: for the placements of the period (completed waits) and for those waiting on
  the reference day (waits so far); over all school forms and per school form. Percentiles
  interpolate linearly between the closest ranks (position ``(n − 1) · p`` in the sorted
  list, as numpy's default and ``statistics.quantiles(method="inclusive")``).

Every table goes through ``disclosure.protect`` and every statistic through
``disclosure.suppress_statistic``: no cell under 5 people, no recoverable cell, no names or
dates of birth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from kimdesk.models.school import SCHOOL_FORMS
from kimdesk.services import catalogue
from kimdesk.figures import disclosure
from kimdesk.figures.disclosure import ProtectedTable

UNKNOWN = "—"


def percentile(values: list[int], p: float) -> float | None:
    """Linear interpolation between closest ranks; ``p`` in [0, 1]; rounded to a tenth of a day."""
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return round(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo), 1)


@dataclass(frozen=True)
class WaitStat:
    population: str  # "placed" (placements in the period) / "waiting" (on the reference day)
    since: str  # "assignment" / "registration"
    school_form: str | None  # None = all forms
    n: int  # for the team's own checks; not published (see as_dict)
    median: float | None  # None when suppressed (n < threshold) or no data
    p90: float | None

    def as_dict(self) -> dict[str, Any]:
        """Without ``n``: group sizes per form could be subtracted from the total to recover a small one."""
        return {"population": self.population, "since": self.since, "school_form": self.school_form,
                "median": self.median, "p90": self.p90}


@dataclass
class SchoolEntryFigures:
    date_from: date
    date_to: date
    as_of: date
    waiting: ProtectedTable
    placements: ProtectedTable
    waits: list[WaitStat] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(), "as_of": self.as_of.isoformat(),
                "waiting": self.waiting.as_dict(), "placements": self.placements.as_dict(),
                "waits": [w.as_dict() for w in self.waits], "legend": disclosure.legend()}


SQL = """
    SELECT coalesce(nullif(c.municipality, ''), :unknown) AS municipality,
           coalesce(s.school_form, :unknown) AS form,
           s.assigned_on, s.registered_on, s.placed_on
    FROM school_entry s JOIN client c ON c.id = s.client_id
    WHERE s.deleted = 0 AND c.deleted = 0
      AND (s.assigned_on IS NOT NULL OR s.registered_on IS NOT NULL OR s.placed_on IS NOT NULL)"""


def _days(later: str | None, earlier: str | None) -> int | None:
    if later is None or earlier is None:
        return None
    d = (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    return d if d >= 0 else None


def figures(conn: Connection, date_from: date, date_to: date, *, today: date | None = None,
            threshold: int = disclosure.THRESHOLD) -> SchoolEntryFigures:
    today = today or date.today()
    as_of = min(today, date_to)
    lo, hi, ref = date_from.isoformat(), date_to.isoformat(), as_of.isoformat()
    waiting: dict[tuple[str, str], int] = {}
    placed: dict[tuple[str, str], int] = {}
    waits: dict[tuple[str, str, str], list[int]] = {}
    municipalities = set(catalogue.municipalities())
    forms_seen = set()

    def add_wait(population: str, since: str, form: str, days: int | None) -> None:
        if days is None:
            return
        waits.setdefault((population, since, form), []).append(days)
        waits.setdefault((population, since, ""), []).append(days)

    for muni, form, assigned, registered, placed_on in conn.execute(text(SQL), {"unknown": UNKNOWN}):
        municipalities.add(muni)
        forms_seen.add(form)
        started = (assigned is not None and assigned <= ref) or (registered is not None and registered <= ref)
        if started and (placed_on is None or placed_on > ref):
            waiting[(muni, form)] = waiting.get((muni, form), 0) + 1
            add_wait("waiting", "assignment", form, _days(ref, assigned) if assigned and assigned <= ref else None)
            add_wait("waiting", "registration", form,
                     _days(ref, registered) if registered and registered <= ref else None)
        if placed_on is not None and lo <= placed_on <= hi:
            placed[(muni, form)] = placed.get((muni, form), 0) + 1
            add_wait("placed", "assignment", form, _days(placed_on, assigned))
            add_wait("placed", "registration", form, _days(placed_on, registered))
    rows = sorted(m for m in municipalities if m != UNKNOWN) + ([UNKNOWN] if UNKNOWN in municipalities else [])
    cols = list(SCHOOL_FORMS) + ([UNKNOWN] if UNKNOWN in forms_seen else [])
    stats = []
    for population in ("placed", "waiting"):
        for since in ("assignment", "registration"):
            for form in [""] + cols:
                values = waits.get((population, since, form), [])
                stats.append(WaitStat(population, since, form or None, len(values),
                                      disclosure.suppress_statistic(len(values), percentile(values, 0.5), threshold),
                                      disclosure.suppress_statistic(len(values), percentile(values, 0.9), threshold)))
    return SchoolEntryFigures(date_from, date_to, as_of,
                              disclosure.protect(rows, cols, waiting, threshold=threshold),
                              disclosure.protect(rows, cols, placed, threshold=threshold), stats)
