"""Every write records its change and its audit entry in the same transaction, or neither."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from kimdesk.errors import ValidationError
from kimdesk.models import AuditEntry, Change, Client, Need
from kimdesk.store import audit
from kimdesk.services.clients_intake import clients


def counts(store):
    with store.connection() as conn:
        return (conn.execute(select(func.count()).select_from(Change)).scalar(),
                conn.execute(select(func.count()).select_from(AuditEntry)).scalar())


def test_create_and_update_are_captured(store):
    c0, a0 = counts(store)
    cid = clients.create_client(store, {"given_name": "Yonas", "family_name": "Habte", "phone": "0151 2345678"})
    clients.update_client(store, cid, {"municipality": "Alsdorf"})
    with store.connection() as conn:
        rows = conn.execute(select(Change).where(Change.row_id == cid).order_by(Change.seq)).all()
        entries = conn.execute(select(AuditEntry).where(AuditEntry.row_id == cid).order_by(AuditEntry.seq)).all()
    assert len(rows) == 2
    assert rows[0].data["family_name"] == "Habte" and "deleted" not in rows[0].data  # empty values left out
    assert rows[1].data == {"municipality": "Alsdorf"}
    assert rows[1].stamp > rows[0].stamp and rows[0].device == store.device_id
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].fields == "municipality" and entries[0].fields == "*"
    # the audit entry names fields, never values
    assert "Habte" not in json.dumps([dict(e._mapping) for e in entries])
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
        last = conn.execute(select(Change).where(Change.row_id == cid).order_by(Change.seq.desc())).first()
        action = conn.execute(select(AuditEntry.action).order_by(AuditEntry.seq.desc())).scalar()
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
        stamps = [r[0] for r in conn.execute(select(Change.stamp).where(Change.row_id == cid).order_by(Change.seq))]
    assert stamps[1] > stamps[0]
