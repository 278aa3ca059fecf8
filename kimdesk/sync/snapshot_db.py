"""Snapshots as databases: the compaction snapshot as an SQLCipher file, built and read set-based.

Replaying a JSON snapshot of every change row by row made a laptop joining a team of 100,000
people wait minutes. The database snapshot holds the same journal (every change with its origin
device, segment and the vector its writer had seen; the erasures; ``covers``) as tables, and —
when the writer's rows are exactly the fold of that journal — the team-data rows and their
conflict records too. A fresh laptop copies those with ``INSERT … SELECT`` in one transaction
(the triggers keep the search keys and the open-needs flag); any other laptop, or a snapshot
without rows, reads the journal from the tables and merges it change by change as before.

On the share the file is ``sealed header + body | database`` (envelope version 2): the body
(AES-GCM, team key) names the SHA-256 and size of the database bytes that follow, so the header
rules (team, place, key generation, revoked devices) and authentication are those of every
other file. The database itself is encrypted with a key derived from the team key (HKDF), never
the device key. Everything in it is still checked before it is read: user_version, application
id, ``quick_check``, tables, columns, the types of every value and the row counts.

Column lists come from the model metadata, so a column added to a table travels without a
change here. The journal travels in its text form (``journal_codes.TEXT_COLUMNS``): the codes
of the compact journal are local to one database, and older laptops read these files too.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Boolean, Connection, Float, Integer, LargeBinary, Numeric

from kimdesk.models import synced_classes
from kimdesk.models.sync_state import Erasure, ErasedRow, SyncConflict
from kimdesk.models.types import id_text_sql, stored_id_columns, stored_id_sql
from kimdesk.store.journal_codes import STORED, TEXT_COLUMNS, Names, text_sql
from kimdesk.sync import layout, outbox, shapes
from kimdesk.sync.apply import Batch, Incoming
from kimdesk.sync.envelope import EnvelopeError

SCHEMA = "snap"  # the name the snapshot database is attached under
DB_VERSION = 1  # PRAGMA user_version of a snapshot database
APPLICATION_ID = 0x4B494D53  # "KIMS"
FORMAT = "kimdesk-snapshot"
GENESIS = "genesis"  # the pseudo device of the seeded catalogue (see ``genesis``)
ROW_PREFIX = "row_"  # team-data tables inside the snapshot: row_client, row_need, …


class Unusable(Exception):
    """A snapshot database that must not be read (damaged, foreign, another layout)."""


def db_key(team_key: bytes, team_id: str) -> bytes:
    """The key of a snapshot database: derived from the team key of the file's generation."""
    return HKDF(algorithm=SHA256(), length=32, salt=team_id.encode("utf-8"),
                info=b"kimdesk snapshot database 1").derive(team_key)


# -- what goes in: tables and columns from the models ------------------------------------------
def columns_of(table) -> list[str]:
    return [c.name for c in table.columns]


def journal_columns() -> list[str]:
    """The journal's columns in the text form (store.journal_codes: the codes are local to a
    database) but its local sequence number (rows keep their order instead)."""
    return list(TEXT_COLUMNS)


#: the snapshot journal's storage classes: the text form, as before the compact journal
JOURNAL_TYPES = {"entity": ("text",), "row_id": ("text",), "data": ("text",), "stamp": ("integer",),
                 "device": ("text",), "actor": ("text",), "seen": ("integer",), "segment": ("integer",)}


def row_tables() -> list[tuple[str, list[str]]]:
    """Every synced table with its columns, parents first (``table_order``), then the rest."""
    from kimdesk.models.table_order import ORDER

    classes = synced_classes()
    first = [c.__tablename__ for c in ORDER if c.__tablename__ in classes]
    names = first + sorted(set(classes) - set(first))
    return [(n, columns_of(classes[n].__table__)) for n in names]


def row_select(name: str, cols: list[str], form: str) -> str:
    """The select list of team-data table ``name``'s ``cols`` where ids stored as 16 bytes
    (models.types.StoredId) are converted: ``form`` "text" reads them in the text form (into a
    snapshot: its files keep text ids, which laptops of before read), "stored" turns the text
    form into the stored one (out of a snapshot)."""
    binary = stored_id_columns(synced_classes()[name].__table__)
    convert = id_text_sql if form == "text" else stored_id_sql
    return ", ".join(f"{convert(quote(c))} AS {quote(c)}" if c in binary else quote(c) for c in cols)


#: the standing timeline's columns holding ids stored as 16 bytes (as the rows they derive from)
STANDING_IDS = ("need_id", "agency_id")


