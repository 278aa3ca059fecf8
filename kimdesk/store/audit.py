"""The audit log: a hash chain of who did what to which record, from which device.

Entries hold ids, actions and field names, never personal values, so erasing a person
leaves the chain intact and verifiable. Each entry's hash covers the previous hash, so an
edited, inserted or removed entry breaks the chain at that point.

Two formats live in one chain, told apart by ``version`` on each entry (never rewritten):

- version NULL (before migration 0034): one entry per change, hashed by ``_digest_v1``.
- version 2: one entry per transaction (per ``append`` call; a unit of work's later flushes
  join its entry). It carries ``changes`` (how many) and ``digest``, the sha256 of its
  changes — (entity, row id, action, field names) each, in journal order — and the chain hash
  covers that digest. A single event (open, print, read, a sync batch) keeps its entity, row
  id and fields in the columns as before. The changes of a unit of work are not copied: they
  are the change-journal rows ``first_change`` … ``first_change + changes - 1`` (``fields``
  holds their actions run-length coded, ``c3u1d1``), so ``verify`` can recompute the digest
  from the journal. Other multi-event entries (erasure, genesis) hold their list in ``fields``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, select

from kimdesk.models import AuditEntry
from kimdesk.store.journal_codes import Names, UnknownCode, row_id_of, row_key
from kimdesk.store.journal_values import decode

GENESIS = "0" * 64
VERSION = 2
JOURNAL = "change"  # entity of an entry whose changes are rows of the change journal
WRITE = "write"  # action of such an entry: its changes carry their own actions
BATCH = "batch"  # action of an inline multi-event entry whose events differ in action
_table = AuditEntry.__table__
_ACTION_CODE = {"create": "c", "update": "u", "delete": "d"}
_CODE_ACTION = {v: k for k, v in _ACTION_CODE.items()}
_RUN = re.compile(r"([a-z])(\d+)")
_COLUMNS = ("seq", "at", "device", "actor", "action", "entity", "row_id", "fields", "hash",
            "version", "changes", "first_change", "digest")


def _digest_v1(prev: str, entry: dict) -> str:
    body = {k: entry[k] for k in ("at", "device", "actor", "action", "entity", "row_id", "fields")}
    payload = prev + json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _digest_v2(prev: str, entry: dict) -> str:
    body = {k: entry[k] for k in ("at", "device", "actor", "action", "entity", "row_id", "fields",
                                  "version", "changes", "first_change", "digest")}
    payload = prev + json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_digest = _digest_v1  # the first format's name, kept for callers that hash old entries


def field_list(action: str, fields: Iterable[str]) -> str:
    """A create names no fields ("*": the whole record), which keeps the log small."""
    return "*" if action == "create" else ",".join(sorted(fields))


def _feed(h: Any, items: Iterable[tuple[str, str, str | None, str]]) -> Any:
    for action, entity, row_id, fields in items:
        h.update(json.dumps([entity, row_id, action, fields], separators=(",", ":"),
                            ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h


def changes_digest(items: Iterable[tuple[str, str, str | None, str]]) -> str:
    """sha256 of (action, entity, row id, field list) items in their canonical (journal) order."""
    return _feed(hashlib.sha256(), items).hexdigest()


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _tail(conn: Connection) -> tuple[int | None, str]:
    row = conn.execute(select(_table.c.seq, _table.c.hash).order_by(_table.c.seq.desc()).limit(1)).first()
    return (row.seq, row.hash) if row else (None, GENESIS)


def _insert(conn: Connection, entry: dict) -> int:
    keys = [k for k in _COLUMNS if k != "seq"]
    return conn.exec_driver_sql(
        f"INSERT INTO audit ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))}) RETURNING seq",
        tuple(entry[k] for k in keys)).scalar_one()


def append(
    conn: Connection,
    device: str,
    actor: str | None,
    events: Iterable[tuple[str, str, str | None, Iterable[str]]],
) -> int:
    """Append (action, entity, row_id, field names) events as ONE entry, in the caller's transaction.

    Returns how many events the entry covers (0: nothing written).
    """
    items = [(action, entity, row_id, field_list(action, fields)) for action, entity, row_id, fields in events]
    if not items:
        return 0
    _, prev = _tail(conn)
    if len(items) == 1:
        action, entity, row_id, fields = items[0]
    else:
        actions = {i[0] for i in items}
        action = actions.pop() if len(actions) == 1 else BATCH
        entity, row_id = "", None
        fields = json.dumps([[e, r, a, f] for a, e, r, f in items], separators=(",", ":"), ensure_ascii=False)
    entry = {"at": now_iso(), "device": device, "actor": actor, "action": action, "entity": entity,
             "row_id": row_id, "fields": fields, "version": VERSION, "changes": len(items),
             "first_change": None, "digest": changes_digest(items)}
    entry["hash"] = _digest_v2(prev, entry)
    _insert(conn, entry)
    return len(items)


def _extend_runs(runs: list[list[Any]], actions: Iterable[str]) -> list[list[Any]]:
    """Actions run-length coded in order (create, create, update → [c, 2], [u, 1]: "c2u1")."""
    for a in actions:
        code = _ACTION_CODE[a]
        if runs and runs[-1][0] == code:
            runs[-1][1] += 1
        else:
            runs.append([code, 1])
    return runs


def _unruns(text: str) -> list[str]:
    return [_CODE_ACTION[code] for code, n in _RUN.findall(text) for _ in range(int(n))]


@dataclass
class Pending:
    """The entry a unit of work is writing: later flushes of the same transaction join it.

    Digest and action runs grow with each flush (no rehash of what came before).
    """

    transaction: Any
    seq: int
    prev: str
    entry: dict
    hasher: Any
    runs: list[list[Any]]


def append_journal(
    conn: Connection,
    device: str,
    actor: str | None,
    first_change: int,
    events: Sequence[tuple[str, str, str, Iterable[str]]],
    pending: Pending | None = None,
) -> Pending | None:
    """One entry for change-journal rows ``first_change`` … (``events`` in the same order).

    ``pending`` is what the same transaction wrote before: when it is still the chain's tail
    and these changes follow its own, the entry grows (it was never committed); else a new one.
    Returns the entry to pass next time.
    """
    items = [(action, entity, row_id, field_list(action, fields)) for action, entity, row_id, fields in events]
    if not items:
        return pending
    transaction = conn.get_transaction()
    tail_seq, prev = _tail(conn)
    if (pending is not None and pending.transaction is transaction and transaction is not None
            and transaction.is_active and pending.seq == tail_seq
            and pending.entry["first_change"] + pending.entry["changes"] == first_change):
        _feed(pending.hasher, items)
        _extend_runs(pending.runs, (i[0] for i in items))
        entry = pending.entry
        entry["changes"] += len(items)
        entry["fields"] = "".join(f"{code}{n}" for code, n in pending.runs)
        entry["digest"] = pending.hasher.copy().hexdigest()
        entry["hash"] = _digest_v2(pending.prev, entry)
        conn.exec_driver_sql("UPDATE audit SET fields = ?, changes = ?, digest = ?, hash = ? WHERE seq = ?",
                             (entry["fields"], entry["changes"], entry["digest"], entry["hash"], pending.seq))
        return pending
    hasher = _feed(hashlib.sha256(), items)
    runs = _extend_runs([], (i[0] for i in items))
    entry = {"at": now_iso(), "device": device, "actor": actor, "action": WRITE, "entity": JOURNAL,
             "row_id": None, "fields": "".join(f"{code}{n}" for code, n in runs), "version": VERSION,
             "changes": len(items), "first_change": first_change, "digest": hasher.copy().hexdigest()}
    entry["hash"] = _digest_v2(prev, entry)
    seq = _insert(conn, entry)
    return Pending(transaction, seq, prev, entry, hasher, runs)


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One change as the audit names it: in entry ``seq`` (at, device, actor)."""

    seq: int
    at: str
    device: str
    actor: str | None
    action: str
    entity: str
    row_id: str | None
    fields: str  # comma-separated field names, "*" = all
    change: int = 0  # its change-journal seq (second format), for the order within an entry


