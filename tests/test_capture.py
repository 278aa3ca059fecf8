"""Every write records its change and its audit entry in the same transaction, or neither."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from kimdesk.errors import ValidationError
from kimdesk.models import AuditEntry, Change, Client, Need
from kimdesk.store import audit
from kimdesk.services.clients_intake import clients
from tests.support import journal


def counts(store):
    with store.connection() as conn:
        return (conn.execute(select(func.count()).select_from(Change)).scalar(),
                conn.execute(select(func.count()).select_from(AuditEntry)).scalar())


def test_create_and_update_are_captured(store):
    c0, a0 = counts(store)
    cid = clients.create_client(store, {"given_name": "Yonas", "family_name": "Habte", "phone": "0151 2345678"})
    clients.update_client(store, cid, {"municipality": "Alsdorf"})
    with store.connection() as conn:
        rows = journal.rows(conn, "row_id = ?", (cid,))
        entries = audit.items_for_rows(conn, "client", [cid])
        raw = conn.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(2)).all()
    assert len(rows) == 2
    assert rows[0].data["family_name"] == "Habte" and "deleted" not in rows[0].data  # empty values left out
    assert rows[1].data == {"municipality": "Alsdorf"}
    assert rows[1].stamp > rows[0].stamp and rows[0].device == store.device_id
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].fields == "municipality" and entries[0].fields == "*"
    # the audit entry names fields, never values
    assert "Habte" not in json.dumps([dict(e._mapping) for e in raw])
    assert counts(store) == (c0 + 2, a0 + 2)


def test_failed_unit_of_work_leaves_no_trace(store):
    before = counts(store)
    with pytest.raises(RuntimeError):
        with store.session() as s:
            s.add(Client(case_number="Z-1", given_name="A", family_name="B"))
            s.flush()
            raise RuntimeError("power cut")
    assert counts(store) == before
    with pytest.raises(ValidationError):
        clients.create_client(store, {"given_name": "", "family_name": ""})
    assert counts(store) == before


def test_unchanged_values_record_nothing(store):
    cid = clients.create_client(store, {"given_name": "Anna", "family_name": "Weber"})
    before = counts(store)
    clients.update_client(store, cid, {"given_name": "Anna"})
    assert counts(store) == before


def test_hard_delete_of_team_data_is_refused(store):
    cid = clients.create_client(store, {"given_name": "Anna", "family_name": "Weber"})
    with pytest.raises(RuntimeError, match="hard delete"):
        with store.session() as s:
            s.delete(s.get(Client, cid))
    clients.delete_client(store, cid)
    with store.connection() as conn:
        last = journal.rows(conn, "row_id = ?", (cid,))[-1]
        action = audit.items_for_rows(conn, "client", [cid])[-1].action
    assert last.data == {"deleted": True} and action == "delete"


def test_foreign_keys_are_checked_at_commit(store):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with store.session() as s:
            s.add(Need(client_id="00000000-0000-4000-8000-000000000000", category="Arbeit"))


def test_audit_chain_verifies_after_many_writes(store):
    for i in range(30):
        clients.create_client(store, {"given_name": f"P{i}", "family_name": "Test"})
    with store.connection() as conn:
        assert audit.verify(conn).ok


def test_stamps_increase_even_if_the_wall_clock_goes_back(store, monkeypatch):
    import time as _time

    cid = clients.create_client(store, {"given_name": "A", "family_name": "B"})
    real = _time.time()
    monkeypatch.setattr(store.clock, "_wall", lambda: real - 3 * 86400)
    clients.update_client(store, cid, {"given_name": "C"})
    with store.connection() as conn:
        stamps = [r.stamp for r in journal.rows(conn, "row_id = ?", (cid,))]
    assert stamps[1] > stamps[0]


def test_one_audit_entry_per_transaction_carries_the_digest_of_its_changes(store):
    """Many changes in one unit of work, over several flushes: one entry, its digest from the journal."""
    from kimdesk.models import Client

    with store.connection() as conn:
        before = conn.execute(select(func.count()).select_from(AuditEntry)).scalar()
    with store.session() as s:
        people = [Client(case_number=f"T-{i}", given_name=f"P{i}", family_name="Test") for i in range(3)]
        s.add_all(people)
        s.flush()
        people[0].municipality = "Alsdorf"
        s.flush()
        people[1].deleted = True
    with store.connection() as conn:
        entries = conn.execute(select(AuditEntry).order_by(AuditEntry.seq)).all()[before:]
        assert len(entries) == 1
        e = entries[0]
        assert (e.version, e.changes, e.action, e.fields) == (2, 5, "write", "c3u1d1")
        changes = journal.rows(conn, "seq >= ?", (e.first_change,))
        items = [(a, c.entity, c.row_id, "*" if a == "create" else ",".join(sorted(c.data)))
                 for a, c in zip(["create"] * 3 + ["update", "delete"], changes)]
        assert e.digest == audit.changes_digest(items)
        assert audit.verify(conn).ok
        listed = audit.items_for_rows(conn, "client", [p.id for p in people])
        assert sorted((i.row_id, i.action, i.fields) for i in listed) == sorted(
            [(p.id, "create", "*") for p in people] + [(people[0].id, "update", "municipality"),
                                                      (people[1].id, "delete", "deleted")])


def test_a_changed_journal_row_breaks_the_chain_at_its_entry(store):
    cid = clients.create_client(store, {"given_name": "Anna", "family_name": "Weber"})
    clients.update_client(store, cid, {"municipality": "Alsdorf"})
    with store.connection(write=True) as conn:
        seq = journal.rows(conn, "row_id = ?", (cid,))[-1].seq
        conn.exec_driver_sql("UPDATE change SET data = '{\"phone\": \"1\"}' WHERE seq = ?", (seq,))
        entry = conn.exec_driver_sql("SELECT seq FROM audit WHERE first_change = ?", (seq,)).scalar()
        result = audit.verify(conn)
    assert not result.ok and result.broken_at == entry


def test_an_edited_entry_breaks_the_chain(store):
    clients.create_client(store, {"given_name": "Anna", "family_name": "Weber"})
    clients.create_client(store, {"given_name": "Ben", "family_name": "Weber"})
    with store.connection(write=True) as conn:
        seq = conn.exec_driver_sql("SELECT max(seq) FROM audit").scalar()
        conn.exec_driver_sql("UPDATE audit SET fields = 'u1' WHERE seq = ?", (seq,))
        result = audit.verify(conn)
    assert not result.ok and result.broken_at == seq


def test_the_chain_verifies_after_an_erasure_and_the_others_keep_their_change_log(store):
    """An entry covering two people: erasing one removes its journal rows, the entry still verifies."""
    from kimdesk.models import Client
    from kimdesk.sync.erasure import erase_client

    with store.session() as s:
        gone = Client(case_number="E-1", given_name="Gone", family_name="Person")
        kept = Client(case_number="E-2", given_name="Kept", family_name="Person")
        s.add_all([gone, kept])
    clients.update_client(store, kept.id, {"municipality": "Alsdorf"})
    with store.session() as s:
        erase_client(s, store, gone.id, "Aufbewahrungsfrist abgelaufen")
    with store.connection() as conn:
        result = audit.verify(conn)
        assert result.ok and result.erased == 1 and "davon 1 mit Änderungen gelöschter Personen" in result.describe()
        assert [(i.action, i.fields) for i in audit.items_for_rows(conn, "client", [kept.id])] == [
            ("create", "*"), ("update", "municipality")]
        # of the erased person only the erasure is left (its journal rows are gone)
        assert [i.action for i in audit.items_for_rows(conn, "client", [gone.id])] == ["erase"]
        # the erasure itself is one entry naming the removed rows (ids, no values)
        last = conn.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last.action == "erase" and last.row_id == gone.id and "Gone" not in (last.fields or "")


def test_a_foreign_journal_row_between_flushes_starts_a_new_entry(store):
    """The entry grows only over contiguous changes: a row written in between by another path
    (as genesis seeding does) makes the next flush a new entry, and both verify."""
    from kimdesk.models import Client

    with store.connection() as conn:
        before = conn.execute(select(func.count()).select_from(AuditEntry)).scalar()
    with store.session() as s:
        s.add(Client(case_number="F-1", given_name="A", family_name="B"))
        s.flush()
        journal.insert(s.connection(), "agency", "x-1", "{}", 1, "other")
        s.add(Client(case_number="F-2", given_name="C", family_name="D"))
    with store.connection() as conn:
        entries = conn.execute(select(AuditEntry).order_by(AuditEntry.seq)).all()[before:]
        assert [(e.changes, e.fields) for e in entries] == [(1, "c1"), (1, "c1")]
        assert entries[1].first_change == entries[0].first_change + 2
        assert audit.verify(conn).ok
