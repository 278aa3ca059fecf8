"""The one-pass SQL reading of needs' standings agrees with ``flags.standing``, need by need."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kimdesk.figures import flags
from kimdesk.services.committee import needs, standing_sql


@pytest.mark.parametrize("lo, day", [("2025-01-01", "2025-12-31"), ("2024-01-01", "2024-06-30"),
                                     ("2025-03-01", "2025-03-01"), ("2021-01-01", "2026-03-10")])
def test_sql_standing_equals_the_rules_walked_step_by_step(seeded, lo, day):
    with seeded.connection() as conn:
        reference = needs.steps(conn)
        rows = {r.id: r for r in conn.execute(text(
            "SELECT n.id, n.status, n.closed_on, n.opened_on, c.opened_on AS c_opened, c.deleted AS c_deleted "
            "FROM need n JOIN client c ON c.id = n.client_id WHERE n.deleted = 0"))}
        got = {row[0]: flags.Standing(*row[4:]) for row in standing_sql.standings(conn, lo, day)}
        own_date = {nid for nid, r in rows.items() if r.opened_on}
    expected = {}
    for nid, r in rows.items():
        opened = r.opened_on or r.c_opened
        if r.c_deleted or (opened and opened > day) or (r.closed_on and r.closed_on < lo):
            continue
        finished = r.status in ("met", "closed") and (r.closed_on is None or r.closed_on <= day)
        expected[nid] = flags.standing(reference.get(nid, []), day, finished)
    assert set(got) == set(expected)
    # the first request is only read where a wait counts from it: for needs without a date of their own
    expected = {nid: s._replace(first_request=None) if nid in own_date else s for nid, s in expected.items()}
    got = {nid: s._replace(first_request=None) if nid in own_date else s for nid, s in got.items()}
    assert {nid: got[nid] for nid in got if got[nid] != expected[nid]} == {}
    assert {s.state for s in got.values()} == {flags.ACCEPTED, flags.PENDING, flags.GAP, flags.DONE_WITHOUT}
    assert any(s.pingpong for s in got.values()) and len(got) > 200