def standing_select(form: str) -> str:
    """The select list of the standing timeline with its ids converted as ``row_select`` does."""
    convert = id_text_sql if form == "text" else stored_id_sql
    return ", ".join(f"{convert(quote(c))} AS {quote(c)}" if c in STANDING_IDS else quote(c) for c in STANDING_COLUMNS)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def column_list(names: list[str], prefix: str = "") -> str:
    return ", ".join(prefix + quote(n) for n in names)


def _types(table) -> dict[str, tuple[str, ...]]:
    """The storage classes a column of ``table`` may hold (what SQLAlchemy writes)."""
    out = {}
    for c in table.columns:
        t = c.type
        if isinstance(t, LargeBinary):
            kinds: tuple[str, ...] = ("blob",)
        elif isinstance(t, (Boolean, Integer)):
            kinds = ("integer",)
        elif isinstance(t, (Float, Numeric)):
            kinds = ("integer", "real")
        else:  # text, dates and times (ISO text), JSON (text)
            kinds = ("text",)
        # NULL is left to the NOT NULL constraints of the laptop's own tables
        out[c.name] = (*kinds, "null")
    return out


#: the needs' standing timeline (``need_standing``, migration 0026) travels beside the rows since
#: round 6: it is derived from the steps the rows hold, so a joiner takes the writer's intervals
#: of every need the writer had no longer marked dirty (``standing_dirty``) instead of computing
#: 100,000 timelines again. Laptops of before ignore both tables (they read only the tables they
#: name); a joiner finding them missing computes every timeline as before.
STANDING_COLUMNS = ["need_id", "valid_from", "valid_to", "state", "agency_id", "pingpong", "accepted_on",
                    "first_request"]
STANDING_TYPES = {"need_id": ("text",), "valid_from": ("text",), "valid_to": ("text", "null"), "state": ("text",),
                  "agency_id": ("text", "null"), "pingpong": ("integer",), "accepted_on": ("text", "null"),
                  "first_request": ("text", "null")}

#: the journal's origins as its writer counted them (since round 6): a fresh laptop copying the
#: rows takes them for its audit entries and the names' codes instead of counting 1.7 million
#: changes in a pass of their own (``inspect(claims=True)``); the checks of the values happen
#: in the copy itself (``snapshot_join``)
ORIGIN_TYPES = {"device": ("text",), "actor": ("text", "null"), "entity": ("text",), "n": ("integer",),
                "top": ("integer", "null")}


# -- writing --------------------------------------------------------------------------------------
def rows_match_journal(conn: Connection, me: str, sent: int) -> bool:
    """Are this laptop's rows the fold of what a snapshot now holds (plus the seeded catalogue)?

    Not while own changes or erasures wait to be sent: the rows already show them, the journal
    in the snapshot does not. Then the snapshot carries the journal only."""
    names = Names(conn)
    # unsent (the outbox's index), then own frozen segments not sent yet, each by its range
    waiting = conn.exec_driver_sql("SELECT 1 FROM change WHERE segment IS NULL AND device_code IS NOT ? LIMIT 1",
                                   (names.find(GENESIS),)).first()
    code = names.find(me)
    for seq, first, last in conn.exec_driver_sql(
            "SELECT seq, first_change, last_change FROM sync_outgoing WHERE seq > ? ORDER BY seq", (sent,)).all():
        if waiting is not None or code is None:
            break
        where, args = outbox.segment_changes(code, seq, first, last)
        waiting = conn.exec_driver_sql(f"SELECT 1 FROM change WHERE {where} LIMIT 1", args).first()
    erasing = conn.exec_driver_sql(
        "SELECT 1 FROM sync_erasure WHERE segment IS NULL OR (device = ? AND segment > ?) LIMIT 1", (me, sent)).first()
    return waiting is None and erasing is None


