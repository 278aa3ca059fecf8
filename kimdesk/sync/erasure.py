"""Erasure: a person deleted for good (on request, Art. 17 GDPR, or at the end of retention).

Unlike a tombstone, an erasure is final and beats every edit, older or newer. It hard-deletes
the person and everything that is theirs, their change history and conflict records, keeps
only ids in an erasure record that syncs, and on every other laptop does the same. A change
that arrives later for an erased row — or for a row hanging off one — is dropped.

What "theirs" means is a declared table of rules, not code: ``DELETE`` rows whose column
points at an erased row (recursively), ``NULLIFY`` the column where the row is someone
else's (a conference keeps its case number, another person's household keeps the member).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from kimdesk.errors import BadInput, NotFound
from kimdesk.i18n import translate
from kimdesk.models.types import binds, id_text
from kimdesk.store import audit
from kimdesk.store.journal_codes import Names, row_key
from kimdesk.store.journal_values import decode, encode, pack, plain
from kimdesk.store.store import Store

DELETE = "delete"
NULLIFY = "nullify"
ROOT = "client"


@dataclass(frozen=True)
class Rule:
    table: str
    column: str
    action: str


RULES: tuple[Rule, ...] = (
    Rule("household_member", "client_id", DELETE),
    Rule("counselling_contact", "client_id", DELETE),
    Rule("need", "client_id", DELETE),
    Rule("responsibility", "need_id", DELETE),
    Rule("responsibility_event", "need_id", DELETE),
    Rule("responsibility_event", "responsibility_id", DELETE),
    Rule("consent", "client_id", DELETE),
    Rule("task", "client_id", DELETE),
    Rule("conflict_resolution", "row_id", DELETE),
    # the case cycle: phases, first contacts, assessment histories, plans, school entry, findings
    Rule("case_phase", "client_id", DELETE),
    Rule("first_contact", "client_id", DELETE),
    Rule("assessment", "client_id", DELETE),
    Rule("residence_record", "client_id", DELETE),
    Rule("benefit_record", "client_id", DELETE),
    Rule("case_plan", "client_id", DELETE),
    Rule("plan_goal", "client_id", DELETE),
    Rule("plan_goal", "plan_id", DELETE),
    Rule("plan_measure", "client_id", DELETE),
    Rule("plan_measure", "goal_id", DELETE),
    Rule("plan_measure", "responsibility_id", DELETE),
    Rule("school_entry", "client_id", DELETE),
    Rule("appointment", "client_id", DELETE),
    Rule("finding_case", "client_id", DELETE),
    Rule("household_member", "member_client_id", NULLIFY),
    Rule("conference_client", "client_id", NULLIFY),
    Rule("action_item", "client_id", NULLIFY),
)

RULES_BY_TABLE: dict[str, list[Rule]] = defaultdict(list)
for _rule in RULES:
    RULES_BY_TABLE[_rule.table].append(_rule)


def _chunks(values: Iterable[Any], size: int = 400) -> Iterable[list[Any]]:
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _bind(table: str, column: str, ids: Iterable[str]) -> tuple:
    """``ids`` as bound against ``table.column`` (16 bytes where the column is stored so, models.types)."""
    from kimdesk.models import synced_classes

    cls = synced_classes().get(table)
    return tuple(ids) if cls is None else binds(cls.__table__, column, ids)


def cascade(conn: Connection, seed: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    """Every row the DELETE rules reach from ``seed`` ({table: ids}), seed included."""
    found: dict[str, set[str]] = {t: set(ids) for t, ids in seed.items()}
    frontier = {i for ids in found.values() for i in ids}
    while frontier:
        new: set[str] = set()
        for rule in RULES:
            if rule.action != DELETE:
                continue
            for chunk in _chunks(frontier):
                for (key,) in conn.exec_driver_sql(
                        f"SELECT id FROM {rule.table} WHERE {rule.column} IN ({_marks(len(chunk))})",
                        _bind(rule.table, rule.column, chunk)):
                    rid = id_text(key)
                    if rid not in found.setdefault(rule.table, set()):
                        found[rule.table].add(rid)
                        new.add(rid)
        frontier = new
    return found


def remove(conn: Connection, rows: Mapping[str, set[str]], erasure_id: int, live_by: Counter | None = None) -> int:
    """Hard-delete the rows, their history and conflicts; null references elsewhere; remember the ids.

    Returns how many of the deleted rows were live (not tombstoned) — for the fail-safe, which
    also gets them per table in ``live_by``.
    """
    from kimdesk.models import synced_classes

    known = synced_classes()
    all_ids = {i for ids in rows.values() for i in ids}
    live = 0
    for table, ids in rows.items():
        for chunk in _chunks(ids):
            m = _marks(len(chunk))
            if table in known:  # an id named by a newer KIMdesk's table is only remembered
                n = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {table} WHERE deleted = 0 AND id IN ({m})",
                    _bind(table, "id", chunk)).scalar_one()
                live += n
                if live_by is not None and n:
                    live_by[table] += n
                conn.exec_driver_sql(f"DELETE FROM {table} WHERE id IN ({m})", _bind(table, "id", chunk))
            code = Names(conn).find(table)
            if code is not None:
                conn.exec_driver_sql(f"DELETE FROM change WHERE entity_code = ? AND row_key IN ({m})",
                                     (code, *(row_key(i) for i in chunk)))
            conn.exec_driver_sql(f"DELETE FROM sync_conflict WHERE entity = ? AND row_id IN ({m})", (table, *chunk))
            conn.exec_driver_sql(
                f"INSERT OR IGNORE INTO sync_erased(row_id, entity, erasure_id) VALUES {','.join(['(?,?,?)'] * len(chunk))}",
                tuple(v for rid in chunk for v in (rid, table, erasure_id)))
    for rule in RULES:
        if rule.action != NULLIFY:
            continue
        code = Names(conn).find(rule.table)
        if code is not None and all_ids:
            _null_in_journal(conn, code, rule.column, all_ids)
        for chunk in _chunks(all_ids):
            m = _marks(len(chunk))
            conn.exec_driver_sql(f"UPDATE {rule.table} SET {rule.column} = NULL WHERE {rule.column} IN ({m})",
                                 _bind(rule.table, rule.column, chunk))
            for col in ("lost", "kept"):
                conn.exec_driver_sql(
                    f"UPDATE sync_conflict SET {col} = 'null' WHERE entity = ? AND field = ? "
                    f"AND json_extract({col}, '$') IN ({m})", (rule.table, rule.column, *chunk))
    return live


def _null_in_journal(conn: Connection, code: int, column: str, ids: set[str]) -> None:
    """Set ``column`` to null in the journal's changes of table ``code`` that name one of ``ids``
    (their values are stored encoded, store.journal_values: read and rewritten here, not in SQL)."""
    hits = []
    # a UUID value is stored as its 16 bytes (as JSON text, before migration 0040: as the id): only
    # rows holding one of them are decoded; any other id (encoded as text, a date, a word …): every row
    keys = [row_key(i) for i in ids]
    sift = all(isinstance(k, bytes) for k in keys)
    # a deflated row (format 2) is sifted inflated (a few µs, in C), and rewritten deflated again
    for seq, stored in conn.exec_driver_sql("SELECT seq, data FROM change WHERE entity_code = ?", (code,)):
        data = plain(stored)
        if sift and not any(k in data for k in (ids if isinstance(data, str) else keys)):
            continue
        values = decode(data)
        value = values.get(column)
        if isinstance(value, str) and value in ids:
            values[column] = None
            hits.append((pack(values) if data is not stored else encode(values), seq))
    if hits:
        conn.exec_driver_sql("UPDATE change SET data = ? WHERE seq = ?", hits)


def any_erased(conn: Connection) -> bool:
    """Was anything ever erased here (most laptops: never; then no lookup per change)?"""
    return conn.exec_driver_sql("SELECT 1 FROM sync_erased LIMIT 1").first() is not None


def erased_among(conn: Connection, ids: Iterable[str]) -> dict[str, int]:
    """Which of ``ids`` were erased: {id: erasure id}."""
    out: dict[str, int] = {}
    for chunk in _chunks({i for i in ids if isinstance(i, str)}):
        out.update(conn.exec_driver_sql(
            f"SELECT row_id, erasure_id FROM sync_erased WHERE row_id IN ({_marks(len(chunk))})", tuple(chunk)).all())
    return out


def erase_client(session: Session, store: Store, client_id: str, reason: str) -> dict[str, int]:
    """Erase a person on this laptop and record the erasure to sync. Returns counts by table."""
    from kimdesk.models import Client

    reason = (reason or "").strip()
    if not reason:
        raise BadInput(translate("Erasure", "Bitte einen Grund für die Löschung angeben (--reason)."))
    session.flush()
    conn = session.connection()
    if conn.exec_driver_sql("SELECT 1 FROM sync_erased WHERE row_id = ?", (client_id,)).first():
        raise BadInput(translate("Erasure", "Die Person {id} wurde bereits gelöscht.").format(id=client_id))
    if session.get(Client, client_id) is None:
        raise NotFound(translate("Clients", "Keine Person mit der Kennung {id}.").format(id=client_id))
    session.info["erasing"] = True
    actor = session.info.get("actor")
    stamp = store.clock.tick()
    erasure_id = conn.exec_driver_sql(
        "INSERT INTO sync_erasure(client_id, stamp, device, actor, reason, segment) VALUES (?, ?, ?, ?, ?, NULL) "
        "RETURNING id", (client_id, stamp, store.device_id, actor, reason)).scalar_one()
    rows = cascade(conn, {ROOT: {client_id}})
    remove(conn, rows, erasure_id)
    audit.append(conn, store.device_id, actor,
                 (("erase", table, rid, ()) for table, ids in sorted(rows.items()) for rid in sorted(ids)))
    session.expire_all()
    session.info.setdefault("touched", {}).update({t: set(ids) for t, ids in rows.items()})
    return {t: len(ids) for t, ids in rows.items()}


def apply_remote(conn: Connection, group: Mapping[str, Any], device: str, segment: int | None,
                 live_by: Counter | None = None) -> tuple[int, int] | None:
    """Carry out an erasure that arrived from another laptop; None if it was known already.

    Returns (rows removed, live rows among them).
    """
    stamp = int(group["stamp"])
    if conn.exec_driver_sql("SELECT 1 FROM sync_erasure WHERE device = ? AND stamp = ?", (device, stamp)).first():
        return None
    erasure_id = conn.exec_driver_sql(
        "INSERT INTO sync_erasure(client_id, stamp, device, actor, reason, segment) VALUES (?, ?, ?, ?, ?, ?) "
        "RETURNING id", (group["client"], stamp, device, group.get("actor"), group.get("reason") or "", segment)
    ).scalar_one()
    seed: dict[str, set[str]] = defaultdict(set)
    seed[ROOT].add(group["client"])
    for entity, rid in group.get("rows", []):
        seed[entity].add(rid)
    rows = cascade(conn, seed)
    live = remove(conn, rows, erasure_id, live_by)
    audit.append(conn, device, group.get("actor"),
                 (("erase", table, rid, ()) for table, ids in sorted(rows.items()) for rid in sorted(ids)))
    return sum(len(v) for v in rows.values()), live


def rows_of(conn: Connection, erasure_id: int) -> list[list[str]]:
    return [[e, r] for r, e in conn.exec_driver_sql(
        "SELECT row_id, entity FROM sync_erased WHERE erasure_id = ? ORDER BY entity, row_id", (erasure_id,))]
