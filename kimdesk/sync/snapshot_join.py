"""A fresh laptop takes a snapshot database's rows as they are: set-based, in one transaction.

Only for a laptop holding nothing but the seeded catalogue (``snapshot_db.is_fresh``) and a
snapshot whose rows are the fold of its journal (``Contents.rows``): then copying rows,
journal, conflicts and erasures gives exactly what applying every change would have given —
the rows, their conflict records and their history are functions of the set of changes. The
derived data the laptop's triggers keep (search keys, open-needs flag, standing marks) is
written set-based after the rows, the standing timeline taken from the writer where it is
current; the audit chain gets one entry per origin as a catch-up would; the clock moves past
the newest stamp.

Why each pass over the 700 MB file of a team of 100,000 people is there (one decrypts every
page): the SHA-256 while it is copied from the share (the authenticated head names it: the
file is the one its writer sealed); ``quick_check`` (the digest proves the author, not a
well-formed file: SQLite's advice for database files from elsewhere, before any other
statement reads it), the checks of the row tables' values and counts and — when the writer's
``origins`` are there (``inspect(claims=True)``) — of the journal's values: all on a second
connection, in a process of its own on the second core, while the copy runs, the join committing
only after they passed (``snapshot_db.QuickCheck``; this reads the file before its quick_check answered, which the
digest, the one transaction and SQLite's corruption errors make safe: see docs/sync.md); the
copy of the journal; then one sort per index set aside, not a random page per row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from sqlalchemy import Connection

from kimdesk.models.sync_state import Erasure, SyncConflict
from kimdesk.models.types import stored_id_sql
from kimdesk.store import audit, options, page_cache
from kimdesk.store.journal_codes import NAMES, STORED, stored_sql
from kimdesk.store.names import keys_written_by_caller
from kimdesk.store.open_needs import OPEN_STATUSES
from kimdesk.store.store import Store
from kimdesk.sync import shapes, snapshot_db
from kimdesk.sync.apply import Applied
from kimdesk.sync.knowledge import VectorCache
from kimdesk.sync.snapshot_db import (ROW_PREFIX, SCHEMA, STANDING_COLUMNS, Contents, column_list, columns_of,
                                   journal_bad_sql, journal_columns, quote, row_select, row_tables,
                                   standing_select)


def journal_names(contents: Contents) -> set[str]:
    """Every device, actor and table the snapshot's journal names (its origins hold them all)."""
    names: set[str] = set()
    for (device, actor), tables in contents.origins.items():
        names.add(device)
        if actor is not None:
            names.add(actor)
        names.update(tables)
    return names


def _trigger_reads(conn: Connection) -> set[str]:
    """Tables the laptop's triggers look rows up in (their indexes serve every row copied)."""
    read: set[str] = set()
    for (sql,) in conn.exec_driver_sql("SELECT sql FROM main.sqlite_master WHERE type = 'trigger'"):
        read.update(m.lower() for m in re.findall(r'\b(?:FROM|JOIN)\s+"?(\w+)"?', sql or "", re.IGNORECASE))
    return read


#: indexes led by these columns follow the order the snapshot's rows arrive in: the journal comes
#: in its writer's order, i.e. each device's changes in their own order, so an index led by the
#: device is appended to at one place per device — cheap to keep, while building it afterwards
#: reads (and decrypts) the whole journal once more
ARRIVAL_ORDER = {"change": "device_code"}


#: the journal's unique index (``ux_change_row``, led by table and row id) goes aside for the copy
#: as well and is built again from its own SQL: kept, each of 1.72 M changes went into it at a
#: random place (measured at 10,000 people: the journal's copy 1.74 s CPU with it, 0.8–1.0 s without
#: plus 0.3–0.45 s to build it; at 30,000 people 3.3 s against 2.9 s). A fresh laptop holds none
#: of the snapshot's changes, and a genuine journal has none twice (unique since migration 0002),
#: so the build refuses only a forged file — which the count of the copy refused before too.
JOURNAL_UNIQUE_ASIDE = ("change",)


def _in_arrival_order(table: str, sql: str) -> bool:
    lead = re.search(r"\(\s*\"?(\w+)", sql)
    return lead is not None and ARRIVAL_ORDER.get(table) == lead.group(1)


