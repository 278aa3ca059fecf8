"""The change journal in its text form for tests (the storage form is in store.journal_codes)."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from kimdesk.store.journal_codes import TEXT_FORM, Names, row_key
from kimdesk.store.journal_values import encode


def rows(conn: Any, where: str = "", params: tuple = (), order: str = "seq") -> list[SimpleNamespace]:
    """Journal rows (seq, entity, row_id, data as a dict, stamp, device, actor, seen, segment)."""
    sql = f"SELECT * FROM {TEXT_FORM}" + (f" WHERE {where}" if where else "") + f" ORDER BY {order}"
    out = []
    for r in conn.exec_driver_sql(sql, params).mappings():
        d = dict(r)
        d["data"] = json.loads(d["data"])
        out.append(SimpleNamespace(**d))
    return out


def insert(conn: Any, entity: str, row_id: str, data: str, stamp: int, device: str, actor: str | None = None,
           seen: int | None = None, segment: int | None = None) -> None:
    """One journal row written as KIMdesk stores it (``data``: JSON text of the values)."""
    names = Names(conn)
    conn.exec_driver_sql(
        "INSERT INTO change(entity_code, row_key, data, stamp, device_code, actor_code, seen, segment) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (names.code(entity), row_key(row_id), encode(json.loads(data)), stamp, names.code(device), names.code(actor), seen, segment))
