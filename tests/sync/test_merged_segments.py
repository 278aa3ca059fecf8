"""A catch-up through capped segments, whose segments are applied a group at a time as one
batch (``apply.apply_merged``), leaves the tables a one-segment catch-up of the same changes
leaves; and the merged batch leaves every table (audit included) and the report exactly as the
segments applied one by one."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from benchmarks.bench_sync import table_digests
from kimdesk.services.clients_intake import clients
from kimdesk.store.profile import Profile
from kimdesk.sync import apply, outbox, receive
from kimdesk.sync.targets import MemoryTarget
from tests.support.stores import open_with_key
from tests.sync.support import check_invariants, export, sync

#: what differs by how the changes were cut into segments, not by what they are: the segment
#: number each change came in, the cursors and what is known per segment, one audit entry per
#: segment (and so the audit's sequence)
BY_SEGMENTS = ("sync_cursor", "sync_knowledge", "audit", "sqlite_sequence", "change")


def _work(store, rng: random.Random, people: int = 40, edits: int = 120) -> None:
    """People taken in, then edited (often one taken in many changes earlier), renamed, given needs."""
    ids = []
    for i in range(people):
        ids.append(clients.create_client(store, {"given_name": f"Person{i}", "family_name": rng.choice(
            ["Weber", "Kaya", "Yilmaz", "Nowak"]), "phone": f"0241 {i}"}))
        for _ in range(3 if i % 10 == 9 else 0):  # edits interleaved with the intake
            clients.update_client(store, rng.choice(ids), {"municipality": rng.choice(["Alsdorf", "Stolberg"])})
    for n in range(edits):
        cid = rng.choice(ids)
        if n % 7 == 0:
            clients.update_client(store, cid, {"family_name": f"Neu{n}"})  # search keys change
        else:
            clients.update_client(store, cid, {"municipality": rng.choice(["Alsdorf", "Stolberg", "Monschau"]),
                                               "phone": f"0241 9{n}"})


def _twin(store, key: bytes, tmp_path):
    """The same laptop (same device id, same journal), copied before it first syncs."""
    with store.connection() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = Profile(tmp_path / "twin", "default")
    shutil.copytree(Path(store.path).parent, copy.dir)
    return open_with_key(copy, key)


def _without(digests: dict, names) -> dict:
    return {k: v for k, v in digests.items() if k not in names}


def _journal(store) -> list[tuple]:
    """The journal without the segment each change came in."""
    with store.connection() as conn:
        return sorted(conn.exec_driver_sql(
            "SELECT entity_code, row_key, data, stamp, device_code, actor_code, seen FROM change").all(), key=repr)


def test_a_capped_catch_up_leaves_the_tables_of_a_one_segment_catch_up(laptops, template_profile, tmp_path,
                                                                       monkeypatch):
    writer, = laptops(1)
    _work(writer, random.Random(22))
    twin = _twin(writer, template_profile[1], tmp_path)
    try:
        capped, whole = MemoryTarget(), MemoryTarget()
        monkeypatch.setattr(outbox, "SEGMENT_CHANGES", 9)
        sent = sync(writer, capped)
        monkeypatch.setattr(outbox, "SEGMENT_CHANGES", 10**9)
        sent_whole = sync(twin, whole)
        assert sent.sent_changes == sent_whole.sent_changes > 150 and sent.sent_segments > 15
        assert sent_whole.sent_segments == 1
        monkeypatch.setattr(receive, "GROUP_CHANGES", 40)  # groups of four segments, merged
        a, b = laptops(2)
        got = sync(a, capped)
        want = sync(b, whole)
        assert got.received_changes == want.received_changes == sent.sent_changes
        assert got.received_segments == sent.sent_segments and not got.rejected
        assert _without(table_digests(a), BY_SEGMENTS) == _without(table_digests(b), BY_SEGMENTS)
        assert _journal(a) == _journal(b)
        assert export(a) == export(b) == export(writer)
        check_invariants(a)
    finally:
        twin.close()


def _events(report) -> list[tuple]:
    return [(e.decision, e.device, e.seq, e.detail) for e in report.events
            if e.decision.name not in ("ERROR", "INITIALISED")]


def test_merged_segments_leave_every_table_and_report_of_one_by_one(laptops, monkeypatch):
    writer, other = laptops(2)
    _work(writer, random.Random(5))
    _work(other, random.Random(6), people=10, edits=20)
    share = MemoryTarget()
    monkeypatch.setattr(outbox, "SEGMENT_CHANGES", 7)
    sync(writer, share)
    sync(other, share)  # takes the writer's segments in, then sends its own
    monkeypatch.setattr(receive, "GROUP_CHANGES", 30)
    merged, single = laptops(2)
    calls = []
    real = apply.apply_merged
    monkeypatch.setattr(receive, "apply_merged", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    got = sync(merged, share)
    assert len(calls) > 5  # the groups were merged
    monkeypatch.setattr(receive, "MERGE_SEGMENTS", False)
    want = sync(single, share)
    assert _events(got) == _events(want)
    assert got.received_changes == want.received_changes and got.conflicts == want.conflicts == 0
    assert table_digests(merged) == table_digests(single)
    check_invariants(merged)


def test_a_conflict_in_a_merged_group_applies_it_segment_by_segment(laptops, monkeypatch):
    """Two laptops edit the same person apart: the merged attempt meets a conflict, rolls back and
    applies the group one segment at a time, reporting what one by one reports."""
    a, b = laptops(2)
    share = MemoryTarget()
    cid = clients.create_client(a, {"given_name": "Anna", "family_name": "Weber"})
    sync(a, share)
    sync(b, share)
    clients.update_client(a, cid, {"phone": "0241 1"})
    clients.update_client(b, cid, {"phone": "0241 2"})
    sync(a, share)
    sync(b, share)
    merged, single = laptops(2)
    calls = []
    real = apply.apply_merged
    monkeypatch.setattr(receive, "apply_merged", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    got = sync(merged, share)
    assert calls  # tried, then fell back
    monkeypatch.setattr(receive, "MERGE_SEGMENTS", False)
    want = sync(single, share)
    assert got.conflicts == want.conflicts == 1
    assert _events(got) == _events(want)
    assert table_digests(merged) == table_digests(single)


def test_segments_that_delete_are_not_merged(laptops, monkeypatch):
    """The fail-safe counts deletions per segment: a group with a deleting change goes one by one."""
    a, = laptops(1)
    share = MemoryTarget()
    ids = [clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"}) for i in range(5)]
    clients.delete_client(a, ids[0])
    monkeypatch.setattr(outbox, "SEGMENT_CHANGES", 2)
    sync(a, share)
    b, = laptops(1)
    calls = []
    monkeypatch.setattr(receive, "apply_merged", lambda *a, **kw: calls.append(1))
    report = sync(b, share, confirm_deletions=True)
    assert not calls and report.received_changes > 5 and not report.rejected
    assert export(b) == export(a)
