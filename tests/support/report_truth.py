"""The committee report's figures computed again, independently, from the raw rows.

Plain SQL (``SELECT *``) and plain Python following the definitions in docs/reports.md, not
the code of ``kimdesk.services.reports.committee``. Each table is returned as rows, columns and, per
cell, the set of people behind it and the count, so a test can derive every margin and
what the suppression rules demand of each printed cell.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text

from kimdesk.models.types import id_text
from kimdesk.paths import resource_path

MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
TOTAL = "Insgesamt"


@dataclass
class Table:
    rows: list[str]
    cols: list[str]
    count: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    who: dict[tuple[str, str], set] = field(default_factory=lambda: defaultdict(set))

    def add(self, row: str, col: str, person: object, n: int = 1) -> None:
        self.count[(row, col)] += n
        if n == 1:
            self.who[(row, col)].add(person)
        else:  # an anonymous count of erased people: n different people
            self.who[(row, col)] |= {(person, i) for i in range(n)}

    def cell(self, row: str, col: str) -> tuple[int, int]:
        """(count, people) of a cell or margin."""
        rows = self.rows if row == TOTAL else [row]
        cols = self.cols if col == TOTAL else [col]
        people: set = set()
        n = 0
        for r in rows:
            for c in cols:
                n += self.count.get((r, c), 0)
                people |= self.who.get((r, c), set())
        return n, len(people)


def _rows(conn, sql: str, **params) -> list[dict]:
    """Rows as dicts, an id stored as 16 bytes (models.types) in its text form: the definitions work on the text."""
    return [{k: id_text(v) for k, v in r._mapping.items()} for r in conn.execute(text(sql), params)]


def _catalogue(name: str) -> dict:
    return json.loads(resource_path("catalogue", f"{name}.json").read_text(encoding="utf-8"))


def month_label(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def stats(values: list[int]) -> tuple[float, float]:
    return (round(statistics.median(values), 1),
            round(statistics.quantiles(values, n=10, method="inclusive")[8], 1))


# -- cases ------------------------------------------------------------------------------------
def cases(conn, lo: date, hi: date) -> tuple[Table, Table]:
    """(openings and closings per month, with erased-year rows; people by municipality)."""
    L, H = lo.isoformat(), hi.isoformat()
    phases = defaultdict(list)
    for p in _rows(conn, 'SELECT * FROM case_phase WHERE deleted = 0 ORDER BY "on", recorded_at, id'):
        phases[p["client_id"]].append(p)
    months = []
    y, m = lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        months.append(month_label(date(y, m, 1)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    over = Table(list(months), ["opened", "closed"])
    munis = Table(sorted(_catalogue("agencies")["municipalities"]), ["n"])
    for c in _rows(conn, "SELECT * FROM client WHERE deleted = 0"):
        opened, closed = [c["opened_on"]], []
        mine = phases.get(c["id"], [])
        opened += [p["on"] for p in mine if p["from_phase"] == "closed" and p["phase"] != "closed"]
        closed += [p["on"] for p in mine if p["phase"] == "closed"]
        if not any(p["phase"] == "closed" for p in mine) and c["status"] == "closed" and c["closed_on"]:
            closed.append(c["closed_on"])
        for day, col in [(d, "opened") for d in opened] + [(d, "closed") for d in closed]:
            if day and L <= day <= H:
                over.add(month_label(date.fromisoformat(day)), col, c["id"])
        # open on some day of the period: walk the dated events in order
        events = sorted([(d or "", 1) for d in opened] + [(d, 0) for d in closed])
        is_open, active = False, False
        for day, opens in events:
            if day > H:
                break
            if is_open and day >= L:
                active = True
            is_open = bool(opens)
        active = active or is_open
        muni = c["municipality"] or "—"
        if active:
            if muni not in munis.rows:
                munis.rows.append(muni)
            munis.add(muni, "n", c["id"])
    whole = [y for y in range(lo.year, hi.year + 1) if date(y, 1, 1) >= lo and date(y, 12, 31) <= hi]
    for i, a in enumerate(_rows(conn, "SELECT * FROM anonymous_count WHERE deleted = 0 AND kind = 'case'")):
        for year, col in ((a["opened_year"], "opened"), (a["closed_year"], "closed")):
            if year in whole:
                label = f"{year}: gelöschte Akten"
                if label not in over.rows:
                    over.rows.insert(over.rows.index(f"Dez {year}") + 1, label)
                over.add(label, col, ("erased", i), a["count"])
        if (a["opened_year"] is None or date(a["opened_year"], 12, 31) <= hi) and \
                (a["closed_year"] is None or date(a["closed_year"], 1, 1) >= lo):
            munis.add(a["municipality"] or "—", "n", ("erased", i), a["count"])
    return over, munis


# -- needs --------------------------------------------------------------------------------------
def _standing(steps: list[dict], day: str, finished: bool) -> dict:
    last: dict[str, tuple[str, str | None, str]] = {}
    declined: set = set()
    no_count = 0
    bounced = False
    accepted = first_request = None
    for e in sorted(steps, key=lambda e: (e["on"] or "", e["order"])):
        if (e["on"] or "") > day:
            continue
        if e["status"] in ("declined", "forwarded"):
            no_count += 1
        if e["status"] == "requested" and e["agency_id"] in declined:
            bounced = True
        if e["status"] == "forwarded" and e["forwarded_to_id"] in declined:
            bounced = True
        if e["status"] == "declined" and e["agency_id"]:
            declined.add(e["agency_id"])
        if e["status"] == "requested" and first_request is None and e["on"]:
            first_request = e["on"]
        if e["status"] in ("accepted", "done") and accepted is None and e["on"]:
            accepted = e["on"]
        holder = e["forwarded_to_id"] if e["status"] == "forwarded" else e["agency_id"]
        last[e["key"]] = (e["status"], holder, e["on"] or "")
    took = sorted((d, a) for s, a, d in last.values() if s in ("accepted", "done") and a)
    waits = sorted((d, a) for s, a, d in last.values() if s in ("requested", "forwarded") and a)
    if took:
        state, agency = "accepted", took[-1][1]
    elif finished:
        state, agency = "done_without", None
    elif waits:
        state, agency = "pending", waits[-1][1]
    else:
        state, agency = "gap", None
    return {"state": state, "agency": agency, "pingpong": bounced or no_count >= 3, "accepted": accepted,
            "first_request": first_request}


SCHOOL_ROW = "Schulplatz für Seiteneinsteiger (Aufnahmen; Tage ab Anmeldung)"
DOMAIN_LABELS = {"—": "ohne Rechtsanspruch (freie Träger)", "": "Rechtskreis nicht angegeben"}


def needs(conn, lo: date, hi: date) -> dict:
    L, H = lo.isoformat(), hi.isoformat()
    vocabulary = [c["category"] for c in _catalogue("vocabulary")["need_categories"]]
    domains = [d["code"] for d in _catalogue("legal_domains")["domains"]]
    agency_domain = {}
    for a in _rows(conn, "SELECT * FROM agency"):
        code = a["legal_domain"] or ""
        agency_domain[a["id"]] = DOMAIN_LABELS.get(code, code) if code in domains or code == "" else "anderer Rechtskreis"
    steps = defaultdict(list)
    for e in _rows(conn, "SELECT * FROM responsibility_event WHERE deleted = 0"):
        key = e["responsibility_id"] or e["need_id"]
        steps[e["need_id"]].append({**e, "key": key, "order": e["id"]})
    with_events = set(steps)
    for r in _rows(conn, "SELECT * FROM responsibility WHERE deleted = 0"):
        if r["need_id"] in with_events:  # a need with recorded steps is read from them alone
            continue
        steps[r["need_id"]].append({"key": r["id"], "order": r["id"] + ":0", "status": "requested",
                                    "agency_id": r["agency_id"], "forwarded_to_id": None, "on": r["requested_on"]})
        if r["status"] != "requested":
            steps[r["need_id"]].append({"key": r["id"], "order": r["id"] + ":1", "status": r["status"],
                                        "agency_id": r["agency_id"], "forwarded_to_id": None,
                                        "on": r["decided_on"] or r["requested_on"]})
    clients = {c["id"]: c for c in _rows(conn, "SELECT * FROM client WHERE deleted = 0")}
    states = ["accepted", "pending", "gap", "done_without"]
    by_cat = Table([], list(states))
    by_dom = Table([], ["accepted", "pending"])
    ping = Table([], ["n"])
    waits: dict[str, list[int]] = defaultdict(list)
    wait_people: dict[str, set] = defaultdict(set)
    for n in _rows(conn, "SELECT * FROM need WHERE deleted = 0"):
        c = clients.get(n["client_id"])
        if c is None:
            continue
        opened = n["opened_on"] or c["opened_on"]
        if (opened and opened > H) or (n["closed_on"] and n["closed_on"] < L):
            continue
        cat = n["category"] if n["category"] in vocabulary else "andere Kategorie"
        finished = n["status"] in ("met", "closed") and (not n["closed_on"] or n["closed_on"] <= H)
        s = _standing(steps.get(n["id"], []), H, finished)
        by_cat.add(cat, s["state"], c["id"])
        if s["state"] in ("accepted", "pending"):
            by_dom.add(agency_domain.get(s["agency"], "Rechtskreis nicht angegeben"), s["state"], c["id"])
        if s["pingpong"]:
            ping.add(cat, "n", c["id"])
        else:
            ping.count.setdefault((cat, "n"), 0)
        if s["accepted"] and L <= s["accepted"] <= H:
            start = n["opened_on"] or s["first_request"]
            if start and start <= s["accepted"]:
                waits[cat].append((date.fromisoformat(s["accepted"]) - date.fromisoformat(start)).days)
                wait_people[cat].add(c["id"])
    for i, a in enumerate(_rows(conn, "SELECT * FROM anonymous_count WHERE deleted = 0 AND kind = 'need'")):
        if a["opened_year"] and a["closed_year"] and date(a["opened_year"], 12, 31) <= hi \
                and date(a["closed_year"], 1, 1) >= lo and a["category"]:
            cat = a["category"] if a["category"] in vocabulary else "andere Kategorie"
            if "erased" not in by_cat.cols:
                by_cat.cols.append("erased")
            by_cat.add(cat, "erased", ("erased-need", i), a["count"])
    seen_cats = {r for r, _ in by_cat.count}
    by_cat.rows = [c for c in vocabulary + ["andere Kategorie"] if c in seen_cats]
    ping.rows = list(by_cat.rows)
    dom_order = [DOMAIN_LABELS.get(d, d) for d in domains] + ["Rechtskreis nicht angegeben", "anderer Rechtskreis"]
    by_dom.rows = [d for d in dict.fromkeys(dom_order) if any(r == d for r, _ in by_dom.count)]
    school_placed: set = set()
    for s in _rows(conn, """SELECT s.* FROM school_entry s JOIN client c ON c.id = s.client_id
                            WHERE s.deleted = 0 AND c.deleted = 0"""):
        if s["placed_on"] and L <= s["placed_on"] <= H:
            school_placed.add(s["client_id"])  # the count printed: every placement (as the school report)
        if s["placed_on"] and L <= s["placed_on"] <= H and s["registered_on"] and s["registered_on"] <= s["placed_on"]:
            waits[SCHOOL_ROW].append((date.fromisoformat(s["placed_on"]) - date.fromisoformat(s["registered_on"])).days)
            wait_people[SCHOOL_ROW].add(s["client_id"])
    wait_rows = [c for c in by_cat.rows if waits.get(c)] + ([SCHOOL_ROW] if waits.get(SCHOOL_ROW) else [])
    return {"by_category": by_cat, "by_domain": by_dom, "pingpong": ping, "waits": waits,
            "wait_people": wait_people, "wait_rows": wait_rows, "school_placed": school_placed}


# -- conferences and action items ----------------------------------------------------------------
def meetings(conn, lo: date, hi: date) -> tuple[Table, Table]:
    L, H = lo.isoformat(), hi.isoformat()
    conf = Table(["Fallkonferenzen", "Netzwerktreffen"], ["n"])
    links = defaultdict(list)
    for cc in _rows(conn, "SELECT * FROM conference_client WHERE deleted = 0"):
        links[cc["conference_id"]].append(cc["client_id"] or cc["case_number"])
    for f in _rows(conn, "SELECT * FROM conference WHERE deleted = 0"):
        if L <= f["date"] <= H:
            row = "Netzwerktreffen" if f["kind"] == "network" else "Fallkonferenzen"
            conf.count[(row, "n")] += 1
            conf.who[(row, "n")] |= set(links[f["id"]] or [("conference", f["id"])])
    labels = {"on_time": "fristgerecht erledigt", "late": "verspätet erledigt", "undated": "erledigt, Datum nicht erfasst",
              "open": "am Stichtag nicht erledigt", "cancelled": "entfallen"}
    actions = Table(list(labels.values()), ["n"])
    live = {i["id"] for i in _rows(conn, """SELECT i.id FROM agenda_item i JOIN conference f ON f.id = i.conference_id
                                            WHERE i.deleted = 0 AND f.deleted = 0""")}
    for a in _rows(conn, "SELECT * FROM action_item WHERE deleted = 0"):
        if a["agenda_item_id"] not in live or not a["due"] or not L <= a["due"] <= H:
            continue
        done = a["done_on"]
        if a["status"] == "cancelled" and (done is None or done <= H):
            kind = "cancelled"
        elif a["status"] == "done" and done is None:
            kind = "undated"
        elif a["status"] == "done" and done <= a["due"]:
            kind = "on_time"
        elif a["status"] == "done" and done <= H:
            kind = "late"
        else:
            kind = "open"
        actions.add(labels[kind], "n", a["client_id"] or ("item", a["id"]))
    return conf, actions


# -- school entry --------------------------------------------------------------------------------
FORMS = ["primary", "secondary", "ifk", "ffm", "other"]
FORM_LABELS = {"primary": "Primarstufe", "secondary": "Sekundarstufe", "ifk": "Internationale Förderklasse",
               "ffm": "Fit für Mehr",
               "other": "andere Schulform", "—": "ohne Angabe", None: "alle Schulformen"}


def school_entry(conn, lo: date, hi: date, today: date) -> dict:
    """Waiting on the reference day and placements in the period per (municipality, form); waits."""
    as_of = min(today, hi).isoformat()
    L, H = lo.isoformat(), as_of  # placements up to the reference day
    entries = _rows(conn, """SELECT s.*, c.municipality FROM school_entry s JOIN client c ON c.id = s.client_id
                             WHERE s.deleted = 0 AND c.deleted = 0""")
    munis = set(_catalogue("agencies")["municipalities"])
    forms_seen = set()
    waiting, placed = Table([], []), Table([], [])
    waits: dict[tuple[str, str, str | None], list[int]] = defaultdict(list)
    days = lambda a, b: (date.fromisoformat(a) - date.fromisoformat(b)).days  # noqa: E731
    for e in entries:
        muni, form = e["municipality"] or "—", e["school_form"] or "—"
        munis.add(muni)
        forms_seen.add(form)
        started = [d for d in (e["assigned_on"], e["registered_on"]) if d and d <= as_of]
        if started and not (e["placed_on"] and e["placed_on"] <= as_of):
            waiting.add(muni, form, e["client_id"])
            for since, key in (("assigned_on", "assignment"), ("registered_on", "registration")):
                if e[since] and e[since] <= as_of:
                    for f in (None, form):
                        waits[("waiting", key, f)].append(days(as_of, e[since]))
        if e["placed_on"] and L <= e["placed_on"] <= H:
            placed.add(muni, form, e["client_id"])
            for since, key in (("assigned_on", "assignment"), ("registered_on", "registration")):
                if e[since] and e[since] <= e["placed_on"]:
                    for f in (None, form):
                        waits[("placed", key, f)].append(days(e["placed_on"], e[since]))
    rows = sorted(m for m in munis if m != "—") + (["—"] if "—" in munis else [])
    cols = FORMS + (["—"] if "—" in forms_seen else [])
    for t in (waiting, placed):
        t.rows, t.cols = list(rows), list(cols)
    return {"waiting": waiting, "placed": placed, "waits": waits, "forms": [None] + cols}
