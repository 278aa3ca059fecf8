"""The lean apply path (a group of segments in one transaction, no savepoints) leaves exactly
what the segment-by-segment path leaves, and segments are capped by size."""

from __future__ import annotations

import gc
import random

import pytest

from kimdesk.store.journal_codes import TEXT_FORM
from kimdesk.models.types import stored_id  # a person's id is stored as 16 bytes (migration 0043)
from kimdesk.services.clients_intake import clients
from kimdesk.sync import layout, outbox, receive, service
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, sync
from tests.sync.world import World

#: what a laptop holds after applying: every synced table, the journal, conflicts, search keys
TABLES = ("change", "sync_conflict", "sync_erased", "sync_cursor", "name_key")


def _dump(store) -> dict[str, list[tuple]]:
    from kimdesk.models import synced_classes

    out = {}
    with store.connection() as conn:
        for name in (*synced_classes(), *TABLES):
            cols = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{name}")') if r[1] != "seq"]
            out[name] = sorted(conn.exec_driver_sql(
                f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{name}"').all(), key=repr)
    return out


def _round(store, share, lean: bool, monkeypatch, **kw):
    monkeypatch.setattr(receive, "LEAN_APPLY", lean)
    report = service.run(store, share, **kw)
    # the first laptop to reach an empty share initialises it: that line is about timing, not applying
    return [(e.decision, e.device, e.seq, e.detail) for e in report.events
            if e.decision.name not in ("ERROR", "INITIALISED")], report


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 12, 13, 14, 15])
def test_lean_and_old_path_leave_identical_tables_on_random_work(laptops, monkeypatch, seed):
    share = MemoryTarget()
    stores = laptops(3)
    lean, old = laptops(2)
    world = World(stores, lambda: share, random.Random(seed), erase=seed != 13)
    for store in stores:
        world.create(store)
    for step in range(60):
        world.step()
        if step % 9 == 8:  # the two observers catch up at the same moments, in the same groups
            seen_lean, _ = _round(lean, share, True, monkeypatch, confirm_deletions=True)
            seen_old, _ = _round(old, share, False, monkeypatch, confirm_deletions=True)
            assert seen_lean == seen_old
    world.finish()
    for _ in range(2):
        _round(lean, share, True, monkeypatch, confirm_deletions=True)
        _round(old, share, False, monkeypatch, confirm_deletions=True)
    got, want = _dump(lean), _dump(old)
    assert got.keys() == want.keys()
    for name in want:
        assert got[name] == want[name], name
    assert sum(len(v) for v in want.values()) > 100  # the comparison compared something
    assert export(lean) == export(old) == export(stores[0])
    check_invariants(lean)


