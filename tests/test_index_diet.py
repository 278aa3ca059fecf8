"""Issue 19 (disk per person): indexes that cost more on disk than they pay (migration 0047).

``responsibility_event``'s covering index of the committee report's columns was a second copy of
almost the whole table; since 0047 a need's steps are found through ``ix_responsibility_event_need
(need_id, deleted)`` and read from their rows. These tests pin the plans the readers rely on (by
need through that index, no scan of the steps, no sort), that what they read is what a scan of
every step gives, and that the migration goes back to the covering index and up again with the
data unchanged.
"""

from __future__ import annotations

import pytest

from kimdesk.services.reports import report_print
from kimdesk.services.reports.committee import needs, standing_timeline
from kimdesk.store import migrate
from tests.support import report_data
from tests.support.migrations import indexes

STEPS = ["need_id", "on", "status", "agency_id", "forwarded_to_id", "responsibility_id", "id", "deleted"]
BY_NEED = "ix_responsibility_event_need (need_id=? AND deleted=?)"


@pytest.fixture(scope="module")
def seeded(template_profile, tmp_path_factory):
    store = report_data.seeded_store(template_profile, tmp_path_factory.mktemp("index-diet"))
    yield store
    store.close()


def _plan(conn, sql: str, params=()) -> str:
    return " | ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))


def test_the_steps_have_a_narrow_index_by_need(store):
    with store.connection() as conn:
        found = indexes(conn, "responsibility_event")
    assert found["ix_responsibility_event_need"] == (["need_id", "deleted"], False, False)
    assert "ix_responsibility_event_need_steps" not in found
    # what remains: the id's own unique index and the export's index by request
    assert sorted(found) == ["ix_responsibility_event_need", "ix_responsibility_event_responsibility_id",
                             "sqlite_autoindex_responsibility_event_1"]


def test_every_reader_of_a_needs_steps_goes_by_need(store):
    """The committee timeline's refresh (dirty needs, in need order: no sort), its reader of given
    needs (``steps_of``), the map's query: a seek per need, never a scan of every step."""
    steps_of = standing_timeline.STEPS_OF.format(marks="?, ?, ?")
    with store.connection() as conn:
        for sql, params in ((standing_timeline.DIRTY_EVENTS, ()), (standing_timeline.DIRTY_RESPONSIBILITIES, ()),
                            (steps_of, ("a", "b", "c")),
                            ("SELECT * FROM responsibility_event WHERE need_id IN (?, ?) AND deleted IS ?", ("a", "b", 0)),
                            ("SELECT id FROM responsibility_event WHERE need_id = ?", ("a",))):
            plan = _plan(conn, sql, params)
            assert "ix_responsibility_event_need (need_id=?" in plan, plan
            assert "SCAN e" not in plan and "SCAN responsibility_event" not in plan, plan
            assert "TEMP B-TREE" not in plan, plan
        # the refresh's outer loop stays the dirty needs, and a need without live steps is told by the index
        refresh = _plan(conn, standing_timeline.DIRTY_RESPONSIBILITIES)
        assert refresh.startswith("SCAN d") and f"COVERING INDEX {BY_NEED}" in refresh, refresh


def _steps_by_scan(conn) -> dict:
    """Every need's steps as a scan of the whole table reads them (``needs.steps``), for comparing."""
    return {nid: sorted(steps, key=repr) for nid, steps in needs.steps(conn).items()}


def test_the_steps_read_by_need_are_those_a_scan_reads(seeded):
    with seeded.connection() as conn:
        need_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM need")]
        assert len(need_ids) > 200
        cursor = conn.connection.driver_connection.cursor()
        try:
            by_need = {nid: sorted(steps, key=repr) for nid, steps in standing_timeline.steps_of(cursor, need_ids).items()}
        finally:
            cursor.close()
        assert by_need == _steps_by_scan(conn)
        assert sum(map(len, by_need.values())) > 500


def test_a_full_refresh_by_need_equals_a_computation_from_scratch(seeded):
    with seeded.connection(write=True) as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM need").scalar()
        # some steps deleted, so the index's ``deleted`` part filters
        conn.exec_driver_sql("UPDATE responsibility_event SET deleted = 1 WHERE rowid % 7 = 0")
        assert standing_timeline.rebuild(conn) == total
        assert standing_timeline.dirty(conn) == []
        assert standing_timeline.differences(conn) == []
    report_print.refresh_standings(seeded)


def _rows(conn, table: str) -> list[tuple]:
    return sorted((tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table}")), key=repr)


def test_migration_0047_goes_down_to_the_covering_index_and_up_with_the_data_unchanged(seeded):
    from tests.support.migrations import downgrade

    engine = seeded.engine
    report_print.refresh_standings(seeded)
    with engine.connect() as conn:
        before = {t: _rows(conn, t) for t in ("responsibility_event", "need_standing", "need")}
        assert len(before["responsibility_event"]) > 500
    downgrade(engine, migrate.script().get_revision("0047").down_revision)
    with engine.connect() as conn:
        found = indexes(conn, "responsibility_event")
        assert found["ix_responsibility_event_need_steps"] == (STEPS, False, False)
        assert "ix_responsibility_event_need" not in found
        # the old readers' plan: the covering index alone
        old = standing_timeline.DIRTY_EVENTS.replace("ix_responsibility_event_need", "ix_responsibility_event_need_steps")
        assert "COVERING INDEX ix_responsibility_event_need_steps" in _plan(conn, old)
        assert {t: _rows(conn, t) for t in before} == before
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    migrate.upgrade(engine)
    with engine.connect() as conn:
        found = indexes(conn, "responsibility_event")
        assert found["ix_responsibility_event_need"] == (["need_id", "deleted"], False, False)
        assert "ix_responsibility_event_need_steps" not in found
        assert {t: _rows(conn, t) for t in before} == before
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with seeded.connection() as conn:
        assert standing_timeline.differences(conn) == []
