"""This device's outgoing changes: frozen into a numbered segment before any file is written.

Freezing reserves the next sequence number and assigns every unsent change (and erasure) to
it in one local transaction. Only then is the file written. A round killed between writing
the file and recording it as sent leaves the reservation, and the next round writes the
same changes under the same number again — a number never gets different changes.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection

from kimdesk.store.journal_codes import Names, row_id_of
from kimdesk.store.journal_values import decode
from kimdesk.store.store import Store
from kimdesk.sync import erasure
from kimdesk.sync.knowledge import cursors


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def unsent_count(conn: Connection, device: str) -> int:
    """Changes waiting to reach the share (not yet frozen, or frozen but not sent)."""
    code = Names(conn).find(device)
    loose = 0 if code is None else conn.exec_driver_sql(
        "SELECT count(*) FROM change WHERE device_code = ? AND segment IS NULL", (code,)).scalar_one()
    frozen = conn.exec_driver_sql("SELECT coalesce(sum(changes), 0) FROM sync_outgoing WHERE sent IS NULL").scalar_one()
    erasures = conn.exec_driver_sql(
        "SELECT count(*) FROM sync_erasure WHERE device = ? AND segment IS NULL", (device,)).scalar_one()
    return int(loose) + int(frozen) + int(erasures)


def last_reserved(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM sync_outgoing").scalar_one())


def last_sent(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM sync_outgoing WHERE sent IS NOT NULL")
               .scalar_one())


#: most changes in one segment: a first sync of a large office (1.7 million changes) writes many
#: files of bounded size instead of one that no laptop could hold in memory. Half of what a
#: receiving laptop applies in one transaction (``receive.GROUP_CHANGES``); measured at 255,000
#: changes: first sync 283 MB and join 376 MB peak (50,000: 413 and 532 MB; one segment: 882/868)
SEGMENT_CHANGES = 20_000


def freeze(store: Store) -> int | None:
    """Reserve sequence numbers for the unsent changes (at most ``SEGMENT_CHANGES`` per
    segment, in the order they were made; erasures go with the first); the last number
    reserved, None if there is nothing to send."""
    me = store.device_id
    with store.connection(write=True) as conn:
        code = Names(conn).find(me)
        n = 0 if code is None else conn.exec_driver_sql(
            "SELECT count(*) FROM change WHERE device_code = ? AND segment IS NULL", (code,)).scalar_one()
        e = conn.exec_driver_sql("SELECT count(*) FROM sync_erasure WHERE device = ? AND segment IS NULL",
                                 (me,)).scalar_one()
        if not n and not e:
            return None
        requires = json.dumps(cursors(conn), sort_keys=True)
        seq = last_reserved(conn)
        left = n
        while True:
            seq += 1
            size = min(left, SEGMENT_CHANGES)
            first = last = 0  # the seqs its changes lie between (``payload`` reads them there)
            if left > SEGMENT_CHANGES:
                first, last = conn.exec_driver_sql(
                    "SELECT min(seq), max(seq) FROM (SELECT seq FROM change WHERE device_code = ? AND segment IS NULL "
                    "ORDER BY seq LIMIT ?)", (code, size)).one()
                conn.exec_driver_sql(
                    "UPDATE change SET segment = ? WHERE seq IN (SELECT seq FROM change WHERE device_code = ? "
                    "AND segment IS NULL ORDER BY seq LIMIT ?)", (seq, code, size))
            elif n:
                first, last = conn.exec_driver_sql(
                    "SELECT min(seq), max(seq) FROM change WHERE device_code = ? AND segment IS NULL", (code,)).one()
                conn.exec_driver_sql("UPDATE change SET segment = ? WHERE device_code = ? AND segment IS NULL",
                                     (seq, code))
            if e:
                conn.exec_driver_sql("UPDATE sync_erasure SET segment = ? WHERE device = ? AND segment IS NULL",
                                     (seq, me))
            conn.exec_driver_sql(
                "INSERT INTO sync_outgoing(seq, requires, changes, created, sent, first_change, last_change) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?)", (seq, requires, size + e, _now(), first, last))
            left -= size
            e = 0
            if left <= 0:
                return seq


def segment_changes(code: int | None, seq: int, first: int | None, last: int | None) -> tuple[str, tuple]:
    """The condition (SQL, arguments) for the changes of own segment ``seq`` (device ``code``):
    a range of the journal's own key (``sync_outgoing.first_change``/``last_change``; the journal
    keeps no index by segment), the whole journal only for a segment whose range is not known."""
    if first is None or last is None:
        return "device_code = ? AND segment = ?", (code, seq)
    return "seq BETWEEN ? AND ? AND device_code = ? AND segment = ?", (first, last, code, seq)


def pending(conn: Connection) -> list[int]:
    return [r[0] for r in conn.exec_driver_sql("SELECT seq FROM sync_outgoing WHERE sent IS NULL ORDER BY seq")]


def payload(conn: Connection, device: str, seq: int) -> dict[str, Any]:
    """The content of segment ``seq``: its changes, the vectors they reference, its erasures."""
    text, first, last = conn.exec_driver_sql(
        "SELECT requires, first_change, last_change FROM sync_outgoing WHERE seq = ?", (seq,)).one()
    requires = json.loads(text)
    changes = []
    refs: set[int] = set()
    names = Names(conn)
    code = names.find(device)
    where, args = segment_changes(code, seq, first, last)
    for entity, key, data, stamp, actor, seen in conn.exec_driver_sql(
            f"SELECT entity_code, row_key, data, stamp, actor_code, seen FROM change WHERE {where} ORDER BY seq",
            args) if code is not None else ():
        changes.append([names.name(entity), row_id_of(key), stamp, names.name(actor), seen, decode(data)])
        if seen is not None:
            refs.add(seen)
    vectors = {}
    for kid in sorted(refs):
        vectors[str(kid)] = json.loads(
            conn.exec_driver_sql("SELECT vector FROM sync_knowledge WHERE id = ?", (kid,)).scalar_one())
    erasures = []
    for eid, client, stamp, actor, reason in conn.exec_driver_sql(
            "SELECT id, client_id, stamp, actor, reason FROM sync_erasure WHERE device = ? AND segment = ? ORDER BY id",
            (device, seq)):
        erasures.append({"client": client, "stamp": stamp, "actor": actor, "reason": reason,
                         "rows": erasure.rows_of(conn, eid)})
    return {"requires": requires, "vectors": vectors, "changes": changes, "erasures": erasures}


def mark_sent(store: Store, seq: int) -> None:
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE sync_outgoing SET sent = ? WHERE seq = ?", (_now(), seq))
