"""The stored standing timeline (``need_standing``, migration 0026) always reads as the rules say.

The walk that builds a need's intervals agrees with ``flags.standing`` on every day for random
histories; the table, refreshed for dirty needs only, equals the standings computed from scratch
after random edits through the services, raw writes as import and sync write them, sync apply on
a second laptop, undo and erasure; a reader that finds needs still dirty reads them right; the
repair rebuilds a damaged table; the migration fills and drops it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from kimdesk.figures import flags
from kimdesk.models.types import id_text, stored_id
from kimdesk.services.clients_intake import clients, responsibilities
from kimdesk.services.clients_intake import edits as edits_service
from kimdesk.services.reports import report_print
from kimdesk.services.reports.committee import needs, standing_sql, standing_timeline
from kimdesk.sync import erasure
from kimdesk.sync import team as teams
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import Laptops, sync

DAYS = ["", "2025-01-03", "2025-01-03", "2025-02-10", "2025-03-01", "2025-03-15", "2025-05-20"]


def _random_steps(rng: random.Random) -> list[flags.Step]:
    agencies = ["a1", "a2", "a3", None]
    steps = []
    for k in range(rng.randint(0, 7)):
        status = rng.choice(["requested", "requested", "accepted", "declined", "forwarded", "done", "other"])
        steps.append(flags.Step(rng.choice(DAYS), f"e{k:02d}", rng.choice(["r1", "r2"]), status,
                                rng.choice(agencies), rng.choice(agencies) if status == "forwarded" else None))
    return steps


def _at(intervals: list[standing_timeline.Interval], day: str) -> standing_timeline.Interval | None:
    return next((i for i in intervals if i[0] <= day and (i[1] is None or day < i[1])), None)


def test_the_timeline_reads_as_the_rules_on_every_day():
    rng = random.Random(17)
    probe = sorted(set(DAYS) | {"2024-12-31", "2025-01-04", "2025-03-14", "2025-12-31"})
    checked = 0
    for _ in range(3000):
        steps = _random_steps(rng)
        intervals = standing_timeline.timeline(steps)
        # intervals follow each other without gap or overlap, and neighbours differ
        assert all(a[1] == b[0] and a[2:] != b[2:] for a, b in zip(intervals, intervals[1:]))
        assert not intervals or intervals[-1][1] is None
        for day in probe:
            for finished in (False, True):
                got = standing_timeline.read(_at(intervals, day), finished)
                assert got == flags.standing(steps, day, finished), (steps, day, finished)
                checked += 1
    assert checked > 40_000


def _reference(conn, lo: str, day: str) -> dict[str, flags.Standing]:
    """Every need's standing from scratch: all steps walked with ``flags.standing``."""
    steps = needs.steps(conn)
    out = {}
    for r in conn.execute(text(
            "SELECT n.id, n.status, n.closed_on, n.opened_on, c.opened_on AS c_opened, c.deleted AS c_deleted "
            "FROM need n LEFT JOIN client c ON c.id = n.client_id WHERE n.deleted = 0")):
        opened = r.opened_on or r.c_opened
        if r.c_deleted or (opened and opened > day) or (r.closed_on and r.closed_on < lo):
            continue
        finished = r.status in ("met", "closed") and (r.closed_on is None or r.closed_on <= day)
        out[r.id] = flags.standing(steps.get(r.id, []), day, finished)
    return out


def _read(conn, lo: str, day: str) -> dict[str, flags.Standing]:
    return {row[0]: flags.Standing(row[4], row[5], bool(row[6]), *row[7:])
            for row in standing_sql.standings(conn, lo, day)}


PERIODS = [("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-02-15"), ("2026-02-01", "2026-03-31"),
           ("2020-01-01", "2030-12-31")]


def _assert_sound(store) -> None:
    """Refreshed, the table equals a fresh computation and the report reads what the rules say."""
    report_print.refresh_standings(store)
    with store.connection() as conn:
        assert standing_timeline.dirty(conn) == []
        assert standing_timeline.differences(conn) == []
        for lo, day in PERIODS:
            assert _read(conn, lo, day) == _reference(conn, lo, day), (lo, day)


def _agencies(store) -> list[str]:
    with store.connection() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM agency ORDER BY id LIMIT 4")]


