"""Knowledge vectors and cursors: what this device has applied from every other device.

A device's knowledge is its cursors (last applied segment per remote device). Whenever the
cursors advance, the new vector is stored and ``sync.knowledge_id`` points at it, so change
capture stamps every local change with what its writer had seen — the causality the
conflict rules need. Vectors that arrive with remote changes are stored the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection

from kimdesk.models import Knowledge, SyncCursor
from kimdesk.sync import settings
from kimdesk.store.store import Store

_k = Knowledge.__table__
_c = SyncCursor.__table__


def canonical(vector: Mapping[str, int]) -> str:
    return json.dumps({k: int(v) for k, v in sorted(vector.items()) if v}, separators=(",", ":"))


class VectorCache:
    """Vector ids and vectors of one transaction (a segment has few distinct ones)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._ids: dict[str, int] = {}
        self._vectors: dict[int, dict[str, int]] = {}

    def id_of(self, vector: Mapping[str, int]) -> int:
        text = canonical(vector)
        found = self._ids.get(text)
        if found is not None:
            return found
        self.conn.exec_driver_sql("INSERT OR IGNORE INTO sync_knowledge(vector) VALUES (?)", (text,))
        found = self.conn.exec_driver_sql("SELECT id FROM sync_knowledge WHERE vector = ?", (text,)).scalar_one()
        self._ids[text] = found
        self._vectors[found] = json.loads(text)
        return found

    def vector(self, kid: int | None) -> dict[str, int]:
        if kid is None:
            return {}
        found = self._vectors.get(kid)
        if found is None:
            self.load([kid])
            found = self._vectors.get(kid, {})
        return found

    def load(self, ids: Iterable[int | None]) -> None:
        wanted = sorted({i for i in ids if i is not None and i not in self._vectors})
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for kid, text in self.conn.exec_driver_sql(
                    f"SELECT id, vector FROM sync_knowledge WHERE id IN ({marks})", tuple(chunk)):
                self._vectors[kid] = json.loads(text)
                self._ids[text] = kid


def cursors(conn: Connection) -> dict[str, int]:
    return {d: s for d, s in conn.exec_driver_sql("SELECT device, seq FROM sync_cursor")}


def advance(conn: Connection, store: Store, device: str, seq: int, cache: VectorCache | None = None) -> None:
    """Move one cursor forward (in the caller's transaction) and publish the new knowledge."""
    advance_many(conn, store, {device: seq}, cache)


def advance_many(conn: Connection, store: Store, to: Mapping[str, int], cache: VectorCache | None = None) -> None:
    current = cursors(conn)
    moved = False
    for device, seq in to.items():
        if device == store.device_id or seq <= current.get(device, 0):
            continue
        conn.exec_driver_sql(
            "INSERT INTO sync_cursor(device, seq) VALUES (?, ?) ON CONFLICT(device) DO UPDATE SET seq = excluded.seq",
            (device, seq))
        current[device] = seq
        moved = True
    if moved:
        kid = (cache or VectorCache(conn)).id_of(current)
        settings.put(store, settings.KNOWLEDGE_ID, kid, conn)
