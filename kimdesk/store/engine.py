"""The SQLAlchemy engine over SQLCipher, and the mapping of SQLite failures to user errors.

The database is opened with the raw 32-byte key (``PRAGMA key = "x'…'"``), so SQLCipher's
own passphrase KDF never runs per connection. A plain-SQLite engine exists only so the
benchmarks can measure SQLCipher beside it; the application never opens one.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import SingletonThreadPool

from kimdesk.errors import StoreError
from kimdesk.i18n import translate
from kimdesk.store import journal_values

BUSY_TIMEOUT_MS = 10_000
# SQLCipher decrypts a page each time it enters SQLite's page cache (the OS cache holds only
# ciphertext), so a generous cache is what keeps an encrypted database as fast as a plain one
CACHE_KIB = 65_536
# the write-ahead log is cut back to this size once it starts over after a checkpoint: a catch-up
# lets it grow to 256 MiB on purpose (``receive.CATCH_UP_WAL_PAGES``), a laptop joining a team of
# 100,000 people to 834 MB, and without a limit that file kept its size until the app closed
WAL_SIZE_LIMIT = 32 * 1024 * 1024
CHANGES_AT_BEGIN = "kimdesk_changes_at_begin"  # connection info: total_changes when its unit of work began
_quiet = False


def _silence_sqlcipher_log() -> None:
    """SQLCipher logs decryption failures to stderr; we report them ourselves, in one line."""
    global _quiet
    if _quiet:
        return
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.close()
    _quiet = True


def bind_bytes_directly(module: Any) -> None:
    """Let the driver ``module`` (sqlcipher3, sqlite3) bind ``bytes`` as a blob without its failed
    adaptation search.

    The drivers pass only int, float, str and bytearray straight to SQLite; any other value is
    first offered to adapters, and for ``bytes``, which has none, that search ends in an
    AttributeError raised and cleared inside the driver: some 2.5 µs a value, more than binding it.
    Every id stored as 16 bytes (models.types.StoredId) and every journal row's values are bound
    as ``bytes``: a sync import of 100,000 changes binds about a million. An adapter that returns
    the value itself ends the search at its first step (one dict lookup); the blob bound is the
    same. Registering it for ``bytes`` leaves the drivers' fast path for the basic types as it
    is (only adapting one of those four turns it off)."""
    if module.adapters.get((bytes, module.PrepareProtocol)) is not bytes:
        module.register_adapter(bytes, bytes)


def _pragmas(dbapi_conn: Any) -> None:
    cur = dbapi_conn.cursor()
    # probe first: with a wrong key this fails before anything could be written
    cur.execute("SELECT count(*) FROM sqlite_master")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cur.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
    cur.execute("PRAGMA secure_delete = ON")  # freed pages are overwritten
    cur.close()


def _compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _unhex(text: Any) -> bytes | None:
    try:
        return bytes.fromhex(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _octet_length(value: Any) -> int | None:
    if value is None:
        return None
    return len(value) if isinstance(value, bytes) else len(str(value).encode("utf-8"))


# functions of a newer SQLite than Python's own sqlite3 (3.40): SQLCipher bundles them, the
# plain-SQLite benchmark baseline needs them too (journal copies: unhex 3.41; search order:
# octet_length 3.43)
_NEWER = {"unhex": ("SELECT unhex('00')", _unhex), "octet_length": ("SELECT octet_length('a')", _octet_length)}


def _newer_functions_if_missing(dbapi_conn: Any) -> None:
    """Register a Python stand-in for each function in ``_NEWER`` the library lacks."""
    for name, (probe, fn) in _NEWER.items():
        try:
            dbapi_conn.execute(probe)
        except Exception:  # noqa: BLE001 - "no such function" of whichever driver
            dbapi_conn.create_function(name, 1, fn, deterministic=True)


class ThreadConnections(SingletonThreadPool):
    """One connection per thread (SQLAlchemy's ``SingletonThreadPool``) whose clean-up closes only the
    connections of threads that have ended.

    Once more threads than ``pool_size`` have connected, the stock pool closes arbitrary connections,
    "not sensitive to whether or not [they] are currently in use" (its documentation): a worker's
    connection closed under its running statement crashes the process (``Store.lock``). The
    connection of an ended thread is never used again; a live thread keeps its own, so the pool
    holds more than ``pool_size`` only while more threads than that live and use the database."""

    def _create_connection(self):  # type: ignore[no-untyped-def]  # SQLAlchemy's own signature
        record = super()._create_connection()
        record.record_info[_OWNER] = threading.current_thread()  # kept while the record lives
        return record

    def _cleanup(self) -> None:
        for record in list(self._all_conns):
            owner = record.record_info.get(_OWNER)
            if owner is not None and not owner.is_alive():
                self._all_conns.discard(record)
                record.close()


_OWNER = "kimdesk_thread"  # connection record info: the thread that opened it (``ThreadConnections``)


def make_engine(
    path: Path,
    key: bytes | None,
    *,
    functions: dict[str, tuple[int, Callable[..., Any]]] | None = None,
) -> Engine:
    """An engine on ``path``; ``key=None`` gives plain SQLite (benchmark baseline only)."""
    if key is not None:
        _silence_sqlcipher_log()
        import sqlcipher3

        bind_bytes_directly(sqlcipher3)
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    else:
        bind_bytes_directly(sqlite3)
        url = URL.create("sqlite+pysqlite", database=str(path))
    # hide_parameters: error messages and logs never carry the values of a statement
    engine = create_engine(url, poolclass=ThreadConnections, pool_size=8, hide_parameters=True,
                           json_serializer=_compact_json)
    opened = [0]
    engine.connections_opened = opened  # type: ignore[attr-defined]  # counted, as the design asks

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # we issue BEGIN ourselves (SQLAlchemy's documented pysqlite recipe)
        dbapi_conn.isolation_level = None
        for name, (nargs, fn) in {**journal_values.SQL_FUNCTIONS, **(functions or {})}.items():
            dbapi_conn.create_function(name, nargs, fn, deterministic=getattr(fn, "deterministic", True))
        _newer_functions_if_missing(dbapi_conn)
        # the dialect's own hook, registered before this one, has already set the key
        _pragmas(dbapi_conn)
        opened[0] += 1

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get("kimdesk_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
        # what this connection had changed when the unit of work began: a cache of read results
        # (the search's sound-alike passes) is used only while the unit has written nothing
        conn.connection.info[CHANGES_AT_BEGIN] = conn.connection.driver_connection.total_changes
        # rows of one unit of work arrive in any order (ORM, import, sync); references are
        # checked when it commits
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    return engine


def explain(exc: BaseException) -> StoreError | None:
    """Turn a known SQLite failure into a one-line user error (qutebrowser's idea)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    text = str(orig).lower()
    if not isinstance(exc, (DatabaseError, OperationalError, sqlite3.DatabaseError)) and code is None:
        if "file is not a database" not in text:
            return None
    if code == 26 or "file is not a database" in text or "not a database" in text:
        return StoreError(
            translate("Store", "Die Datei ist keine KIMdesk-Datenbank oder passt nicht zum Schlüssel.")
        )
    if code == 5 or "database is locked" in text:
        return StoreError(translate("Store", "Die Datenbank ist von einem anderen KIMdesk-Prozess belegt."))
    if code == 13 or "database or disk is full" in text:
        return StoreError(translate("Store", "Der Datenträger ist voll; es wurde nichts gespeichert."))
    if code == 10 or "disk i/o error" in text:
        return StoreError(translate("Store", "Ein-/Ausgabefehler beim Zugriff auf die Datenbank."))
    if code == 11 or "malformed" in text:
        return StoreError(translate("Store", "Die Datenbank ist beschädigt; stellen Sie eine Sicherung wieder her."))
    return None
