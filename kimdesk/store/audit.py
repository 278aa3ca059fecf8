"""The audit log: a hash chain of who did what to which record, from which device.

Entries hold ids, actions and field names, never personal values, so erasing a person
leaves the chain intact and verifiable. Each entry's hash covers the previous hash, so an
edited, inserted or removed entry breaks the chain at that point.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, select

from kimdesk.models import AuditEntry

GENESIS = "0" * 64
_table = AuditEntry.__table__


def _digest(prev: str, entry: dict) -> str:
    body = {k: entry[k] for k in ("at", "device", "actor", "action", "entity", "row_id", "fields")}
    payload = prev + json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def append(
    conn: Connection,
    device: str,
    actor: str | None,
    events: Iterable[tuple[str, str, str | None, Iterable[str]]],
) -> int:
    """Append (action, entity, row_id, field names) events in the caller's transaction.

    A "create" names no fields ("*": the whole record), which keeps the log small.
    """
    prev = conn.execute(select(_table.c.hash).order_by(_table.c.seq.desc()).limit(1)).scalar() or GENESIS
    at = now_iso()
    rows = []
    for action, entity, row_id, fields in events:
        entry = {
            "at": at,
            "device": device,
            "actor": actor,
            "action": action,
            "entity": entity,
            "row_id": row_id,
            "fields": "*" if action == "create" else ",".join(sorted(fields)),
        }
        entry["hash"] = prev = _digest(prev, entry)
        rows.append(entry)
    if rows:  # plain executemany: bulk paths (import, sync) append tens of thousands at once
        keys = ("at", "device", "actor", "action", "entity", "row_id", "fields", "hash")
        conn.exec_driver_sql(f"INSERT INTO audit ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})",
                             [tuple(r[k] for k in keys) for r in rows])
    return len(rows)


@dataclass
class Verification:
    ok: bool
    entries: int
    broken_at: int | None = None

    def describe(self) -> str:
        from kimdesk.i18n import translate

        if self.ok:
            return translate("Audit", "Audit-Protokoll intakt: {n} Einträge geprüft.").format(n=self.entries)
        return translate("Audit", "Audit-Protokoll manipuliert oder beschädigt: Kette bricht bei Eintrag {seq}.").format(
            seq=self.broken_at
        )


def verify(conn: Connection) -> Verification:
    prev = GENESIS
    count = 0
    cols = [_table.c[k] for k in ("seq", "at", "device", "actor", "action", "entity", "row_id", "fields", "hash")]
    for row in conn.execute(select(*cols).order_by(_table.c.seq)).mappings():
        count += 1
        if _digest(prev, dict(row)) != row["hash"]:
            return Verification(False, count, row["seq"])
        prev = row["hash"]
    return Verification(True, count)
