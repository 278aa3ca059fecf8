"""The one-pass SQL reading of needs' standings agrees with ``flags.standing``, need by need."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kimdesk.figures import flags
from kimdesk.services.reports.committee import needs, standing_sql


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


def test_declines_read_in_the_pass_only_where_one_office_and_one_request_stand_behind_them(store):
    """Histories of declines only are read from the pass's code when one agency and one request stand
    behind every step; declines by two offices (or of two requests) are walked, so no Pingpong is
    invented where no office was asked twice (the office asked again after its decline is one)."""
    from datetime import date

    from sqlalchemy import insert

    from kimdesk.models import Client, Need, Responsibility, ResponsibilityEvent
    from kimdesk.models.base import uuid7
    from kimdesk.services.clients_intake import catalogue

    catalogue.seed_agencies(store)
    with store.connection() as conn:
        ag1, ag2 = [r.id for r in conn.execute(text("SELECT id FROM agency ORDER BY id LIMIT 2"))]
    histories = {  # (agency, request, status, day) in order
        "two offices": [(ag1, 0, "requested", 1), (ag1, 0, "declined", 5), (ag2, 1, "requested", 10),
                        (ag2, 1, "declined", 20)],
        "two requests": [(ag1, 0, "requested", 1), (ag1, 0, "declined", 5), (ag1, 1, "requested", 10),
                         (ag1, 1, "declined", 20)],
        "one office": [(ag1, 0, "requested", 1), (ag1, 0, "declined", 5), (ag1, 0, "requested", 10),
                       (ag1, 0, "declined", 20)],
    }
    cid = str(uuid7())
    rows: dict[type, list[dict]] = {Client: [{"id": cid, "case_number": "T-1", "given_name": "A", "family_name": "B",
                                              "languages": [], "interpreter_needed": False, "status": "open",
                                              "opened_on": date(2025, 1, 1), "deleted": False}],
                                    Need: [], Responsibility: [], ResponsibilityEvent: []}
    for label, history in histories.items():
        nid, resp = str(uuid7()), [str(uuid7()), str(uuid7())]
        rows[Need].append({"id": nid, "client_id": cid, "category": label, "status": "open",
                           "opened_on": date(2025, 1, 1), "not_for_immigration_office": False, "deleted": False})
        for k in sorted({k for _a, k, _s, _d in history}):
            agency = next(a for a, kk, _s, _d in history if kk == k)
            rows[Responsibility].append({"id": resp[k], "need_id": nid, "agency_id": agency, "status": "declined",
                                         "requested_on": date(2025, 1, 1), "deleted": False})
        for agency, k, status, day in history:
            rows[ResponsibilityEvent].append({"id": str(uuid7()), "need_id": nid, "responsibility_id": resp[k],
                                              "agency_id": agency, "status": status, "on": date(2025, 1, day),
                                              "deleted": False})
    with store.connection(write=True) as conn:
        for cls, batch in rows.items():
            conn.execute(insert(cls.__table__), batch)
    with store.connection() as conn:
        reference = needs.steps(conn)
        got = {row[2]: flags.Standing(*row[4:]) for row in standing_sql.standings(conn, "2025-01-01", "2025-12-31")
               if row[2] in histories}
        nids = {row[2]: row[0] for row in standing_sql.standings(conn, "2025-01-01", "2025-12-31")}
    # the first request is only read for needs without a date of their own (these have one)
    expected = {label: flags.standing(reference[nids[label]], "2025-12-31", False)._replace(first_request=None)
                for label in histories}
    assert {label: s._replace(first_request=None) for label, s in got.items()} == expected
    assert [label for label in histories if got[label].pingpong] == ["two requests", "one office"]
