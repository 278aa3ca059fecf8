"""Cases over time and the people in case management by municipality.

A person in case management is one case. Its open spans come from the case cycle: the case
opens on ``Client.opened_on``, every transition to "closed" ends a span and every later
transition out of "closed" (a reopening) starts a new one. People recorded without a
tracked cycle have one span from ``opened_on`` to ``closed_on``. A person is *in case
management in the period* when one of their spans overlaps it; the municipality is the
current one (moves are not kept as history).

Erased cases (retention) survive only as anonymous counts with the year of opening and
closure: they count in the "by year" rows of calendar years lying wholly in the period, and
in the municipalities when their years put them in the period for certain.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, text

from kimdesk.i18n import translate
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.casework import retention
from kimdesk.figures import periods
from kimdesk.figures.report_tables import FigureTable, people_per_cell
from kimdesk.figures.disclosure import TOTAL, protect_columns

UNKNOWN = "—"
OPENED, CLOSED = "opened", "closed"

TRACKED = "EXISTS (SELECT 1 FROM case_phase p WHERE p.client_id = c.id AND p.deleted = 0)"
# people with a tracked cycle are walked one by one (their spans); everyone else has one span,
# so SQLite counts them per month and municipality without handing 100,000 rows to Python
CLIENTS = f"""SELECT id, coalesce(nullif(municipality, ''), :unknown) AS muni, opened_on, closed_on, status
              FROM client c WHERE deleted = 0 AND {TRACKED}"""
OPENINGS = f"""SELECT substr(opened_on, 1, 7), count(*) FROM client c
               WHERE deleted = 0 AND opened_on BETWEEN :lo AND :hi AND NOT {TRACKED} GROUP BY 1"""
CLOSINGS = f"""SELECT substr(closed_on, 1, 7), count(*) FROM client c
               WHERE deleted = 0 AND status = 'closed' AND closed_on BETWEEN :lo AND :hi AND NOT {TRACKED} GROUP BY 1"""
ACTIVE = f"""SELECT coalesce(nullif(municipality, ''), :unknown), count(*) FROM client c
             WHERE deleted = 0 AND (opened_on IS NULL OR opened_on <= :hi)
               AND (status <> 'closed' OR closed_on IS NULL OR closed_on >= :lo) AND NOT {TRACKED} GROUP BY 1"""
PHASES = """SELECT p.client_id, p.phase, p."on" FROM case_phase p JOIN client c ON c.id = p.client_id
            WHERE p.deleted = 0 AND c.deleted = 0 ORDER BY p.client_id, p."on", p.recorded_at, p.id"""

Span = tuple[str | None, str | None]  # ISO start (None: unknown, before everything), ISO end (None: open)


def spans(opened: str | None, closed: str | None, status: str, phases: list[tuple[str, str]]) -> list[Span]:
    """Open spans of one case from its client row and its ordered (phase, day) transitions."""
    if not phases:
        return [(opened, closed if status == "closed" else None)]
    out: list[Span] = []
    start, is_open = opened or phases[0][1], True
    for phase, day in phases:
        if phase == "closed":
            if is_open:
                out.append((start, day))
                is_open = False
        elif not is_open:
            start, is_open = day, True
    if is_open:
        out.append((start, closed if status == "closed" and closed else None))
    return out


@dataclass
class CaseFigures:
    over_time: FigureTable
    by_municipality: FigureTable
    erased_in_rows: int  # erased cases counted in the by-year rows (for the notes; not printed)
    tracked_active: set[str] = field(default_factory=set)  # ids of people with a tracked cycle in the period
    erased_active: int = 0  # erased cases counted among the people in the period (no person known)
    active: dict[str, int] = field(default_factory=dict)  # people in the period per municipality
    closed_total: int = 0  # closings in the period as table 1 counts them (erased years included)


def _phases(conn: Connection) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for client_id, phase, day in conn.execute(text(PHASES)):
        out[client_id].append((phase, day))
    return out


def figures(conn: Connection, date_from: date, until: date, threshold: int) -> CaseFigures:
    bounds = periods.buckets(date_from, until)
    where = periods.locator(bounds)
    lo, hi = date_from.isoformat(), until.isoformat()
    phases = _phases(conn)
    events: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    active: dict[str, int] = defaultdict(int)
    munis = set(catalogue.municipalities())
    extra: dict[tuple[str, str], int] = defaultdict(int)  # people counted without ids (one span each, or erased)
    tracked_active: set[str] = set()
    erased_active = 0
    params = {"lo": lo, "hi": hi, "unknown": UNKNOWN}
    for sql, kind in ((OPENINGS, OPENED), (CLOSINGS, CLOSED)):
        for month, n in conn.execute(text(sql), params):
            i = where(max(month + "-01", lo))
            if i is not None:
                counts[(bounds[i].label, kind)] += n
                extra[(bounds[i].label, kind)] += n
    for muni, n in conn.execute(text(ACTIVE), params):
        active[muni] += n
        munis.add(muni)
    for cid, muni, opened, closed, status in conn.execute(text(CLIENTS), params):
        case_spans = spans(opened, closed, status, phases.get(cid, []))
        if any((s is None or s <= hi) and (e is None or e >= lo) for s, e in case_spans):
            active[muni] += 1
            tracked_active.add(cid)
            munis.add(muni)
        for start, end in case_spans:
            for day, kind in ((start, OPENED), (end, CLOSED)):
                i = where(day)
                if i is not None:
                    counts[(bounds[i].label, kind)] += 1
                    events[(bounds[i].label, kind)].add(cid)

    # erased cases: by-year rows for whole years, municipalities when certainly in the period
    years = set(periods.whole_years(date_from, until))
    erased_rows = 0
    year_rows: dict[int, str] = {}
    for (opened_y, closed_y, muni, _category), n in retention.erased_counts(conn, "case").items():
        for year, kind in ((opened_y, OPENED), (closed_y, CLOSED)):
            if year in years:
                label = year_rows.setdefault(year, translate("Report", "{year}: gelöschte Akten").format(year=year))
                extra[(label, kind)] += n
                counts[(label, kind)] += n
                erased_rows += n
        surely_opened = opened_y is None or date(opened_y, 12, 31) <= until
        surely_open_in = closed_y is None or date(closed_y, 1, 1) >= date_from
        if surely_opened and surely_open_in:
            m = muni or UNKNOWN
            active[m] += n
            erased_active += n
            munis.add(m)
    row_labels = []
    for i, b in enumerate(bounds):  # an erased year's row follows the last bucket of that year
        row_labels.append(b.label)
        if b.start.year in year_rows and (i + 1 == len(bounds) or bounds[i + 1].start.year != b.start.year):
            row_labels.append(year_rows[b.start.year])
    cols = [OPENED, CLOSED]
    over_time = FigureTable(
        "fallentwicklung", translate("Report", "Fälle: Aufnahmen und Abschlüsse"), translate("Report", "Zeitraum"),
        protect_columns(row_labels, cols, counts, threshold=threshold, people=people_per_cell(events, row_labels, cols, extra)),
        row_totals=False,
        short={b.label: b.short for b in bounds} | {v: translate("Report", "{year} gel.").format(year=y)
                                                    for y, v in year_rows.items()},
        col_labels={OPENED: translate("Report", "aufgenommen (auch wieder)"),
                    CLOSED: translate("Report", "abgeschlossen")})
    rows = sorted(m for m in munis if m != UNKNOWN) + ([UNKNOWN] if UNKNOWN in munis else [])
    col = translate("Report", "Personen")
    by_municipality = FigureTable(
        "personen_nach_kommune", translate("Report", "Personen im Case Management nach Kommune"),
        translate("Report", "Kommune"),
        protect_columns(rows, [col], {(m, col): active.get(m, 0) for m in rows}, threshold=threshold),
        row_totals=False)
    closed_total = sum(n for (_row, kind), n in counts.items() if kind == CLOSED)
    return CaseFigures(over_time, by_municipality, erased_rows, tracked_active, erased_active,
                       {m: active.get(m, 0) for m in rows}, closed_total)
