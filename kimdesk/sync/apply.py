"""Applying what another laptop sent (a segment or a snapshot) in the caller's transaction.

Order of work: erasures first (they are final), then drop or trim the changes that touch
erased rows, insert the remaining changes into the journal (each change once: its identity is
device + stamp + row), recompute the touched rows, write an audit entry per origin and batch, move the
clock past the newest stamp. The fail-safe (``failsafe.Guard``) counts the people, needs and
conferences this would delete and raises ``Held`` before the caller commits, so a held
segment leaves no trace.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from kimdesk.store import audit
from kimdesk.store.journal_codes import Names
from kimdesk.store.journal_values import encode
from kimdesk.store.store import Store
from kimdesk.sync import erasure, materialise, merge
from kimdesk.sync.failsafe import Guard
from kimdesk.sync.knowledge import VectorCache
from kimdesk.sync.report import Decision, SyncReport
from kimdesk.store import options


@dataclass
class Incoming:
    entity: str
    row_id: str
    data: dict[str, Any]
    stamp: int
    device: str
    segment: int
    actor: str | None = None
    vector: Mapping[str, int] = field(default_factory=dict)


@dataclass
class Batch:
    changes: list[Incoming] = field(default_factory=list)
    erasures: list[dict[str, Any]] = field(default_factory=list)  # + "device", "segment"


@dataclass
class Applied:
    changes: int = 0
    dropped: int = 0
    conflicts: int = 0
    deletions: int = 0
    deleted_by: Counter = field(default_factory=Counter)  # live rows deleted, per table
    erased: int = 0
    incomplete: int = 0
    touched: dict[str, set[str]] = field(default_factory=dict)
    # the columns written by table (``materialise.Result.columns``: "*" for an inserted row)
    columns: dict[str, set[str]] = field(default_factory=dict)
    fresh_by_segment: Counter = field(default_factory=Counter)  # (device, segment) -> changes added


class Unmerged(Exception):
    """Segments applied as one batch gave an outcome that one by one could report otherwise."""


Newly = dict[int, dict[str, set[str]]]  # erasure id -> {table: ids} reached through arriving changes


def _drop_erased(conn: Connection, changes: list[Incoming], report: SyncReport | None) -> tuple[list[Incoming], int,
                                                                                                 Newly]:
    """Changes to erased rows go; references to erased rows are cut (DELETE/NULLIFY rules)."""
    if not erasure.any_erased(conn):
        return changes, 0, {}
    refs = {c.row_id for c in changes}
    for c in changes:
        for rule in erasure.RULES_BY_TABLE.get(c.entity, ()):
            value = c.data.get(rule.column)
            if isinstance(value, str):
                refs.add(value)
    erased = erasure.erased_among(conn, refs)
    if not erased:
        return changes, 0, {}
    newly: Newly = defaultdict(lambda: defaultdict(set))
    dropped = 0
    while True:
        kept: list[Incoming] = []
        grew = False
        for c in changes:
            if c.row_id in erased:
                dropped += 1
                continue
            drop = False
            for rule in erasure.RULES_BY_TABLE.get(c.entity, ()):
                value = c.data.get(rule.column)
                if value is None or value not in erased:
                    continue
                if rule.action == erasure.DELETE:
                    if c.row_id not in erased:
                        erased[c.row_id] = erased[value]
                        newly[erased[value]][c.entity].add(c.row_id)
                    drop = grew = True
                    break
                c.data = {**c.data, rule.column: None}
            if drop:
                dropped += 1
            else:
                kept.append(c)
        changes = kept
        if not grew:
            break
    if dropped and report is not None:
        report.log(Decision.DROPPED, detail=f"{dropped}")
    return changes, dropped, newly


#: a change's identity as ``ux_change_row`` holds it: (table, stored row key, stamp, device code)
Identity = tuple[str, bytes | str, int, int | None]


def _with_history(conn: Connection, names: Names, changes: Sequence[Incoming],
                  keys: Mapping[str, bytes | str]) -> tuple[set[tuple[str, str]], set[Identity]]:
    """Rows of the batch that already have changes in the journal, and those changes' identities
    (table, stored row key, stamp, device code): one index-only lookup by row on ``ux_change_row``
    serves both "has this row a history?" and "is this change applied already?".

    ``keys``: the stored form of each row id of the batch (``journal_codes.row_key``), made once
    per batch; a stored key found is mapped back through it, not converted again."""
    by_entity: dict[str, set[str]] = defaultdict(set)
    for c in changes:
        by_entity[c.entity].add(c.row_id)
    out: set[tuple[str, str]] = set()
    have: set[Identity] = set()
    for entity, ids in by_entity.items():
        code = names.find(entity)
        if code is None:  # a table the journal never named: no row of it has history
            continue
        items = list(ids)
        for start in range(0, len(items), 400):
            chunk = items[start:start + 400]
            back = {keys[i]: i for i in chunk}
            for key, stamp, device in conn.exec_driver_sql(
                    f"SELECT row_key, stamp, device_code FROM change WHERE entity_code = ? "
                    f"AND row_key IN ({','.join('?' * len(chunk))})", (code, *back)):
                out.add((entity, back[key]))
                have.add((entity, key, stamp, device))
    return out, have


def _insert(conn: Connection, cache: VectorCache, names: Names, changes: Sequence[Incoming],
            keys: Mapping[str, bytes | str], have: set[Identity]) -> list[Incoming]:
    """Insert the changes the journal does not hold yet (in its stored form); returns those.

    ``have``: the identities of the changes the journal holds for the batch's rows
    (``_with_history``); extended with those inserted here (a later segment of a merged group
    that brings one again finds it). A batch names few tables, devices and writers: their codes
    are looked up once each, not three times per change."""
    devices = {device: names.find(device) for device in {c.device for c in changes}}
    fresh = [c for c in changes if (c.entity, keys[c.row_id], c.stamp, devices[c.device]) not in have]
    code: dict[str | None, int | None] = {None: None}
    for named in ({c.entity for c in fresh}, {c.device for c in fresh}, {c.actor for c in fresh} - {None}):
        for name in sorted(named):  # new names get their codes in a fixed order
            code[name] = names.code(name)
    rows = [(code[c.entity], keys[c.row_id], encode(c.data), c.stamp, code[c.device], code[c.actor],
             cache.id_of(c.vector) if c.vector else None, c.segment) for c in fresh]
    if rows:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO change(entity_code, row_key, data, stamp, device_code, actor_code, seen, segment) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    have.update((c.entity, keys[c.row_id], c.stamp, code[c.device]) for c in fresh)
    return fresh


def apply_batch(conn: Connection, store: Store, batch: Batch, *, report: SyncReport | None = None,
                guard: Guard | None = None, parsed: dict[tuple[str, int, str], dict] | None = None,
                audit_per_segment: bool = False) -> Applied:
    """Apply in ``conn``'s transaction. Raises ``Held`` when the fail-safe ``guard`` says so.

    ``parsed``: the data of changes earlier batches of the same transaction put in the journal,
    by (device, stamp, row id); a row edited again is then not parsed back from its JSON. Emptied
    when this batch erases (an erasure rewrites references inside the journal), and extended
    with this batch's changes. ``audit_per_segment``: one audit entry per segment and origin, in
    the order of the changes (as the segments of a merged batch applied one by one would write).
    """
    result = Applied()
    cache = VectorCache(conn)
    deletions = 0
    deleted_by: Counter = Counter()
    for group in batch.erasures:
        done = erasure.apply_remote(conn, group, group["device"], group.get("segment"), deleted_by)
        if done is not None:
            result.erased += 1
            deletions += done[1]
            if report is not None:
                report.log(Decision.ERASED, group["device"], group.get("segment"), f"{done[0]} rows")
    changes, dropped, newly = _drop_erased(conn, list(batch.changes), report)
    result.dropped = dropped
    for erasure_id, seed in newly.items():  # rows now hanging off an erased row: they go too
        deletions += erasure.remove(conn, erasure.cascade(conn, seed), erasure_id, deleted_by)
    names = Names(conn)
    keys = materialise.stored_keys({c.row_id for c in changes})  # the stored form of each row id, once
    prior, have = _with_history(conn, names, changes, keys)
    fresh = _insert(conn, cache, names, changes, keys, have)
    return _apply_fresh(conn, store, cache, fresh, prior, result, deletions, deleted_by, report=report, guard=guard,
                        parsed=parsed, erased=bool(batch.erasures or newly), audit_per_segment=audit_per_segment,
                        keys=keys)


def _apply_fresh(conn: Connection, store: Store, cache: VectorCache, fresh: list[Incoming],
                 prior: set[tuple[str, str]], result: Applied, deletions: int, deleted_by: Counter, *,
                 report: SyncReport | None, guard: Guard | None, parsed: dict[tuple[str, int, str], dict] | None,
                 erased: bool, audit_per_segment: bool, keys: Mapping[str, bytes | str]) -> Applied:
    """The rows the changes just put in the journal (``fresh``) touch, recomputed and written;
    ``prior``: the rows that had changes in the journal before; ``keys``: the stored form of the
    batch's row ids (materialise takes them instead of converting each row id again)."""
    new_rows: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    touched: dict[str, set[str]] = defaultdict(set)
    new_finals: set[str] = set()
    known: dict[tuple[str, int, str], dict] = {}
    by_origin: dict[tuple[int | None, str, str | None], Counter] = defaultdict(Counter)
    for c in fresh:  # one pass over what this batch adds
        entity, row_id, data = c.entity, c.row_id, c.data
        if (entity, row_id) not in prior:  # a row this batch creates: its versions are all here
            new_rows[entity][row_id].append(merge.version(c.stamp, c.device, data, c.segment, c.vector, c.actor))
        touched[entity].add(row_id)
        if entity == materialise.CONFERENCE and data.get("status") == "final":
            new_finals.add(row_id)
        known[(c.device, c.stamp, row_id)] = data
        by_origin[(c.segment if audit_per_segment else None, c.device, c.actor)][entity] += 1
        result.fresh_by_segment[(c.device, c.segment)] += 1
    if new_finals:
        for entity, ids in materialise.protocol_rows(conn, new_finals).items():
            touched[entity] |= ids
    if parsed is not None:
        if erased:
            parsed.clear()
        parsed.update(known)
        known = parsed
    outcome = materialise.materialise(conn, cache, touched, known, new_rows, keys)
    deletions += outcome.deletions
    deleted_by.update(outcome.deleted_by)
    if guard is not None:
        guard.check(deleted_by)
    result.deleted_by = deleted_by
    result.changes = len(fresh)
    result.conflicts = outcome.conflicts
    result.deletions = deletions
    result.incomplete = len(outcome.incomplete)
    result.touched = {k: set(v) for k, v in outcome.touched.items()}
    result.columns = {k: set(v) for k, v in outcome.columns.items()}
    if outcome.incomplete and report is not None:
        report.log(Decision.INCOMPLETE, detail=f"{len(outcome.incomplete)} rows wait for their first change")
    # one audit entry per origin (device, actor) and batch, naming the tables and how many
    # changes: the per-record detail (who, when, which fields) is in the change journal itself
    for (_segment, device, actor), counts in by_origin.items():
        audit.append(conn, device, actor, [("sync", "segment", device, [f"{t}:{n}" for t, n in sorted(counts.items())])])
    if fresh:
        store.clock.observe(max(c.stamp for c in fresh))
        store.set_setting(conn, options.HLC.key, store.clock.last)
    return result


