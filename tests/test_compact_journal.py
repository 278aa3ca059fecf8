"""The compact change journal (migration 0036): names as codes, UUID row ids as 16 bytes.

Outside the database everything sees the text form; the codes are local to one database.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic import command

from kimdesk.services.clients_intake import clients, history, responsibilities
from kimdesk.store import audit, migrate
from kimdesk.store.journal_codes import (TEXT_FORM, Names, UnknownCode, row_id_of, row_id_sql, row_key,
                                         row_key_sql)
from kimdesk.sync.targets import MemoryTarget
from tests.support import journal
from tests.sync.support import sync

IDS = [str(uuid.uuid4()), "018bcfe5-6801-7ecb-9b5b-5fab8f4d3e27", "00000000-0000-0000-0000-000000000000",
       "018BCFE5-6801-7ECB-9B5B-5FAB8F4D3E27",  # not canonical: stays text
       "privacy.dpo", "x-1", "", "018bcfe5-6801-7ecb-9b5b-5fab8f4d3e2"]


def _text_rows(conn) -> list[tuple]:
    return conn.exec_driver_sql(f"SELECT seq, entity, row_id, data, stamp, device, actor, seen, segment "
                                f"FROM {TEXT_FORM} ORDER BY seq").all()


def test_row_ids_round_trip_in_python_and_in_sql(store):
    for rid in IDS:
        key = row_key(rid)
        assert row_id_of(key) == rid
        canonical = rid == rid.lower() and len(rid) == 36 and rid.count("-") == 4 and rid not in ("",)
        assert isinstance(key, bytes) == canonical and (not canonical or len(key) == 16)
    with store.connection() as conn:
        for rid in IDS:
            stored, back = conn.exec_driver_sql(
                f"SELECT {row_key_sql('?1')}, {row_id_sql(row_key_sql('?1'))}", (rid,)).one()
            assert stored == row_key(rid) and back == rid


def test_a_bad_stored_row_id_is_a_clear_error():
    for bad in (b"\x01\x02", 17, None):
        with pytest.raises(UnknownCode, match="Datensatz-ID"):
            row_id_of(bad)


def test_names_get_one_code_each_and_an_unknown_code_is_a_clear_error(store):
    with store.connection(write=True) as conn:
        names = Names(conn)
        code = names.code("laptop-x")
        assert names.code("laptop-x") == code and Names(conn).find("laptop-x") == code
        assert names.find("never seen") is None and names.code(None) is None and names.name(None) is None
        assert Names(conn).name(code) == "laptop-x"
        with pytest.raises(UnknownCode, match="unbekannten Code \\(9999\\)"):
            names.name(9999)


def test_the_journal_stores_codes_and_bytes(store):
    cid = clients.create_client(store, {"given_name": "Yonas", "family_name": "Habte"})
    with store.connection() as conn:
        kinds = conn.exec_driver_sql(
            "SELECT typeof(entity_code), typeof(row_key), length(row_key), typeof(device_code) FROM change "
            "WHERE row_key = ?", (row_key(cid),)).all()
        names = dict(conn.exec_driver_sql("SELECT name, code FROM journal_name").all())
    assert kinds == [("integer", "blob", 16, "integer")]
    assert store.device_id in names and "client" in names and "genesis" in names


def test_a_device_seen_first_through_sync_gets_a_code_and_shows_as_text(make_store):
    from kimdesk.sync import team as teams
    from tests.sync.support import Laptops

    a, b = Laptops(make_store, teams.Team("7d0f2a8e-1b7c-4f55-9d8a-3c5e2f1a9b10", bytes(range(32))))(2)
    share = MemoryTarget()
    a.actor = "Frau Kaya"
    cid = clients.create_client(a, {"given_name": "Olga", "family_name": "Sync"})
    with b.connection() as conn:
        assert Names(conn).find(a.device_id) is None and Names(conn).find("Frau Kaya") is None
    sync(a, share)
    sync(b, share)
    with b.connection() as conn:
        names = Names(conn)
        assert names.find(a.device_id) is not None and names.find("Frau Kaya") is not None
    assert [(v.device, v.actor) for v in history.versions(b, "client", cid)] == [(a.device_id, "Frau Kaya")]
    sync(b, share)
    sync(a, share)  # and back: a's own change is not news to a, nor b's codes to anyone
    with a.connection() as conn:
        assert len(journal.rows(conn, "row_id = ?", (cid,))) == 1


def test_an_unknown_code_never_crashes_the_audit_check_or_the_history(store):
    cid = clients.create_client(store, {"given_name": "Anna", "family_name": "Weber"})
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE change SET entity_code = 9999 WHERE row_key = ?", (row_key(cid),))
        entry = conn.exec_driver_sql("SELECT max(seq) FROM audit").scalar()
        result = audit.verify(conn)
    assert not result.ok and result.broken_at == entry
    other = clients.create_client(store, {"given_name": "Ben", "family_name": "Weber"})
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE change SET device_code = 9998 WHERE row_key = ?", (row_key(other),))
    with pytest.raises(UnknownCode, match="unbekannten Code \\(9998\\)"):
        history.versions(store, "client", other)


def test_an_unknown_code_from_a_damaged_database_is_one_german_line_exit_2(tmp_path: Path):
    res = journal.export_with_spoiled_change(tmp_path, "actor_code", 4242)
    assert res.code == 2 and "unbekannten Code (4242)" in res.err and len(res.err.strip().splitlines()) == 1
    assert "interner Fehler" not in res.err and not (tmp_path / "a.pdf").exists()


def test_the_migration_converts_the_journal_and_goes_back(store):
    store.actor = "Herr Said"
    cid = clients.create_client(store, {"given_name": "Olga", "family_name": "Before"})
    responsibilities.add_need(store, cid, {"category": "Sprache"})
    clients.update_client(store, cid, {"municipality": "Alsdorf"})
    with store.connection(write=True) as conn:
        for i, rid in enumerate(IDS[3:6]):  # ids that stay text
            journal.insert(conn, "agency", rid, '{"name":"Ä"}', 10 + i, "other-device", "Frau Ü", None, 3)
        conn.exec_driver_sql("DELETE FROM change WHERE seq = (SELECT max(seq) FROM change)")  # erased last row
        before = _text_rows(conn)
        counter = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'change'").scalar()
        assert audit.verify(conn).ok
    engine = store.engine
    with engine.connect() as conn, conn.begin():
        command.downgrade(migrate.config(conn), "0034")
    with engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(change)")]
        assert columns == ["seq", "entity", "row_id", "data", "stamp", "device", "actor", "seen", "segment"]
        assert conn.exec_driver_sql("SELECT * FROM change ORDER BY seq").all() == before
        assert {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT typeof(row_id) FROM change")} == {"text"}
        assert not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'journal_name'").first()
        indexes = {r[0]: r[1] for r in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change'")}
        assert "(device, stamp, row_id)" in indexes["ux_change_origin"]
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert _text_rows(conn) == before
        assert conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'change'").scalar() == counter
        kinds = dict(conn.exec_driver_sql(f"SELECT {row_id_sql('row_key')}, typeof(row_key) FROM change").all())
        assert kinds[cid] == "blob" and kinds[IDS[3]] == "text" and kinds["privacy.dpo"] == "text"
        assert audit.verify(conn).ok  # the digest is over the text form, not the storage form
        indexes = {r[0]: r[1] for r in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change'")}
        assert "(entity_code, row_key, stamp, device_code)" in indexes["ux_change_row"]  # migration 0042
    assert [v.fields for v in history.versions(store, "client", cid)][-1] == {"municipality": "Alsdorf"}
    after = clients.create_client(store, {"given_name": "Neu", "family_name": "After"})
    with store.connection() as conn:
        assert journal.rows(conn, "row_id = ?", (after,))[0].seq > counter
