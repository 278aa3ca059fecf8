"""Snapshots are written as a stream: the same payload as a whole one, the same file format."""

from __future__ import annotations

import json

from kimdesk.services.clients_intake import clients
from kimdesk.sync import envelope, erasure, snapshot
from kimdesk.sync.envelope import Header
from kimdesk.sync.report import Decision
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import export, sync


def test_the_streamed_snapshot_is_the_whole_one_in_the_same_format(laptops, team_key, monkeypatch):
    monkeypatch.setattr(envelope, "STREAM_CHUNK", 64)  # many chunks through zlib and AES-GCM
    share = MemoryTarget()
    a, b = laptops(2)
    ids = [clients.create_client(a, {"given_name": f"Jürgen {i}", "family_name": "Müller"}) for i in range(5)]
    sync(a, share)
    sync(b, share)
    clients.update_client(b, ids[0], {"phone": "0241 1"})
    with b.session() as s:
        erasure.erase_client(s, b, ids[1], "Löschantrag (Test)")
    sync(b, share)
    sync(a, share)
    with a.connection() as conn:
        whole, covers = snapshot.build(conn, a.device_id)
        counted: dict[str, int] = {}
        pieces = list(snapshot.stream(conn, a.device_id, snapshot.coverage(conn, a.device_id), counted))
    assert json.loads("".join(pieces)) == whole
    assert counted["changes"] == len(whole["changes"]) >= 5 and whole["erasures"] and whole["vectors"]
    header = Header("snapshot", team_key.id, a.device_id, covers[a.device_id])
    blob = envelope.seal_stream(team_key.key, header, pieces)
    opened = envelope.open_sealed(team_key.key, blob, team=team_key.id, kind="snapshot", device=a.device_id,
                                  seq=covers[a.device_id])
    assert opened == whole
    assert snapshot.to_batch(opened)[1] == covers
    tampered = bytearray(blob)
    tampered[-20] ^= 1
    try:
        envelope.open_sealed(team_key.key, bytes(tampered), team=team_key.id, kind="snapshot")
    except envelope.EnvelopeError as exc:
        assert exc.reason == "tampered"
    else:
        raise AssertionError("a flipped bit must fail authentication")


def test_a_new_laptop_joins_from_a_streamed_snapshot(laptops, monkeypatch):
    from kimdesk.sync import settings

    monkeypatch.setattr(envelope, "STREAM_CHUNK", 128)
    share = MemoryTarget()
    a, b = laptops(2)
    settings.put(a, settings.SNAPSHOT_EVERY, 1)
    for i in range(6):
        clients.create_client(a, {"given_name": f"P{i}", "family_name": "Muster"})
        report = sync(a, share)
    assert report.of(Decision.SNAPSHOT_WRITTEN)
    joined = sync(b, share)
    assert joined.of(Decision.SNAPSHOT_APPLIED)
    assert export(a) == export(b)
