"""``Store.lock`` (and ``close``) never closes a connection another thread is using.

SQLite's connection closed from one thread under a statement running on another crashed the process
(a segfault) or hung it, measured with SQLCipher; the UI tests' rare segfault was a store closed at a
test's end while its sync lane still read a setting. Each test here fails on a ``lock`` that disposes
the engine at once: the other thread's next statement finds its connection closed.
"""

from __future__ import annotations

import logging
import threading
import time

import pytest
from sqlalchemy.exc import OperationalError

from kimdesk.errors import Locked, StoreError
from kimdesk.store import profile_lock
from kimdesk.store.store import Store

COUNT = "SELECT count(*) FROM setting"


class _Unit(threading.Thread):
    """A unit of work on another thread: one statement, then waits for ``go_on``, then another."""

    def __init__(self, store: Store):
        super().__init__(name="kimdesk-test-unit")
        self.store = store
        self.started, self.go_on = threading.Event(), threading.Event()
        self.seen: list[int] = []
        self.error: BaseException | None = None
        self.raw = None

    def run(self) -> None:
        try:
            with self.store.connection() as conn:
                self.raw = conn.connection.driver_connection
                self.seen.append(conn.exec_driver_sql(COUNT).scalar())
                self.started.set()
                self.go_on.wait(30)
                self.seen.append(conn.exec_driver_sql(COUNT).scalar())
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            self.error = exc


def _lock_on_a_thread(store: Store) -> tuple[threading.Thread, threading.Event]:
    done = threading.Event()
    thread = threading.Thread(target=lambda: (store.lock(), done.set()), name="kimdesk-test-lock")
    thread.start()
    return thread, done


def test_lock_waits_for_a_unit_of_work_another_thread_runs(store):
    unit = _Unit(store)
    unit.start()
    assert unit.started.wait(10)
    locker, locked = _lock_on_a_thread(store)
    time.sleep(0.3)
    assert not locked.is_set() and not store.is_open  # waiting, and no new unit starts meanwhile
    with pytest.raises(Locked):
        with store.connection():
            pass
    unit.go_on.set()
    unit.join(10)
    locker.join(10)
    assert unit.error is None and len(unit.seen) == 2 and unit.seen[0] == unit.seen[1]
    assert locked.is_set()
    with pytest.raises(Exception, match="closed database"):  # closed once the unit ended
        unit.raw.execute("SELECT 1")


def test_a_long_statement_is_interrupted_and_the_lock_goes_on(store, monkeypatch):
    monkeypatch.setattr(Store, "CLOSE_WAIT_SECONDS", 0.2)
    running, outcome = threading.Event(), []

    def endless() -> None:
        try:
            with store.connection() as conn:
                conn.connection.driver_connection.create_function("running", 0, lambda: running.set() or 1)
                conn.exec_driver_sql("WITH RECURSIVE c(x) AS (SELECT running() UNION ALL SELECT x + 1 FROM c) "
                                     "SELECT count(*) FROM c").scalar()
            outcome.append("finished")
        except OperationalError as exc:
            outcome.append(str(exc.orig))

    thread = threading.Thread(target=endless, name="kimdesk-test-endless")
    thread.start()
    assert running.wait(10)
    started = time.perf_counter()
    store.lock()
    took = time.perf_counter() - started
    thread.join(10)
    assert outcome == ["interrupted"] and not thread.is_alive()
    assert 0.2 <= took < 5 and not store.is_open


def test_a_unit_that_outlasts_the_waits_closes_the_database_itself(profile, store, monkeypatch, caplog):
    """The lock returns (the window is locked, no new unit starts); the unit still running keeps its
    connection; the last unit to end closes the engine and lets go of the profile folder."""
    monkeypatch.setattr(Store, "CLOSE_WAIT_SECONDS", 0.1)
    store.hold = profile_lock.share(profile.dir)
    unit = _Unit(store)
    unit.start()
    assert unit.started.wait(10)
    with caplog.at_level(logging.WARNING, logger="kimdesk.store.store"):
        store.lock()
    assert not store.is_open and "still runs" in caplog.text
    with pytest.raises(StoreError):  # the folder is still held: the database is still open
        with profile_lock.exclusive(profile.dir):
            pass
    unit.go_on.set()
    unit.join(10)
    assert unit.error is None and len(unit.seen) == 2  # its connection was not closed under it
    with pytest.raises(Exception, match="closed database"):
        unit.raw.execute("SELECT 1")
    with profile_lock.exclusive(profile.dir):  # let go of
        pass


def test_a_unit_on_the_locking_thread_itself_does_not_make_it_wait(store, monkeypatch):
    """Changing the passphrase locks from inside its own work on the same thread: no wait for itself."""
    monkeypatch.setattr(Store, "CLOSE_WAIT_SECONDS", 3.0)
    started = time.perf_counter()
    with store.borrowed_engine():
        store.lock()
    assert time.perf_counter() - started < 1.0 and not store.is_open
