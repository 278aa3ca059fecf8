"""Every need's standing on a day, read in one pass over the database (the rules of ``flags``).

At 100,000 people there are about 250,000 needs and 400,000 steps, too many to fetch and walk
one by one within the report's time budget. So SQLite folds each need's steps into a short
code in one pass over ``ix_responsibility_event_need_steps`` (in need order, no sorting):
for the common, straight histories (requested → accepted → done, no decline, no forwarding)
and for requests declined by their one office the code already *is* the standing; only
needs with a forwarding (or any other step), several offices among declines, or a request
after an acceptance are marked ``X`` and walked with ``flags.standing``, as are needs
without any recorded step but with responsibilities. The
first request is only read where it matters: for needs without an opening date of their own.
A test checks the result against ``flags.standing`` need by need.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection

from kimdesk.figures import pingpong as rule
from kimdesk.figures import flags

# per need with steps up to the day: "X" (walk it), or "<holder>|<first acceptance>|<P if Pingpong>"
# with holder "A<agency>" (accepted), "W<agency>" (waiting) or "-". Read here: straight histories
# (requested → accepted → done), and requests declined by their one agency, perhaps re-requested
# (the Pingpong of one office). Walked: forwardings, anything else, a request on or after the first
# acceptance, and same-day requests and declines (then the order within the day matters).
# A declined history's code starts with "?": it is read so only if all its steps name one agency and
# one responsibility (``ONE_OFFICE``, asked for these needs alone), else walked. Asking that of every
# need in the pass (four comparisons of ids per step) cost about a quarter of the pass.
STEPS_TEMPLATE = """
SELECT need_id,
  CASE WHEN r = '9999' THEN 'X'
       WHEN dn = 0 AND NOT coalesce(r >= a, 0) THEN
         coalesce('A' || substr(taken, 11), 'W' || substr(waiting, 11), '-') || '|' || ifnull(a, '') || '|'
       WHEN dn > 0 AND a IS NULL AND r <> d AND r <> dmax THEN
         '?' || (CASE WHEN r > dmax THEN 'W' || substr(waiting, 11) ELSE '-' END) || '||'
         || CASE WHEN dn >= {moves} OR r > d THEN 'P' ELSE '' END
       ELSE 'X' END
