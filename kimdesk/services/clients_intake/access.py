"""The access record: who opened which person's record, when — kept like the audit log.

Opening a record (the client view, an Art. 15 export), not scrolling a list, is one entry
in the hash-chained audit log with action ``open``: ids only (client id, device, actor), no
personal data, so the chain stays verifiable after the person is erased. A read of many
people at once (``search --json``, ``export``, a protocol or plan as PDF) is one entry with
action ``read``: its kind and how many people, nothing else. The entry is
local to the laptop, like every audit entry; nothing is synced.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from kimdesk.models import AuditEntry
from kimdesk.store import audit
from kimdesk.store.store import Store

OPEN = "open"
BULK = "read"  # many people's data at once: a search with full records, an export, a document
_t = AuditEntry.__table__


def record_open(store: Store, client_id: str, *, actor: str | None = None) -> None:
    """Log that ``client_id``'s record was opened (call when the record view opens)."""
    with store.connection(write=True) as conn:
        audit.append(conn, store.device_id, actor or store.actor, [(OPEN, "client", client_id, ())])


def record_bulk(store: Store, kind: str, count: int, *, actor: str | None = None) -> None:
    """Log one read of personal data in bulk (``kind``: search, export, minutes, plan …).

    One entry per read, not one per person: it says what kind of read and how many people,
    with no ids and no names, so it survives every erasure unchanged.
    """
    with store.connection(write=True) as conn:
        audit.append(conn, store.device_id, actor or store.actor, [(BULK, "clients", kind, (f"count={count}",))])


@dataclass(frozen=True)
class Bulk:
    at: str
    actor: str | None
    kind: str
    fields: str


def bulk_reads(conn: Connection) -> list[Bulk]:
    """Every bulk read on this laptop, newest first."""
    rows = conn.execute(select(_t.c.at, _t.c.actor, _t.c.row_id, _t.c.fields)
                        .where(_t.c.action == BULK, _t.c.entity == "clients").order_by(_t.c.seq.desc()))
    return [Bulk(r.at, r.actor, r.row_id, r.fields) for r in rows]


@dataclass(frozen=True)
class Access:
    at: str  # UTC, ISO 8601
    actor: str | None
    device: str


def opened(conn: Connection, client_id: str) -> list[Access]:
    """Who opened this person's record when, newest first."""
    rows = conn.execute(select(_t.c.at, _t.c.actor, _t.c.device)
                        .where(_t.c.action == OPEN, _t.c.entity == "client", _t.c.row_id == client_id)
                        .order_by(_t.c.seq.desc()))
    return [Access(r.at, r.actor, r.device) for r in rows]
