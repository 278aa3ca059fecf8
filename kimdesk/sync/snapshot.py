"""Snapshots: a device's whole applied journal in one file, so a new laptop starts from it
instead of replaying years of segments — and so old segments can be removed.

A snapshot holds every change that reached the share (with its origin device, segment and
the vector its writer had seen) plus the erasures, as of the writer's knowledge ``covers``
(its cursors and its own last sent segment). Because a device applies segments in causal
order, that set is closed: importing it and moving the cursors to ``covers`` is the same as
having applied every segment it covers. History and conflict detection stay complete.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from kimdesk.sync import erasure, outbox
from kimdesk.sync.apply import Batch, Incoming
from kimdesk.sync.knowledge import cursors


def build(conn: Connection, me: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The snapshot payload and what it covers."""
    sent = outbox.last_sent(conn)
    covers = dict(cursors(conn))
    covers[me] = sent
    changes = []
    refs: set[int] = set()
    for entity, row_id, data, stamp, device, actor, seen, segment in conn.exec_driver_sql(
            "SELECT entity, row_id, data, stamp, device, actor, seen, segment FROM change "
            "WHERE segment IS NOT NULL AND (device != ? OR segment <= ?) ORDER BY seq", (me, sent)):
        changes.append([entity, row_id, stamp, actor, seen, json.loads(data), device, segment])
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


def to_batch(doc: Any) -> tuple[Batch, dict[str, int]]:
    """Check the shape of a snapshot payload; ValueError if it is not one."""
    if not isinstance(doc, dict):
        raise ValueError("not an object")
    covers = {str(k): int(v) for k, v in doc["covers"].items()}
    vectors = {int(k): {str(d): int(s) for d, s in v.items()} for k, v in doc.get("vectors", {}).items()}
    batch = Batch()
    for entity, row_id, stamp, actor, seen, data, device, segment in doc["changes"]:
        if not isinstance(data, dict):
            raise ValueError("change data")
        batch.changes.append(Incoming(str(entity), str(row_id), data, int(stamp), str(device), int(segment),
                                      actor, vectors.get(seen, {}) if seen is not None else {}))
    for group in doc.get("erasures", []):
        batch.erasures.append({"client": str(group["client"]), "stamp": int(group["stamp"]),
                               "device": str(group["device"]), "actor": group.get("actor"),
                               "reason": str(group.get("reason") or ""), "segment": int(group["segment"]),
                               "rows": [[str(e), str(r)] for e, r in group.get("rows", [])]})
    return batch, covers
