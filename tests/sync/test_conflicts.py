"""Conflict scenarios, spelled out step by step (Joplin's Synchronizer.conflicts tests)."""

from __future__ import annotations

import pytest

from kimdesk.models import Agency
from kimdesk.services.clients_intake import clients, history
from kimdesk.services.team_sync import conflicts
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, sync


@pytest.fixture
def trio(laptops):
    share = MemoryTarget()
    a, b, c = laptops(3)
    cid = clients.create_client(a, {"given_name": "Amina", "family_name": "Yusuf", "municipality": "Stolberg"})
    for s in (a, b, c):
        sync(s, share)
    return share, a, b, c, cid


def rounds(share, *stores, times=2):
    for _ in range(times):
        for s in stores:
            sync(s, share)


def town(store, cid):
    with store.session(write=False) as s:
        return clients.get(s, cid).municipality


def test_concurrent_edits_of_one_field_keep_the_newer_and_record_the_other_everywhere(trio):
    share, a, b, c, cid = trio
    clients.update_client(a, cid, {"municipality": "Ort A"})
    clients.update_client(b, cid, {"municipality": "Ort B"})  # later stamp: wins
    rounds(share, a, b, c)
    assert town(a, cid) == town(b, cid) == town(c, cid) == "Ort B"
    seen = []
    for s in (a, b, c):
        items = conflicts.list_conflicts(s)
        assert [(i.entity, i.id, i.field, i.kept, i.lost, i.lost_device, i.resolved) for i in items] == [
            ("client", cid, "municipality", "Ort B", "Ort A", a.device_id, False)]
        seen.append(items[0].lost_stamp)
    assert len(set(seen)) == 1
    # the lost value also stays in the record's history
    assert "Ort A" in [v.fields["municipality"] for v in history.field_history(c, "client", cid, "municipality")]
    for s in (a, b, c):
        check_invariants(s)


def test_equal_concurrent_values_are_no_conflict(trio):
    share, a, b, c, cid = trio
    clients.update_client(a, cid, {"municipality": "Ort same"})
    clients.update_client(b, cid, {"municipality": "Ort same"})
    rounds(share, a, b, c)
    assert all(conflicts.list_conflicts(s) == [] for s in (a, b, c))


def test_an_edit_made_after_seeing_another_is_no_conflict(trio):
    share, a, b, c, cid = trio
    clients.update_client(a, cid, {"municipality": "Ort A"})
    sync(a, share)
    sync(b, share)
    clients.update_client(b, cid, {"municipality": "Ort B"})
    rounds(share, a, b, c)
    assert town(c, cid) == "Ort B"
    assert all(conflicts.list_conflicts(s) == [] for s in (a, b, c))


def test_conflict_is_recorded_whatever_order_the_changes_arrive_in(trio):
    """c edits after seeing both a's and b's values; d sees a, then c, then b."""
    share, a, b, c, cid = trio
    clients.update_client(a, cid, {"municipality": "Ort A"})
    clients.update_client(b, cid, {"municipality": "Ort B"})
    sync(a, share)
    sync(b, share)
    sync(c, share)
    clients.update_client(c, cid, {"municipality": "Ort C"})
    sync(c, share)
    rounds(share, a, b, c)
    records = {s.device_id: [(i.field, i.lost, i.lost_device) for i in conflicts.list_conflicts(s)]
               for s in (a, b, c)}
    assert len({tuple(v) for v in records.values()}) == 1
    assert records[a.device_id] == [("municipality", "Ort A", a.device_id)]
    assert town(a, cid) == "Ort C"


def test_a_deletion_beats_older_edits_but_not_newer_ones(trio):
    share, a, b, c, cid = trio
    clients.update_client(b, cid, {"municipality": "Ort older"})
    clients.delete_client(a, cid)  # newer than b's edit, which a never saw
    rounds(share, a, b, c)
    for s in (a, b, c):
        with s.session(write=False) as sess:
            from kimdesk.models import Client

            assert sess.get(Client, cid).deleted is True
    lost = conflicts.list_conflicts(c)
    assert [(i.field, i.kept, i.lost, i.lost_device) for i in lost] == [("deleted", True, False, b.device_id)]
    # now the other way round: the edit is newer than the deletion and brings the row back
    with a.session() as sess:
        from kimdesk.models import Client

        sess.get(Client, cid).deleted = False
    rounds(share, a, b, c)
    clients.delete_client(b, cid)
    clients.update_client(c, cid, {"municipality": "Ort newer"})
    rounds(share, a, b, c)
    assert export(a) == export(b) == export(c)
    assert town(a, cid) == "Ort newer"


def test_catalogue_seeded_on_every_laptop_is_no_conflict_and_never_overwrites_team_edits(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    with a.session() as s:
        agency = s.query(Agency).order_by(Agency.id).first()
        agency_id = agency.id
        agency.phone = "02402 999"
    rounds(share, a, b)
    late, = laptops(1)  # joins next year with a freshly seeded catalogue
    rounds(share, late, a, b)
    for s in (a, b, late):
        with s.session(write=False) as sess:
            assert sess.get(Agency, agency_id).phone == "02402 999"
        assert conflicts.list_conflicts(s) == []


def test_deciding_a_conflict_is_an_edit_that_syncs_and_resolves_it_everywhere(trio):
    share, a, b, c, cid = trio
    clients.update_client(a, cid, {"municipality": "Ort A"})
    clients.update_client(b, cid, {"municipality": "Ort B"})
    rounds(share, a, b, c)
    item, = conflicts.list_conflicts(c)
    conflicts.resolve(c, item.key, "lost")
    rounds(share, a, b, c)
    for s in (a, b, c):
        assert town(s, cid) == "Ort A"
        assert conflicts.list_conflicts(s) == []
        assert [i.resolved for i in conflicts.list_conflicts(s, include_resolved=True)] == [True]


def test_a_device_clock_three_days_off_loses_nothing(trio, monkeypatch):
    import time as _time

    share, a, b, c, cid = trio
    real = _time.time()
    monkeypatch.setattr(a.clock, "_wall", lambda: real + 3 * 86400)  # a runs three days ahead
    clients.update_client(a, cid, {"municipality": "Ort from the future"})
    clients.update_client(b, cid, {"municipality": "Ort now"})
    rounds(share, a, b, c)
    assert town(c, cid) == "Ort from the future"  # its stamp is newer …
    assert [i.lost for i in conflicts.list_conflicts(c)] == ["Ort now"]  # … and nothing is lost
    # after seeing it, b's next edit wins: the hybrid clock moved past the future stamp
    clients.update_client(b, cid, {"municipality": "Ort after"})
    rounds(share, a, b, c)
    assert town(a, cid) == town(c, cid) == "Ort after"
    for s in (a, b, c):
        check_invariants(s)
