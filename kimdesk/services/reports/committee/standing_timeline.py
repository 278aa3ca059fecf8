"""Each need's standing with the offices as a timeline, kept in the database (migration 0026).

A need's standing (``flags.standing``) only changes on the days of its request steps, so it is
stored as intervals [valid_from, valid_to) per need in ``need_standing``: the committee report
then reads the reference day's interval of every need by its key instead of folding 400,000
steps at 100,000 people. Stored is the standing of an *unfinished* need (accepted, pending or a
gap); whether the need is finished on the day comes from the need itself when reading.

Triggers mark a need in ``need_standing_dirty`` whenever one of its steps or responsibilities is
written, on every path (services, import, sync apply, erasure). ``refresh`` recomputes the dirty
needs only, before a report; a reader that finds needs still dirty computes those from their steps
itself (``standing_sql``), so the timeline is a cache that can be behind but is never wrong.
``rebuild`` recomputes everything (repair); ``differences`` compares the table with a fresh
computation. Derived and local: never synced as changes, exported or part of an Art. 15 export
(a snapshot carries a copy beside the rows it derives from, for a joining laptop: ``sync.snapshot_db``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from kimdesk.figures import flags
from kimdesk.models.types import id_text

CHUNK = 500
# (valid_from, valid_to or None, state, agency, pingpong, accepted_on, first_request)
Interval = tuple[str, str | None, str, str | None, bool, str | None, str | None]
INSERT = ("INSERT INTO need_standing(need_id, valid_from, valid_to, state, agency_id, pingpong, accepted_on, "
          "first_request) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def timeline(steps: Iterable[flags.Step]) -> list[Interval]:
    """The need's standing after each day with steps, in one walk (``flags.standing`` at each such
    day, unfinished); equal neighbours are merged. Before the first interval the need has no step."""
    ordered = sorted(steps, key=lambda s: (s.on, s.order))
    walk = flags.Walk()
    out: list[list[Any]] = []
    i, n = 0, len(ordered)
    while i < n:
        day, start = ordered[i].on, i
        while i < n and ordered[i].on == day:
            i += 1
        walk.add(ordered[start:i])
        state, agency = walk.state(finished=False)
        standing = [state, agency, walk.moved and flags.pingpong_of(ordered[:i]), walk.accepted_on,
                    walk.first_request]
        if out and out[-1][2:] == standing:
            continue  # nothing changed that day: the previous interval goes on
        if out:
            out[-1][1] = day
        out.append([day, None, *standing])
    return [tuple(row) for row in out]  # type: ignore[misc]


def read(interval: Interval | None, finished: bool) -> flags.Standing:
    """The standing on a day inside ``interval`` (None: no step yet) of a need finished or not then."""
    if interval is None:
        return flags.Standing(flags.DONE_WITHOUT if finished else flags.GAP, None, False, None, None)
    _from, _to, state, agency, pingpong, accepted_on, first_request = interval
    if finished and state != flags.ACCEPTED:
        state, agency = flags.DONE_WITHOUT, None
    return flags.Standing(state, agency, bool(pingpong), accepted_on, first_request)


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


# the steps of given needs: a seek per need in ``ix_responsibility_event_need`` (migration 0047), then the row
STEPS_OF = ('SELECT need_id, CAST(id AS BLOB), coalesce(responsibility_id, need_id), status, agency_id, '
            'forwarded_to_id, "on" FROM responsibility_event INDEXED BY ix_responsibility_event_need '
            "WHERE deleted = 0 AND need_id IN ({marks})")


def steps_of(cursor: Any, need_ids: list[Any]) -> dict[Any, list[flags.Step]]:
    """Every step of ``need_ids``: the recorded ones, or for a need without any, the steps its
    responsibilities stand for (``flags.synthetic_steps``). The ids in their stored form, as bound
    and as keyed (16 bytes for a canonical UUID, models.types): callers read them from the database."""
    steps: dict[str, list[flags.Step]] = {}
    for part in _chunks(need_ids):
        for need_id, eid, key, status, agency, fwd, on in cursor.execute(
                STEPS_OF.format(marks=",".join("?" * len(part))), part).fetchall():
            steps.setdefault(need_id, []).append(flags.Step(on, eid, key, status, agency, fwd))
    sql = ("SELECT need_id, CAST(id AS BLOB), agency_id, status, requested_on, decided_on FROM responsibility "
           "WHERE deleted = 0 AND need_id IN ({marks})")
    for part in _chunks([n for n in need_ids if n not in steps]):
        synthetic: dict[str, list[flags.Step]] = {}
        for need_id, rid, agency, status, requested, decided in cursor.execute(
                sql.format(marks=",".join("?" * len(part))), part).fetchall():
            synthetic.setdefault(need_id, []).extend(flags.synthetic_steps(rid, agency, status, requested, decided))
        steps.update(synthetic)
    return steps


def dirty(conn: Connection) -> list[str]:
    """The ids (text) of the needs marked dirty."""
    return [id_text(r[0]) for r in conn.exec_driver_sql("SELECT need_id FROM need_standing_dirty").fetchall()]


# the steps of the dirty needs that still exist, in need order (the dirty table's key order): read
# in one streamed pass, not 500 needs at a time (half the time of a first refresh of all needs);
# CROSS JOIN keeps the dirty needs the outer loop, also where the planner would rather scan every step
DIRTY_EVENTS = """
SELECT e.need_id, CAST(e.id AS BLOB), coalesce(e.responsibility_id, e.need_id), e.status, e.agency_id, e.forwarded_to_id, e."on"
FROM need_standing_dirty d CROSS JOIN need n CROSS JOIN responsibility_event e INDEXED BY ix_responsibility_event_need
WHERE n.id = d.need_id AND e.need_id = d.need_id AND e.deleted = 0 ORDER BY d.need_id"""
# ... and for dirty needs without any recorded step, their responsibilities
DIRTY_RESPONSIBILITIES = """
SELECT r.need_id, CAST(r.id AS BLOB), r.agency_id, r.status, r.requested_on, r.decided_on
FROM need_standing_dirty d CROSS JOIN need n CROSS JOIN responsibility r
WHERE n.id = d.need_id AND r.need_id = d.need_id AND r.deleted = 0 AND NOT EXISTS (SELECT 1 FROM responsibility_event e INDEXED BY ix_responsibility_event_need
                                    WHERE e.need_id = d.need_id AND e.deleted = 0)
