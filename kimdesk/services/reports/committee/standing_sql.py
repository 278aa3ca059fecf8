"""Every need's standing on a day, read in one indexed query (the rules of ``flags``).

At 100,000 people there are about 250,000 needs and 400,000 steps, too many to fold within the
report's time budget. The standing of each need is kept as a timeline (``standing_timeline``,
migration 0026), so the report joins each need of the period to the interval holding the
reference day — one primary-key lookup per need — and SQLite turns it into the day's standing
(a finished need without an acceptance is ``done_without``). Needs whose timeline is marked
dirty (written since the last refresh) are walked from their steps with ``flags.standing``
instead, so the answer never depends on whether a refresh ran. A test checks the result against
``flags.standing`` need by need.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from kimdesk.figures import flags
from kimdesk.services.reports.committee import standing_timeline

# the needs of the period: opened by the day (undated: the person's case), not closed before the
# start, of a person not deleted; finished on the day when met or closed by then. The people are
# asked as two lists, not joined need by need (a fifth of the query's time at 100,000 people).
PERIOD = """
FROM need n
WHERE n.deleted = 0 AND n.client_id NOT IN (SELECT id FROM client WHERE deleted = 1)
  AND (n.opened_on IS NULL OR n.opened_on <= :day) AND (n.closed_on IS NULL OR n.closed_on >= :lo)
  AND (n.opened_on IS NOT NULL OR n.client_id NOT IN (SELECT id FROM client WHERE opened_on > :day))"""
FINISHED = "coalesce(n.status IN ('met', 'closed') AND (n.closed_on IS NULL OR n.closed_on <= :day), 0)"
# the interval of the need's timeline holding the day (none before its first step)
INTERVAL = """LEFT JOIN need_standing s ON s.need_id = n.id AND s.valid_from <= :day
  AND (s.valid_to IS NULL OR s.valid_to > :day)
WHERE"""
STORED = f"""
SELECT n.id, n.client_id, n.category, n.opened_on,
  CASE WHEN s.state = 'accepted' THEN 'accepted' WHEN {FINISHED} THEN 'done_without'
       ELSE coalesce(s.state, 'gap') END,
  CASE WHEN s.state = 'accepted' OR NOT ({FINISHED}) THEN s.agency_id END,
  coalesce(s.pingpong, 0), s.accepted_on, s.first_request
{PERIOD.replace("WHERE", INTERVAL, 1)}
  AND n.id NOT IN (SELECT need_id FROM need_standing_dirty)"""
DIRTY = f"""
SELECT n.id, n.client_id, n.category, n.opened_on, {FINISHED}
{PERIOD}
  AND n.id IN (SELECT need_id FROM need_standing_dirty)"""

# need id, client id, category, own opened_on, then the fields of ``flags.Standing``
Row = tuple[str, str, str, Any, str, Any, bool, Any, Any]


def standings(conn: Connection, lo: str, day: str) -> Iterator[Row]:
    """(need id, client id, category, own opened_on, *standing) of every need of the period, as plain tuples.

    Read through the driver's cursor and handed out one row at a time as it comes: at 100,000
    people SQLAlchemy's per-row processing, or an object per need, would cost more than the query,
    and a list of all 250,000 rows was the report's largest allocation (about 135 MiB); the caller
    keeps aggregates only. The needs still dirty are walked after the stored ones.
    """
    cursor = conn.connection.driver_connection.cursor()
    try:
        params = {"day": day, "lo": lo}
        yield from cursor.execute(STORED, params)
        walk = cursor.execute(DIRTY, params).fetchall()
        steps = standing_timeline.steps_of(cursor, [r[0] for r in walk]) if walk else {}
    finally:
        cursor.close()
    for nid, cid, category, opened, finished in walk:
        yield (nid, cid, category, opened, *flags.standing(steps.get(nid, []), day, bool(finished)))
