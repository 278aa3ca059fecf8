"""Rows from the journal: after changes arrive, every touched row is recomputed from all of
its changes with the pure rules of ``merge`` and written back if it differs.

Recomputing (rather than patching) is what makes arrival order irrelevant: a row, its
conflict records and its protocol protection are functions of the set of changes held.
Rows of a finalised conference protocol count only the changes its finalising change saw
(or that saw it); everything concurrent with the finalisation becomes a conflict.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, time
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table

from kimdesk.models import synced_classes
from kimdesk.models.types import StoredId, id_text, stored_id, stored_id_columns
from kimdesk.store import search_keys
from kimdesk.store.batch_order import in_order
from kimdesk.store.journal_codes import Names, row_id_of, row_key
from kimdesk.store.journal_values import decode
from kimdesk.store.names import keys_written_by_caller
from kimdesk.sync import json_encode, merge
from kimdesk.sync.knowledge import VectorCache
from kimdesk.sync.report import EVERY_COLUMN
from kimdesk.store.values import from_json

CONFERENCE = "conference"
CLIENT = "client"
NAME_COLUMNS = ("given_name", "family_name", "native_name", "case_number")  # what the search keys are made of
BY_CONFERENCE = ("conference_client", "participant", "agenda_item")
BY_AGENDA = ("decision", "action_item")
CHUNK = 400


def _chunks(values: Iterable[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


@dataclass
class Result:
    written: int = 0  # rows inserted or updated
    deletions: int = 0  # rows that were live here and are deleted now
    deleted_by: Counter = field(default_factory=Counter)  # the same, per table
    conflicts: int = 0  # new conflict records
    incomplete: list[tuple[str, str]] = field(default_factory=list)
    touched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # the columns written, by table: those that differ in an updated row, "*" for an inserted row
    # (every column); what the deadline rules after the round ask (``deadlines.evaluate_after_sync``)
    columns: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


class _Table:
    """Per table: its columns, how a JSON value is stored, and what a new row cannot do without.

    Rows are written and compared in their stored form (ISO dates, 0/1, JSON text — what
    SQLAlchemy's SQLite types write), so a catch-up of 100,000 changes does not pay for
    building typed objects it would only turn back into text.
    """

    def __init__(self, cls: type):
        self.table: Table = cls.__table__
        self.name = self.table.name
        self.columns = {c.key: c for c in self.table.columns if c.key != "id"}
        # the row id as bound and read (models.types.StoredId: 16 bytes for a canonical UUID)
        self.id_bytes = "id" in stored_id_columns(self.table)
        self.required = {k for k, c in self.columns.items()
                         if not c.nullable and c.default is None and c.server_default is None}
        self.store_as = {k: _storage(c.type) for k, c in self.columns.items()}
        self.converted = tuple((k, _STORE[kind]) for k, kind in self.store_as.items() if kind in _STORE)
        self.defaults = {}
        for k, c in self.columns.items():
            if c.default is not None and not c.nullable:
                arg = c.default.arg
                self.defaults[k] = arg if c.default.is_scalar else None
                if not c.default.is_scalar and callable(arg):
                    self.defaults[k] = arg(None)
        self.stored_defaults = {k: _to_stored(self.store_as[k], d) for k, d in self.defaults.items()}
        self._shapes: dict[tuple[str, ...], _Shape] = {}

    def shape(self, fields: tuple[str, ...]) -> _Shape:
        """What storing and inserting a change with these fields (in this order) takes, worked
        out once per shape: a catch-up's changes come in a handful of shapes (a person taken
        in, an edit of one field), so the per-row work is a copy, a few conversions and one
        ``itemgetter`` call."""
        found = self._shapes.get(fields)
        if found is None:
            found = self._shapes[fields] = _Shape(self, fields)
        return found

    def convert(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Typed Python values (as the ORM reads them), for checks."""
        return {k: from_json(v, self.columns[k].type) for k, v in values.items() if k in self.columns}

    def stored(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Values in the form the database holds them.

        The reference for ``shape``'s plans, which a catch-up's rows are stored with: the same
        copy and the same conversions, worked out once per shape instead of per row.
        """
        store_as = self.store_as
        if values.keys() <= store_as.keys():  # the common case: a copy in one C call
            out = dict(values)
        else:  # a field of a newer KIMdesk stays in the journal
            out = {k: v for k, v in values.items() if k in store_as}
        for k, convert in self.converted:
            v = out.get(k)
            if v is not None:
                out[k] = convert(v)
        return out


class _Shape:
    """One shape of values (their field names in order) of one table; see ``_Table.shape``."""

    def __init__(self, info: _Table, fields: tuple[str, ...]):
        store_as = info.store_as
        self.known = set(fields) <= store_as.keys()  # else a field of a newer KIMdesk stays in the journal
        kept = [k for k in fields if k in store_as]
        self.converted = tuple((k, c) for k, c in info.converted if k in kept)
        with_deleted = set(kept) | ({merge.DELETED} if merge.DELETED in store_as else set())
        self.complete = info.required <= with_deleted  # ``deleted`` is set for every single-change row
        self.fill = tuple((k, d) for k, d in info.stored_defaults.items() if k not in with_deleted)
        self.keys = tuple(sorted(with_deleted | {k for k, _d in self.fill}))
        self.getter = _getter(self.keys)


def _storage(type_: Any) -> str:
    from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Time

    for cls, kind in ((StoredId, "stored_id"), (DateTime, "datetime"), (Date, "date"), (Time, "time"), (Boolean, "bool"),
                      (Integer, "int"), (JSON, "json")):
        if isinstance(type_, cls):
            return kind
    return "plain"


@lru_cache(maxsize=4096)  # a catch-up repeats few dates (opened today, valid until …); errors are not cached
def _iso_date(value: str) -> str:
    return date.fromisoformat(value).isoformat()


_STORE = {
    "bool": lambda v: 1 if v else 0,
    "int": int,
    "stored_id": stored_id,
    "json": json_encode.encoder(ensure_ascii=True),  # json.dumps
    "date": _iso_date,
    "datetime": lambda v: datetime.fromisoformat(v).strftime("%Y-%m-%d %H:%M:%S.%f"),
    "time": lambda v: time.fromisoformat(v).strftime("%H:%M:%S.%f"),
}


def _to_stored(kind: str, value: Any) -> Any:
    if value is None:
        return None
    convert = _STORE.get(kind)
    return value if convert is None else convert(value)


_TABLES: dict[str, _Table] = {}
_first = itemgetter(0)


def table_info(entity: str) -> _Table | None:
    if not _TABLES:
        for name, cls in synced_classes().items():
            _TABLES[name] = _Table(cls)
    return _TABLES.get(entity)


def load_versions(conn: Connection, cache: VectorCache, entity: str, ids: Iterable[str],
                  known: Mapping[tuple[str, int, str], dict] | None = None,
                  keys: Mapping[str, bytes | str] | None = None) -> dict[str, list[merge.Version]]:
    """All changes of the rows, as the conflict rules see them (``known``: data already parsed;
    ``keys``: row ids already in their stored form, see ``stored_keys``)."""
    raw: dict[str, list[tuple]] = defaultdict(list)
    seen_ids: set[int] = set()
    names = Names(conn)
    code = names.find(entity)
    name_of = names.names
    for chunk in _chunks(ids) if code is not None else ():
        back = {v: i for i, v in stored_keys(chunk, keys).items()}  # stored keys found map back to the ids
        result = conn.exec_driver_sql(
            "SELECT row_key, data, stamp, device_code, seen, segment, actor_code FROM change "
            f"WHERE entity_code = ? AND row_key IN ({_marks(len(chunk))})", (code, *back))
        rows = result.cursor.fetchall()  # plain tuples: a catch-up reads tens of thousands
        result.close()
        for key, data, stamp, device, seen, segment, actor in rows:
            rid = back[key]
            device = name_of[device] if device in name_of else names.name(device)  # UnknownCode if damaged
            actor = name_of[actor] if actor in name_of else names.name(actor)
            raw[rid].append((data, stamp, device, seen, segment, actor))
            if seen is not None:
                seen_ids.add(seen)
    cache.load(seen_ids)
    out: dict[str, list[merge.Version]] = {}
    vector = cache.vector
    for rid, rows in raw.items():
        out[rid] = [merge.version(stamp, device, _data(known, device, stamp, rid, data), segment,
                                  vector(seen), actor)
                    for data, stamp, device, seen, segment, actor in rows]
    return out


def stored_keys(ids: Iterable[str], known: Mapping[str, bytes | str] | None = None) -> dict[str, bytes | str]:
    """The stored form of each of ``ids`` (``row_key``: a canonical UUID as its 16 bytes), taken
    from ``known`` where it holds it: an apply converts each row id of its batch once and hands
    the forms on, so a row is not converted again for its lookup, its insert and its update."""
    if not known:
        return {i: row_key(i) for i in ids}
    return {i: k if (k := known.get(i)) is not None else row_key(i) for i in ids}


def _data(known: Mapping | None, device: str, stamp: int, rid: str, raw: Any) -> dict:
    if known is not None:
        found = known.get((device, stamp, rid))
        if found is not None:
            return found
    return decode(raw)


def _latest(versions: list[merge.Version], name: str) -> Any:
    state = merge.fold((v.stamp, v.device, v.data) for v in versions if name in v.data)
    entry = state.fields.get(name)
    return entry.value if entry is not None else None


def _finalisations(conn: Connection, cache: VectorCache, conference_ids: set[str]) -> dict[str, merge.Version]:
    """The finalising change of each finalised conference: the earliest with status = final."""
    out: dict[str, merge.Version] = {}
    names = Names(conn)
    code = names.find(CONFERENCE)
    for chunk in _chunks(conference_ids) if code is not None else ():
        rows = conn.exec_driver_sql(
            "SELECT row_key, data, stamp, device_code, seen, segment, actor_code FROM change WHERE entity_code = ? "
            f"AND row_key IN ({_marks(len(chunk))})",
            (code, *(row_key(i) for i in chunk))).all()
        # status = final, read in the decoded values (store.journal_values: not JSON in SQL)
        rows = [(key, values, *rest) for key, data, *rest in rows
                if (values := decode(data)).get("status") == "final"]
        cache.load(r[4] for r in rows)
        for key, values, stamp, device, seen, segment, actor in rows:
            rid = row_id_of(key)
            v = merge.Version(stamp, names.name(device), values, segment, cache.vector(seen),
                              names.name(actor))
            if rid not in out or v.key < out[rid].key:
                out[rid] = v
    return out


def protocol_rows(conn: Connection, conference_ids: set[str]) -> dict[str, set[str]]:
    """Every part of the given conferences (the rows a finalisation protects)."""
    out: dict[str, set[str]] = defaultdict(set)
    out[CONFERENCE] |= conference_ids
    agenda: set[str] = set()
    for chunk in _chunks(conference_ids):
        m = _marks(len(chunk))
        for table in BY_CONFERENCE:
            ids = {id_text(r[0]) for r in conn.exec_driver_sql(  # ids: 16 bytes (models.types), text here
                f"SELECT id FROM {table} WHERE conference_id IN ({m})", tuple(map(stored_id, chunk)))}
            out[table] |= ids
            if table == "agenda_item":
                agenda |= ids
    for chunk in _chunks(agenda):
        m = _marks(len(chunk))
        for table in BY_AGENDA:
            out[table] |= {id_text(r[0]) for r in conn.exec_driver_sql(
                f"SELECT id FROM {table} WHERE agenda_item_id IN ({m})", tuple(map(stored_id, chunk)))}
    return out


def materialise(conn: Connection, cache: VectorCache, touched: Mapping[str, set[str]],
                known: Mapping[tuple[str, int, str], dict] | None = None,
                new_rows: Mapping[str, Mapping[str, list[merge.Version]]] | None = None,
                keys: Mapping[str, bytes | str] | None = None) -> Result:
    """Recompute the touched rows from the journal and write what differs.

    ``new_rows`` are rows whose every change is at hand (created by the batch being applied):
    they are not read back from the journal. ``keys``: row ids in their stored form, as far as
    the caller made them (``stored_keys``).
    """
    result = Result()
    versions: dict[str, dict[str, list[merge.Version]]] = {}
    new_rows = new_rows or {}
    for entity, ids in touched.items():
        if ids and table_info(entity) is not None:
            given = new_rows.get(entity, {})
            versions[entity] = load_versions(conn, cache, entity, [i for i in ids if i not in given], known, keys)
            versions[entity].update({i: list(v) for i, v in given.items() if i in ids})
    finals = _protection(conn, cache, versions)
    agenda_conf = finals.pop("__agenda__")  # type: ignore[arg-type]
    for entity in _order(versions):
        _write(conn, entity, versions[entity], finals, agenda_conf, result, keys)
    return result


def _order(versions: Mapping[str, Any]) -> list[str]:
    from kimdesk.models.table_order import ORDER

    names = [c.__tablename__ for c in ORDER]
    return sorted(versions, key=lambda e: names.index(e) if e in names else len(names))


def _protection(conn: Connection, cache: VectorCache, versions: dict[str, dict[str, list[merge.Version]]]) -> dict:
    """Find the finalisation that protects each touched protocol row (entity, id) -> Version."""
    conf_of: dict[tuple[str, str], str] = {}
    for rid in versions.get(CONFERENCE, {}):
        conf_of[(CONFERENCE, rid)] = rid
    for table in BY_CONFERENCE:
        for rid, vs in versions.get(table, {}).items():
            cid = _latest(vs, "conference_id")
            if cid:
                conf_of[(table, rid)] = cid
    agenda_conf = {(rid): conf_of[("agenda_item", rid)] for rid in versions.get("agenda_item", {})
                   if ("agenda_item", rid) in conf_of}
    wanted: set[str] = set()
    for table in BY_AGENDA:
        for rid, vs in versions.get(table, {}).items():
            aid = _latest(vs, "agenda_item_id")
            if aid:
                wanted.add(aid)
    missing = wanted - set(agenda_conf)
    for chunk in _chunks(missing):
        agenda_conf.update((id_text(a), id_text(c)) for a, c in conn.exec_driver_sql(
            f"SELECT id, conference_id FROM agenda_item WHERE id IN ({_marks(len(chunk))})", tuple(map(stored_id, chunk))))
    for table in BY_AGENDA:
        for rid, vs in versions.get(table, {}).items():
            aid = _latest(vs, "agenda_item_id")
            if aid in agenda_conf:
                conf_of[(table, rid)] = agenda_conf[aid]
    finals = _finalisations(conn, cache, set(conf_of.values())) if conf_of else {}
    out: dict[Any, Any] = {key: finals[cid] for key, cid in conf_of.items() if cid in finals}
    out["__agenda__"] = agenda_conf
    return out


def _write(conn: Connection, entity: str, rows: dict[str, list[merge.Version]], finals: dict, agenda_conf: dict,
           result: Result, keys: Mapping[str, bytes | str] | None = None) -> None:
    info = table_info(entity)
    assert info is not None
    # most rows of a catch-up have one change and no protocol over them: their values are that
    # change's data, put in stored form at once (what ``merge.resolve`` + ``stored`` give them)
    single: dict[str, dict[str, Any]] = {}
    outcomes: dict[str, merge.Outcome] = {}
    for rid, vs in rows.items():
        final = finals.get((entity, rid))
        if final is None and len(vs) == 1:
            single[rid] = vs[0].data
        else:
            outcomes[rid] = merge.resolve(vs, final)
    current: dict[str, dict[str, Any]] = {}
    # each row's id as bound and read, made once (models.types.StoredId: a canonical UUID's 16 bytes)
    key = stored_keys(rows, keys) if info.id_bytes else {rid: rid for rid in rows}
    back = {v: rid for rid, v in key.items()} if info.id_bytes else key
    for chunk in _chunks(rows):
        cursor = conn.exec_driver_sql(f"SELECT * FROM {info.name} WHERE id IN ({_marks(len(chunk))})",
                                      tuple(key[rid] for rid in chunk))
        columns = [c[0] for c in cursor.cursor.description]
        found = cursor.cursor.fetchall()  # one fetch of plain tuples, not one call per row
        cursor.close()
        for raw in found:
            row = dict(zip(columns, raw))
            current[back[row["id"]]] = row
    inserts: dict[tuple, list[tuple]] = defaultdict(list)
    updates: dict[tuple, list[tuple]] = defaultdict(list)
    shape, store_as = info.shape, info.store_as
    has_deleted = merge.DELETED in store_as
    for rid in rows:
        data = single.get(rid)
        outcome = data is None
        if outcome:
            data = outcomes[rid].values
        how = shape(tuple(data))
        values = dict(data) if how.known else {k: v for k, v in data.items() if k in store_as}
        for k, convert in how.converted:  # what ``_Table.stored`` does, for the fields this shape has
            v = values[k]
            if v is not None:
                values[k] = convert(v)
        if has_deleted and not outcome:
            values[merge.DELETED] = 1 if data.get(merge.DELETED) is True else 0
        row = current.get(rid)
        if row is None:
            if not how.complete:
                result.incomplete.append((entity, rid))
                continue
            for k, default in how.fill:
                values[k] = default
            inserts[how.keys].append((key[rid], *how.getter(values)))
        else:
            diff = dict(values.items() - row.items())  # what differs (stored values are hashable)
            if not diff:
                continue
            if diff.get("deleted") == 1 and not row["deleted"]:
                result.deletions += 1
                result.deleted_by[entity] += 1
            names = tuple(sorted(diff))
            updates[names].append((*(diff[k] for k in names), key[rid]))
        result.touched[entity].add(rid)
        result.written += 1
    # in key order: each index page is visited once per batch, not once per row. Ids of one kind
    # sort in Python as SQLite orders them; a text id sorts before the 16-byte ones there
    mixed = info.id_bytes and any(type(k) is not bytes for k in key.values())
    with keys_written_by_caller() if entity == CLIENT else nullcontext():
        for names, batch in inserts.items():
            batch = in_order(batch, _stored_first if mixed else _first)  # a bucket at a time: ``batch_order``
            cols = ", ".join(f'"{k}"' for k in ("id",) + names)  # quoted: some columns are called "on"
            conn.exec_driver_sql(f'INSERT INTO "{info.name}" ({cols}) VALUES ({_marks(len(names) + 1)})', batch)
        for names, batch in updates.items():
            sets = ", ".join(f'"{k}" = ?' for k in names)
            conn.exec_driver_sql(f'UPDATE "{info.name}" SET {sets} WHERE id = ?', batch)
    if inserts:
        result.columns[entity].add(EVERY_COLUMN)  # a row inserted: every column
    for names in updates:
        result.columns[entity].update(names)
    if entity == CLIENT:
        _search_keys(conn, inserts, updates, {key[rid]: row for rid, row in current.items()})
    _conflicts(conn, entity, rows, outcomes, result)


def _stored_first(row: tuple) -> tuple:
    return (type(row[0]) is bytes, row[0])


def _getter(keys: tuple[str, ...]) -> Any:
    """The values of ``keys`` from a dict, as a tuple, in one C call."""
    if len(keys) == 1:
        return lambda values: (values[keys[0]],)
    return itemgetter(*keys)


def _search_keys(conn: Connection, inserts: Mapping[tuple, list[tuple]], updates: Mapping[tuple, list[tuple]],
                 current: Mapping[bytes | str, Mapping[str, Any]]) -> None:
    """The search keys of the people just inserted or renamed (the trigger was off for them);
    ``current``: the rows as they were, by stored id."""
    fresh = []
    for keys, batch in inserts.items():
        at = [keys.index(k) + 1 if k in keys else None for k in NAME_COLUMNS]
        fresh += [(row[0], *(row[i] if i is not None else None for i in at)) for row in batch]
    search_keys.replace(conn, fresh, new=True)
    renamed = []
    for keys, batch in updates.items():
        if not any(k in keys for k in NAME_COLUMNS):
            continue
        for row in batch:
            rid = row[-1]  # the stored id (a person's 16 bytes since migration 0043)
            now = {**current[rid], **dict(zip(keys, row))}
            renamed.append((rid, *(now[k] for k in NAME_COLUMNS)))
    search_keys.replace(conn, renamed)


def _jtext(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _conflicts(conn: Connection, entity: str, rows: Iterable[str], outcomes: Mapping[str, merge.Outcome],
               result: Result) -> None:
    """Make the stored conflict records of these rows exactly what their changes contain
    (``outcomes``: of the rows with more than one change; a single change loses nothing)."""
    with_losses = {rid for rid, o in outcomes.items() if o.losses}
    if not with_losses and conn.exec_driver_sql(
            "SELECT 1 FROM sync_conflict WHERE entity = ? LIMIT 1", (entity,)).first() is None:
        return  # nothing to write and nothing stored to compare with: no lookup per row
    existing: dict[str, dict[tuple, tuple]] = defaultdict(dict)
    for chunk in _chunks(rows):
        for row in conn.exec_driver_sql(
                "SELECT row_id, field, lost_device, lost_stamp, kind, kept, kept_stamp, kept_device, lost "
                f"FROM sync_conflict WHERE entity = ? AND row_id IN ({_marks(len(chunk))})", (entity, *chunk)):
            existing[row[0]][(row[1], row[2], row[3])] = row[4:]
    for rid in set(existing) | with_losses:
        want: dict[tuple, tuple] = {}
        actors: dict[tuple, str | None] = {}
        for loss in (outcomes[rid].losses if rid in outcomes else ()):
            key = (loss.field, loss.loser.device, loss.loser.stamp)
            w = loss.winner
            prior = want.get(key)
            if prior is not None and prior[0] == "final":
                continue  # a protocol conflict says more than a field conflict of the same value
            want[key] = (loss.kind, _jtext(loss.kept), w.stamp if w else None, w.device if w else None,
                         _jtext(loss.lost))
            actors[key] = loss.loser.actor
        have = existing.get(rid, {})
        for key in have.keys() - want.keys():
            conn.exec_driver_sql(
                "DELETE FROM sync_conflict WHERE entity = ? AND row_id = ? AND field = ? AND lost_device = ? "
                "AND lost_stamp = ?", (entity, rid, *key))
        for key, value in want.items():
            if have.get(key) == value:
                continue
            if key not in have:
                result.conflicts += 1
            conn.exec_driver_sql(
                "INSERT INTO sync_conflict(entity, row_id, field, lost_device, lost_stamp, kind, kept, kept_stamp, "
                "kept_device, lost, lost_actor) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(entity, row_id, field, lost_device, lost_stamp) DO UPDATE SET kind = excluded.kind, "
                "kept = excluded.kept, kept_stamp = excluded.kept_stamp, kept_device = excluded.kept_device, "
                "lost = excluded.lost", (entity, rid, *key, *value, actors.get(key)))
