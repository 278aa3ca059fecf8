"""Helpers for sync tests: laptops of one team, rounds, and the invariants after each."""

from __future__ import annotations

import json
from typing import Any

from kimdesk.services.clients_intake import exchange
from kimdesk.store.store import Store
from kimdesk.sync import merge, service
from kimdesk.sync import team as teams
from kimdesk.sync.targets import Target


class Laptops:
    def __init__(self, make_store, team: teams.Team):
        self.make_store = make_store
        self.team = team
        self.count = 0

    def __call__(self, n: int) -> list[Store]:
        out = []
        for _ in range(n):
            self.count += 1
            store = self.make_store(f"l{self.count}")
            teams._save(store, self.team)
            out.append(store)
        return out


def sync(store: Store, target: Target, **kw: Any):
    return service.run(store, target, **kw)


def join_from_database_snapshot(laptops: Laptops, target: Target, monkeypatch):
    """A new laptop's first round, checked to have copied a database snapshot (not replayed changes)."""
    from kimdesk.sync import settings, snapshot_join
    from kimdesk.sync.report import Decision
    copied = []
    real = snapshot_join.import_rows
    monkeypatch.setattr(snapshot_join, "import_rows", lambda *args: copied.append(1) or real(*args))
    late, = laptops(1)
    settings.put(late, settings.SNAPSHOT_GAIN, 1)
    report = sync(late, target)
    assert report.of(Decision.SNAPSHOT_APPLIED) and copied == [1], report.lines()
    return late, report


def export(store: Store) -> str:
    return json.dumps(exchange.export_document(store), sort_keys=True, ensure_ascii=False)


def check_invariants(store: Store) -> None:
    """Database intact, audit chain intact, every row equal to what its changes add up to."""
    from kimdesk.models import synced_classes
    from kimdesk.store import audit
    from kimdesk.sync.knowledge import VectorCache
    from kimdesk.sync.materialise import load_versions, table_info

    assert store.check() == ["ok"]
    with store.connection() as conn:
        assert audit.verify(conn).ok
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        assert fk == [], fk
        cache = VectorCache(conn)
        for entity in synced_classes():
            info = table_info(entity)
            rows = {r.id: r for r in conn.execute(info.table.select())}
            versions = load_versions(conn, cache, entity, list(rows))
            for rid, row in rows.items():
                vs = versions.get(rid)
                assert vs, f"{entity} {rid} has no change"
                if entity in ("conference", "conference_client", "participant", "agenda_item", "decision",
                              "action_item"):
                    continue  # protocol rows are checked against their finalisation in their own tests
                expect = info.convert(merge.fold((v.stamp, v.device, v.data) for v in vs).values())
                got = {k: getattr(row, k) for k in expect}
                assert got == expect, (entity, rid, got, expect)


def snapshot_database_text(blob: bytes, team_id: str, team_key: bytes) -> str:
    """Everything in the SQLCipher database behind a version-2 snapshot file, as text: what
    someone holding the team key reads there (empty for a file without one)."""
    import tempfile
    from pathlib import Path

    import sqlcipher3

    from kimdesk.sync import envelope, snapshot_db

    header, _ = envelope.read_header(blob)
    if not header.tail:
        return ""
    key = snapshot_db.db_key(team_key, team_id)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "snapshot.db"
        path.write_bytes(blob[len(blob) - header.tail:])
        conn = sqlcipher3.connect(str(path))
        try:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            out = []
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
                for row in conn.execute(f'SELECT * FROM "{name}"'):
                    out.append(f"{name}: {json.dumps(row, ensure_ascii=False, default=str)}")
        finally:
            conn.close()
    return "\n".join(out)