def set_indexes_aside(conn: Connection, tables: list[str], *, keep_read: bool = True,
                      unique: tuple[str, ...] = ()) -> list[str]:
    """Drop the plain secondary indexes of ``tables`` (in this transaction); returns their SQL.

    Inserting a whole team's rows into indexes keyed by random ids touches a random page per
    row (each decrypted and encrypted again); building an index after the copy sorts once.
    Unique indexes and the primary keys stay (they decide conflicts), so do indexes in the rows'
    arrival order (``ARRIVAL_ORDER``), and so do the indexes of
    tables a trigger looks rows up in (the open-needs flag reads ``need`` by person) unless
    ``keep_read`` is False (no such trigger fires before they are built again). The unique
    indexes of the tables in ``unique`` go aside too: building one again checks what it would
    have refused row by row (a row twice fails the build and the copy with it)."""
    keep = _trigger_reads(conn) if keep_read else set()
    dropped = []
    for table in tables:
        if table.lower() in keep:
            continue
        for name, sql in conn.exec_driver_sql(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (table,)).all():
            kinds = r"(UNIQUE\s+)?INDEX" if table in unique else r"INDEX"
            if re.match(rf"\s*CREATE\s+{kinds}\b", sql, re.IGNORECASE) and not _in_arrival_order(table, sql):
                conn.exec_driver_sql(f"DROP INDEX main.{quote(name)}")
                dropped.append(sql)
    return dropped


def build_indexes(conn: Connection, dropped: list[str]) -> None:
    """Build again what ``set_indexes_aside`` dropped, from the very same SQL; under a small page
    cache (``page_cache.small_for_sorting``: each build sorts the whole table in memory)."""
    with page_cache.small_for_sorting(conn):
        for sql in dropped:
            conn.exec_driver_sql(sql)


#: triggers of the copied tables whose work the copy does once, set-based, afterwards
#: (``replay_triggers``): per row they look up a person's needs and rewrite the person (the
#: open-needs flag, migration 0022), or mark a need in ``need_standing_dirty`` (0026) — a random
#: page each, and reading ``need`` by person kept its indexes up during the copy. Any other
#: trigger stays and fires as always.
SET_BASED_TRIGGERS = ("need_open_needs_insert", "need_open_needs_update", "need_open_needs_delete",
                      "client_open_needs_insert",
                      "responsibility_event_standing_insert", "responsibility_event_standing_update",
                      "responsibility_event_standing_delete", "responsibility_standing_insert",
                      "responsibility_standing_update", "responsibility_standing_delete")


def set_triggers_aside(conn: Connection) -> list[str]:
    """Drop the ``SET_BASED_TRIGGERS`` there are (in this transaction); returns their SQL."""
    dropped = []
    for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' ORDER BY name").all():
        if name in SET_BASED_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER main.{quote(name)}")
            dropped.append(sql)
    return dropped


def replay_triggers(conn: Connection, contents: Contents) -> None:
    """What the triggers set aside would have done for the rows the snapshot brought, once: a
    fresh laptop held no person, need or request before, so every person starts without the
    open-needs flag and no need is marked yet. For the standing timeline the needs are marked
    that ``take_standings`` does not bring: those the writer still had dirty — or, from a
    writer of before, every need (as ``standing_timeline.rebuild`` does; a need without steps
    gets no interval, and a step naming no need has no timeline either)."""
    s = SCHEMA
    statuses = ", ".join(f"'{v}'" for v in OPEN_STATUSES)
    conn.exec_driver_sql(
        "UPDATE main.client SET open_needs = 1 WHERE open_needs IS NOT 1 AND id IN "
        f"(SELECT client_id FROM main.need WHERE deleted = 0 AND status IN ({statuses}))")
    # the snapshot's ids are text: stored as the need's id is (models.types)
    marked = (f"SELECT {stored_id_sql('need_id')} FROM {s}.standing_dirty" if contents.standings
              else f"SELECT {stored_id_sql('id')} FROM {s}.{ROW_PREFIX}need")
    conn.exec_driver_sql(f"INSERT OR IGNORE INTO main.need_standing_dirty(need_id) {marked} ORDER BY 1")


def restore_triggers(conn: Connection, dropped: list[str]) -> None:
    for sql in dropped:
        conn.exec_driver_sql(sql)


def store_search_keys(conn: Connection) -> None:
    """The search keys of the people the snapshot brought, as the trigger stores them
    (``kim_name_keys``, i.e. ``names.client_keys``), in one statement in key order: inserting
    them person by person touches a random page of ``name_key`` per key. Its index by person is
    built once afterwards. A fresh laptop holds no people before, so none has stale keys."""
    aside = set_indexes_aside(conn, ["name_key"], keep_read=False)
    # the snapshot holds ids as text, this laptop a person's as 16 bytes (migration 0043)
    brought = f"SELECT {stored_id_sql('id')} FROM {SCHEMA}.{ROW_PREFIX}client"
    conn.exec_driver_sql(f"DELETE FROM main.name_key WHERE client_id IN ({brought})")
    with page_cache.small_for_sorting(conn):  # every key of the team, sorted
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO main.name_key(key, client_id) SELECT k.value, c.id FROM main.client c, "
            "json_each(kim_name_keys(c.given_name, c.family_name, c.native_name, c.case_number)) k "
            f"WHERE c.id IN ({brought}) ORDER BY 1, 2")
    build_indexes(conn, aside)