ORDER BY d.need_id"""
BATCH = 20_000


def refresh(conn: Connection) -> int:
    """Recompute the timeline of every dirty need (in the caller's write transaction); returns how many."""
    reader = conn.connection.driver_connection.cursor()
    writer = conn.connection.driver_connection.cursor()
    try:
        count = reader.execute("SELECT count(*) FROM need_standing_dirty").fetchone()[0]
        if not count:
            return 0
        writer.execute("DELETE FROM need_standing WHERE need_id IN (SELECT need_id FROM need_standing_dirty)")
        batch: list[tuple] = []
        for sql, make in ((DIRTY_EVENTS, _event_step), (DIRTY_RESPONSIBILITIES, _synthetic_steps)):
            for nid, group in groupby(reader.execute(sql), key=itemgetter(0)):
                batch.extend((nid, *interval) for interval in timeline(make(group)))
                if len(batch) >= BATCH:
                    writer.executemany(INSERT, batch)
                    batch.clear()
            writer.executemany(INSERT, batch)
            batch.clear()
        writer.execute("DELETE FROM need_standing_dirty")
    finally:
        reader.close()
        writer.close()
    return count


def _event_step(rows: Iterable[tuple]) -> list[flags.Step]:
    return [flags.Step(on, eid, key, status, agency, fwd) for _nid, eid, key, status, agency, fwd, on in rows]


def _synthetic_steps(rows: Iterable[tuple]) -> list[flags.Step]:
    return [step for _nid, rid, agency, status, requested, decided in rows
            for step in flags.synthetic_steps(rid, agency, status, requested, decided)]


def rebuild(conn: Connection) -> int:
    """Repair: forget the stored timeline and compute every need's anew; returns how many needs."""
    conn.exec_driver_sql("DELETE FROM need_standing")
    conn.exec_driver_sql("INSERT OR IGNORE INTO need_standing_dirty(need_id) SELECT id FROM need")
    return refresh(conn)


def stored(conn: Connection) -> dict[str, list[Interval]]:
    """The stored timeline by need id (text)."""
    out: dict[str, list[Interval]] = {}
    for nid, *interval in conn.exec_driver_sql(
            "SELECT need_id, valid_from, valid_to, state, agency_id, pingpong, accepted_on, first_request "
            "FROM need_standing ORDER BY need_id, valid_from").fetchall():
        interval[4] = bool(interval[4])
        out.setdefault(id_text(nid), []).append(tuple(interval))  # type: ignore[arg-type]
    return out


def differences(conn: Connection) -> list[str]:
    """Needs (ids as text) whose stored timeline differs from one computed from scratch (not counting
    dirty ones, which the next refresh recomputes anyway): empty when the table is sound."""
    pending = set(dirty(conn))
    stored_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM need").fetchall()]  # as bound (models.types)
    cursor = conn.connection.driver_connection.cursor()
    try:
        steps = steps_of(cursor, stored_ids)
    finally:
        cursor.close()
    have, known, wrong = stored(conn), set(), []
    for key in stored_ids:
        nid = id_text(key)
        known.add(nid)
        if nid not in pending and have.get(nid, []) != timeline(steps.get(key, ())):
            wrong.append(nid)
    orphans = [nid for nid in have if nid not in known and nid not in pending]
    return sorted(wrong + orphans)