def _random_edit(store, rng: random.Random, people: list[str], agencies: list[str], edits: list) -> None:
    with store.connection() as conn:
        open_needs = [r[0] for r in conn.exec_driver_sql("SELECT id FROM need WHERE deleted = 0 ORDER BY id")]
    day = date(2026, 1, 1) + timedelta(days=rng.randint(0, 60))
    action = rng.random()
    need = rng.choice(open_needs) if open_needs else None
    try:
        if action < 0.2 or need is None:
            edit = responsibilities.add_need(store, rng.choice(people), {"category": "Wohnung"},
                                             agency_id=rng.choice([None, *agencies]), on=day)
        elif action < 0.35:
            edit = responsibilities.assign(store, need, rng.choice(agencies), on=day)
        elif action < 0.5:
            edit = responsibilities.accept(store, need, on=day)
        elif action < 0.62:
            edit = responsibilities.decline(store, need, "nicht zuständig", on=day)
        elif action < 0.72:
            edit = responsibilities.forward(store, need, rng.choice(agencies), on=day)
        elif action < 0.8:
            edit = responsibilities.done(store, need, on=day)
        elif action < 0.86:
            edit = responsibilities.remove_need(store, need)
        elif action < 0.93:
            edit = responsibilities.update_need(store, need, {"status": rng.choice(["open", "met", "closed"])})
        else:
            edit = None
            if edits:
                edits_service.undo(store, edits.pop())
    except Exception as exc:  # a step the service refuses (no agency yet, same agency): nothing written
        from kimdesk.errors import KimdeskError

        assert isinstance(exc, KimdeskError), exc
        return
    if edit is not None:
        edits.append(edit)


def test_the_table_follows_random_edits_sync_apply_and_erasure(make_store):
    rng = random.Random(1717)
    a, b = Laptops(make_store, teams.Team("7d0f2a8e-1b7c-4f55-9d8a-3c5e2f1a9b10", bytes(range(32))))(2)
    share = MemoryTarget()
    agencies = _agencies(a)
    people = [clients.create_client(a, {"given_name": f"G{i}", "family_name": f"Zeit{i}"}) for i in range(5)]
    sync(a, share)
    sync(b, share)
    edits: dict[int, list] = {0: [], 1: []}
    for round_ in range(6):
        for who, store in enumerate((a, b)):
            for _ in range(6):
                _random_edit(store, rng, people, agencies, edits[who])
            if round_ % 2:
                _assert_sound(store)  # refreshed now and then: the next refreshes build on it
        sync(a, share)
        sync(b, share)  # b applies a's rows (steps of needs it has a timeline for)
        sync(a, share)
        for store in (a, b):
            _assert_sound(store)
    with a.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM need_standing").scalar() > 5
        victim = conn.exec_driver_sql(
            "SELECT n.client_id FROM need_standing s JOIN need n ON n.id = s.need_id LIMIT 1").scalar()
        erased_needs = [r[0] for r in conn.exec_driver_sql("SELECT id FROM need WHERE client_id = ?", (victim,))]
    with a.session() as s:  # the service takes the id's text (stored as 16 bytes since migration 0043)
        erasure.erase_client(s, a, id_text(victim), "Löschantrag Art. 17 DSGVO")
    sync(a, share)
    sync(b, share)
    marks = ",".join("?" * len(erased_needs))
    for store in (a, b):
        _assert_sound(store)
        with store.connection() as conn:  # nothing derived of the erased person's needs stays behind
            assert conn.exec_driver_sql(f"SELECT count(*) FROM need_standing WHERE need_id IN ({marks})",
                                        tuple(erased_needs)).scalar() == 0


