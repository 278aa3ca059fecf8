"""Issue 19 (disk per person): no index is a column prefix of another index on its table.

Such an index answers no query the longer one cannot, yet every row pays for it on disk and on
each write. Migration 0039 dropped the last two; the look-ups they served still find an index,
and the migration goes back.
"""

from __future__ import annotations

from kimdesk.store import migrate
from tests.support.migrations import indexes

DROPPED = {"responsibility": "ix_responsibility_agency_id", "sync_conflict": "ix_sync_conflict_row",
           "responsibility_event": "ix_responsibility_event_need_id"}
STEPS = ["need_id", "on", "status", "agency_id", "forwarded_to_id", "responsibility_id", "id"]


def _prefix_pairs(conn) -> list[tuple[str, str, str]]:
    tables = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").scalars().all()
    pairs = []
    for table in tables:
        found = indexes(conn, table)
        for short, (cols, unique, partial) in found.items():
            if unique or partial or None in cols:  # a unique index is a constraint; expressions not compared
                continue
            for long, (other, _u, other_partial) in found.items():
                if long != short and not other_partial and other[:len(cols)] == cols:
                    pairs.append((table, short, long))
    return pairs


def _plan(conn, sql: str, params=()) -> str:
    return " | ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))


def test_no_index_is_a_prefix_of_another(store):
    with store.connection() as conn:
        assert _prefix_pairs(conn) == []
        for table, name in DROPPED.items():
            assert name not in indexes(conn, table)


def test_the_lookups_still_use_an_index(store):
    with store.connection() as conn:
        by_agency = _plan(conn, "SELECT need_id FROM responsibility WHERE deleted = 0 AND agency_id IN (?, ?)",
                          ("a", "b"))
        assert "ix_responsibility_agency_status" in by_agency and "SCAN" not in by_agency, by_agency
        by_row = _plan(conn, "SELECT field FROM sync_conflict WHERE entity = ? AND row_id = ?", ("client", "x"))
        assert "sqlite_autoindex_sync_conflict_1 (entity=? AND row_id=?)" in by_row, by_row
        erase = _plan(conn, "DELETE FROM sync_conflict WHERE entity = ? AND row_id IN (?, ?)", ("client", "x", "y"))
        assert "SCAN" not in erase, erase
        # a need's steps, deleted or not (as the ORM asks: a bound ``deleted`` never matched the partial index)
        for sql, params in (("SELECT * FROM responsibility_event WHERE need_id IN (?, ?) AND deleted IS ?", ("a", "b", 0)),
                            ("SELECT id FROM responsibility_event WHERE need_id = ?", ("a",))):
            plan = _plan(conn, sql, params)
            assert "ix_responsibility_event_need (need_id=?" in plan and "SCAN" not in plan, plan


def test_the_steps_index_serves_what_the_committee_report_reads(store):
    """Narrow since 0047 (``tests/test_index_diet.py``): the report's reads of the dirty needs' steps
    go by need through it, in need order."""
    from kimdesk.services.reports.committee import standing_timeline

    with store.connection() as conn:
        assert indexes(conn, "responsibility_event")["ix_responsibility_event_need"] == (
            ["need_id", "deleted"], False, False)
        for sql in (standing_timeline.DIRTY_EVENTS, standing_timeline.DIRTY_RESPONSIBILITIES):
            plan = _plan(conn, sql)
            assert "ix_responsibility_event_need (need_id=? AND deleted=?)" in plan and "TEMP B-TREE" not in plan, plan


def test_the_migration_drops_them_and_goes_back(store):
    from tests.support.migrations import downgrade

    engine = store.engine
    downgrade(engine, "0038")
    with engine.connect() as conn:
        for table, name in DROPPED.items():
            assert name in indexes(conn, table)
        assert indexes(conn, "responsibility")["ix_responsibility_agency_id"][0] == ["agency_id"]
        assert indexes(conn, "sync_conflict")["ix_sync_conflict_row"][0] == ["entity", "row_id"]
        assert indexes(conn, "responsibility_event")["ix_responsibility_event_need_steps"] == (STEPS, False, True)
        # (the steps index was partial then: the need index was no prefix of it, only slimmer than it)
        assert {(t, s) for t, s, _ in _prefix_pairs(conn)} == set(DROPPED.items()) - {
            ("responsibility_event", "ix_responsibility_event_need_id")}
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert _prefix_pairs(conn) == []
        assert indexes(conn, "responsibility_event")["ix_responsibility_event_need"][0] == ["need_id", "deleted"]