def take_standings(conn: Connection) -> None:
    """The needs' standing timeline as the snapshot's writer had it, for every need it held
    current (not in its ``standing_dirty``): otherwise the first refresh after the join (the
    sync hook) would compute 100,000 timelines the writer has just computed from the very same
    rows (the rows are the fold of the journal, ``Contents.rows``). The writer's dirty needs
    are marked here (``replay_triggers``) and computed by that refresh. The timeline is a local
    cache (``need_standing``); a team member could write a wrong one as they could write wrong
    rows, and ``standing_timeline.rebuild`` repairs it."""
    s = SCHEMA
    cols = column_list(STANDING_COLUMNS)
    with page_cache.small_for_sorting(conn):  # every need's timeline, sorted
        conn.exec_driver_sql(f"INSERT OR REPLACE INTO main.need_standing({cols}) SELECT {standing_select('stored')} "
                             f"FROM {s}.standing WHERE need_id NOT IN (SELECT need_id FROM {s}.standing_dirty) "
                             "ORDER BY need_id, valid_from")


#: SQLite's multi-threaded sorter (``PRAGMA threads``) is not used: it runs no worker thread
#: when temporary data is kept in memory (vdbesort.c, ``sqlite3VdbeSorterInit``: no workers if
#: ``sqlite3TempInMemory``), and the profile keeps it there (``temp_store = MEMORY``, the store's
#: rule of no plaintext temporary files: a sorter's files would hold index keys, names among them).
#: Measured at 100,000 people with ``threads = 1``: building the journal's row index took 3.46 s CPU
#: in the process and 3.46 s on the joining thread itself — no helper ran.

#: page cache of the laptop's database while a team's rows are copied in (KiB): pages that fall
#: out of the cache in the middle of one large transaction go to the WAL, and again each time
#: they change once more (at 100,000 people 160 MB took 2–2.5 s CPU off a join against 64 MB,
#: peak 415 MB; it is given back when the copy is done)
CACHE_KIB = 160 * 1024


def import_rows(conn: Connection, store: Store, contents: Contents,
                verified: Callable[[], None] = lambda: None) -> Applied:
    """Copy the attached snapshot into this laptop's tables (caller's transaction); ``contents``
    is what ``snapshot_db.inspect`` found in it. ``verified`` (``QuickCheck.verify``) is called
    before anything leaves the transaction: the clock moves only for a file that passed."""
    with page_cache.roomy(conn, CACHE_KIB):
        return _import_rows(conn, store, contents, verified)


REFUSE = "kim_refuse_snapshot"  # called by the copy for a journal row that fails its checks


def _refuse() -> None:
    raise snapshot_db.Unusable("values change")


def _newest(conn: Connection) -> int | None:
    """The newest stamp of the journal, read from the journal itself, not taken on trust from the
    writer's ``origins``: one pass over its narrowest index that holds the stamp (``ux_change_row``;
    migration 0042 took the index by device and stamp that served a lookup per name)."""
    return conn.exec_driver_sql("SELECT max(stamp) FROM main.change").scalar()


