"""Two and three laptops through one share: the basic round trip and its report."""

from __future__ import annotations

from kimdesk.services.clients_intake import clients
from tests.sync.support import check_invariants, export, sync


def test_a_person_taken_in_on_one_laptop_arrives_on_the_other(laptops, share):
    a, b = laptops(2)
    cid = clients.create_client(a, {"given_name": "Yonas", "family_name": "Habte", "phone": "0151 2345678"})
    ra = sync(a, share)
    assert ra.sent_changes >= 1 and ra.sent_segments == 1
    rb = sync(b, share)
    assert rb.received_changes >= 1
    with b.session(write=False) as s:
        person = clients.get(s, cid)
        assert person.family_name == "Habte" and person.phone == "0151 2345678"
    assert export(a) == export(b)
    # nothing to do: a second round sends and receives nothing
    again = sync(b, share)
    assert again.sent_changes == 0 and again.received_changes == 0 and again.complete
    check_invariants(a)
    check_invariants(b)


def test_edits_on_both_sides_converge(laptops, share):
    a, b, c = laptops(3)
    cid = clients.create_client(a, {"given_name": "Anna", "family_name": "Weber"})
    for s in (a, b, c):
        sync(s, share)
    clients.update_client(b, cid, {"municipality": "Alsdorf"})
    clients.update_client(c, cid, {"phone": "0241 123"})
    for _ in range(2):
        for s in (a, b, c):
            sync(s, share)
    assert export(a) == export(b) == export(c)
    with a.session(write=False) as s:
        p = clients.get(s, cid)
        assert (p.municipality, p.phone) == ("Alsdorf", "0241 123")
