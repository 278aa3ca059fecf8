"""Need, request and office ids stored as 16 bytes (migration 0044) across sync: a second laptop
syncing change by change and a laptop joining from a database snapshot hold every converted column
as the writer does (16 bytes), the standing timeline taken from the snapshot included (whose file
carries the ids as text)."""

from __future__ import annotations

from datetime import date

from kimdesk.models.types import id_text
from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import responsibilities
from kimdesk.services.reports import report_print
from kimdesk.services.reports.committee import standing_timeline
from kimdesk.sync import settings
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import export, join_from_database_snapshot, sync
from tests.test_reference_ids_as_bytes import MODEL_COLUMNS

TABLES = sorted({t for t, _c in MODEL_COLUMNS})


def _stored(store) -> dict[str, list[tuple]]:
    """The tables holding converted columns, as stored (16-byte ids stay bytes), and the standing timeline."""
    with store.connection() as conn:
        out = {t: sorted(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{t}"').all()), key=repr) for t in TABLES}
        out["need_standing"] = sorted(map(tuple, conn.exec_driver_sql("SELECT * FROM need_standing").all()), key=repr)
    return out


def _kinds(store) -> set[tuple[str, str, str]]:
    with store.connection() as conn:
        return {(t, c, kind) for t, c in sorted(MODEL_COLUMNS | {("need_standing", "need_id"), ("need_standing", "agency_id")})
                for (kind,) in conn.exec_driver_sql(f'SELECT DISTINCT typeof("{c}") FROM "{t}" WHERE "{c}" IS NOT NULL')}


def test_two_laptops_and_a_snapshot_joiner_hold_the_converted_columns_alike(laptops, monkeypatch):
    share = MemoryTarget()
    a, b = laptops(2)
    settings.put(a, settings.SNAPSHOT_EVERY, 1)
    demo.generate(a, 12, seed=4, today=date(2026, 5, 4))
    sync(a, share)
    sync(b, share)
    # an edit on the second laptop comes back to the first
    with b.connection() as conn:
        nid = conn.exec_driver_sql("SELECT id FROM need WHERE deleted = 0 AND status = 'open' LIMIT 1").scalar()
        agency = conn.exec_driver_sql("SELECT id FROM agency LIMIT 1 OFFSET 3").scalar()
    responsibilities.assign(b, id_text(nid), id_text(agency), on=date(2026, 5, 4))
    sync(b, share)
    sync(a, share)
    for store in (a, b):
        report_print.refresh_standings(store)
    late, _ = join_from_database_snapshot(laptops, share, monkeypatch)
    report_print.refresh_standings(late)
    mine = _stored(a)
    assert all(mine[t] for t in ("need", "responsibility", "responsibility_event", "agency", "need_standing"))
    assert _stored(b) == mine
    assert _stored(late) == mine
    for store in (a, b, late):
        assert {k for _t, _c, k in _kinds(store)} == {"blob"}
        with store.connection() as conn:
            assert standing_timeline.differences(conn) == []
    assert export(late) == export(a) == export(b)