def _import_rows(conn: Connection, store: Store, contents: Contents, verified: Callable[[], None]) -> Applied:
    s = SCHEMA
    triggers = set_triggers_aside(conn)  # first: then the tables they read lose their indexes too
    aside = set_indexes_aside(conn, ["change"] + [name for name, _cols_ in row_tables()], unique=JOURNAL_UNIQUE_ASIDE)
    cache = VectorCache(conn)
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS snapshot_seen(old INTEGER PRIMARY KEY, new INTEGER)")
    conn.exec_driver_sql("DELETE FROM temp.snapshot_seen")
    mapping = []
    for old, text in conn.exec_driver_sql(f"SELECT id, vector FROM {s}.vector").all():
        vector = {str(d): shapes.number(v) for d, v in shapes.obj(json.loads(text)).items()}
        mapping.append((old, cache.id_of(vector)))
    if mapping:
        conn.exec_driver_sql("INSERT INTO temp.snapshot_seen(old, new) VALUES (?, ?)", mapping)
    # the journal arrives in its text form: its names get this database's codes first — the
    # names ``inspect`` counted every change under (three more passes over the journal cost seconds)
    conn.exec_driver_sql(f"INSERT OR IGNORE INTO main.{NAMES}(name) VALUES (?)",
                         [(name,) for name in sorted(journal_names(contents))])
    jcols = journal_columns()
    # a change's values stay in the snapshot's JSON text (checked by ``journal_bad_sql``): every reader
    # takes both forms (``store.journal_values.decode``), and packing 1.72 M changes one Python call
    # each added about 15 s to a join whose goal is 30 s
    picked = [("m.new" if c == "seen" else "c.data" if c == "data" else stored_sql(c, "c.", "main."))
              for c in jcols]
    checked = "WHERE true "
    if not contents.journal_checked:  # checked here, in the copy's own pass (``inspect(claims=True)``)
        conn.connection.driver_connection.create_function(REFUSE, 0, _refuse)
        if not contents.journal_apart:  # else on the second connection, before the commit
            checked = f"WHERE CASE WHEN coalesce(({journal_bad_sql()}), 0) = 0 THEN 1 ELSE {REFUSE}() END "
        # an actor the writer's origins do not name has no code: refused, not stored as "no actor"
        at = jcols.index("actor")
        picked[at] = f"coalesce({picked[at]}, CASE WHEN c.actor IS NULL THEN NULL ELSE {REFUSE}() END)"
    # the rows inserted (two counts of the whole journal cost seconds); a change whose device or
    # table has no code (not among the names given codes above) breaks a NOT NULL and the whole
    # copy with it; a change twice (a fresh laptop holds none of the snapshot's: its catalogue's
    # are never sent) fails the journal's unique index when it is built again, and the copy with it
    fresh = conn.exec_driver_sql(
        f"INSERT INTO main.change({column_list([STORED.get(c, c) for c in jcols])}) "
        f"SELECT {', '.join(picked)} FROM {s}.change c "
        f"LEFT JOIN temp.snapshot_seen m ON m.old = c.seen {checked}ORDER BY c.rowid").rowcount
    fresh = max(fresh, 0)
    if not contents.journal_checked and fresh != contents.counts.get("change"):
        # a fresh laptop holds none of the snapshot's changes (its catalogue's are never sent):
        # every row is inserted, as many as ``meta`` and ``origins`` say
        raise snapshot_db.Unusable("count change")
    conn.exec_driver_sql("DROP TABLE temp.snapshot_seen")
    with keys_written_by_caller():  # the search keys: set-based below, not a Python call per row
        for name, cols in row_tables():
            others = [c for c in cols if c != "id"]
            update = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in others)
            conn.exec_driver_sql(
                f"INSERT INTO main.{quote(name)}({column_list(cols)}) SELECT {row_select(name, cols, 'stored')} "
                f"FROM {s}.{quote(ROW_PREFIX + name)} "
                f"WHERE true ON CONFLICT(id) DO UPDATE SET {update}")
    store_search_keys(conn)
    build_indexes(conn, aside)
    newest = contents.newest
    if not contents.journal_checked:
        newest = _newest(conn)
    replay_triggers(conn, contents)
    restore_triggers(conn, triggers)
    if contents.standings:
        take_standings(conn)
    conflict_cols = [c for c in columns_of(SyncConflict.__table__) if c != "id"]
    conflicts = conn.exec_driver_sql(
        f"INSERT OR IGNORE INTO main.sync_conflict({column_list(conflict_cols)}) SELECT {column_list(conflict_cols)} "
        f"FROM {s}.conflict ORDER BY rowid").rowcount
    erasure_cols = [c for c in columns_of(Erasure.__table__) if c != "id"]
    erased = conn.exec_driver_sql(
        f"INSERT OR IGNORE INTO main.sync_erasure({column_list(erasure_cols)}) SELECT {column_list(erasure_cols)} "
        f"FROM {s}.erasure ORDER BY id").rowcount
    conn.exec_driver_sql(
        f"INSERT OR IGNORE INTO main.sync_erased(row_id, entity, erasure_id) SELECT r.row_id, r.entity, mine.id "
        f"FROM {s}.erased r JOIN {s}.erasure e ON e.id = r.erasure_id "
        "JOIN main.sync_erasure mine ON mine.device = e.device AND mine.stamp = e.stamp")
    # one audit entry per origin (device, actor), naming the tables and how many changes, as
    # ``apply_batch`` writes for a catch-up
    for (device, actor), counts in sorted(contents.origins.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        tables = [f"{t}:{n}" for t, n in sorted(counts.items())]
        audit.append(conn, device, actor, [("sync", "segment", device, tables)])
    verified()  # the clock is this process's, not the transaction's
    if newest is not None:
        store.clock.observe(int(newest))
        store.set_setting(conn, options.HLC.key, store.clock.last)
    # which tables changed, for the screens (not every id: a whole team's rows)
    touched = {name: set() for name, _cols_ in row_tables()
               if conn.exec_driver_sql(f"SELECT 1 FROM {s}.{quote(ROW_PREFIX + name)} LIMIT 1").first()}
    return Applied(changes=fresh, conflicts=max(conflicts, 0), erased=max(erased, 0), touched=touched)