def test_a_reader_reads_needs_still_dirty_from_their_steps(store):
    agency = _agencies(store)[0]
    cid = clients.create_client(store, {"given_name": "Dina", "family_name": "Dirty"})
    nid = responsibilities.add_need(store, cid, {"category": "Wohnung"}, agency_id=agency,
                                    on=date(2026, 1, 5)).result
    report_print.refresh_standings(store)
    responsibilities.accept(store, nid, on=date(2026, 1, 20))
    with store.connection() as conn:
        assert standing_timeline.dirty(conn) == [nid]
        assert standing_timeline.stored(conn)[nid][-1][2] == flags.PENDING  # the table is behind ...
        key = stored_id(nid)  # the reader's rows hold ids as stored (16 bytes, models.types)
        got = _read(conn, "2026-01-01", "2026-02-01")[key]  # ... the reader is not
        assert got == _reference(conn, "2026-01-01", "2026-02-01")[key]
        assert got.state == flags.ACCEPTED and got.agency_id == agency and got.accepted_on == "2026-01-20"
        assert _read(conn, "2026-01-01", "2026-01-10")[key].state == flags.PENDING
    assert report_print.refresh_standings(store) == 1
    assert report_print.refresh_standings(store) == 0  # nothing dirty: no write at all
    with store.connection() as conn:
        assert [i[2] for i in standing_timeline.stored(conn)[nid]] == [flags.PENDING, flags.ACCEPTED]


def test_raw_writes_mark_needs_dirty_and_a_hard_delete_drops_the_intervals(store):
    agency = _agencies(store)[0]
    cid = clients.create_client(store, {"given_name": "Rami", "family_name": "Raw"})
    nid = responsibilities.add_need(store, cid, {"category": "Wohnung"}, agency_id=agency,
                                    on=date(2026, 1, 5)).result
    report_print.refresh_standings(store)
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE responsibility_event SET \"on\" = '2026-01-09' WHERE need_id = ?", (stored_id(nid),))
        assert standing_timeline.dirty(conn) == [nid]
        standing_timeline.refresh(conn)
        assert standing_timeline.stored(conn)[nid][0][0] == "2026-01-09"
        conn.exec_driver_sql("DELETE FROM responsibility_event WHERE need_id = ?", (stored_id(nid),))
        assert standing_timeline.dirty(conn) == [nid]
        standing_timeline.refresh(conn)  # no step left: read from the responsibility (requested on the 5th)
        assert standing_timeline.stored(conn)[nid][0][0] == "2026-01-05"
        conn.exec_driver_sql("DELETE FROM responsibility WHERE need_id = ?", (stored_id(nid),))
        standing_timeline.refresh(conn)
        assert nid not in standing_timeline.stored(conn)
        conn.exec_driver_sql("INSERT INTO responsibility(id, need_id, agency_id, status, requested_on, deleted) "
                             "VALUES ('r-raw', ?, ?, 'accepted', '2026-01-07', 0)", (stored_id(nid), agency))
        standing_timeline.refresh(conn)
        assert standing_timeline.stored(conn)[nid][0][2] == flags.ACCEPTED
        conn.exec_driver_sql("DELETE FROM responsibility WHERE need_id = ?", (stored_id(nid),))
        conn.exec_driver_sql("DELETE FROM need WHERE id = ?", (stored_id(nid),))
        assert nid not in standing_timeline.stored(conn)
        standing_timeline.refresh(conn)  # the dirty mark of a need gone for good is cleared
        assert standing_timeline.dirty(conn) == [] and nid not in standing_timeline.stored(conn)


def test_rebuild_repairs_a_damaged_timeline(seeded):
    report_print.refresh_standings(seeded)
    with seeded.connection(write=True) as conn:
        assert standing_timeline.differences(conn) == []
        victims = [r[0] for r in conn.exec_driver_sql("SELECT DISTINCT need_id FROM need_standing LIMIT 3")]
        conn.exec_driver_sql("UPDATE need_standing SET state = 'gap', agency_id = NULL WHERE need_id = ?",
                             (victims[0],))
        conn.exec_driver_sql("DELETE FROM need_standing WHERE need_id = ?", (victims[1],))
        conn.exec_driver_sql("INSERT INTO need_standing VALUES ('no-such-need', '2025-01-01', NULL, 'gap', NULL, 0, "
                             "NULL, NULL)")
        assert set(standing_timeline.differences(conn)) >= {id_text(victims[1]), "no-such-need"}
        total = conn.exec_driver_sql("SELECT count(*) FROM need").scalar()
        assert standing_timeline.rebuild(conn) == total
        assert standing_timeline.differences(conn) == []
        for lo, day in PERIODS[:2]:
            assert _read(conn, lo, day) == _reference(conn, lo, day)