def test_a_held_segment_in_a_group_falls_back_and_reports_the_same(laptops, monkeypatch):
    """Segments 1-2 apply, 3 would delete too many people: the lean attempt rolls back and the
    group is applied segment by segment, with the same report and the same tables."""
    share = MemoryTarget()
    a, lean, old = laptops(3)
    ids = [clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"}) for i in range(40)]
    sync(a, share)
    clients.update_client(a, ids[0], {"phone": "0241 1"})
    sync(a, share)
    for cid in ids[:30]:
        clients.delete_client(a, cid)
    sync(a, share)
    seen_lean, report = _round(lean, share, True, monkeypatch)
    seen_old, _ = _round(old, share, False, monkeypatch)
    assert seen_lean == seen_old
    assert report.held and report.received_segments == 2
    assert _dump(lean) == _dump(old)
    with lean.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM client WHERE deleted = 0").scalar_one() == 40
    seen_lean, _ = _round(lean, share, True, monkeypatch, confirm_deletions=True)
    seen_old, _ = _round(old, share, False, monkeypatch, confirm_deletions=True)
    assert seen_lean == seen_old and _dump(lean) == _dump(old)
    assert export(lean) == export(a)


def test_a_constraint_in_a_group_falls_back_and_applies_the_segments_before_it(laptops, monkeypatch):
    """One case number given to two people on two laptops: the second laptop's segment is
    rejected, everything before it arrives — as segment by segment."""
    share = MemoryTarget()
    a, b, lean, old = laptops(4)
    from kimdesk.models import Client

    first = clients.create_client(a, {"given_name": "Anna", "family_name": "Weber"})
    sync(a, share)
    second = clients.create_client(b, {"given_name": "Aylin", "family_name": "Kaya"})
    with a.session(write=False) as s:
        number = s.get(Client, first).case_number
    with b.session() as s:  # as a laptop whose numbering went wrong would
        s.get(Client, second).case_number = number
    sync(b, share)
    seen_lean, report = _round(lean, share, True, monkeypatch)
    seen_old, _ = _round(old, share, False, monkeypatch)
    assert seen_lean == seen_old
    assert any(e.detail == "constraint" for e in report.rejected)
    assert _dump(lean) == _dump(old)
    with lean.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one() == 1


def test_a_large_first_sync_writes_segments_of_bounded_size(laptops, monkeypatch):
    monkeypatch.setattr(outbox, "SEGMENT_CHANGES", 3)
    share = MemoryTarget()
    a, b = laptops(2)
    for i in range(4):
        clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"})
    with a.connection() as conn:
        made = conn.exec_driver_sql(f"SELECT count(*) FROM {TEXT_FORM} WHERE device = ?", (a.device_id,)).scalar_one()
    report = sync(a, share)
    segments = -(-made // 3)
    assert report.sent_segments == segments and report.sent_changes == made
    assert [layout.parse_segment(f.name) for f in share.list(layout.device_dir(a.device_id))
            if layout.parse_segment(f.name)] == list(range(1, segments + 1))
    with a.connection() as conn:
        sizes = [n for (n,) in conn.exec_driver_sql("SELECT changes FROM sync_outgoing ORDER BY seq")]
        order = [s for (s,) in conn.exec_driver_sql(f"SELECT segment FROM {TEXT_FORM} WHERE device = ? ORDER BY seq",
                                                    (a.device_id,))]
    assert sizes == [3] * (made // 3) + ([made % 3] if made % 3 else [])
    assert order == sorted(order)  # in the order they were made
    received = sync(b, share)
    assert received.received_segments == segments and received.received_changes == made
    assert export(a) == export(b)
    check_invariants(b)


def test_an_erasure_goes_with_the_first_of_several_segments(laptops, monkeypatch):
    from kimdesk.sync import erasure

    monkeypatch.setattr(outbox, "SEGMENT_CHANGES", 2)
    share = MemoryTarget()
    a, b = laptops(2)
    keep = clients.create_client(a, {"given_name": "Anna", "family_name": "Weber"})
    gone = clients.create_client(a, {"given_name": "Olena", "family_name": "Muster"})
    sync(a, share)
    sync(b, share)
    with a.session() as s:
        erasure.erase_client(s, a, gone, "Löschantrag (Test)")
    for i in range(3):
        clients.update_client(a, keep, {"phone": f"0241 {i}"})
    sync(a, share)
    with a.connection() as conn:
        first = conn.exec_driver_sql("SELECT min(seq) FROM sync_outgoing WHERE sent IS NOT NULL AND seq > 1").scalar()
        assert conn.exec_driver_sql("SELECT segment FROM sync_erasure").scalar() == first
    sync(b, share)
    assert export(a) == export(b)
    with b.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM client WHERE id = ?", (stored_id(gone),)).scalar_one() == 0


def _autocheckpoint(conn) -> int:
    return conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one()


@pytest.mark.parametrize("fails", [False, True])
def test_a_catch_up_checkpoints_the_wal_at_its_end_not_per_group(laptops, monkeypatch, fails):
    """Each group commits, but the WAL is not copied into the database after each of them
    (the groups dirty the same index pages): the automatic checkpoint is raised for the
    catch-up and set back afterwards, also when applying fails."""
    share = MemoryTarget()
    a, b = laptops(2)
    for i in range(3):
        clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"})
        sync(a, share)
    monkeypatch.setattr(receive, "GROUP_CHANGES", 1)  # one segment a group: three commits
    seen: list[int] = []
    original = receive.apply_batch

    def spying(conn, *args, **kw):
        seen.append(_autocheckpoint(conn))
        if fails and len(seen) == 2:
            raise RuntimeError("disk gone")
        return original(conn, *args, **kw)

    monkeypatch.setattr(receive, "apply_batch", spying)
    try:
        report = service.run(b, share)
    except RuntimeError:
        assert fails
    else:
        assert fails or report.received_segments == 3
    assert seen and set(seen) == {receive.CATCH_UP_WAL_PAGES} != {receive.WAL_AUTOCHECKPOINT}
    with b.connection() as conn:
        assert _autocheckpoint(conn) == receive.WAL_AUTOCHECKPOINT


@pytest.mark.parametrize("fails", [False, True])
@pytest.mark.parametrize("was_on", [True, False])
def test_a_catch_up_pauses_the_cycle_collector_and_restores_it(laptops, monkeypatch, fails, was_on):
    """The cycle collector is off while segments are applied (it walked the catch-up's live
    changes again and again), and afterwards as it was before: back on, also when applying
    fails; still off where the caller had it off (the desktop collects on its UI thread)."""
    share = MemoryTarget()
    a, b = laptops(2)
    for i in range(2):
        clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"})
        sync(a, share)
    monkeypatch.setattr(receive, "GROUP_CHANGES", 1)  # one segment a group
    seen: list[bool] = []
    original = receive.apply_batch

    def spying(conn, *args, **kw):
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("disk gone")
        return original(conn, *args, **kw)

    monkeypatch.setattr(receive, "apply_batch", spying)
    monkeypatch.setattr(receive, "MERGE_SEGMENTS", False)  # every segment through apply_batch
    before = gc.isenabled()
    (gc.enable if was_on else gc.disable)()
    try:
        try:
            report = service.run(b, share)
        except RuntimeError:
            assert fails
        else:
            assert not fails and report.received_segments == 2
        after = gc.isenabled()
    finally:
        (gc.enable if before else gc.disable)()
    assert seen and set(seen) == {False}
    assert after is was_on
