"""The open store: one engine, the device identity, the clock, and units of work.

Like Anki's collection, there is one owner of the open database; services borrow sessions
from it with ``store.session()`` (one transaction: commit on success, rollback on error).
Every session carries change capture and the audit hook. ``lock()`` disposes every
connection and drops the key; the store cannot be used again until reopened. It never closes a
connection another thread is using: SQLite's connection closed under a running statement crashed
the process or hung it (measured with SQLCipher). It waits for those units of work, interrupts
their statements if they take long, and otherwise leaves the closing to the last of them.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kimdesk.errors import Locked, SettingLocked
from kimdesk.i18n import translate
from kimdesk.models import Setting
from kimdesk.store import capture, policy
from kimdesk.store.clock import HybridClock
from kimdesk.store import options

_setting = Setting.__table__
log = logging.getLogger(__name__)


@dataclass
class Changes:
    """What a unit of work changed, by table (Anki's OpChanges): the UI refreshes just that."""

    touched: dict[str, set[str]] = field(default_factory=dict)
    # for tables whose rows belong to a person: the client ids behind the touched rows
    # (``store/owners.py``); a touched table missing here has no owner (or it is not known)
    owners: dict[str, set[str]] = field(default_factory=dict)

    def __contains__(self, entity: str) -> bool:
        return entity in self.touched

    def __bool__(self) -> bool:
        return bool(self.touched)

    def merge(self, other: Changes) -> None:
        for entity, ids in other.touched.items():
            self.touched.setdefault(entity, set()).update(ids)
        for entity, people in other.owners.items():
            self.owners.setdefault(entity, set()).update(people)

    def concerns(self, client_id: str) -> bool:
        """May this change show in the person's record? Their own rows, or a table without owners."""
        return (any(client_id in people for people in self.owners.values())
                or bool(self.touched.keys() - self.owners.keys()))


_collecting = threading.local()

# Called before every unit of work when set; the desktop app's tests set it to catch database
# work on the UI thread outside the task runner (kimdesk/ui/runner.py).
unit_of_work_guard: Callable[[], None] | None = None


@contextmanager
def collecting_changes() -> Iterator[Changes]:
    """Everything the units of work on this thread change while the block runs, in one value.

    The task runner wraps each job in it, so one "what changed" reaches the screens however
    many transactions the job took (an edit, an import, a sync round).
    """
    stack = _collecting.__dict__.setdefault("stack", [])
    changes = Changes()
    stack.append(changes)
    try:
        yield changes
    finally:
        stack.remove(changes)


def _guard() -> None:
    if unit_of_work_guard is not None:
        unit_of_work_guard()


class AttachFailed(Exception):
    """``Store.attached`` could not open the other file (damaged, not a database, another key)."""


class Store:
    def __init__(self, engine: Engine, *, path: Path, profile: str, device_id: str, clock_last: int):
        self.engine: Engine | None = engine
        self.path = path
        self.profile = profile
        self.device_id = device_id
        self.clock = HybridClock(clock_last)
        self.actor: str | None = None
        self._last_changes = Changes()
        self._lock = threading.RLock()
        self._left = threading.Condition(self._lock)  # a unit of work ended (``lock`` waits for them)
        self._users: dict[int, int] = {}  # units of work open now, per thread (nested ones counted)
        self._closing: list[tuple[Engine, Any]] = []  # locked while other threads' units ran: closed by the last
        self._opened: list[int] = getattr(engine, "connections_opened", [0])
        self.hold: Any = None  # the shared hold on the profile folder (profile_lock.Held)

    @property
    def last_changes(self) -> Changes:
        """What the last unit of work (or sync round) changed; also noted for ``collecting_changes``."""
        return self._last_changes

    @last_changes.setter
    def last_changes(self, changes: Changes) -> None:
        self._last_changes = changes
        for collector in getattr(_collecting, "stack", ()):
            collector.merge(changes)

    @property
    def connections_opened(self) -> int:
        """How many database connections this process opened (each costs a key setup)."""
        return self._opened[0]

    # -- units of work -------------------------------------------------------------------
    @contextmanager
    def session(self, *, write: bool = True, actor: str | None = None) -> Iterator[Session]:
        """One transaction. Writes are captured (change journal + audit) and committed together."""
        _guard()
        with self.borrowed_engine() as engine, Session(engine, expire_on_commit=False, autoflush=True) as sess:
            sess.info["store"] = self
            sess.info["actor"] = actor or self.actor
            sess.connection(execution_options={"kimdesk_write": write})
            event.listen(sess, "after_flush", capture.after_flush)
            try:
                yield sess
                if write:
                    sess.flush()
                    self._persist_clock(sess.connection())
                    sess.commit()
                    self.last_changes = Changes(
                        {k: set(v) for k, v in sess.info.get("touched", {}).items()},
                        {k: set(v) for k, v in sess.info.get("owners", {}).items()},
                    )
                else:
                    sess.rollback()
            except BaseException:
                sess.rollback()
                raise

    @contextmanager
    def connection(self, *, write: bool = False) -> Iterator[Connection]:
        """A Core connection in one transaction, for bulk reads and sync bookkeeping."""
        _guard()
        with self.borrowed_engine() as engine, engine.connect().execution_options(kimdesk_write=write) as conn:
            with conn.begin():
                yield conn

    @contextmanager
    def attached(self, name: str, path: Path, key: bytes, *, write: bool = False) -> Iterator[Connection]:
        """``connection`` with another SQLCipher file attached as ``name``, keyed with ``key``
        (raw, no passphrase derivation), detached again afterwards. ATTACH cannot run inside a
        transaction, so it is issued on the driver connection before the unit of work begins.
        The sync's snapshot databases are built and read this way, set-based."""
        if not name.isidentifier():
            raise ValueError(name)
        _guard()
        with self.borrowed_engine() as engine, engine.connect().execution_options(kimdesk_write=write) as conn:
            raw = conn.connection.driver_connection
            try:
                raw.execute(f"ATTACH DATABASE ? AS {name} KEY ?", (str(path), f"x'{key.hex()}'"))
            except Exception as exc:  # the driver's own error: not a database, or another key
                raise AttachFailed(str(exc)) from None
            try:
                with conn.begin():
                    yield conn
            finally:
                raw.execute(f"DETACH DATABASE {name}")

    def _engine(self) -> Engine:
        if self.engine is None:
            raise Locked(translate("Store", "Das Profil ist gesperrt."))
        return self.engine

    @contextmanager
    def borrowed_engine(self) -> Iterator[Engine]:
        """The engine for one unit of work, counted as in use on this thread until it ends: ``lock()``
        does not close a connection under it."""
        me = threading.get_ident()
        with self._lock:
            engine = self._engine()
            self._users[me] = self._users.get(me, 0) + 1
        try:
            yield engine
        finally:
            closing: list[tuple[Engine, Any]] = []
            with self._lock:
                if self._users[me] == 1:
                    del self._users[me]
                else:
                    self._users[me] -= 1
                self._left.notify_all()
                if self._closing and not self._users:
                    closing, self._closing = self._closing, []
            for engine, hold in closing:
                self._close(engine, hold)

    def _no_others(self) -> bool:
        """No unit of work open on another thread than this one (its own may enclose the call)."""
        me = threading.get_ident()
        return all(thread == me for thread in self._users)

    # -- settings --------------------------------------------------------------------------
    def get_setting(self, conn: Connection, key: str, default: Any = None) -> Any:
        """The value IT preset for this machine (``policy``), else the stored one, else ``default``."""
        if policy.locked(key):
            return policy.value(key)
        raw = conn.execute(select(_setting.c.value).where(_setting.c.key == key)).scalar()
        return default if raw is None else json.loads(raw)

    def set_setting(self, conn: Connection, key: str, value: Any) -> None:
        if policy.locked(key):
            raise SettingLocked(translate("Store", "„{key}“ ist von der IT für diesen Rechner festgelegt ({path}).").format(
                key=key, path=policy.current().path))
        conn.execute(
            text("INSERT INTO setting(key, value) VALUES (:k, :v) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {"k": key, "v": json.dumps(value)},
        )

    def knowledge_id(self, conn: Connection) -> int | None:
        """Id of the sync knowledge vector at this moment (None before any sync)."""
        return self.get_setting(conn, options.KNOWLEDGE_ID.key)

    def _persist_clock(self, conn: Connection) -> None:
        self.set_setting(conn, options.HLC.key, self.clock.last)

    # -- lifecycle ---------------------------------------------------------------------------
    def check(self) -> list[str]:
        with self.connection() as conn:
            return [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]

    # how long ``lock`` waits for other threads' units of work before it interrupts their statements,
    # and again before it leaves the closing to the last of them
    CLOSE_WAIT_SECONDS = 5.0

    def lock(self) -> None:
        """Close every connection and forget the key (it lives only in the engine's URL).

        No new unit of work starts from here on. A unit another thread still runs keeps its
        connection until it ends: ``lock`` waits for it, interrupts its statement after
        ``CLOSE_WAIT_SECONDS`` (it ends with an error), and if it still runs after as long again the
        last unit to end closes the engine and lets go of the profile folder."""
        with self._lock:
            engine, self.engine = self.engine, None
            hold, self.hold = self.hold, None
            idle = engine is None or self._left.wait_for(self._no_others, self.CLOSE_WAIT_SECONDS)
        if not idle:
            self._interrupt(engine)
            with self._lock:
                if not self._left.wait_for(self._no_others, self.CLOSE_WAIT_SECONDS):
                    log.warning("lock: a unit of work on another thread still runs; the last one closes the database")
                    self._closing.append((engine, hold))
                    return
        self._close(engine, hold)

    close = lock

    @staticmethod
    def _close(engine: Engine | None, hold: Any) -> None:
        if engine is not None:
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except DBAPIError:
                pass
            engine.dispose()
        if hold is not None:
            hold.release()

    def interrupt(self) -> int:
        """Abort the statement every open connection is running (``sqlite3_interrupt``, safe from
        another thread): a job that does not heed its cancel flag gives its connection back."""
        engine = self.engine
        if engine is None:
            return 0
        return self._interrupt(engine)

    @staticmethod
    def _interrupt(engine: Engine) -> int:
        entries = list(getattr(engine.pool, "_all_conns", ()))
        for entry in entries:
            raw = getattr(entry, "dbapi_connection", None)
            if raw is not None:
                try:
                    raw.interrupt()
                except Exception:  # noqa: BLE001 - a connection closed meanwhile
                    pass
        return len(entries)

    def reopen(self, fresh: Store) -> None:
        """Take over the engine of ``fresh``, this profile opened again (unlock after ``lock()``)."""
        with self._lock:
            if self.engine is not None:
                raise RuntimeError("store is open")
            self.engine, fresh.engine = fresh.engine, None
            self.hold, fresh.hold = fresh.hold, None
            self._opened = fresh._opened
            self.clock.observe(fresh.clock.last)

    @property
    def is_open(self) -> bool:
        return self.engine is not None
