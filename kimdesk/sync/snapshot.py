"""Snapshots: a device's whole applied journal in one file, so a new laptop starts from it
instead of replaying years of segments — and so old segments can be removed.

A snapshot holds every change that reached the share (with its origin device, segment and
the vector its writer had seen) plus the erasures, as of the writer's knowledge ``covers``
(its cursors and its own last sent segment). Because a device applies segments in causal
order, that set is closed: importing it and moving the cursors to ``covers`` is the same as
having applied every segment it covers. History and conflict detection stay complete.

This is the JSON form of before: snapshots are now written as SQLCipher databases
(``snapshot_db``); this form is still read (a team mid-upgrade) and written only when
``publish.DATABASE_SNAPSHOTS`` is off.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from kimdesk.store.journal_codes import Names, row_id_of
from kimdesk.store.journal_values import decode
from kimdesk.sync import erasure, outbox, shapes
from kimdesk.sync.apply import Batch, Incoming
from kimdesk.sync.knowledge import cursors

STORED = "entity_code, row_key, data, stamp, device_code, actor_code, seen, segment"


def build(conn: Connection, me: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The snapshot payload and what it covers."""
    sent = outbox.last_sent(conn)
    covers = dict(cursors(conn))
    covers[me] = sent
    changes = []
    refs: set[int] = set()
    names = Names(conn)
    for entity, key, data, stamp, device, actor, seen, segment in conn.exec_driver_sql(
            f"SELECT {STORED} FROM change WHERE segment IS NOT NULL AND (device_code IS NOT ? OR segment <= ?) "
            "ORDER BY seq", (names.find(me), sent)):
        changes.append([names.name(entity), row_id_of(key), stamp, names.name(actor), seen, decode(data),
                        names.name(device), segment])
        if seen is not None:
            refs.add(seen)
    vectors = {str(kid): json.loads(text) for kid, text in conn.exec_driver_sql(
        "SELECT id, vector FROM sync_knowledge") if kid in refs}
    erasures = []
    for eid, client, stamp, device, actor, reason, segment in conn.exec_driver_sql(
            "SELECT id, client_id, stamp, device, actor, reason, segment FROM sync_erasure "
            "WHERE segment IS NOT NULL AND (device != ? OR segment <= ?) ORDER BY id", (me, sent)):
        erasures.append({"client": client, "stamp": stamp, "device": device, "actor": actor, "reason": reason,
                         "segment": segment, "rows": erasure.rows_of(conn, eid)})
    return {"covers": covers, "vectors": vectors, "changes": changes, "erasures": erasures}, covers


_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def coverage(conn: Connection, me: str) -> dict[str, int]:
    """What a snapshot written now covers: the cursors and this laptop's last sent segment."""
    covers = dict(cursors(conn))
    covers[me] = outbox.last_sent(conn)
    return covers


def stream(conn: Connection, me: str, covers: dict[str, int], counted: dict[str, int]) -> Iterator[str]:
    """The payload of ``build`` as pieces of JSON text, one change at a time, for
    ``envelope.seal_stream``: the journal is read row by row and never held whole. The number
    of changes goes into ``counted["changes"]`` as they pass."""
    sent = covers[me]
    yield '{"covers":' + _encode(covers) + ',"changes":['
    refs: set[int] = set()
    n = 0
    names = Names(conn)
    for entity, key, data, stamp, device, actor, seen, segment in conn.exec_driver_sql(
            f"SELECT {STORED} FROM change WHERE segment IS NOT NULL AND (device_code IS NOT ? OR segment <= ?) "
            "ORDER BY seq", (names.find(me), sent)):
        yield ("," if n else "") + _encode([names.name(entity), row_id_of(key), stamp, names.name(actor), seen,
                                            decode(data), names.name(device), segment])
        n += 1
        if seen is not None:
            refs.add(seen)
    counted["changes"] = n
    vectors = {str(kid): json.loads(text) for kid, text in conn.exec_driver_sql(
        "SELECT id, vector FROM sync_knowledge") if kid in refs}
    yield '],"vectors":' + _encode(vectors) + ',"erasures":['
    first = True
    for eid, client, stamp, device, actor, reason, segment in conn.exec_driver_sql(
            "SELECT id, client_id, stamp, device, actor, reason, segment FROM sync_erasure "
            "WHERE segment IS NOT NULL AND (device != ? OR segment <= ?) ORDER BY id", (me, sent)).all():
        yield ("" if first else ",") + _encode({"client": client, "stamp": stamp, "device": device, "actor": actor,
                                                "reason": reason, "segment": segment,
                                                "rows": erasure.rows_of(conn, eid)})
        first = False
    yield "]}"


def to_batch(doc: Any) -> tuple[Batch, dict[str, int]]:
    """Check the shape of a snapshot payload; ValueError if it is not one."""
    doc = shapes.obj(doc)
    covers = {str(k): shapes.number(v) for k, v in shapes.obj(doc["covers"]).items()}
    vectors = shapes.vectors(doc.get("vectors", {}))
    batch = Batch()
    for change in shapes.seq_of(doc["changes"]):
        entity, row_id, stamp, actor, seen, data, device, segment = shapes.change(change, 8)
        batch.changes.append(Incoming(entity, row_id, data, stamp, shapes.text(device), shapes.number(segment),
                                      actor, vectors.get(seen, {}) if seen is not None else {}))
    for group in shapes.seq_of(doc.get("erasures", [])):
        batch.erasures.append({**shapes.erasure(group), "device": shapes.text(group["device"]),
                               "segment": shapes.number(group["segment"])})
    return batch, covers
