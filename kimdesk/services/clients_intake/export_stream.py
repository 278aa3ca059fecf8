"""The export written piece by piece: memory bounded by a batch of people, not by all of them.

Produces the very bytes ``json.dumps(exchange.export_conn(conn), ensure_ascii=False,
indent=1)`` gives (a test compares them): each list item is dumped on its own and indented
to its depth. People and responsibilities are read in batches of ``BATCH`` by id, with what
belongs to them; the other lists row by row; conferences (a few hundred) as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from sqlalchemy import Connection, select

from kimdesk.models import (
    Agency,
    Appointment,
    Client,
    Consent,
    CounsellingContact,
    HouseholdMember,
    Need,
    Responsibility,
    ResponsibilityEvent,
    SchoolEntry,
    Task,
)
from kimdesk.services.clients_intake import exchange
from kimdesk.services.clients_intake import exchange_format as fmt

BATCH = 500


def _dumps(value: Any, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


def _batches(conn: Connection, cls: type) -> Iterator[list[Any]]:
    """Live rows of ``cls`` by id, ``BATCH`` at a time (keyset: no OFFSET walk)."""
    t = cls.__table__
    last = ""
    while True:
        rows = conn.execute(select(t).where(t.c.deleted.is_(False), t.c.id > last).order_by(t.c.id)
                            .limit(BATCH)).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _children(conn: Connection, cls: type, key: str, ids: list[str]) -> dict[str, list[Any]]:
    return exchange._group(exchange._rows_of(conn, cls, key, ids), key)


def _clients(conn: Connection) -> Iterator[dict[str, Any]]:
    for rows in _batches(conn, Client):
        ids = [r.id for r in rows]
        members = _children(conn, HouseholdMember, "client_id", ids)
        contacts = _children(conn, CounsellingContact, "client_id", ids)
        needs = _children(conn, Need, "client_id", ids)
        schooling = _children(conn, SchoolEntry, "client_id", ids)
        for r in rows:
            d = {"id": r.id} | exchange._fields(r, fmt.CLIENT)
            d["household"] = [{"id": m.id} | exchange._fields(m, fmt.MEMBER) for m in members.get(r.id, [])]
            d["contacts"] = [{"id": c.id} | exchange._fields(c, fmt.CONTACT) for c in contacts.get(r.id, [])]
            d["needs"] = [{"id": n.id} | exchange._fields(n, fmt.NEED) for n in needs.get(r.id, [])]
            entry = schooling.get(r.id)
            d["school_entry"] = exchange._fields(entry[0], fmt.SCHOOL_ENTRY) if entry else None
            yield d


def _responsibilities(conn: Connection) -> Iterator[dict[str, Any]]:
    for rows in _batches(conn, Responsibility):
        events = _children(conn, ResponsibilityEvent, "responsibility_id", [r.id for r in rows])
        for r in rows:
            d = {"id": r.id} | exchange._fields(r, fmt.RESPONSIBILITY)
            hist = sorted(events.get(r.id, []), key=lambda e: (e.on, e.id))
            d["history"] = [{"id": e.id} | exchange._fields(e, fmt.EVENT) for e in hist]
            yield d


def _plain(conn: Connection, cls: type, fields: list) -> Callable[[], Iterator[dict[str, Any]]]:
    def rows() -> Iterator[dict[str, Any]]:
        for batch in _batches(conn, cls):
            for r in batch:
                yield {"id": r.id} | exchange._fields(r, fields)
    return rows


def write_export(conn: Connection, out: BinaryIO) -> dict[str, int]:
    """Write the whole export to ``out``; returns the number of items per list."""
    sections: list[tuple[str, Callable[[], Iterable[dict[str, Any]]]]] = [
        ("clients", lambda: _clients(conn)),
        ("agencies", _plain(conn, Agency, fmt.AGENCY)),
        ("responsibilities", lambda: _responsibilities(conn)),
        ("consents", _plain(conn, Consent, fmt.CONSENT)),
        ("conferences", lambda: exchange.export_conferences(conn)),
        ("tasks", _plain(conn, Task, fmt.TASK)),
        ("appointments", _plain(conn, Appointment, fmt.APPOINTMENT)),
    ]
    counts: dict[str, int] = {}
    out.write(("{\n" + f' "format": {_dumps(fmt.FORMAT, 1)},\n "version": {_dumps(fmt.VERSION, 1)}').encode("utf-8"))
    for name, items in sections:
        out.write(f',\n "{name}": '.encode("utf-8"))
        n = 0
        for item in items():
            out.write((("[\n  " if n == 0 else ",\n  ") + _dumps(item, 2)).encode("utf-8"))
            n += 1
        out.write(b"\n ]" if n else b"[]")
        counts[name] = n
    out.write(b"\n}")
    return counts
