"""Needs in the period: by category and standing, by legal domain, Pingpong, time to acceptance.

A need *belongs to the period* when it was opened by its end (``Need.opened_on``, else the
case's opening; unknown counts as earlier) and not closed before its start. Its standing on
the reference day (the period's end, or today) comes from ``flags``. The legal domain is the
one of the agency that accepted the need or that the open request is with. Counts are
needs; each cell also knows how many different people stand behind it, and that decides
the suppression (``disclosure`` rule 5).

*Time to acceptance*: days from the need's opening (else its first request) to the first
acceptance by an office, for needs accepted within the period; median and 90th percentile
per category where at least 5 people stand behind them. The school row is the wait of
newly arrived pupils from registration to their placement, for placements in the period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from kimdesk.i18n import translate
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.casework import retention
from kimdesk.figures import disclosure
from kimdesk.figures import flags
from kimdesk.services.reports.committee import standing_sql
from kimdesk.figures.report_tables import ChartPoint, FigureTable, StatTable, count_text, decimal, people_per_cell
from kimdesk.figures.disclosure import protect, protect_columns
from kimdesk.services.schooling.school_entry_report import percentile

RESPONSIBILITIES = """SELECT CAST(id AS BLOB), need_id, agency_id, status, requested_on, decided_on FROM responsibility
                      WHERE deleted = 0"""
EVENTS = """SELECT CAST(id AS BLOB), need_id, responsibility_id, status, agency_id, forwarded_to_id, "on"
            FROM responsibility_event WHERE deleted = 0"""
SCHOOL = """SELECT s.registered_on, s.placed_on, s.client_id FROM school_entry s JOIN client c ON c.id = s.client_id
            WHERE s.deleted = 0 AND c.deleted = 0 AND s.placed_on BETWEEN :lo AND :hi
              AND s.registered_on IS NOT NULL"""
ERASED = "erased"
NO_DOMAIN = "—"


def state_labels() -> dict[str, str]:
    return {flags.ACCEPTED: translate("Report", "übernommen"),
            flags.PENDING: translate("Report", "angefragt"),
            flags.GAP: translate("Report", "ohne Stelle (Lücke)"),
            flags.DONE_WITHOUT: translate("Report", "ohne Stelle erledigt"),
            ERASED: translate("Report", "gelöschte Akten")}


def school_row() -> str:
    return translate("Report", "Schulplatz für Seiteneinsteiger (Aufnahmen; Tage ab Anmeldung)")


def domain_label(code: str | None) -> str:
    if code is None or code == "":
        return translate("Report", "Rechtskreis nicht angegeben")
    if code == NO_DOMAIN:
        return translate("Report", "ohne Rechtsanspruch (freie Träger)")
    return code


@dataclass
class NeedFigures:
    by_category: FigureTable
    by_domain: FigureTable
    pingpong: FigureTable
    waits: StatTable


def steps(conn: Connection) -> dict[str, list[flags.Step]]:
    """Every need's steps for ``flags.standing`` (the reference the SQL in ``standing_sql`` is tested against)."""
    steps: dict[str, list[flags.Step]] = defaultdict(list)
    for eid, need_id, resp_id, status, agency_id, fwd, on in conn.execute(text(EVENTS)):
        key = resp_id or need_id
        steps[need_id].append(flags.Step(on, eid, key, status, agency_id, fwd))
    recorded = set(steps)
    for rid, need_id, agency_id, status, requested, decided in conn.execute(text(RESPONSIBILITIES)):
        if need_id not in recorded:
            steps[need_id] += flags.synthetic_steps(rid, agency_id, status, requested, decided)
    return steps


def _grouping() -> tuple[dict[str, str], dict[str, str]]:
    """Category and legal domain → the group printed; text outside the vocabulary is never printed.

    Both are free text in the data; a typed-in value could carry anything (even a name), so
    only the catalogue's own words reach a report and everything else is "other".
    """
    other_cat, other_dom = translate("Report", "andere Kategorie"), translate("Report", "anderer Rechtskreis")
    cats = {c: c for c in catalogue.need_categories()}
    doms = {d["code"]: domain_label(d["code"]) for d in catalogue.legal_domains()}
    return (_Fallback(cats, other_cat), _Fallback(doms | {"": domain_label("")}, other_dom))


class _Fallback(dict):
    def __init__(self, known: dict[str, str], other: str):
        super().__init__(known)
        self.other = other
        self.order = list(known.values()) + [other]

    def __missing__(self, key: str) -> str:
        return self.other

    def ordered(self, seen: set[str]) -> list[str]:
        return [x for x in dict.fromkeys(self.order) if x in seen]


