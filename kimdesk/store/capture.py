"""Change capture: every write to team data records its change in the same transaction.

Installed as a session ``after_flush`` hook by the store, so services cannot forget it:
inserts and updates of synced rows become rows of the change journal (fields and new values,
a fresh HLC stamp, the device, the actor and the sync knowledge at write time) and one audit
entry per transaction that points at them (field names only, see store.audit). Hard deletes
of synced rows are refused outside an erasure; ordinary deletions set the ``deleted`` flag.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, inspect
from sqlalchemy.orm import Session

from kimdesk.models import synced_columns
from kimdesk.store import audit
from kimdesk.store.journal_codes import Names, row_key
from kimdesk.store.journal_values import pack
from kimdesk.store.owners import owned_tables
from kimdesk.store.values import to_json

#: the journal row in its stored form (store.journal_codes)
INSERT = ("INSERT INTO change(entity_code, row_key, data, stamp, device_code, actor_code, seen, segment) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


_NO_DEFAULT = object()


@lru_cache(maxsize=None)
def _defaults(cls: type) -> dict[str, Any]:
    """What a column holds when a create leaves it out: its scalar default, [] or None."""
    out: dict[str, Any] = {}
    for key in synced_columns(cls):
        col = cls.__table__.c[key]
        default = col.default
        if default is None:
            out[key] = None if col.nullable else _NO_DEFAULT
        elif default.is_scalar and default.arg in (False, ""):
            out[key] = default.arg  # only empty defaults: a changed default must not change old data
        elif default.is_callable and isinstance(col.type, JSON):
            out[key] = []
        else:
            out[key] = _NO_DEFAULT
    return out


def _row_data(obj: Any, new: bool) -> dict[str, Any]:
    """Fields and new values; a create leaves out values equal to the column default."""
    state = inspect(obj)
    data: dict[str, Any] = {}
    defaults = _defaults(type(obj)) if new else {}
    for key in synced_columns(type(obj)):
        if new:
            value = getattr(obj, key)
            default = defaults[key]
            if default is _NO_DEFAULT or type(value) is not type(default) or value != default:
                data[key] = to_json(value)
            continue
        hist = state.attrs[key].history
        if hist.added or hist.deleted:
            if not hist.added:
                data[key] = None
            elif list(hist.deleted) != list(hist.added):
                data[key] = to_json(hist.added[0])
    return data


def after_flush(session: Session, _flush_context: Any) -> None:
    ctx = session.info.get("store")
    if ctx is None or not session.info.get("capture", True):
        return
    records: list[tuple[str, Any, dict[str, Any]]] = []
    for obj in session.new:
        if getattr(obj, "__synced__", False):
            records.append(("create", obj, _row_data(obj, new=True)))
    for obj in session.dirty:
        if getattr(obj, "__synced__", False) and session.is_modified(obj, include_collections=False):
            data = _row_data(obj, new=False)
            if data:
                action = "delete" if data.get("deleted") is True else "update"
                records.append((action, obj, data))
    for obj in session.deleted:
        if getattr(obj, "__synced__", False) and not session.info.get("erasing"):
            raise RuntimeError(
                f"hard delete of {type(obj).__name__} outside an erasure; set .deleted instead"
            )
    if not records:
        return
    conn = session.connection()
    seen = ctx.knowledge_id(conn)
    actor = session.info.get("actor")
    rows = []
    touched = session.info.setdefault("touched", {})
    owners = session.info.setdefault("owners", {})  # whose rows these are (see store/owners.py)
    owned = owned_tables()
    names = Names(conn)
    device, actor_code = names.code(ctx.device_id), names.code(actor)
    for _action, obj, data in records:
        entity = obj.__tablename__
        rows.append((names.code(entity), row_key(obj.id), pack(data), ctx.clock.tick(), device, actor_code, seen,
                     None))
        touched.setdefault(entity, set()).add(obj.id)
        if entity == "client":
            owners.setdefault(entity, set()).add(obj.id)
        elif entity in owned:
            people = owners.setdefault(entity, set())
            if obj.client_id is not None:
                people.add(obj.client_id)
    conn.exec_driver_sql(INSERT, rows)
    # one executemany in one transaction: the rows got consecutive seqs ending at the largest
    first = conn.exec_driver_sql("SELECT max(seq) FROM change").scalar_one() - len(rows) + 1
    session.info["audit_entry"] = audit.append_journal(
        conn,
        ctx.device_id,
        actor,
        first,
        [(action, obj.__tablename__, obj.id, data.keys()) for action, obj, data in records],
        session.info.get("audit_entry"),
    )