def build(conn: Connection, me: str, covers: dict[str, int], *, team: str, gen: int) -> dict[str, int]:
    """Fill the attached, empty snapshot database ``SCHEMA`` in ``conn``'s transaction.

    Returns the row counts per table (also stored in its ``meta``)."""
    sent = covers[me]
    jcols = journal_columns()
    s = SCHEMA
    mine = "segment IS NOT NULL AND (device != ? OR segment <= ?)"
    conn.exec_driver_sql(f"CREATE TABLE {s}.meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    picked = ", ".join(f"{text_sql(c, 'c.', 'main.')} AS {quote(c)}" for c in jcols)
    conn.exec_driver_sql(f"CREATE TABLE {s}.change AS SELECT {picked} FROM main.change c WHERE c.segment IS NOT NULL "
                         f"AND (c.device_code IS NOT ? OR c.segment <= ?) ORDER BY c.seq",
                         (Names(conn).find(me), sent))
    conn.exec_driver_sql(f"CREATE TABLE {s}.vector AS SELECT id, vector FROM main.sync_knowledge "
                         f"WHERE id IN (SELECT seen FROM {s}.change WHERE seen IS NOT NULL) ORDER BY id")
    conn.exec_driver_sql(f"CREATE TABLE {s}.erasure AS SELECT {column_list(columns_of(Erasure.__table__))} "
                         f"FROM main.sync_erasure WHERE {mine} ORDER BY id", (me, sent))
    conn.exec_driver_sql(f"CREATE TABLE {s}.erased AS SELECT {column_list(columns_of(ErasedRow.__table__))} "
                         f"FROM main.sync_erased WHERE erasure_id IN (SELECT id FROM {s}.erasure)")
    tables = ["change", "vector", "erasure", "erased"]
    with_rows = rows_match_journal(conn, me, sent)
    if with_rows:
        for name, cols in row_tables():
            conn.exec_driver_sql(f"CREATE TABLE {s}.{quote(ROW_PREFIX + name)} AS SELECT "
                                 f"{row_select(name, cols, 'text')} FROM main.{quote(name)} ORDER BY id")
            tables.append(ROW_PREFIX + name)
        conflict_cols = [c for c in columns_of(SyncConflict.__table__) if c != "id"]
        conn.exec_driver_sql(f"CREATE TABLE {s}.conflict AS SELECT {column_list(conflict_cols)} "
                             "FROM main.sync_conflict ORDER BY id")
        tables.append("conflict")
        # the needs' standing timeline as the writer has it (derived, local: see STANDING_COLUMNS)
        conn.exec_driver_sql(f"CREATE TABLE {s}.standing AS SELECT {standing_select('text')} "
                             "FROM main.need_standing WHERE need_id NOT IN (SELECT need_id FROM main.need_standing_dirty) "
                             "ORDER BY need_id, valid_from")
        conn.exec_driver_sql(f"CREATE TABLE {s}.standing_dirty AS SELECT {id_text_sql('need_id')} AS need_id "
                             "FROM main.need_standing_dirty "
                             "ORDER BY need_id")
        tables += ["standing", "standing_dirty"]
        # the journal's changes per origin and table and their newest stamp (``ORIGIN_TYPES``),
        # counted over the compact journal's codes (a small sort of numbers)
        codes = ", ".join(STORED[c] for c in ("device", "actor", "entity"))
        conn.exec_driver_sql(
            f"CREATE TABLE {s}.origins AS SELECT {text_sql('device', 'o.', 'main.')} AS device, "
            f"{text_sql('actor', 'o.', 'main.')} AS actor, {text_sql('entity', 'o.', 'main.')} AS entity, n, top "
            f"FROM (SELECT {codes}, count(*) AS n, max(stamp) AS top FROM main.change c WHERE c.segment IS NOT NULL "
            f"AND (c.device_code IS NOT ? OR c.segment <= ?) GROUP BY {codes}) o ORDER BY 1, 2, 3",
            (Names(conn).find(me), sent))
        tables.append("origins")
    counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {s}.{quote(t)}").scalar_one() for t in tables}
    meta = {"format": FORMAT, "team": team, "device": me, "seq": sent, "gen": gen, "covers": covers,
            "rows": with_rows, "counts": counts}
    conn.exec_driver_sql(f"INSERT INTO {s}.meta(key, value) VALUES (?, ?)",
                         [(k, json.dumps(v, sort_keys=True)) for k, v in meta.items()])
    conn.exec_driver_sql(f"PRAGMA {s}.user_version = {DB_VERSION}")
    conn.exec_driver_sql(f"PRAGMA {s}.application_id = {APPLICATION_ID}")
    return counts


@dataclass
class Sealed:
    """A snapshot database ready for the share: the sealed head in memory, the database in
    its (encrypted) file beside the profile; ``pieces`` reads that file for the upload and
    checks it is still what the head vouches for."""

    head: bytes
    local: Path
    size: int
    sha256: str
    _file: Any = None

    def pieces(self) -> Iterator[bytes]:
        yield self.head
        h, n = hashlib.sha256(), 0
        self._file = open(self.local, "rb")
        try:
            while chunk := self._file.read(1 << 20):
                h.update(chunk)
                n += len(chunk)
                yield chunk
        finally:
            self._file.close()
        if n != self.size or h.hexdigest() != self.sha256:
            raise OSError("snapshot database changed while it was sealed")

    def discard(self) -> None:
        """Remove the build file; closed first, if an upload stopped half-way (Windows does not
        delete an open file)."""
        if self._file is not None:
            self._file.close()
        remove(self.local)


def digest_of(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def temp_path(store_path: Path, what: str) -> Path:
    """A file beside the profile's database (never a shared temp folder), unique per use."""
    sweep_stale(store_path.parent)
    return store_path.parent / f"snapshot-{what}-{os.urandom(6).hex()}.db"


STALE_SECONDS = 3600  # a build or copy this old was left by a process that was killed


def sweep_stale(folder: Path) -> None:
    """Remove snapshot files a killed round left in the profile folder (encrypted, but useless)."""
    for p in folder.glob("snapshot-*-*.db*"):
        try:
            if time.time() - p.stat().st_mtime > STALE_SECONDS:
                p.unlink()
        except OSError:
            pass


def remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


# -- reading -------------------------------------------------------------------------------------
class Spill:
    """A snapshot file read piece by piece (``Target.read_into``): the sealed head stays in
    memory, the database after it goes straight to an owner-only file beside the profile
    (still encrypted: SQLCipher pages), hashed on the way. So a snapshot of a team of
    100,000 people is never whole in memory. A file without a tail (a JSON snapshot) stays
    in memory as before.

    ``size`` is the file's listed size: where the head ends is ``size - tail``; a file that
    is not that long in the end changed while it was read (``Replaced``). ``local`` None: the
    tail is only hashed, not kept."""

    def __init__(self, size: int, local: Path | None, wants_whole: Callable[[Any], bool] = lambda header: True):
        self.size, self.local = size, local
        self.head = bytearray()
        self.header: Any = None
        self.read = 0
        self._wants_whole = wants_whole  # the whole file's digest, for vouching: only when asked
        self._whole: Any = None
        self._tail = hashlib.sha256()
        self._file: Any = None

    def __call__(self, chunk: bytes) -> None:
        from kimdesk.sync import envelope

        self.read += len(chunk)
        if self.read > self.size:
            raise Replaced("longer than listed")
        if self.header is None:
            self.head += chunk
            peeked = envelope.peek_header(bytes(self.head[:envelope.MAX_HEADER + 64]))
            if peeked is None:
                return
            self.header = peeked[0]
            if self.header.tail and self.size - self.header.tail < peeked[1] + 12 + 16:
                raise envelope.EnvelopeError("damaged", "truncated")
            self._whole = hashlib.sha256() if self.header.tail and self._wants_whole(self.header) else None
            chunk, self.head = bytes(self.head), bytearray()
        if self._whole is not None:
            self._whole.update(chunk)
        if not self.header.tail:
            self.head += chunk
            return
        cut = max(0, min(len(chunk), self.size - self.header.tail - len(self.head)))
        self.head += chunk[:cut]
        if cut < len(chunk):
            rest = memoryview(chunk)[cut:]
            self._tail.update(rest)
            if self.local is None:  # only looked at (a rotation vouching for the file)
                return
            try:
                if self._file is None:
                    self._file = open_copy(self.local)
                self._file.write(rest)
            except OSError as exc:
                raise CopyFailed(exc) from exc

    def finish(self) -> None:
        """After the last piece: the file was as long as listed, and its tail is on disk."""
        try:
            self.close()
        except OSError as exc:
            raise CopyFailed(exc) from exc
        if self.read != self.size:
            raise Replaced("shorter than listed")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    @property
    def detached(self) -> bool:
        """Was a tail set apart (the head alone is in memory)?"""
        return self.header is not None and bool(self.header.tail)

    @property
    def digest(self) -> str:
        """The SHA-256 of the whole file (read in full, asked for when it has a tail)."""
        return self.whole if self.detached else hashlib.sha256(self.head).hexdigest()  # type: ignore[return-value]

    @property
    def whole(self) -> str | None:
        """The SHA-256 of the whole file when its tail was set apart and it was asked for."""
        return self._whole.hexdigest() if self._whole is not None else None

    def check_tail(self, doc: Any) -> None:
        """The database on disk is what the authenticated body names (size and SHA-256)."""
        body = shapes.obj(shapes.obj(doc)["db"])
        size, digest = shapes.number(body["size"]), shapes.text(body["sha256"])
        if self.header is None or size != self.header.tail or self._tail.hexdigest() != digest:
            raise ValueError("snapshot database does not match its digest")


def open_streamed(target: Any, trust: Any, path: str, size: int, device: str, seq: int) -> Any:
    """A snapshot on the share opened as ``trust.open`` opens any file, its database tail streamed past
    and checked against the digest its head names, never whole in memory (a JSON snapshot is read
    whole). ``size``: its listed size.
    EnvelopeError if not genuine; FileNotFoundError if it went or changed while it was read."""
    if size > layout.MAX_SNAPSHOT:
        raise EnvelopeError("damaged", f"{size} bytes, larger than {layout.MAX_SNAPSHOT}")
    seen = Spill(size, None, lambda header: trust.needs_whole(device, header))
    try:
        target.read_into(path, seen)
        seen.finish()
    except Replaced:
        raise FileNotFoundError(2, "replaced while it was read", path) from None
    doc = trust.open(bytes(seen.head), path, kind="snapshot", device=device, seq=seq,
                     detached=seen.detached, whole=seen.whole)
    if seen.detached:  # the database after the head: what the authenticated head names
        try:
            seen.check_tail(doc)
        except (KeyError, ValueError) as exc:
            raise EnvelopeError("damaged", "database does not match its digest") from exc
    return doc


def open_copy(path: Path):
    """The local copy, owner-only (it stays encrypted; removed after the import)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb")


class Replaced(OSError):
    """The file changed on the share while it was read (another round replaced it)."""


class CopyFailed(Exception):
    """Writing the local copy failed (a full disk): not the file's fault."""

    def __init__(self, exc: OSError):
        super().__init__(exc.strerror or type(exc).__name__)
        self.reason = exc.strerror or type(exc).__name__


class CannotCheck(Exception):
    """The checks' process could not be started (the OS refused it): not the file's fault."""

    def __init__(self, exc: OSError):
        super().__init__(exc.strerror or type(exc).__name__)
        self.reason = exc.strerror or type(exc).__name__


@dataclass
class Contents:
    covers: dict[str, int]
    rows: bool  # the team-data rows and conflicts are there and usable
    counts: dict[str, int]
    origins: dict[tuple[str, str | None], dict[str, int]]  # changes per (device, actor) and table
    newest: int | None  # the newest stamp of the journal
    standings: bool = False  # the writer's standing timeline is there and usable (``STANDING_COLUMNS``)
    journal_checked: bool = True  # False: origins and newest as claimed (``origins``); values unchecked
    journal_apart: bool = False  # the journal's values are checked on the second connection (``QuickCheck``)


def _tables_of(conn: Connection) -> dict[str, list[str]]:
    names = [r[0] for r in conn.exec_driver_sql(
        f"SELECT name FROM {SCHEMA}.sqlite_master WHERE type = 'table'")]
    return {n: [r[1] for r in conn.exec_driver_sql(f"PRAGMA {SCHEMA}.table_info({quote(n)})")] for n in names}


def _bad(kinds: dict[str, tuple[str, ...]], extra: str = "") -> str:
    """An SQL expression true for a row holding a value of the wrong kind."""
    tests = [f"typeof({quote(c)}) NOT IN ({', '.join(repr(k) for k in ks)})" for c, ks in kinds.items()]
    if extra:
        tests.append(extra)
    return " OR ".join(tests)


def _scan(conn: Connection, table: str, kinds: dict[str, tuple[str, ...]], extra: str = "") -> tuple[int, bool]:
    """Rows of ``table`` and whether one holds a value of the wrong kind: one pass over it."""
    n, bad = conn.exec_driver_sql(
        f"SELECT count(*), coalesce(max({_bad(kinds, extra)}), 0) FROM {SCHEMA}.{quote(table)}").one()
    return n, bool(bad)


def journal_bad_sql() -> str:
    """An SQL expression true for a journal row (columns unqualified) holding a value of the
    wrong kind or data that is no JSON object (NULL for NULL data: left to NOT NULL)."""
    journal = {c: (*kinds, "null") for c, kinds in JOURNAL_TYPES.items()}
    return _bad(journal, "json_valid(data) = 0 OR json_type(data) != 'object'")


def _scan_journal(conn: Connection) -> tuple[int, bool, dict[tuple[str, str | None], dict[str, int]], int | None]:
    """The journal in one pass (it is most of the file: each pass decrypts it all again): its
    rows, whether a value is of the wrong kind, the changes per origin and table (for the audit
    entries) and the newest stamp (for the clock).

    Counted into a small temporary table keyed by origin and table rather than with GROUP BY,
    which would sort every row with its data in memory (``temp_store = MEMORY``)."""
    bad_sql = journal_bad_sql()
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS snapshot_origins(device, actor, entity, n INTEGER, "
                         "top, bad INTEGER, PRIMARY KEY(device, actor, entity))")
    conn.exec_driver_sql("DELETE FROM temp.snapshot_origins")
    # an actor may be NULL, and NULLs are never equal in a key: 'n' for NULL, 'v' + the name
    conn.exec_driver_sql(
        "INSERT INTO temp.snapshot_origins(device, actor, entity, n, top, bad) "
        "SELECT device, CASE WHEN actor IS NULL THEN 'n' ELSE 'v' || actor END, entity, 1, stamp, "
        f"coalesce({bad_sql}, 0) FROM {SCHEMA}.change WHERE true "
        "ON CONFLICT(device, actor, entity) DO UPDATE SET n = n + 1, top = max(top, excluded.top), "
        "bad = max(bad, excluded.bad)")
    total, bad, newest = 0, False, None
    origins: dict[tuple[str, str | None], dict[str, int]] = {}
    for device, actor, entity, n, top, wrong in conn.exec_driver_sql(
            "SELECT device, actor, entity, n, top, bad FROM temp.snapshot_origins ORDER BY rowid").all():
        total += n
        bad = bad or bool(wrong)
        if not isinstance(actor, str):
            bad = True
            continue
        who = None if actor == "n" else actor[1:]
        origins.setdefault((device, who), {})[entity] = n
        newest = top if newest is None or (top is not None and top > newest) else newest
    conn.exec_driver_sql("DROP TABLE temp.snapshot_origins")
    return total, bad, origins, newest


def _claimed_origins(conn: Connection, tables: dict[str, list[str]], counts: dict[str, int]
                     ) -> tuple[dict[tuple[str, str | None], dict[str, int]], int | None] | None:
    """The ``origins`` table when it is there and sound (its counts add up to the journal's
    rows, no origin twice), else None (a writer of before: count them)."""
    if "origins" not in tables or set(ORIGIN_TYPES) - set(tables["origins"]) or "origins" not in counts:
        return None
    n, bad = _scan(conn, "origins", ORIGIN_TYPES)
    if bad or n != counts["origins"]:
        raise Unusable("values origins")
    origins: dict[tuple[str, str | None], dict[str, int]] = {}
    total, newest = 0, None
    for device, actor, entity, k, top in conn.exec_driver_sql(
            f"SELECT device, actor, entity, n, top FROM {SCHEMA}.origins").all():
        per = origins.setdefault((device, actor), {})
        if entity in per or k < 1:
            raise Unusable("values origins")
        per[entity] = k
        total += k
        newest = top if newest is None or (top is not None and top > newest) else newest
    if total != counts.get("change"):
        raise Unusable("count origins")
    return origins, newest


class QuickCheck:
    """The checks of a snapshot database that need not come before the copy, in a process of
    their own (``snapshot_check.serve``): ``PRAGMA quick_check``, then the value and count checks
    of the row tables and the journal that ``inspect`` hands over (``scan``). Started as soon as
    the file's digest is verified (``Spill.check_tail``), they run on the second core while the
    join's copy runs on the first; ``verify`` — called before the join's transaction commits, and
    before a merged snapshot's changes are applied — raises ``Unusable`` unless every check
    passed. Nothing the file holds is kept unless they did: a file that fails one is rolled back
    with the whole transaction.

    A process, not a thread: as a thread the checks took the copy's speed (process-wide locks of
    SQLite's allocator and OpenSSL, see ``snapshot_check``). Started with "spawn" everywhere, as
    Windows starts every child (no fork), so what runs here is what runs there. The key goes
    through the pipe, never the command line or the environment (other users' tools can read
    those of a process). The child's connection is read-only (``query_only``) and keyed with
    the raw snapshot key as ``ATTACH`` keys it. ``close`` waits for the child to end — Windows
    deletes no file a process still holds open, and the caller removes the file next — and ends
    it first when the join stopped early. A child that dies, or answers anything but a verdict,
    has not passed."""

    def __init__(self, path: Path, key: bytes):
        import multiprocessing

        from kimdesk.sync import snapshot_check

        context = multiprocessing.get_context("spawn")
        self._failed: str | None = snapshot_check.QUICK_CHECK  # until the child says otherwise
        self._verdict = False
        try:
            self._pipe, theirs = context.Pipe()
        except OSError as exc:  # no pipe (out of file handles): the file is not at fault
            raise CannotCheck(exc) from exc
        self._process = context.Process(target=snapshot_check.serve, args=(theirs, str(path)),
                                        name="kimdesk-snapshot-checks", daemon=True)
        try:
            self._process.start()
        except OSError as exc:  # the OS refused a process (a policy, no memory): the file is not at fault
            self._pipe.close()
            raise CannotCheck(exc) from exc
        finally:
            theirs.close()  # the child has its own end now, or there is no child
        self._send(key)

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def _send(self, message: bytes) -> None:
        try:
            self._pipe.send_bytes(message)
        except OSError:  # the child is gone: its verdict (or none) says so
            pass

    def scan(self, table: str, bad: str, expected: int | None) -> None:
        """Check ``table``'s values (``bad``: an expression true for a wrong row, as ``_bad``) and
        its row count, as ``_scan`` does, after the quick_check."""
        sql = f"SELECT count(*), coalesce(max({bad}), 0) FROM main.{quote(table)}"
        self._send(json.dumps([table, sql, expected]).encode())

    def verify(self) -> None:
        """Wait for the checks; ``Unusable`` unless the file passed every one."""
        if not self._verdict:
            self._verdict = True
            self._send(b"")
            self._failed = self._answer()
            self._process.join()
        if self._failed is not None:
            raise Unusable(self._failed)

    def _answer(self) -> str | None:
        """The child's verdict, read as untrusted bytes; anything but ``{"failed": null}`` fails."""
        from kimdesk.sync import snapshot_check

        try:
            doc = json.loads(self._pipe.recv_bytes(maxlength=4096))
        except (EOFError, OSError, ValueError):  # died, or said something else
            return snapshot_check.QUICK_CHECK
        failed = doc.get("failed", snapshot_check.QUICK_CHECK) if isinstance(doc, dict) else snapshot_check.QUICK_CHECK
        return failed if failed is None or isinstance(failed, str) else snapshot_check.QUICK_CHECK

    def close(self) -> None:
        if self._process.is_alive() and not self._verdict:
            self._process.terminate()  # the join stopped early: no verdict is waited for
        self._process.join()
        self._pipe.close()
        self._process.close()

    def __enter__(self) -> QuickCheck:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def inspect(conn: Connection, *, team: str, device: str, seq: int, gen: int, claims: bool = False,
            apart: QuickCheck | None = None) -> Contents:
    """Check the attached snapshot database before anything is read from it; Unusable if wrong.

    ``quick_check`` stays although the file's SHA-256 is vouched for by the sealed head (team
    key): the digest proves who wrote the file, not that it is well formed — any team member
    holds the team key, and SQLite's guidance for untrusted database files (its security page,
    "Defense Against the Dark Arts") is to run ``quick_check`` before any other statement and
    refuse a file with errors. It costs one pass over the file (about a tenth of a join).
    ``apart``: the caller runs it beside the copy instead (``QuickCheck``), with the checks of the
    row tables and, when the origins are taken as claimed, of the journal's values (handed to it
    here), and commits nothing before they passed."""
    s = SCHEMA
    if apart is None and [r[0] for r in conn.exec_driver_sql(f"PRAGMA {s}.quick_check")] != ["ok"]:
        raise Unusable("quick_check")
    if (conn.exec_driver_sql(f"PRAGMA {s}.user_version").scalar_one() != DB_VERSION
            or conn.exec_driver_sql(f"PRAGMA {s}.application_id").scalar_one() != APPLICATION_ID):
        raise Unusable("version")
    tables = _tables_of(conn)
    if tables.get("meta") != ["key", "value"]:
        raise Unusable("meta")
    try:
        meta = {k: json.loads(v) for k, v in conn.exec_driver_sql(f"SELECT key, value FROM {s}.meta")}
        covers = {shapes.text(k): shapes.number(v) for k, v in shapes.obj(meta["covers"]).items()}
        counts = {shapes.text(k): shapes.number(v) for k, v in shapes.obj(meta["counts"]).items()}
        rows = meta["rows"] is True
        same = (meta["format"] == FORMAT and meta["team"] == team and meta["device"] == device
                and meta["seq"] == seq and meta["gen"] == gen and covers.get(device) == seq)
    except (ValueError, KeyError, TypeError):
        raise Unusable("meta") from None
    if not same:
        raise Unusable("misplaced")
    need = {"change": journal_columns(), "vector": ["id", "vector"], "erasure": columns_of(Erasure.__table__),
            "erased": columns_of(ErasedRow.__table__)}
    for name, cols in need.items():
        if name not in tables or set(cols) - set(tables[name]):
            raise Unusable(f"table {name}")
    carried = False
    claimed = _claimed_origins(conn, tables, counts) if claims and rows else None
    if claimed is None:
        n, bad, origins, newest = _scan_journal(conn)
        if bad:
            raise Unusable("values change")
        if counts.get("change") != n:
            raise Unusable("count change")
    else:
        origins, newest = claimed
    checks = [("vector", {"id": ("integer",), "vector": ("text",)},
               "json_valid(vector) = 0 OR json_type(vector) != 'object'"),
              ("erasure", _types(Erasure.__table__), ""), ("erased", _types(ErasedRow.__table__), "")]
    if rows:
        conflict = _types(SyncConflict.__table__)
        conflict.pop("id")
        wanted = {ROW_PREFIX + n: cols for n, cols in row_tables()}
        wanted["conflict"] = list(conflict)
        rows = all(t in tables and not set(cols) - set(tables[t]) and t in counts for t, cols in wanted.items())
        if rows:
            classes = synced_classes()
            checks += [(ROW_PREFIX + n, _types(classes[n].__table__), "") for n, _cols_ in row_tables()]
            checks.append(("conflict", conflict, ""))
            standings = {"standing": STANDING_TYPES, "standing_dirty": {"need_id": ("text",)}}
            carried = all(t in tables and not set(kinds) - set(tables[t]) and t in counts
                          for t, kinds in standings.items())
            if carried:
                checks += [(t, kinds, "") for t, kinds in standings.items()]
    if claimed is not None and not rows:  # the copy will not check the journal: this pass does
        n, bad, origins, newest = _scan_journal(conn)
        if bad or counts.get("change") != n:
            raise Unusable("values change")
        claimed = None
    for table, kinds, extra in checks:
        if apart is not None and not extra and table.startswith((ROW_PREFIX, "conflict", "standing")):
            apart.scan(table, _bad(kinds), counts.get(table))  # read on the second core, checked before commit
            continue
        n, bad = _scan(conn, table, kinds, extra)
        if bad:
            raise Unusable(f"values {table}")
        if counts.get(table) != n:
            raise Unusable(f"count {table}")
    apart_journal = False
    if claimed is not None and apart is not None:  # the copy refuses only actors the origins do not name
        apart.scan("change", journal_bad_sql(), counts.get("change"))
        apart_journal = True
    return Contents(covers, rows, counts, origins, newest, carried, journal_checked=claimed is None,
                    journal_apart=apart_journal)


def is_fresh(conn: Connection) -> bool:
    """A laptop that holds nothing but the seeded catalogue: the snapshot's rows can be copied."""
    return (conn.exec_driver_sql("SELECT 1 FROM main.change WHERE device_code IS NOT ? LIMIT 1",
                                 (Names(conn).find(GENESIS),)).first() is None
            and conn.exec_driver_sql("SELECT 1 FROM main.sync_erasure LIMIT 1").first() is None
            and conn.exec_driver_sql("SELECT 1 FROM main.sync_conflict LIMIT 1").first() is None)


def changes(conn: Connection) -> Iterator[tuple]:
    """The journal of the attached snapshot in its order, as ``(entity, row_id, data, stamp, device,
    actor, seen vector, segment)`` — for the change-by-change path."""
    vectors = {kid: shapes.obj(json.loads(text)) for kid, text in conn.exec_driver_sql(
        f"SELECT id, vector FROM {SCHEMA}.vector")}
    for entity, row_id, data, stamp, device, actor, seen, segment in conn.exec_driver_sql(
            f"SELECT entity, row_id, data, stamp, device, actor, seen, segment FROM {SCHEMA}.change ORDER BY rowid"):
        vector = {str(d): shapes.number(v) for d, v in vectors.get(seen, {}).items()} if seen is not None else {}
        yield entity, row_id, json.loads(data), stamp, device, actor, vector, segment


def to_batch(conn: Connection) -> Batch:
    """The snapshot's journal and erasures as one batch for ``apply_batch`` (a laptop that is not fresh)."""
    batch = Batch()
    for entity, row_id, data, stamp, device, actor, vector, segment in changes(conn):
        if segment is None:
            raise Unusable("segment")
        batch.changes.append(Incoming(entity, row_id, data, stamp, device, segment, actor, vector))
    for eid, client, stamp, device, actor, reason, segment in conn.exec_driver_sql(
            f"SELECT id, client_id, stamp, device, actor, reason, segment FROM {SCHEMA}.erasure ORDER BY id").all():
        rows = [[e, r] for r, e in conn.exec_driver_sql(
            f"SELECT row_id, entity FROM {SCHEMA}.erased WHERE erasure_id = ? ORDER BY entity, row_id", (eid,))]
        batch.erasures.append({"client": client, "stamp": stamp, "actor": actor, "reason": reason or "",
                               "rows": rows, "device": device, "segment": segment})
    return batch