def figures(conn: Connection, date_from: date, until: date, threshold: int,
            school_placed: str | None = None) -> NeedFigures:
    """``school_placed``: the placements of the period as the school-entry report prints them (its
    total); the school row prints that figure, so the two reports never differ on it (rule 7)."""
    lo, hi = date_from.isoformat(), until.isoformat()
    category_of, domain_of = _grouping()
    domains = {aid: domain_of[dom or ""] for aid, dom in conn.execute(text("SELECT id, legal_domain FROM agency"))}
    # (category as stored, state, agency) → [needs, people of its printed category cell, of its domain cell]:
    # each need's person goes straight into the printed cells (several stored categories may print
    # as one), not into a set per group first (at 200,000 people those sets were half the figures' memory)
    groups: dict[tuple[str, str, str | None], list] = {}
    by_cat: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_dom: dict[tuple[str, str], set[str]] = defaultdict(set)
    ping: dict[tuple[str, str], set[str]] = defaultdict(set)
    ping_counts: dict[tuple[str, str], int] = defaultdict(int)
    waits: dict[str, list[int]] = defaultdict(list)
    wait_people: dict[str, set[str]] = defaultdict(set)
    for _nid, cid, category, own_opened, state, agency, pingpong, accepted, first in standing_sql.standings(conn, lo, hi):
        key = (category, state, agency)
        group = groups.get(key)
        if group is None:
            group = groups[key] = [0, by_cat[(category_of[category], state)],
                                   by_dom[(domains.get(agency) or domain_of[""], state)]
                                   if state in (flags.ACCEPTED, flags.PENDING) else None]
        group[0] += 1
        group[1].add(cid)
        if group[2] is not None:
            group[2].add(cid)
        if pingpong:
            ping[(category_of[category], "n")].add(cid)
            ping_counts[(category_of[category], "n")] += 1
        if accepted is not None and lo <= accepted <= hi:
            start = own_opened or first
            if start is not None and start <= accepted:
                waits[category_of[category]].append((date.fromisoformat(accepted) - date.fromisoformat(start)).days)
                wait_people[category_of[category]].add(cid)
    cat_counts: dict[tuple[str, str], int] = defaultdict(int)
    dom_counts: dict[tuple[str, str], int] = defaultdict(int)
    for (category, state, agency), (n, _people, _domain_people) in groups.items():
        cat_counts[(category_of[category], state)] += n
        if state in (flags.ACCEPTED, flags.PENDING):
            dom_counts[(domains.get(agency) or domain_of[""], state)] += n
    categories = {c for c, _s in cat_counts}
    extra: dict[tuple[str, str], int] = defaultdict(int)
    for (opened_y, closed_y, _muni, category), n in retention.erased_counts(conn, "need").items():
        if opened_y is not None and closed_y is not None and date(opened_y, 12, 31) <= until \
                and date(closed_y, 1, 1) >= date_from and category:
            category = category_of[category]
            categories.add(category)
            extra[(category, ERASED)] += n
            cat_counts[(category, ERASED)] += n

    labels = state_labels()
    rows = category_of.ordered(categories)
    cols = [flags.ACCEPTED, flags.PENDING, flags.GAP, flags.DONE_WITHOUT] + ([ERASED] if extra else [])
    by_category = FigureTable(
        "bedarfe_nach_kategorie", translate("Report", "Bedarfe nach Kategorie und Stand der Zuständigkeit"),
        translate("Report", "Kategorie"),
        protect(rows, cols, cat_counts, threshold=threshold, people=people_per_cell(by_cat, rows, cols, extra)),
        col_labels={c: labels[c] for c in cols})
    dom_rows = domain_of.ordered({d for d, _s in dom_counts})
    dom_cols = [flags.ACCEPTED, flags.PENDING]
    by_domain = FigureTable(
        "bedarfe_nach_rechtskreis", translate("Report", "Bedarfe nach Rechtskreis der zuständigen Stelle"),
        translate("Report", "Rechtskreis"),
        protect(dom_rows, dom_cols, dom_counts, threshold=threshold,
                people=people_per_cell(by_dom, dom_rows, dom_cols, {})),
        col_labels={c: labels[c] for c in dom_cols})
    pingpong = FigureTable(
        "pingpong_nach_kategorie", translate("Report", "Bedarfe mit Ämter-Pingpong nach Kategorie"),
        translate("Report", "Kategorie"),
        protect_columns(rows, ["n"], ping_counts, threshold=threshold, people=people_per_cell(ping, rows, ["n"], {})),
        row_totals=False, col_labels={"n": translate("Report", "Bedarfe mit Pingpong")})
    school = school_row()
    for registered, placed, cid in conn.execute(text(SCHOOL), {"lo": lo, "hi": hi}):
        if registered <= placed:
            waits[school].append((date.fromisoformat(placed) - date.fromisoformat(registered)).days)
            wait_people[school].add(cid)
    wait_rows = [c for c in rows if waits.get(c)] + ([school] if waits.get(school) else [])
    shared = {school: school_placed} if school_placed is not None else {}
    return NeedFigures(by_category, by_domain, pingpong,
                       _wait_table(wait_rows, waits, wait_people, threshold, shared))


def _wait_table(rows: list[str], waits: dict[str, list[int]], people: dict[str, set[str]],
                threshold: int, shared: dict[str, str] | None = None) -> StatTable:
    """Counts here stand alone (no total is printed), so only the primary rule applies to them;
    a row in ``shared`` prints the count another report publishes for the same figure."""
    out, medians, p90s = [], [], []
    shared = shared or {}
    for r in rows:
        n = len(people[r])
        median = disclosure.suppress_statistic(n, percentile(waits[r], 0.5), threshold)
        p90 = disclosure.suppress_statistic(n, percentile(waits[r], 0.9), threshold)
        out.append([r, shared.get(r) or count_text(len(waits[r]), n, threshold), decimal(median), decimal(p90)])
        medians.append(ChartPoint(r, median, decimal(median)))
        p90s.append(ChartPoint(r, p90, decimal(p90)))
    return StatTable("wartezeit_bis_uebernahme",
                     translate("Report", "Wartezeit bis zur Übernahme durch eine Stelle (Tage)"),
                     [translate("Report", "Kategorie"), translate("Report", "Anzahl"), translate("Report", "Median"),
                      translate("Report", "90-%-Perzentil")], out,
                     [(translate("Report", "Median"), medians), (translate("Report", "90-%-Perzentil"), p90s)])
