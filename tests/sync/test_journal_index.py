"""The change journal's indexes after migration 0042 (issue 19, disk per person): one unique
index by row serves a row's changes and a change's identity; the outbox's index holds only the
unsent changes. A duplicate change is ignored as before, every lookup of sync goes through an
index, and the migration goes down and up with the journal unchanged."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from kimdesk.services.clients_intake import clients, history
from kimdesk.services.team_sync import conflicts
from kimdesk.store import audit, migrate
from kimdesk.store.journal_codes import Names, row_key
from kimdesk.sync import outbox, service, snapshot_db
from kimdesk.sync.targets import MemoryTarget
from tests.support.migrations import downgrade


def _indexes(conn) -> dict[str, str]:
    return {name: sql for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change' AND sql IS NOT NULL")}


def _journal_digest(conn) -> str:
    rows = conn.exec_driver_sql("SELECT * FROM change ORDER BY seq").all()
    counter = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'change'").scalar()
    outgoing = conn.exec_driver_sql("SELECT seq, requires, changes, created, sent FROM sync_outgoing ORDER BY seq").all()
    return hashlib.sha256(repr((rows, counter, outgoing)).encode()).hexdigest()


def _ranges(conn) -> list[tuple]:
    return conn.exec_driver_sql("SELECT seq, first_change, last_change FROM sync_outgoing ORDER BY seq").all()


def _town(store, cid: str) -> str | None:
    with store.session(write=False) as s:
        return clients.get(s, cid).municipality


def test_migration_0042_goes_down_and_up_with_the_journal_identical(laptops):
    a, b = laptops(2)
    share = MemoryTarget()
    ids = [clients.create_client(a, {"given_name": f"P{i}", "family_name": "Vor"}) for i in range(3)]
    service.run(a, share)
    service.run(b, share)
    clients.update_client(b, ids[0], {"municipality": "Alsdorf"})
    service.run(b, share)
    service.run(a, share)
    clients.update_client(a, ids[1], {"municipality": "Eschweiler"})  # unsent
    outbox.freeze(a)  # frozen, not sent: a range the migration must find again
    clients.update_client(a, ids[2], {"municipality": "Baesweiler"})  # loose
    with a.connection() as conn:
        before, ranges = _journal_digest(conn), _ranges(conn)
        assert audit.verify(conn).ok
    assert all(first <= last for _seq, first, last in ranges) and len(ranges) >= 2
    downgrade(a.engine, "0040")
    with a.engine.connect() as conn:
        assert _journal_digest(conn) == before
        assert set(_indexes(conn)) == {"ix_change_row", "ix_change_device_segment", "ux_change_origin"}
        assert "first_change" not in [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(sync_outgoing)")]
    migrate.upgrade(a.engine)
    with a.engine.connect() as conn:
        assert _journal_digest(conn) == before
        assert _ranges(conn) == ranges  # filled by the migration as the freeze wrote them
        indexes = _indexes(conn)
        assert set(indexes) == {"ux_change_row", "ix_change_unsent"}
        assert "UNIQUE INDEX ux_change_row ON change (entity_code, row_key, stamp, device_code)" in indexes["ux_change_row"]
        assert re.search(r"WHERE segment IS NULL", indexes["ix_change_unsent"])
        assert audit.verify(conn).ok
    # and the laptop goes on: its frozen and loose changes reach the other laptop
    service.run(a, share)
    service.run(b, share)
    assert (_town(b, ids[1]), _town(b, ids[2])) == ("Eschweiler", "Baesweiler")
    assert [v.fields for v in history.versions(b, "client", ids[0])][-1] == {"municipality": "Alsdorf"}


def test_the_downgrade_keeps_the_older_of_two_changes_that_differ_in_their_table_alone(store):
    with store.connection(write=True) as conn:
        names = Names(conn)
        rows = [(names.code(t), row_key("x1"), b"\x01", 7, names.code("dev"), None, None, 1) for t in ("agency", "need")]
        conn.exec_driver_sql("INSERT INTO change(entity_code, row_key, data, stamp, device_code, actor_code, seen, "
                             "segment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        first = conn.exec_driver_sql("SELECT min(seq) FROM change WHERE stamp = 7").scalar()
    downgrade(store.engine, "0040")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT seq FROM change WHERE stamp = 7").scalars().all() == [first]


def test_a_duplicate_change_is_ignored_and_a_plain_insert_of_it_refused(store):
    cid = clients.create_client(store, {"given_name": "Eva", "family_name": "Doppelt"})
    insert = ("INSERT {} INTO change(entity_code, row_key, data, stamp, device_code, actor_code, seen, segment) "
              "SELECT entity_code, row_key, data, stamp, device_code, actor_code, seen, segment FROM change "
              "WHERE row_key = ?")
    with store.connection(write=True) as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one()
        assert conn.exec_driver_sql(insert.format("OR IGNORE"), (row_key(cid),)).rowcount == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one() == count
    with pytest.raises(IntegrityError):
        with store.connection(write=True) as conn:
            conn.exec_driver_sql(insert.format(""), (row_key(cid),))
    # the same change under another device or stamp is another change
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("INSERT INTO change(entity_code, row_key, data, stamp, device_code, actor_code, seen, "
                             "segment) SELECT entity_code, row_key, data, stamp + 1, device_code, actor_code, seen, "
                             "segment FROM change WHERE row_key = ?", (row_key(cid),))


def test_a_segment_applied_twice_adds_nothing_to_the_journal(laptops):
    a, b = laptops(2)
    share = MemoryTarget()
    cid = clients.create_client(a, {"given_name": "Ali", "family_name": "Zweimal"})
    clients.update_client(a, cid, {"municipality": "Würselen"})
    service.run(a, share)
    service.run(b, share)
    with b.connection() as conn:
        journal = conn.exec_driver_sql("SELECT * FROM change ORDER BY seq").all()
    with b.connection(write=True) as conn:  # forget that the segments were applied
        conn.exec_driver_sql("DELETE FROM sync_cursor")
    service.run(b, share)
    with b.connection() as conn:
        assert conn.exec_driver_sql("SELECT * FROM change ORDER BY seq").all() == journal


#: statements on the journal that read it whole on purpose: the snapshot writers (every change
#: in order), the first-run check (stops at the first change not of the catalogue), audit checks
#: by seq ranges (the table's own key)
_WHOLE = (re.compile(r"segment IS NOT NULL AND \(device_code IS NOT \? OR segment <= \?\)"),
          re.compile(r"WHERE device_code IS NOT \? LIMIT 1"))


def _plans(engines) -> list[tuple[str, tuple]]:
    seen: list[tuple[str, tuple]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if re.search(r"\b(FROM|UPDATE|INTO) (main\.)?change\b", statement):
            params = parameters[0] if executemany and parameters else parameters
            seen.append((statement, tuple(params or ())))

    for engine in engines:
        event.listen(engine, "before_cursor_execute", record)
    return seen


def test_every_lookup_of_sync_and_history_goes_through_an_index(laptops):
    a, b = laptops(2)
    share = MemoryTarget()
    seen = _plans([a.engine, b.engine])
    cid = clients.create_client(a, {"given_name": "Lena", "family_name": "Index"})
    service.run(a, share)
    service.run(b, share)
    clients.update_client(a, cid, {"municipality": "Aachen"})
    clients.update_client(b, cid, {"municipality": "Stolberg"})  # a conflict: its writer is looked up
    for store in (a, b, a, b):
        service.run(store, share)
    assert conflicts.list_conflicts(b)
    history.versions(b, "client", cid)
    service.waiting(a)
    with a.connection() as conn:
        snapshot_db.rows_match_journal(conn, a.device_id, outbox.last_sent(conn))
    checked = 0
    with b.connection() as conn:
        for statement, params in list(seen):
            if statement.lstrip().upper().startswith(("INSERT", "EXPLAIN")) or any(p.search(statement) for p in _WHOLE):
                continue
            plan = " | ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params))
            assert not re.search(r"\bSCAN (main\.)?change\b(?! USING)", plan), (statement, plan)
            checked += 1
    lookups = {"row_key, stamp, device_code FROM change WHERE entity_code", "segment IS NULL",
               "actor_code FROM change WHERE entity_code", "AND segment = ?"}
    assert all(any(k in s for s, _p in seen) for k in lookups), lookups
    assert checked > 10


def test_a_frozen_segment_is_read_by_its_range_and_whole_without_one(laptops):
    (a,) = laptops(1)
    cid = clients.create_client(a, {"given_name": "Rana", "family_name": "Bereich"})
    outbox.freeze(a)
    clients.update_client(a, cid, {"municipality": "Monschau"})
    with a.connection(write=True) as conn:  # a remote change between: inside no own range
        names = Names(conn)
        conn.exec_driver_sql("INSERT INTO change(entity_code, row_key, data, stamp, device_code, segment) "
                             "VALUES (?, ?, ?, ?, ?, ?)", (names.code("client"), row_key(cid), b"\x01", 5,
                                                           names.code("other"), 3))
    clients.update_client(a, cid, {"municipality": "Simmerath"})
    assert service.waiting(a) == 3
    last = outbox.freeze(a)
    assert service.waiting(a) == 3  # frozen, not sent
    with a.connection(write=True) as conn:
        (first_seq, last_seq), = conn.exec_driver_sql(
            "SELECT first_change, last_change FROM sync_outgoing WHERE seq = ?", (last,)).all()
        own = conn.exec_driver_sql("SELECT seq FROM change WHERE segment = ? AND device_code = ? ORDER BY seq",
                                   (last, Names(conn).find(a.device_id))).scalars().all()
        assert (first_seq, last_seq) == (own[0], own[-1]) and len(own) == 2
        by_range = outbox.payload(conn, a.device_id, last)
        assert [json.dumps(c[-1], sort_keys=True) for c in by_range["changes"]] == [
            json.dumps({"municipality": town}) for town in ("Monschau", "Simmerath")]
        conn.exec_driver_sql("UPDATE sync_outgoing SET first_change = NULL, last_change = NULL WHERE seq = ?", (last,))
        assert outbox.payload(conn, a.device_id, last) == by_range
        assert not snapshot_db.rows_match_journal(conn, a.device_id, last - 1)
        assert snapshot_db.rows_match_journal(conn, a.device_id, last)
