"""Snapshots and compaction: new laptops start from a snapshot; old segments leave the share."""

from __future__ import annotations

from kimdesk.services.clients_intake import clients
from kimdesk.sync import layout, settings
from kimdesk.sync.report import Decision
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import check_invariants, export, sync


def own_segments(share: MemoryTarget, store) -> list[str]:
    prefix = layout.device_dir(store.device_id) + "/"
    return sorted(p[len(prefix):] for p in share.files if p.startswith(prefix))


def test_compaction_and_a_new_laptop_starting_from_a_snapshot(laptops):
    share = MemoryTarget()
    a, b = laptops(2)
    for s in (a, b):
        settings.put(s, settings.SNAPSHOT_EVERY, 3)
    for i in range(8):
        clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"})
        sync(a, share)
        sync(b, share)
    sync(a, share)  # a learns b's cursors and compacts
    files = own_segments(share, a)
    segments = [f for f in files if layout.parse_segment(f)]
    assert len(segments) < 8, files  # compacted
    assert any(f.endswith(".snapshot") for f in files)
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, share)
    assert report.of(Decision.SNAPSHOT_APPLIED), report.events
    assert not report.of(Decision.WAITING)
    assert export(late) == export(a) == export(b)
    check_invariants(late)
    # and the late laptop's own edits flow back
    cid = clients.create_client(late, {"given_name": "Neu", "family_name": "Person"})
    sync(late, share)
    sync(a, share)
    with a.session(write=False) as s:
        assert clients.get(s, cid).family_name == "Person"


def test_a_laptop_offline_while_segments_were_compacted_catches_up_from_the_snapshot(laptops):
    share = MemoryTarget()
    a, b, c = laptops(3)
    for s in (a, b, c):
        settings.put(s, settings.SNAPSHOT_EVERY, 2)
    clients.create_client(a, {"given_name": "Erst", "family_name": "Person"})
    for s in (a, b, c):
        sync(s, share)
    for i in range(6):
        clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"})
        sync(a, share)
        sync(b, share)
    # c is offline; pretend it retired and remove its folder, so a may compact
    for path in [p for p in share.files if p.startswith(layout.device_dir(c.device_id))]:
        del share.files[path]
    share.dirs.discard(layout.device_dir(c.device_id))
    sync(a, share)
    assert layout.segment_name(1) not in own_segments(share, a)
    report = sync(c, share)
    assert export(c) == export(a), report.lines()
    check_invariants(c)