FROM (SELECT need_id,
        max(CASE WHEN status = 'requested' THEN "on" WHEN status IN ('accepted', 'done', 'declined') THEN ''
                 ELSE '9999' END) AS r,
        min(CASE WHEN status IN ('accepted', 'done') THEN "on" END) AS a,
        total(status = 'declined') AS dn,
        min(CASE WHEN status = 'declined' THEN "on" END) AS d,
        max(CASE WHEN status = 'declined' THEN "on" END) AS dmax,
        max(CASE WHEN status IN ('accepted', 'done') AND agency_id IS NOT NULL THEN "on" || agency_id END) AS taken,
        max(CASE WHEN status = 'requested' AND agency_id IS NOT NULL THEN "on" || agency_id END) AS waiting
      FROM responsibility_event INDEXED BY ix_responsibility_event_need_steps
      WHERE deleted = 0 AND "on" <= :day GROUP BY need_id)"""
STEPS = STEPS_TEMPLATE.replace("{moves}", str(rule.MOVES))  # the shared Pingpong threshold
ONE_OFFICE = """
SELECT need_id FROM responsibility_event INDEXED BY ix_responsibility_event_need_steps
WHERE deleted = 0 AND "on" <= ? AND need_id IN ({marks}) GROUP BY need_id
HAVING min(agency_id) = max(agency_id) AND count(agency_id) = count(*)
  AND min(coalesce(responsibility_id, '')) = max(coalesce(responsibility_id, ''))"""
NEEDS = """
SELECT id, client_id, category, opened_on, status IN ('met', 'closed') AND (closed_on IS NULL OR closed_on <= :day)
FROM need
WHERE deleted = 0 AND (opened_on IS NULL OR opened_on <= :day) AND (closed_on IS NULL OR closed_on >= :lo)"""
CHUNK = 500

# need id, client id, category, own opened_on, then the fields of ``flags.Standing``
Row = tuple[str, str, str, Any, str, Any, bool, Any, Any]


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _in(cursor: Any, sql: str, ids: list[str]) -> Iterator[tuple]:
    for part in _chunks(ids):
        yield from cursor.execute(sql.format(marks=",".join("?" * len(part))), part).fetchall()


def _walked(cursor: Any, needs: list[str], stepless: list[str]) -> dict[str, list[flags.Step]]:
    """Recorded steps of ``needs``; for ``stepless`` needs without any, steps standing for their responsibilities."""
    steps: dict[str, list[flags.Step]] = {}
    sql = ('SELECT need_id, id, coalesce(responsibility_id, need_id), status, agency_id, forwarded_to_id, "on" '
           "FROM responsibility_event INDEXED BY ix_responsibility_event_need_steps "
           "WHERE deleted = 0 AND need_id IN ({marks})")
    for need_id, eid, key, status, agency, fwd, on in _in(cursor, sql, needs):
        steps.setdefault(need_id, []).append(flags.Step(on, eid, key, status, agency, fwd))
    sql = ("SELECT need_id, id, agency_id, status, requested_on, decided_on FROM responsibility "
           "WHERE deleted = 0 AND need_id IN ({marks})")
    for need_id, rid, agency, status, requested, decided in _in(cursor, sql, [n for n in stepless if n not in steps]):
        steps.setdefault(need_id, []).extend(flags.synthetic_steps(rid, agency, status, requested, decided))
    return steps


def _settle_declined(cursor: Any, codes: dict[str, str], day: str) -> None:
    """Codes starting with "?" (declined histories): read as they are where one office and one
    responsibility stand behind every step up to the day, else "X" (walked)."""
    declined = [nid for nid, code in codes.items() if code[0] == "?"]
    one = {r[0] for part in _chunks(declined)
           for r in cursor.execute(ONE_OFFICE.format(marks=",".join("?" * len(part))), [day, *part]).fetchall()}
    for nid in declined:
        codes[nid] = codes[nid][1:] if nid in one else "X"


def _client_filter(cursor: Any, needs: Iterable[tuple], day: str) -> set[str]:
    """Clients whose needs do not count: deleted, or (for needs without a date) opened after the day."""
    gone = {r[0] for r in cursor.execute("SELECT id FROM client WHERE deleted = 1").fetchall()}
    undated = list({cid for _nid, cid, _cat, opened, _fin in needs if opened is None} - gone)
    sql = "SELECT id FROM client WHERE opened_on > ? AND id IN ({marks})"
    late = {r[0] for part in _chunks(undated)
            for r in cursor.execute(sql.format(marks=",".join("?" * len(part))), [day, *part]).fetchall()}
    return gone | late


def standings(conn: Connection, lo: str, day: str) -> list[Row]:
    """(need id, client id, category, own opened_on, *standing) of every need of the period, as plain tuples.

    Read through the driver's cursor, and handed out as plain tuples: at this size
    SQLAlchemy's per-row processing, or an object per need, would cost more than the query.
    """
    cursor = conn.connection.driver_connection.cursor()
    out: list[Row] = []
    add = out.append
    later: list[tuple] = []  # walked step by step once the pass is done
    stepless: list[tuple] = []  # no step up to the day: read from their responsibilities, if any
    accepted_state, done_state, pending_state, gap_state = flags.ACCEPTED, flags.DONE_WITHOUT, flags.PENDING, flags.GAP
    try:
        codes = dict(cursor.execute(STEPS, {"day": day}).fetchall())
        _settle_declined(cursor, codes, day)
        needs = cursor.execute(NEEDS, {"day": day, "lo": lo}).fetchall()
        skip = _client_filter(cursor, needs, day)
        get = codes.get
        for need in needs:
            nid, cid, category, opened, finished = need
            if cid in skip:
                continue
            code = get(nid)
            if code is None:
                stepless.append(need)
                continue
            # walked: "X", and needs without a date of their own (their wait counts from the first request)
            if code == "X" or opened is None:
                later.append(need)
                continue
            holder, accepted, ping = code.split("|")
            accepted = accepted or None
            pingpong = ping == "P"
            kind = holder[:1]
            # the first request only serves waits of needs without a date of their own, walked below
            if kind == "A":
                add((nid, cid, category, opened, accepted_state, holder[1:], pingpong, accepted, None))
            elif finished:
                add((nid, cid, category, opened, done_state, None, pingpong, accepted, None))
            elif kind == "W":
                add((nid, cid, category, opened, pending_state, holder[1:], pingpong, accepted, None))
            else:
                add((nid, cid, category, opened, gap_state, None, pingpong, accepted, None))
        # a need without a step up to the day is read from its responsibilities, if it has some and no
        # step at all (walked, so steps after the day are seen)
        sql = "SELECT DISTINCT need_id FROM responsibility WHERE deleted = 0 AND need_id IN ({marks})"
        answered = [r[0] for r in _in(cursor, sql, [n[0] for n in stepless])]
        walked = _walked(cursor, [n[0] for n in later] + answered, answered)
    finally:
        cursor.close()
    for nid, cid, category, opened, finished in later:
        add((nid, cid, category, opened, *flags.standing(walked.get(nid, []), day, bool(finished))))
    for nid, cid, category, opened, finished in stepless:
        if nid in walked:
            add((nid, cid, category, opened, *flags.standing(walked[nid], day, bool(finished))))
        else:
            add((nid, cid, category, opened, done_state if finished else gap_state, None, False, None, None))
    return out