#: the tables of a conference protocol: a finalisation's protection can delete or conflict there
_PROTOCOL = frozenset((materialise.CONFERENCE, *materialise.BY_CONFERENCE, *materialise.BY_AGENDA))


def mergeable(batches: Sequence[Batch]) -> bool:
    """Whether segments can be applied as one batch (``apply_merged``) and report what they would
    one by one: no erasures, no change that sets ``deleted`` (the fail-safe counts deletions per
    segment), none to a conference protocol (a finalisation's protection can delete rows)."""
    if len(batches) < 2:
        return False
    for batch in batches:
        if batch.erasures:
            return False
        for c in batch.changes:
            if c.entity in _PROTOCOL or c.data.get(merge.DELETED) not in (None, False):
                return False
    return True


def apply_merged(conn: Connection, store: Store, batches: Sequence[Batch], *,
                 parsed: dict[tuple[str, int, str], dict] | None = None,
                 advance: Callable[[int], None] = lambda at: None) -> list[Applied]:
    """Segments of one transaction (``mergeable``) applied as one batch: each touched row is read,
    merged and written once, not once per segment that touches it (a catch-up through capped
    segments wrote a person taken in early again in every later segment that edited them).

    The rows, search keys, conflict records, journal and audit entries are those of applying the
    segments one by one (a row is a function of the set of its changes). Raises ``Unmerged``
    (the caller rolls back and applies them one by one) when the per-segment figures could
    differ: a conflict, a change dropped for an erased row, a row still waiting for its first
    change, a deletion. Returns one ``Applied`` per batch (the rows written on the last).
    ``advance(i)``: moves the cursor past batch ``i``; called after batch ``i`` went into the
    journal, so name codes and knowledge ids come in the order of one by one.
    """
    changes = [c for batch in batches for c in batch.changes]
    changes, dropped, newly = _drop_erased(conn, changes, None)
    if dropped or newly:
        raise Unmerged()
    names = Names(conn)
    keys = materialise.stored_keys({c.row_id for c in changes})
    prior, have = _with_history(conn, names, changes, keys)  # before any change of these segments went in
    fresh: list[Incoming] = []
    for at, batch in enumerate(batches):
        # into the journal one segment at a time, as one by one: the same names, vector ids,
        # cursors and knowledge in the same order (a change an earlier segment brought is not fresh)
        fresh += _insert(conn, VectorCache(conn), names, batch.changes, keys, have)
        advance(at)
    whole = _apply_fresh(conn, store, VectorCache(conn), fresh, prior, Applied(), 0, Counter(), report=None,
                         guard=None, parsed=parsed, erased=False, audit_per_segment=True,
                         keys=keys)
    if whole.conflicts or whole.dropped or whole.incomplete or whole.deletions or whole.erased:
        raise Unmerged()
    out = [Applied(changes=whole.fresh_by_segment[(b.changes[0].device, b.changes[0].segment)] if b.changes else 0)
           for b in batches]
    out[-1].touched = whole.touched
    out[-1].columns = whole.columns
    return out