def _journal_fields(data: Any) -> list[str]:
    return list((data if isinstance(data, dict) else decode(data)).keys())


def items_for(conn: Connection, rows: Mapping[str, Iterable[str]]) -> list[Item]:
    """Every audited change of these rows ({entity: row ids}), both formats, in chain order.

    Actions ``open``/``print``/``read`` are accesses, not changes, and are left out; a change
    that came from another laptop is named by its sync entry (the batch), not here.
    """
    out: list[Item] = []
    names = Names(conn)
    for entity, row_ids in sorted(rows.items()):
        ids = sorted(set(row_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            # the first format and single-event entries name the row themselves
            for r in conn.exec_driver_sql(
                    f"SELECT seq, at, device, actor, action, entity, row_id, fields FROM audit "
                    f"WHERE row_id IN ({marks}) AND entity = ? AND action NOT IN ('open', 'print', 'read')",
                    (*chunk, entity)):
                out.append(Item(r.seq, r.at, r.device, r.actor, r.action, r.entity, r.row_id, r.fields))
            # a unit of work's entry: the row's journal changes inside its range
            code = names.find(entity)
            for c in conn.exec_driver_sql(
                    f"SELECT seq, row_key, data FROM change WHERE entity_code = ? AND row_key IN ({marks})",
                    (code, *(row_key(i) for i in chunk))) if code is not None else ():
                e = conn.exec_driver_sql(
                    "SELECT seq, at, device, actor, fields, changes, first_change FROM audit "
                    "WHERE first_change <= ? ORDER BY first_change DESC LIMIT 1", (c.seq,)).first()
                if e is None or c.seq >= e.first_change + e.changes:
                    continue
                action = _unruns(e.fields)[c.seq - e.first_change]
                out.append(Item(e.seq, e.at, e.device, e.actor, action, entity, row_id_of(c.row_key),
                                field_list(action, _journal_fields(c.data)), c.seq))
    out.sort(key=lambda i: (i.seq, i.change))
    return out


def items_for_rows(conn: Connection, entity: str, row_ids: Iterable[str]) -> list[Item]:
    return items_for(conn, {entity: row_ids})


# -- verification ------------------------------------------------------------------------------


@dataclass
class Verification:
    ok: bool
    entries: int
    broken_at: int | None = None
    erased: int = 0  # entries of a unit of work whose changes were partly erased (chain-checked only)

    def describe(self) -> str:
        from kimdesk.i18n import translate

        if self.ok and self.erased:
            return translate("Audit", "Audit-Protokoll intakt: {n} Einträge geprüft, davon {m} mit Änderungen "
                                      "gelöschter Personen (über die Kette geprüft).").format(n=self.entries, m=self.erased)
        if self.ok:
            return translate("Audit", "Audit-Protokoll intakt: {n} Einträge geprüft.").format(n=self.entries)
        return translate("Audit", "Audit-Protokoll manipuliert oder beschädigt: Kette bricht bei Eintrag {seq}.").format(
            seq=self.broken_at
        )


def _journal_items(conn: Connection, first: int, count: int, actions: list[str],
                   names: Names | None = None) -> list[tuple] | None:
    rows = conn.exec_driver_sql("SELECT seq, entity_code, row_key, data FROM change WHERE seq >= ? AND seq < ? "
                                "ORDER BY seq", (first, first + count)).all()
    if len(rows) != count or len(actions) != count:
        return None
    # the digest is over the text form (store.journal_codes), whatever the storage form
    names = names or Names(conn)
    return [(a, names.name(r.entity_code), row_id_of(r.row_key), field_list(a, _journal_fields(r.data)))
            for a, r in zip(actions, rows)]


def _inline_items(entry: dict) -> list[tuple] | None:
    if entry["changes"] == 1 and entry["entity"] != "":
        return [(entry["action"], entry["entity"], entry["row_id"], entry["fields"])]
    try:
        listed = json.loads(entry["fields"])
        return [(a, e, r, f) for e, r, a, f in listed]
    except (ValueError, TypeError):
        return []  # cannot be this entry's list: the digest check below fails


def verify(conn: Connection) -> Verification:
    """Walk the chain; recompute each entry's digest of its changes where they are all still there."""
    prev = GENESIS
    count = erased = 0
    cols = [_table.c[k] for k in _COLUMNS]
    names = Names(conn)
    for row in conn.execute(select(*cols).order_by(_table.c.seq)).mappings():
        count += 1
        entry = dict(row)
        if entry["version"] is None:
            if _digest_v1(prev, entry) != entry["hash"]:
                return Verification(False, count, entry["seq"])
        else:
            if _digest_v2(prev, entry) != entry["hash"]:
                return Verification(False, count, entry["seq"])
            if entry["first_change"] is not None:
                try:
                    items = _journal_items(conn, entry["first_change"], entry["changes"], _unruns(entry["fields"]),
                                           names)
                except UnknownCode:  # a journal row altered outside KIMdesk
                    return Verification(False, count, entry["seq"], erased)
                if items is None:
                    erased += 1  # an erasure removed some of its changes: the chain alone vouches for it
                elif changes_digest(items) != entry["digest"]:
                    return Verification(False, count, entry["seq"], erased)
            else:
                items = _inline_items(entry)
                if items is None or len(items) != entry["changes"] or changes_digest(items) != entry["digest"]:
                    return Verification(False, count, entry["seq"], erased)
        prev = entry["hash"]
    return Verification(True, count, erased=erased)


def entries(conn: Connection) -> Iterator[dict]:
    """Every entry in chain order (for exports and views)."""
    cols = [_table.c[k] for k in _COLUMNS]
    names = Names(conn)
    for row in conn.execute(select(*cols).order_by(_table.c.seq)).mappings():
        yield dict(row)
