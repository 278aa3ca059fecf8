"""The audit chain across sync: one entry per origin and batch on the receiving laptop, both
chains verifying before and after an erasure that travelled between them."""

from __future__ import annotations

from kimdesk.models import Client
from kimdesk.services.clients_intake import clients
from kimdesk.store import audit
from kimdesk.sync.erasure import erase_client
from tests.sync.support import check_invariants, sync


def _entries(store, **where):
    with store.connection() as conn:
        rows = [e for e in audit.entries(conn) if all(e[k] == v for k, v in where.items())]
    return rows


def test_received_changes_are_one_entry_naming_their_origin(laptops, share):
    a, b = laptops(2)
    with a.session() as s:  # three people in one unit of work: one entry on a
        people = [Client(case_number=f"S-{i}", given_name=f"P{i}", family_name="Sync") for i in range(3)]
        s.add_all(people)
    clients.update_client(a, people[0].id, {"municipality": "Alsdorf"})
    own = _entries(a, device=a.device_id, action=audit.WRITE)
    assert [e["changes"] for e in own][-2:] == [3, 1]
    sync(a, share)
    before = len(_entries(b))
    sync(b, share)
    received = _entries(b)[before:]
    from_a = [e for e in received if e["action"] == "sync" and e["row_id"] == a.device_id]
    assert len(from_a) == 1 and "client:4" in from_a[0]["fields"].split(",")
    assert from_a[0]["version"] == audit.VERSION and from_a[0]["digest"]
    with b.connection() as conn:
        # b's change log of these people names no per-change entry of its own: the batch does
        assert audit.items_for(conn, {"client": [p.id for p in people]}) == []
    check_invariants(a)
    check_invariants(b)


def test_both_chains_verify_after_an_erasure_travelled(laptops, share):
    a, b = laptops(2)
    with a.session() as s:
        people = [Client(case_number=f"E-{i}", given_name=f"P{i}", family_name="Erase") for i in range(2)]
        s.add_all(people)
    sync(a, share)
    sync(b, share)
    with a.session() as s:
        erase_client(s, a, people[0].id, "Widerspruch")
    sync(a, share)
    sync(b, share)
    with a.connection() as conn:
        result = audit.verify(conn)
        assert result.ok and result.erased == 1  # the entry of both people lost one person's change
        assert [i.action for i in audit.items_for(conn, {"client": [people[1].id]})] == ["create"]
    erased_on_b = [e for e in _entries(b, action="erase") if e["device"] == a.device_id]
    assert len(erased_on_b) == 1 and erased_on_b[0]["row_id"] == people[0].id
    check_invariants(a)
    check_invariants(b)