def test_the_migration_marks_every_need_and_goes_back(seeded):
    from tests.support.migrations import downgrade

    from kimdesk.store import migrate

    engine = seeded.engine
    downgrade(engine, "0024")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert not {t for t in tables if t.startswith("need_standing")}
    migrate.upgrade(engine)
    with seeded.connection() as conn:
        needs_total = conn.exec_driver_sql("SELECT count(*) FROM need").scalar()
        assert len(standing_timeline.dirty(conn)) == needs_total > 200
    report_print.refresh_standings(seeded)
    with seeded.connection() as conn:
        assert standing_timeline.dirty(conn) == [] and standing_timeline.differences(conn) == []


def test_derived_tables_are_neither_synced_nor_mapped():
    from kimdesk.models import synced_classes
    from kimdesk.models.base import Base

    assert not {t for t in Base.metadata.tables if t.startswith("need_standing")}
    assert not {t for t in synced_classes() if t.startswith("need_standing")}


@pytest.mark.parametrize("lo, day", PERIODS)
def test_the_seeded_team_reads_the_same_from_the_table_and_from_scratch(seeded, lo, day):
    report_print.refresh_standings(seeded)
    with seeded.connection() as conn:
        assert _read(conn, lo, day) == _reference(conn, lo, day)


def test_doctor_finds_a_damaged_timeline_and_rebuilds_it(store):
    from kimdesk.services.admin import doctor

    agency = _agencies(store)[0]
    cid = clients.create_client(store, {"given_name": "Dora", "family_name": "Doctor"})
    nid = responsibilities.add_need(store, cid, {"category": "Wohnung"}, agency_id=agency,
                                    on=date(2026, 1, 5)).result
    responsibilities.accept(store, nid, on=date(2026, 1, 8))
    report_print.refresh_standings(store)

    def check() -> doctor.Check:
        report = doctor.Report()
        doctor.check_standings(store, report)
        return report.checks[0]

    assert check().status == "ok"
    with store.connection(write=True) as conn:  # written around the triggers, as a damaged copy would be
        conn.exec_driver_sql("UPDATE need_standing SET state = 'gap' WHERE need_id = ?", (stored_id(nid),))
    found = check()
    assert found.status == "warn" and found.detail.startswith("1 ")
    assert check().status == "ok"
    with store.connection() as conn:
        assert [i[2] for i in standing_timeline.stored(conn)[nid]] == [flags.PENDING, flags.ACCEPTED]


def test_the_report_and_the_refresh_read_by_index_not_need_by_need(store):
    """The plans: the people are asked once (no subquery per need), a need's interval by its key, a
    refresh's steps need by need from the dirty ones (not a scan of every step)."""
    params = {"day": "2025-12-31", "lo": "2025-01-01"}
    with store.connection() as conn:
        def plan(sql: str) -> str:
            return "\n".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))

        stored = plan(standing_sql.STORED)
        assert "CORRELATED" not in stored and "SEARCH s USING PRIMARY KEY" in stored
        for sql in (standing_timeline.DIRTY_EVENTS, standing_timeline.DIRTY_RESPONSIBILITIES):
            steps = plan(sql)
            assert steps.splitlines()[0] == "SCAN d" and "TEMP B-TREE" not in steps


def test_a_sync_round_that_brings_needs_leaves_their_standings_up_to_date(make_store):
    """The composition root refreshes the timeline after a round applied changes, so the first
    report after a catch-up or a join does not compute what arrived (``kimdesk.wiring``)."""
    from kimdesk import wiring

    a, b = Laptops(make_store, teams.Team("1c2b3a4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", bytes(range(32))))(2)
    share = MemoryTarget()
    agency = _agencies(a)[0]
    people = [clients.create_client(a, {"given_name": f"G{i}", "family_name": f"Runde{i}"}) for i in range(3)]
    for cid in people:
        responsibilities.add_need(a, cid, {"category": "Sprache"}, agency_id=agency)
    sync(a, share)

    def dirty(store) -> int:
        with store.connection() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM need_standing_dirty").scalar()

    wiring.install()
    sync(b, share)
    assert dirty(b) == 0
    with b.connection() as conn:
        assert standing_timeline.differences(conn) == []
        assert conn.exec_driver_sql("SELECT count(DISTINCT need_id) FROM need_standing").scalar() == 3
