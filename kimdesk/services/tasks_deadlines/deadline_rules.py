"""The deadline rules: one set-based query per rule, yielding the occasions that fire.

Each rule reads the whole table it watches in one statement (no per-person loop), so all
rules together stay well under two seconds at 100,000 people. A hit carries a *source key*
that names the occasion (rule, record, and the date or value it is about): the same
occasion always gives the same key, a new occasion (a renewed permit with a new expiry, a
measure given a new due date) a new one. Only open, not deleted cases are watched.

Partial birth dates (year only, or year and month) are read as their earliest possible day
(1 January, or the 1st of the month), as ``partial_date.earliest`` does: for the 18th
birthday this starts transition planning at the earliest moment it could be needed, never
too late; a person with only a birth year therefore gets the follow-up from 1 January of
the year before the one in which they turn 18.

A rule is a generator: its hits come one at a time while the statement's cursor reads on, so the
caller decides what it holds (``deadlines.evaluate`` a batch, ``deadlines.find`` all). After a
bulk import at 100,000 people one rule fired tens of thousands of hits, and holding them as a list
was the largest part of the import's peak that grew with the people. Nothing a rule reads is
written while it yields (the follow-ups go to ``task``, which no rule reads).
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, bindparam, text

from kimdesk.models.types import StoredId, id_text, stored_id

EARLIEST_BIRTH = ("CASE length(c.birth_date) WHEN 4 THEN c.birth_date || '-01-01' "
                  "WHEN 7 THEN c.birth_date || '-01' ELSE c.birth_date END")
# The unary ``+`` keeps SQLite from driving a rule by the status index: four in five people are
# open, so that plan visits almost every person in status order, each a random read of the client
# table — once the table outgrows the page cache (about 100,000 people) every read decrypts a
# page again and the evaluation grew faster than the data (0.04 → 0.22 → 0.78 → 2.01 s from 10k to
# 200k). Without it the selective index of each rule leads (birth date, permit end, due date, …)
# and the open-case check reads the small covering index ``ix_client_open_cases``.
OPEN_CLIENT = "+c.deleted = 0 AND +c.status = 'open'"
# Where a rule joins the person to rows it found by their own index, the open-case check is read
# from the covering index (id, status, deleted, municipality, …): a fifth of the client table's
# size, so it stays in the page cache where the table's pages would not.
JOINED_CLIENT = "client c INDEXED BY ix_client_open_cases"
# The rules by age read birth date, status and id from one covering index (migration 0038): the
# range of birth dates is read in order, never a wide client row (at 200,000 people those reads
# missed the page cache and the rules by age grew faster than the data).
BIRTH_CLIENT = "client c INDEXED BY ix_client_birth_open"
# ... and ask "a school place?", "a school entry?", "an open need of a category?" of covering
# indexes too (``ix_school_entry_placed``; the school needs by ``ix_need_category``, migration 0048:
# asked of ``ix_need_open``, led by the person, some 40,000 probes at 200,000 people touched almost
# every page of it in each evaluation; led by the category, they read a small slice that stays cached)
SCHOOL = "school_entry s INDEXED BY ix_school_entry_placed"
SCHOOL_NEED = "need n INDEXED BY ix_need_category"
# ``school_place_missing`` asks each person of its age range (16 to 25: a quarter of the people)
# "placed?", "a school entry?", "a school need?" of three sets read once (a list subquery is built
# once and probed in memory), not three index searches per person: 40 % less time at 200,000 people.
# (``compulsory_schooling``, with far fewer people of its ages than school entries, searches per person.)
# ``client_id`` is never NULL (NOT NULL column, and the check says so for NOT IN).
PLACED = f"""(SELECT s.client_id FROM {SCHOOL} WHERE s.client_id IS NOT NULL AND s.deleted = 0
              AND s.placed_on IS NOT NULL AND s.placed_on <= :today)"""
WITH_SCHOOL_ENTRY = f"(SELECT s.client_id FROM {SCHOOL} WHERE s.deleted = 0)"
WITH_SCHOOL_NEED = f"""(SELECT n.client_id FROM {SCHOOL_NEED} WHERE n.deleted = 0
                       AND n.status IN :need_statuses AND n.category IN :categories)"""


def _client_ids(stmt: Any, *names: str) -> Any:
    """``stmt`` with the ids it reads in ``names`` as text (a person's stored as 16 bytes since migration
    0043, a plan's, goal's or action item's since 0046): a hit's key and the task's ``client_id`` are
    built from the text."""
    return stmt.columns(**{name: StoredId() for name in names})


@dataclass(frozen=True)
class Hit:
    rule: str
    source_key: str
    client_id: str
    due_on: date
    params: dict[str, Any] = field(default_factory=dict, compare=False)


RuleFn = Callable[[Connection, date, dict[str, Any]], Iterator[Hit]]
RULES: dict[str, RuleFn] = {}
# the columns each rule reads, by table: after a sync round only the rules that read a column the round
# (or a local edit since the last evaluation) changed run (``deadlines.evaluate_after_sync``); a created
# row changes every column, a deletion ``deleted``. ``tests/test_deadline_rule_reads.py`` checks under
# SQLite's authorizer that no rule reads more
COLUMNS: dict[str, dict[str, frozenset[str]]] = {}


def rule(name: str, reads: dict[str, tuple[str, ...]]) -> Callable[[RuleFn], RuleFn]:
    def register(fn: RuleFn) -> RuleFn:
        RULES[name] = fn
        COLUMNS[name] = {table: frozenset(columns) for table, columns in reads.items()}
        return fn
    return register


# What only a follow-up's text needs (a measure's what and who) is read for the hits that become
# follow-ups, not by the rule: in an evaluation after a sync nearly every hit is known already, and
# at 200,000 people the rule read some 18,000 measure rows in each (most of the table, past the page
# cache) for texts it threw away. A rule that leaves parameters empty registers how to fill them in;
# ``complete`` does (``deadlines.find`` for every hit, ``deadlines.evaluate`` for the new ones).
DetailsFn = Callable[[Connection, list[Hit]], None]
DETAILS: dict[str, DetailsFn] = {}


def details(name: str) -> Callable[[DetailsFn], DetailsFn]:
    def register(fn: DetailsFn) -> DetailsFn:
        DETAILS[name] = fn
        return fn
    return register


def complete(conn: Connection, hits: list[Hit]) -> None:
    """Fill in, in place, the parameters the rules of ``hits`` leave to ``DETAILS``."""
    by_rule: dict[str, list[Hit]] = {}
    for hit in hits:
        if hit.rule in DETAILS:
            by_rule.setdefault(hit.rule, []).append(hit)
    for name, group in by_rule.items():
        DETAILS[name](conn, group)


def shift_years(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February becomes 28 February in other years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _d(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _prefix_clause(column: str, prefixes: list[str], name: str) -> tuple[str, dict[str, str]]:
    if not prefixes:
        return "0", {}
    parts, binds = [], {}
    for i, p in enumerate(prefixes):
        parts.append(f"{column} LIKE :{name}{i}")
        binds[f"{name}{i}"] = p.replace("%", "").replace("_", "") + "%"
    return "(" + " OR ".join(parts) + ")", binds


@rule("turning_18", reads={"client": ("id", "status", "deleted", "birth_date")})
def turning_18(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """The 18th birthday lies within the next ``months_before`` months."""
    age = int(p.get("age", 18))
    until = shift_months(today, int(p.get("months_before", 12)))
    lo, hi = shift_years(today, -age), shift_years(until, -age)
    # the index on birth_date narrows by string range first (a year alone sorts before its dates)
    stmt = text(f"""
        SELECT c.id, c.birth_date, {EARLIEST_BIRTH} AS earliest FROM {BIRTH_CLIENT}
        WHERE c.birth_date >= :lo_year AND c.birth_date <= :hi AND {OPEN_CLIENT}
          AND {EARLIEST_BIRTH} >= :lo AND {EARLIEST_BIRTH} <= :hi""")
    binds = {"lo_year": str(lo.year), "lo": lo.isoformat(), "hi": hi.isoformat()}
    for r in conn.execute(_client_ids(stmt, "id"), binds):
        birthday = shift_years(_d(r.earliest), age)
        if today < birthday <= until:
            yield Hit("turning_18", f"turning_18:{r.id}:{birthday.isoformat()}", r.id, today,
                      {"date": birthday, "year_only": len(r.birth_date) == 4, "age": age})


@rule("residence_expiry", reads={"client": ("id", "status", "deleted", "residence_status", "residence_valid_until")})
def residence_expiry(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """A permit, Duldung or Gestattung expires within ``weeks_before`` weeks (or just did)."""
    clause, binds = _prefix_clause("c.residence_status", list(p.get("statuses", [])), "st")
    stmt = text(f"""
        SELECT c.id, c.residence_status, c.residence_valid_until AS until FROM client c INDEXED BY ix_client_residence_due
        WHERE {OPEN_CLIENT} AND c.residence_valid_until IS NOT NULL
          AND c.residence_valid_until >= :lo AND c.residence_valid_until <= :hi AND {clause}""")
    lo = today - timedelta(days=int(p.get("overdue_days", 90)))
    hi = today + timedelta(weeks=int(p.get("weeks_before", 8)))
    for cid, status, until in conn.execute(_client_ids(stmt, "id"),
                                           {"lo": lo.isoformat(), "hi": hi.isoformat(), **binds}):
        day = _d(until)
        yield Hit("residence_expiry", f"residence_expiry:{cid}:{until}", cid, today,
                  {"date": day, "status": status, "expired": day < today})


@rule("benefit_change", reads={"benefit_record": ("id", "client_id", "deleted", "system", "since", "until",
                                                    "approved_on"),
                                 "client": ("id", "status", "deleted", "residence_status")})
def benefit_change(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """A new benefit system not yet approved, or recognition while still on asylum benefits."""
    lead = timedelta(weeks=int(p.get("weeks_before_old_ends", 2)))
    pending = text(f"""
        SELECT b.id, b.client_id, b.system,
               (SELECT json_array(prev.system, prev.until) FROM benefit_record prev
                WHERE prev.client_id = b.client_id AND prev.deleted = 0
                  AND (prev.since < b.since OR (prev.since = b.since AND prev.id < b.id))
                ORDER BY prev.since DESC, prev.id DESC LIMIT 1) AS previous
        FROM benefit_record b JOIN {JOINED_CLIENT} ON c.id = b.client_id
        WHERE b.approved_on IS NULL AND b.deleted = 0 AND {OPEN_CLIENT}""")
    for r in conn.execute(_client_ids(pending, "client_id")):
        if r.previous is None:
            continue
        prev_system, prev_until = json.loads(r.previous)
        if prev_system == r.system:
            continue
        due = today if prev_until is None else max(today, _d(prev_until) - lead)
        yield Hit("benefit_change", f"benefit_change:{id_text(r.id)}", r.client_id, due,
                  {"from": prev_system, "to": r.system, "old_ends": _d(prev_until) if prev_until else None})
    clause, binds = _prefix_clause("c.residence_status", list(p.get("recognised_statuses", [])), "rs")
    recognised = text(f"""
        WITH candidate AS MATERIALIZED (  -- running asylum benefits of recognised people, then the check
          SELECT DISTINCT c.id, c.residence_status, b.since
          FROM benefit_record b CROSS JOIN {JOINED_CLIENT}  -- b drives (index on system)
          WHERE c.id = b.client_id AND b.system = :asylum AND b.deleted = 0 AND b.since <= :today
            AND (b.until IS NULL OR b.until >= :today) AND {OPEN_CLIENT} AND {clause})
        SELECT DISTINCT k.id, k.residence_status FROM candidate k
        WHERE NOT EXISTS (SELECT 1 FROM benefit_record nxt WHERE nxt.client_id = k.id AND nxt.deleted = 0
                          AND nxt.system <> :asylum AND nxt.since >= k.since)  -- a change is under way""")
    asylum = p.get("asylum_system", "AsylbLG")
    for r in conn.execute(_client_ids(recognised, "id"), {"today": today.isoformat(), "asylum": asylum, **binds}):
        yield Hit("benefit_change", f"benefit_change:{r.id}:recognised:{r.residence_status}", r.id, today,
                  {"from": asylum, "to": None, "status": r.residence_status})


def _sql_hex(stored: bytes | str) -> str:
    """What SQLite's ``hex()`` gives for a stored id: its bytes (a text id's UTF-8) as upper-case hex."""
    return (stored if isinstance(stored, bytes) else str(stored).encode("utf-8")).hex().upper()


@rule("moved", reads={"client": ("id", "status", "deleted", "municipality"), "agency": ("id", "municipalities"),
                      "responsibility": ("id", "need_id", "agency_id", "deleted", "status"),
                      "need": ("id", "client_id", "deleted", "status")})
def moved(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """An agency responsible for an open need does not serve the person's municipality (any more).

    Only agencies that do not serve every municipality people live in can be wrong after a
    move (a district-wide Jobcenter never is), so only their responsibilities are read.
    """
    present = set(conn.execute(text("SELECT DISTINCT municipality FROM client WHERE municipality IS NOT NULL "
                                     "AND municipality <> ''")).scalars())  # the index alone answers this
    served: set[str] = set()
    limited = []
    for stored, raw in conn.execute(text("SELECT id, municipalities FROM agency")):
        towns = json.loads(raw or "[]")
        # the pairs name the agency by ``hex()`` of its stored id (16 bytes, or a legacy text id): the check
        # below takes one hex() a row, where the id's text form cost five
        served |= {f"{_sql_hex(stored)}\x1f{town}" for town in towns}
        if towns and not present <= set(towns):
            limited.append(stored)
    if not limited:
        return
    # only the pairs (agency, municipality) no agency serves come back: the check is a set lookup in
    # SQL (hex never holds the separator), not a Python loop over every request
    served_pairs = json.dumps(sorted(served))
    stmt = text(f"""
        SELECT c.id AS client_id, c.municipality, r.id AS responsibility_id, r.agency_id
        FROM responsibility r INDEXED BY ix_responsibility_agency_status
        CROSS JOIN need n INDEXED BY ix_need_state CROSS JOIN {JOINED_CLIENT}
        WHERE n.id = r.need_id AND c.id = n.client_id
          AND r.agency_id IN :limited AND r.deleted = 0 AND r.status IN :resp_statuses
          AND n.deleted = 0 AND n.status IN :need_statuses
          AND {OPEN_CLIENT} AND c.municipality IS NOT NULL AND c.municipality <> ''
          AND hex(r.agency_id) || char(31) || c.municipality NOT IN (SELECT value FROM json_each(:served))
        ORDER BY c.id, r.id""").bindparams(bindparam("limited", expanding=True),
                                           bindparam("need_statuses", expanding=True),
                                           bindparam("resp_statuses", expanding=True))
    rows = conn.execute(_client_ids(stmt, "client_id"), {"limited": limited,
                                                         "served": served_pairs,
                                                         "need_statuses": list(p.get("need_statuses", ["open", "in_progress"])),
                                                         "resp_statuses": list(p.get("responsibility_statuses",
                                                                                     ["requested", "accepted"]))})
    # in order of the person (one municipality each): a person's requests follow one another
    for (cid, muni), group in groupby(rows, key=lambda r: (r.client_id, r.municipality)):
        yield Hit("moved", f"moved:{cid}:{muni}", cid, today,
                  {"municipality": muni, "responsibilities": [id_text(r.responsibility_id) for r in group]})


@rule("school_place_missing", reads={"client": ("id", "status", "deleted", "birth_date"),
                                     "school_entry": ("client_id", "deleted", "placed_on"),
                                     "need": ("client_id", "deleted", "status", "category")})
def school_place_missing(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """A young person past full-time compulsory schooling with no school place yet.

    Full-time compulsory schooling in NRW lasts ten school years (§ 37 SchulG NRW); for a
    newcomer the school years are unknown, so age is the proxy: from 16 (``from_age``) up to
    25 (``to_age``), with a school entry not yet placed or an open need for a school place.
    """
    turned = shift_years(today, -int(p.get("from_age", 16)))
    too_old = shift_years(today, -(int(p.get("to_age", 25)) + 1))
    stmt = text(f"""
        SELECT c.id FROM {BIRTH_CLIENT}
        WHERE c.birth_date >= :too_old_year AND c.birth_date <= :turned AND {OPEN_CLIENT}
          AND {EARLIEST_BIRTH} <= :turned AND {EARLIEST_BIRTH} > :too_old
          AND c.id NOT IN {PLACED} AND (c.id IN {WITH_SCHOOL_ENTRY} OR c.id IN {WITH_SCHOOL_NEED})
        """).bindparams(bindparam("need_statuses", expanding=True), bindparam("categories", expanding=True))
    rows = conn.execute(_client_ids(stmt, "id"), {"turned": turned.isoformat(), "too_old": too_old.isoformat(),
                               "too_old_year": str(too_old.year),
                               "today": today.isoformat(),
                               "need_statuses": list(p.get("need_statuses", ["open", "in_progress"])),
                               "categories": list(p.get("need_categories", [])) or [""]})
    for r in rows:
        yield Hit("school_place_missing", f"school_place_missing:{r.id}", r.id, today, {})


@rule("consent_expiry", reads={"consent": ("id", "client_id", "deleted", "agency_id", "given_on", "expires_on",
                                           "revoked_on", "recipient_person"),
                               "client": ("id", "status", "deleted"), "agency": ("id", "name")})
def consent_expiry(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """A release from confidentiality ends within ``weeks_before`` weeks."""
    until = today + timedelta(weeks=int(p.get("weeks_before", 4)))
    stmt = text(f"""
        SELECT k.id, k.client_id, k.expires_on, a.name AS agency, k.recipient_person
        FROM consent k JOIN {JOINED_CLIENT} ON c.id = k.client_id LEFT JOIN agency a ON a.id = k.agency_id
        WHERE {OPEN_CLIENT} AND k.deleted = 0 AND k.revoked_on IS NULL
          AND k.given_on IS NOT NULL AND k.given_on <= :today
          AND k.expires_on >= :today AND k.expires_on <= :until""")
    rows = conn.execute(_client_ids(stmt, "client_id"), {"today": today.isoformat(), "until": until.isoformat()})
    for r in rows:
        yield Hit("consent_expiry", f"consent_expiry:{id_text(r.id)}:{r.expires_on}", r.client_id, today,
                  {"date": _d(r.expires_on), "recipient": r.agency or r.recipient_person or ""})


# Rows found by an index and read for their text (what, who, dates) are read in table order: the row ids
# from the index first, sorted, then each page of the table once (``rowid IN (...)``) — in index
# order they were random reads that missed the page cache at 200,000 people.
ROWIDS_BY_INDEX = "SELECT rowid FROM {table} WHERE {where}"


@rule("plan_review_overdue", reads={"case_plan": ("id", "client_id", "deleted", "status", "review_on"),
                                    "plan_goal": ("id", "client_id", "plan_id", "deleted", "status", "review_on"),
                                    "client": ("id", "status", "deleted")})
def plan_review_overdue(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """The review date of a plan (or of one of its goals) has passed."""
    limit = (today - timedelta(days=int(p.get("grace_days", 0)))).isoformat()
    due = "review_on IS NOT NULL AND review_on < :limit"
    plans = text(f"""
        SELECT pl.id, pl.client_id, pl.review_on FROM case_plan pl NOT INDEXED CROSS JOIN {JOINED_CLIENT}
        WHERE pl.rowid IN ({ROWIDS_BY_INDEX.format(table="case_plan", where=due)}) AND c.id = pl.client_id
          AND {OPEN_CLIENT} AND pl.deleted = 0 AND pl.status <> 'closed'""")
    goals = text(f"""
        SELECT g.id, g.client_id, g.review_on FROM plan_goal g NOT INDEXED
        CROSS JOIN case_plan pl CROSS JOIN {JOINED_CLIENT}
        WHERE g.rowid IN ({ROWIDS_BY_INDEX.format(table="plan_goal", where=due)}) AND pl.id = g.plan_id
          AND c.id = g.client_id AND {OPEN_CLIENT} AND g.deleted = 0 AND pl.deleted = 0 AND pl.status <> 'closed'
          AND g.status = 'open'""")
    for pid, cid, review in conn.execute(_client_ids(plans, "id", "client_id"), {"limit": limit}):
        yield Hit("plan_review_overdue", f"plan_review:{pid}:{review}", cid, today, {"date": _d(review), "goal": False})
    for gid, cid, review in conn.execute(_client_ids(goals, "id", "client_id"), {"limit": limit}):
        yield Hit("plan_review_overdue", f"goal_review:{gid}:{review}", cid, today, {"date": _d(review), "goal": True})


@rule("action_overdue", reads={"action_item": ("id", "client_id", "deleted", "status", "due", "what", "who"),
                               "client": ("id", "status", "deleted")})
def action_overdue(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """An action item of a case conference about the person is past its due date and open."""
    limit = (today - timedelta(days=int(p.get("grace_days", 0)))).isoformat()
    stmt = text(f"""
        SELECT x.id, x.client_id, x.due, x.what, x.who FROM action_item x JOIN {JOINED_CLIENT} ON c.id = x.client_id
        WHERE {OPEN_CLIENT} AND x.deleted = 0 AND x.status = 'open' AND x.due IS NOT NULL AND x.due < :limit""")
    for xid, cid, due, what, who in conn.execute(_client_ids(stmt, "id", "client_id"), {"limit": limit}):
        yield Hit("action_overdue", f"action_overdue:{xid}:{due}", cid, today,
                  {"date": _d(due), "what": what or "", "who": who or ""})


@rule("measure_overdue", reads={"plan_measure": ("id", "client_id", "deleted", "status", "due"),
                                "client": ("id", "status", "deleted")})
def measure_overdue(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """A measure of the plan is past its due date and open (what and who: ``_measure_details``).

    The covering index (status, due, deleted, client_id, id; migration 0048) says which measures are
    overdue without their rows; the hits come in table order, as when the rows were read."""
    limit = (today - timedelta(days=int(p.get("grace_days", 0)))).isoformat()
    stmt = text(f"""
        SELECT m.id, m.client_id, m.due FROM plan_measure m INDEXED BY ix_plan_measure_open_due
        CROSS JOIN {JOINED_CLIENT}
        WHERE m.status = 'open' AND m.due IS NOT NULL AND m.due < :limit AND m.deleted = 0
          AND c.id = m.client_id AND {OPEN_CLIENT} ORDER BY m.rowid""")
    for mid, cid, due in conn.execute(_client_ids(stmt, "client_id"), {"limit": limit}):
        yield Hit("measure_overdue", f"{MEASURE_KEY}{id_text(mid)}:{due}", cid, today,
                  {"date": _d(due), "what": "", "who": ""})


MEASURE_KEY = "measure_overdue:"


@details("measure_overdue")
def _measure_details(conn: Connection, hits: list[Hit]) -> None:
    """What the measure is and who does it (an office's name, else the person named)."""
    stored = {h.source_key: stored_id(h.source_key[len(MEASURE_KEY):h.source_key.rindex(":")]) for h in hits}
    wanted = list(set(stored.values()))
    stmt = text("""SELECT m.id, m.what, m.who, a.name FROM plan_measure m LEFT JOIN agency a ON a.id = m.who_agency_id
                   WHERE m.id IN :ids""").bindparams(bindparam("ids", expanding=True))
    found = {}
    for start in range(0, len(wanted), 500):
        found.update((mid, (what, agency or who)) for mid, what, who, agency in
                     conn.execute(stmt, {"ids": wanted[start:start + 500]}))
    for h in hits:
        what, who = found.get(stored[h.source_key], ("", ""))
        h.params["what"], h.params["who"] = what or "", who or ""


def duty_starts(born: date, cutoff: tuple[int, int] = (9, 30), start: tuple[int, int] = (8, 1)) -> date:
    """The day full-time schooling starts (§ 35 SchulG NRW): 1 August of the year in which the
    child turns six by 30 September, else of the year after."""
    six = shift_years(born, 6)
    year = six.year if (six.month, six.day) <= cutoff else six.year + 1
    return date(year, *start)


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


@rule("compulsory_schooling", reads={"client": ("id", "status", "deleted", "birth_date"),
                                     "school_entry": ("id", "client_id", "deleted", "placed_on", "assigned_on",
                                                      "registered_on", "arrived_on"),
                                     "need": ("client_id", "deleted", "status", "category", "opened_on")})
def compulsory_schooling(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """A child of compulsory school age without a school place: a follow-up at once.

    Full-time compulsory schooling starts with § 35 SchulG NRW and lasts ten school years
    (§ 37); for a newcomer the school years are unknown, so the 16th birthday (``until_age``)
    is where ``school_place_missing`` takes over. A child who asked for asylum is of school
    age from the assignment to a municipality (§ 34 Abs. 6 SchulG NRW): the waiting counts
    from the later of the start of the duty and the assignment (or, unknown, the
    registration, the arrival, the need).
    """
    until = int(p.get("until_age", 16))
    oldest = shift_years(today, -until)  # born after this day: not yet 16
    youngest = shift_years(today, -6)  # born on or before it: at least six
    stmt = text(f"""
        SELECT c.id, c.birth_date, {EARLIEST_BIRTH} AS earliest,
               s.assigned_on, s.registered_on, s.arrived_on,
               (SELECT min(n.opened_on) FROM need n WHERE n.client_id = c.id AND n.deleted = 0
                  AND n.status IN :need_statuses AND n.category IN :categories) AS need_since
        FROM {BIRTH_CLIENT} LEFT JOIN school_entry s ON s.client_id = c.id AND s.deleted = 0
        WHERE c.birth_date >= :oldest_year AND c.birth_date <= :youngest AND {OPEN_CLIENT}
          AND {EARLIEST_BIRTH} > :oldest AND {EARLIEST_BIRTH} <= :youngest
          AND NOT EXISTS (SELECT 1 FROM school_entry x INDEXED BY ix_school_entry_placed WHERE x.client_id = c.id
                          AND x.deleted = 0 AND x.placed_on IS NOT NULL AND x.placed_on <= :today)
          AND (s.id IS NOT NULL
               OR EXISTS (SELECT 1 FROM {SCHOOL_NEED} WHERE n.client_id = c.id AND n.deleted = 0
                          AND n.status IN :need_statuses AND n.category IN :categories))
        """).bindparams(bindparam("need_statuses", expanding=True), bindparam("categories", expanding=True))
    rows = conn.execute(_client_ids(stmt, "id"), {"oldest": oldest.isoformat(), "oldest_year": str(oldest.year),
                               "youngest": youngest.isoformat(), "today": today.isoformat(),
                               "need_statuses": list(p.get("need_statuses", ["open", "in_progress"])),
                               "categories": list(p.get("need_categories", [])) or [""]})
    cutoff, start = _month_day(p.get("cutoff", "09-30")), _month_day(p.get("start", "08-01"))
    for r in rows:
        duty = duty_starts(_d(r.earliest), cutoff, start)
        if duty > today:
            continue
        since = next((_d(v) for v in (r.assigned_on, r.registered_on, r.arrived_on, r.need_since) if v), None)
        waiting_since = max(duty, since) if since else None  # unknown: no made-up waiting time
        if waiting_since and waiting_since > today:
            continue
        key = f"compulsory_schooling:{r.id}:{waiting_since.isoformat() if waiting_since else 'unknown'}"
        yield Hit("compulsory_schooling", key, r.id, today,
                  {"since": waiting_since, "days": (today - waiting_since).days if waiting_since else None})


def appeal_deadline(served: date, days: int) -> date:
    """The last day to bring an action: ``days`` after service (§ 74 Abs. 1 AsylG; §§ 187, 188
    BGB), moved to the next working day when it falls on a weekend or holiday (§ 222 Abs. 2 ZPO)."""
    from kimdesk.services.tasks_deadlines.holidays import next_working_day

    return next_working_day(served + timedelta(days=days))


def _decisions(conn: Connection, kinds: list[str], since: date, today: date) -> Iterator[Any]:
    if not kinds:
        return iter(())
    stmt = text(f"""
        SELECT c.id, c.bamf_decision AS kind, c.bamf_decision_on AS served FROM client c INDEXED BY ix_client_bamf_decision
        WHERE {OPEN_CLIENT} AND c.bamf_decision IS NOT NULL AND c.bamf_decision IN :kinds AND c.bamf_decision_on IS NOT NULL
          AND c.bamf_decision_on >= :since AND c.bamf_decision_on <= :today
        """).bindparams(bindparam("kinds", expanding=True))
    return iter(conn.execute(_client_ids(stmt, "id"),
                             {"kinds": kinds, "since": since.isoformat(), "today": today.isoformat()}))


@rule("bamf_decision", reads={"client": ("id", "status", "deleted", "bamf_decision", "bamf_decision_on")})
def bamf_decision(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """A BAMF decision served: protection ends the AsylbLG (apply for SGB II without a gap);
    a refusal starts the appeal deadline (§ 74 Abs. 1 AsylG: two weeks, one week where the
    application was rejected as manifestly unfounded or inadmissible, § 36 Abs. 3 AsylG).
    A follow-up the same day; decisions served more than ``recent_days`` ago are history."""
    since = today - timedelta(days=int(p.get("recent_days", 90)))
    protection = list(p.get("protection", []))
    appeal = {k: int(v) for k, v in dict(p.get("appeal_days", {})).items()}
    for r in _decisions(conn, protection + list(appeal), since, today):
        served = _d(r.served)
        key = f"bamf_decision:{r.id}:{r.kind}:{served.isoformat()}"
        if r.kind in appeal:
            deadline = appeal_deadline(served, appeal[r.kind])
            yield Hit("bamf_decision", key, r.id, today,
                      {"kind": r.kind, "served": served, "deadline": deadline, "days": appeal[r.kind],
                       "expired": deadline < today})
        else:
            yield Hit("bamf_decision", key, r.id, today, {"kind": r.kind, "served": served, "protection": True})


@rule("family_reunification", reads={"client": ("id", "status", "deleted", "bamf_decision", "bamf_decision_on")})
def family_reunification(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """Recognition as entitled to asylum or as a refugee: the three-month window for the
    privileged family reunification (§ 29 Abs. 2 S. 2 Nr. 1 AufenthG). The law counts from
    the recognition becoming final; counted here from service, the window shown never ends
    too late. Fires while the window is open."""
    months = int(p.get("months", 3))
    since = shift_months(today, -months)
    for r in _decisions(conn, list(p.get("decisions", [])), since, today):
        served = _d(r.served)
        ends = shift_months(served, months)
        if ends >= today:
            yield Hit("family_reunification", f"family_reunification:{r.id}:{served.isoformat()}", r.id, today,
                      {"served": served, "ends": ends})


@rule("asylblg_36_months", reads={"benefit_record": ("client_id", "deleted", "system", "since", "until"),
                                  "client": ("id", "status", "deleted")})
def asylblg_36_months(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """36 months on asylum benefits come near: check the *Analogleistungen* (§ 2 Abs. 1 AsylbLG:
    SGB XII applies after 36 months of stay without substantial interruption). The stay is
    counted from the first AsylbLG record (it may have begun earlier); only people whose
    AsylbLG benefit still runs, and up to ``overdue_days`` after the 36 months."""
    months = int(p.get("months", 36))
    lead = timedelta(weeks=int(p.get("weeks_before", 4)))
    late = timedelta(days=int(p.get("overdue_days", 180)))  # long past: the change has been made (or decided)
    asylum = p.get("asylum_system", "AsylbLG")
    # one pass over the asylum records (index on system): each person's first day and whether a
    # record runs today; only first days whose 36 months fall into the window (a few days of slack
    # for month ends, checked exactly below), then the open-case check for those few
    lo = shift_months(today - late, -months) - timedelta(days=3)
    hi = shift_months(today + lead, -months) + timedelta(days=3)
    stmt = text(f"""
        WITH first AS MATERIALIZED (
          SELECT b.client_id, min(b.since) AS first,
                 max(b.since <= :today AND (b.until IS NULL OR b.until >= :today)) AS running
          FROM benefit_record b WHERE b.system = :asylum AND b.deleted = 0
          GROUP BY b.client_id HAVING running = 1 AND first >= :lo AND first <= :hi)
        SELECT c.id, f.first FROM first f CROSS JOIN {JOINED_CLIENT} WHERE c.id = f.client_id AND {OPEN_CLIENT}""")
    for r in conn.execute(_client_ids(stmt, "id"), {"asylum": asylum, "today": today.isoformat(), "lo": lo.isoformat(),
                                 "hi": hi.isoformat()}):
        reached = shift_months(_d(r.first), months)
        if reached - lead <= today <= reached + late:
            yield Hit("asylblg_36_months", f"asylblg_36_months:{r.id}:{reached.isoformat()}", r.id,
                      today, {"date": reached, "since": _d(r.first), "months": months})


@rule("residence_rule_move", reads={"client": ("id", "status", "deleted", "municipality", "residence_rule_place",
                                               "residence_rule_until")})
def residence_rule_move(conn: Connection, today: date, p: dict[str, Any]) -> Iterator[Hit]:
    """The person lives elsewhere than a residence rule requires (§ 12a AufenthG)."""
    stmt = text(f"""
        SELECT c.id, c.municipality, c.residence_rule_place AS place FROM client c INDEXED BY ix_client_residence_rule
        WHERE {OPEN_CLIENT} AND c.residence_rule_place IS NOT NULL AND c.residence_rule_place <> ''
          AND c.municipality IS NOT NULL AND c.municipality <> '' AND c.municipality <> c.residence_rule_place
          AND (c.residence_rule_until IS NULL OR c.residence_rule_until >= :today)""")
    for r in conn.execute(_client_ids(stmt, "id"), {"today": today.isoformat()}):
        yield Hit("residence_rule_move", f"residence_rule_move:{r.id}:{r.municipality}", r.id, today,
                  {"municipality": r.municipality, "place": r.place})
