"""Plan, meeting, agenda item, finding and every other team-data id stored as 16 bytes (migration
0046) across sync: a second laptop syncing change by change and a laptop joining from a database
snapshot (whose file carries the ids as text) hold every converted column as the writer does, and a
finalised protocol stays protected on the receiving laptop (its parts are found by their 16-byte ids)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kimdesk.errors import Immutable
from kimdesk.models.types import id_text
from kimdesk.services.conferences_minutes import agenda_edit
from kimdesk.services.conferences_minutes import conference_edit as edit
from kimdesk.services.casework import plans
from kimdesk.sync import settings
from kimdesk.sync.targets import MemoryTarget
from tests.support.conferences import fill_protocol, make_case
from tests.sync.support import check_invariants, export, join_from_database_snapshot, sync
from tests.test_plan_conference_ids_as_bytes import MODEL_COLUMNS, TODAY

TABLES = sorted({t for t, _c in MODEL_COLUMNS})


def _stored(store) -> dict[str, list[tuple]]:
    """The tables holding converted columns, as stored (16-byte ids stay bytes)."""
    with store.connection() as conn:
        return {t: sorted(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{t}"').all()), key=repr) for t in TABLES}


def _kinds(store) -> set[str]:
    with store.connection() as conn:
        return {kind for t, c in sorted(MODEL_COLUMNS)
                for (kind,) in conn.exec_driver_sql(f'SELECT DISTINCT typeof("{c}") FROM "{t}" WHERE "{c}" IS NOT NULL')}


def test_two_laptops_and_a_snapshot_joiner_hold_the_converted_columns_alike(laptops, monkeypatch):
    from kimdesk.services.admin import demo

    share = MemoryTarget()
    a, b = laptops(2)
    settings.put(a, settings.SNAPSHOT_EVERY, 1)
    demo.generate(a, 8, seed=4, today=TODAY)
    case = make_case(a)
    ids = fill_protocol(a, case)
    edit.update_participant(a, ids["p_interp"], {"left_after_item_id": ids["top1"]})
    sync(a, share)
    sync(b, share)
    # edits on the second laptop come back to the first: a goal of an existing plan, a decision, a finalisation
    with b.connection() as conn:
        plan = id_text(conn.exec_driver_sql("SELECT id FROM case_plan WHERE deleted = 0 LIMIT 1").scalar())
    plans.add_goal(b, plan, "Deutschkurs abschließen")
    agenda_edit.add_decision(b, ids["top2"], "Die Schule meldet sich bis Freitag.")
    edit.update_participant(b, ids["p_job"], {"back_from_item_id": ids["top2"]})
    edit.finalise(b, case.conference_id, now=datetime(2025, 6, 18, 12, 0))
    sync(b, share)
    sync(a, share)
    with pytest.raises(Immutable):  # the protocol finalised elsewhere is protected here too
        agenda_edit.add_decision(a, ids["top1"], "nachträglich")
    late, _ = join_from_database_snapshot(laptops, share, monkeypatch)
    mine = _stored(a)
    assert all(mine[t] for t in ("case_plan", "plan_goal", "conference", "agenda_item", "decision", "participant",
                                 "structural_finding", "finding_case", "task"))
    assert _stored(b) == mine
    assert _stored(late) == mine
    for store in (a, b, late):
        assert _kinds(store) == {"blob"}
        check_invariants(store)
    assert export(late) == export(a) == export(b)
    assert date(2025, 6, 18).isoformat() in export(late)
