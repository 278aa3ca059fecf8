"""Figures of the school-entry report ("Übersicht Seiteneinsteiger und Internationale Förderklassen").

Qt- and PDF-free: the reportlab document (and any other view) only lays these figures out.

* **Waiting now** (on the reference day: the end of the period, or today if that is
  earlier): people assigned or registered by then and not yet placed — per school form with
  the waits so far and the places of the next intake (the first table), per municipality and
  school form, per operator (*Schulträger*) and school form beside the places, and split by
  compulsory schooling (of full-time compulsory school age on the reference day, yes / no).
* **Placements in the period** (up to the reference day): per municipality and school form.
* **Waiting times** in days, median and 90th percentile, from assignment and from
  registration: for the placements of the period (completed waits) and for those waiting on
  the reference day (waits so far); over all school forms and per school form. Percentiles
  interpolate linearly between the closest ranks (position ``(n − 1) · p`` in the sorted
  list, as numpy's default and ``statistics.quantiles(method="inclusive")``).

All tables of the report are protected together (``disclosure.Publication``): a figure hidden
in one is hidden in all; a detailed table that would hide most of its cells gives way to a
coarser one (``disclosure.most_detailed``). Places offered are not people and are not
suppressed. Every statistic goes through ``disclosure.suppress_statistic``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from kimdesk.models import partial_date
from kimdesk.models.school import SCHOOL_FORMS
from kimdesk.figures import disclosure
from kimdesk.figures.disclosure import TOTAL, Level, ProtectedTable
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.tasks_deadlines import rules as rules_data
from kimdesk.services.schooling.school_entry import next_intake

UNKNOWN = "—"
ALL = "*"
N = "n"
YES, NO = "yes", "no"
REGION = "region"


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


@dataclass(frozen=True)
class Intake:
    """The next intake of a school form after the reference day and the places entered for it."""

    form: str
    on: date | None
    places: int | None  # None: no places entered for that intake


@dataclass
class SchoolEntryFigures:
    date_from: date
    date_to: date
    as_of: date
    waiting: ProtectedTable
    placements: ProtectedTable
    waits: list[WaitStat] = field(default_factory=list)
    waiting_level: str = "detail"  # which cut of the waiting was printable (rule 8)
    placements_level: str = "detail"
    by_form: ProtectedTable | None = None  # waiting per school form (one column), the first table
    by_form_level: str = "detail"
    duty: ProtectedTable | None = None  # waiting per school form × compulsory schooling yes/no
    duty_level: str = "detail"
    operators: ProtectedTable | None = None  # waiting per operator × school form
    operators_level: str = "detail"
    places: dict[tuple[str, str], int] = field(default_factory=dict)  # (operator, form) → places, next intake
    intakes: dict[str, Intake] = field(default_factory=dict)
    threshold: int = disclosure.THRESHOLD
    keys: dict[str, dict[tuple[str, str], tuple]] = field(default_factory=dict)  # table → cell → figure

    def placed_total(self) -> str:
        """Placements of the period as printed (the committee report prints the same figure)."""
        return self.placements.display(TOTAL, TOTAL if self.placements_level == "detail" else N)

    def as_dict(self) -> dict[str, Any]:
        out = {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(), "as_of": self.as_of.isoformat(),
               "waiting": self.waiting.as_dict(), "placements": self.placements.as_dict(),
               "waits": [w.as_dict() for w in self.waits], "legend": disclosure.legend()}
        for name in ("by_form", "duty", "operators"):
            table = getattr(self, name)
            if table is not None:
                out[name] = table.as_dict()
        out["intakes"] = {f: {"on": i.on.isoformat() if i.on else None, "places": i.places}
                          for f, i in self.intakes.items()}
        return out


SQL = """
    SELECT coalesce(nullif(c.municipality, ''), :unknown) AS municipality,
           coalesce(s.school_form, :unknown) AS form,
           s.assigned_on, s.registered_on, s.placed_on, c.birth_date
    FROM school_entry s JOIN client c ON c.id = s.client_id
    WHERE s.deleted = 0 AND c.deleted = 0
      AND (s.assigned_on IS NOT NULL OR s.registered_on IS NOT NULL OR s.placed_on IS NOT NULL)"""
PLACES = """SELECT municipality, school_form, operator, intake_on, places FROM school_place WHERE deleted = 0"""


def _days(later: str | None, earlier: str | None) -> int | None:
    if later is None or earlier is None:
        return None
    d = (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    return d if d >= 0 else None


def compulsory(birth_date: str | None, on: date, config: Mapping[str, Any]) -> str:
    """YES when of full-time compulsory school age on ``on`` (rules data, § 35, § 37 SchulG NRW), NO, or UNKNOWN."""
    age = partial_date.age_on(birth_date, on)
    if age is None:
        return UNKNOWN
    rule = config.get("compulsory_full_time", {"from_age": 6, "until_age": 16})
    return YES if rule["from_age"] <= age < rule["until_age"] else NO


def operator_key(kind: str, municipality: str | None) -> str:
    """The operator as printed data: the region, or a municipality of the catalogue (never free text)."""
    return REGION if kind == REGION or not municipality else municipality


def _grid_levels(name: str, rows: list[str], cols: list[str], counts: dict[tuple[str, str], int],
                 all_rows: str, all_cols: str) -> list[Level]:
    """Detail, by column (school form), by row (municipality), total — keys ``(name, row|*, col|*)``."""
    def key(r: str, c: str) -> tuple:
        return (name, ALL if r == TOTAL else r, ALL if c == TOTAL else c)
    by_col: dict[tuple[str, str], int] = defaultdict(int)
    by_row: dict[tuple[str, str], int] = defaultdict(int)
    for (r, c), n in counts.items():
        by_col[(c, N)] += n
        by_row[(r, N)] += n
    total = sum(counts.values())
    return [
        Level("detail", rows, cols, dict(counts), key),
        Level("by_form", cols, [N], dict(by_col), lambda r, c: (name, ALL, ALL if r == TOTAL else r),
              columns_alone=True),
        Level("by_municipality", rows, [N], dict(by_row), lambda r, c: (name, ALL if r == TOTAL else r, ALL),
              columns_alone=True),
        Level("total", [all_cols], [N], {(all_cols, N): total}, lambda r, c: (name, ALL, ALL), columns_alone=True),
    ]


def figures(conn: Connection, date_from: date, date_to: date, *, today: date | None = None,
            threshold: int = disclosure.THRESHOLD, config: Mapping[str, Any] | None = None) -> SchoolEntryFigures:
    config = config if config is not None else rules_data.load("school_intake")
    today = today or date.today()
    as_of = max(date_from, min(today, date_to))
    lo, ref = date_from.isoformat(), as_of.isoformat()
    waiting: dict[tuple[str, str], int] = defaultdict(int)
    placed: dict[tuple[str, str], int] = defaultdict(int)
    duty: dict[tuple[str, str], int] = defaultdict(int)
    waiting_people: list[tuple[str, str]] = []  # (municipality, form) of each person waiting
    waits: dict[tuple[str, str, str], list[int]] = {}
    municipalities = set(catalogue.municipalities())
    forms_seen = set()

    def add_wait(population: str, since: str, form: str, days: int | None) -> None:
        if days is None:
            return
        waits.setdefault((population, since, form), []).append(days)
        waits.setdefault((population, since, ""), []).append(days)

    for muni, form, assigned, registered, placed_on, born in conn.execute(text(SQL), {"unknown": UNKNOWN}):
        municipalities.add(muni)
        forms_seen.add(form)
        started = (assigned is not None and assigned <= ref) or (registered is not None and registered <= ref)
        if started and (placed_on is None or placed_on > ref):
            waiting[(muni, form)] += 1
            waiting_people.append((muni, form))
            duty[(form, compulsory(born, as_of, config))] += 1
            add_wait("waiting", "assignment", form, _days(ref, assigned) if assigned and assigned <= ref else None)
            add_wait("waiting", "registration", form,
                     _days(ref, registered) if registered and registered <= ref else None)
        if placed_on is not None and lo <= placed_on <= ref:
            placed[(muni, form)] += 1
            add_wait("placed", "assignment", form, _days(placed_on, assigned))
            add_wait("placed", "registration", form, _days(placed_on, registered))
    rows = sorted(m for m in municipalities if m != UNKNOWN) + ([UNKNOWN] if UNKNOWN in municipalities else [])
    cols = list(SCHOOL_FORMS) + ([UNKNOWN] if UNKNOWN in forms_seen else [])

    # places of the next intake per form, and who operates the school form where each person waits
    intakes = {f: next_intake(f, as_of, config) for f in cols if f != UNKNOWN}
    places: dict[tuple[str, str], int] = defaultdict(int)
    operator_of: dict[tuple[str | None, str], str] = {}
    entered: dict[str, int] = defaultdict(int)
    for muni, form, kind, intake_on, n in conn.execute(text(PLACES)):
        op = operator_key(kind, muni)
        operator_of.setdefault((muni or None, form), op)
        if form in intakes and intakes[form] is not None and intake_on == intakes[form].isoformat():
            places[(op, form)] += int(n)
            entered[form] += int(n)
    operators: dict[tuple[str, str], int] = defaultdict(int)
    for muni, form in waiting_people:
        op = operator_of.get((muni, form)) or operator_of.get((None, form)) or UNKNOWN
        operators[(op, form)] += 1
    ops = {op for op, _f in operators} | {op for op, _f in places}
    op_rows = sorted(ops, key=lambda op: (op == UNKNOWN, op != REGION, op))
    pub = disclosure.Publication(threshold)
    pub.add_level("waiting", _grid_levels("waiting", rows, cols, waiting, ALL, ALL))
    pub.add_level("placements", _grid_levels("placed", rows, cols, placed, ALL, ALL))
    forms_total = {(f, N): sum(n for (_m, ff), n in waiting.items() if ff == f) for f in cols}
    pub.add_level("by_form", [
        Level("detail", cols, [N], forms_total, lambda r, c: ("waiting", ALL, ALL if r == TOTAL else r),
              columns_alone=True),
        Level("total", [ALL], [N], {(ALL, N): sum(waiting.values())}, lambda r, c: ("waiting", ALL, ALL),
              columns_alone=True)])
    duty_cols = [YES, NO] + ([UNKNOWN] if any(d == UNKNOWN for _f, d in duty) else [])
    by_duty = {(d, N): sum(n for (_f, dd), n in duty.items() if dd == d) for d in duty_cols}
    pub.add_level("duty", [
        Level("detail", cols, duty_cols, dict(duty),
              lambda r, c: ("waiting", ALL, ALL if r == TOTAL else r) if c == TOTAL
              else ("duty", ALL if r == TOTAL else r, c)),
        Level("by_duty", duty_cols, [N], by_duty,
              lambda r, c: ("waiting", ALL, ALL) if r == TOTAL else ("duty", ALL, r), columns_alone=True),
        Level("total", [ALL], [N], {(ALL, N): sum(duty.values())}, lambda r, c: ("waiting", ALL, ALL),
              columns_alone=True)])
    def op_key(r: str, c: str) -> tuple:
        if r == TOTAL:  # the column totals are the waiting per school form: the same figures as table 1's
            return ("waiting", ALL, ALL if c == TOTAL else c)
        return ("operator", r, ALL if c == TOTAL else c)
    pub.add_level("operators", [
        Level("detail", op_rows, cols, dict(operators), op_key),
        Level("by_form", cols, [N], forms_total, lambda r, c: ("waiting", ALL, ALL if r == TOTAL else r),
              columns_alone=True),
        Level("total", [ALL], [N], {(ALL, N): sum(operators.values())}, lambda r, c: ("waiting", ALL, ALL),
              columns_alone=True)])
    tables = pub.run()
    stats = []
    for population in ("placed", "waiting"):
        for since in ("assignment", "registration"):
            for form in [""] + cols:
                values = waits.get((population, since, form), [])
                stats.append(WaitStat(population, since, form or None, len(values),
                                      disclosure.suppress_statistic(len(values), percentile(values, 0.5), threshold),
                                      disclosure.suppress_statistic(len(values), percentile(values, 0.9), threshold)))
    return SchoolEntryFigures(
        date_from, date_to, as_of, tables["waiting"], tables["placements"], stats,
        pub.chosen["waiting"].name, pub.chosen["placements"].name, tables["by_form"], pub.chosen["by_form"].name,
        tables["duty"], pub.chosen["duty"].name, tables["operators"], pub.chosen["operators"].name,
        dict(places), {f: Intake(f, d, entered.get(f) if d is not None and f in entered else None)
                       for f, d in intakes.items()}, threshold, pub.keys)

