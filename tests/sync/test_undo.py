"""Undo never overwrites a newer value: a field changed on another laptop since the edit stays."""

from __future__ import annotations

from kimdesk.services.clients_intake import clients, edits, record
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, sync


def test_undo_after_a_newer_synced_edit_keeps_the_newer_value_and_says_so(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    cid = clients.create_client(a, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    edit = record.update_client(a, cid, {"phone": "0241 2", "municipality": "Alsdorf"})
    sync(a, share)
    sync(b, share)
    record.update_client(b, cid, {"phone": "0241 3"})
    sync(b, share)
    sync(a, share)

    undone = edits.undo(a, edit)

    data = record.load(a, cid).client
    assert data["phone"] == "0241 3"  # B's newer number stays
    assert data["municipality"] is None  # the field nobody touched since is put back
    assert undone.kept == ["Telefon wurde inzwischen auf einem anderen Gerät geändert"]
    sync(a, share)
    sync(b, share)
    assert record.load(b, cid).client["phone"] == "0241 3"
    assert export(a) == export(b)
    check_invariants(a)


def test_undo_without_a_newer_edit_puts_everything_back(laptops):
    share = MemoryTarget()
    (a,) = laptops(1)
    cid = clients.create_client(a, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    edit = record.update_client(a, cid, {"phone": "0241 2"})
    sync(a, share)
    assert edits.undo(a, edit).kept == []
    assert record.load(a, cid).client["phone"] == "0241 1"
