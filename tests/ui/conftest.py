"""GUI test fixtures: the real main window over a fresh store, background work run inline.

Following Vorta's fixtures, every test gets a new store and a real ``MainWindow``; the
database worker runs its jobs synchronously (Picard's ``FakeThreadPool`` idea) so tests need
no waiting, and a few tests use the real thread to prove the event loop keeps turning.
Like qutebrowser's ``logfail``, an unexpected warning or error logged by KIMdesk fails the
test (Qt's own warnings already do, via ``qt_log_level_fail``).
"""

from __future__ import annotations

import gc
import logging
import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kimdesk.store import store as store_module
from kimdesk.ui import runner
from kimdesk.ui.worker import DbWorker

# UI modules that may touch the database on the UI thread; the list only shrinks and is empty:
# any kimdesk/ui code that touches the database outside a worker job fails its test. Even before
# the main window and its worker exist (the first-run wizard, opening the profile, the demo, the
# first reads in app.py) the work goes to the runner's default worker.
NOT_YET_ON_THE_RUNNER = frozenset()


class LogFail(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="package", autouse=True)
def collect_on_the_ui_thread(qapp):
    """As the app does (``kimdesk.ui.collector``): Python's cyclic collector runs on the UI thread only,
    never on the worker or another thread, where it freed the QTimers and QObjects of an earlier
    test's windows and crashed the UI thread later. Off again after the UI tests."""
    from kimdesk.ui import collector

    installed = collector.install(qapp)
    yield installed
    collector.uninstall()


@pytest.fixture(autouse=True)
def collect_after_each_test(collect_on_the_ui_thread):
    """Tests that never turn the event loop long enough for the collector's timer still leave their
    garbage behind them: the same check, on the UI thread, after each test.

    First the test's closed widgets are deleted (pytest-qt closes them and calls ``deleteLater`` before
    the fixtures end; outside an event loop the deletion waits for the next one to turn): left pending,
    they were freed inside the next test's event loop, and tens of thousands of old objects freed
    there lowered Python's allocation count below the collector's threshold again (a test of the
    collector waited in vain for a collection)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    collect_on_the_ui_thread.check()


@pytest.fixture
def suite_heap_set_aside():
    """For tests that time the UI thread while the app's worker runs: what is measured is the app,
    not the test process. The garbage the suite's earlier tests left is collected first and what
    they keep alive is set aside (``gc.freeze``), so that no full collection of the whole suite's
    heap (a second and more, late in a run; the collector runs on the UI thread) falls into the
    timed window. The app's own garbage is still collected meanwhile."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def fail_on_logged_errors():
    handler = LogFail()
    logger = logging.getLogger("kimdesk")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    if handler.records:
        first = handler.records[0]
        pytest.fail(f"unexpected log message from {first.name}: {first.getMessage()}")


@pytest.fixture(autouse=True)
def no_database_work_on_the_ui_thread():
    """A unit of work started by kimdesk/ui code on the Qt main thread outside a worker job fails."""
    store_module.unit_of_work_guard = runner.guard_ui_thread(NOT_YET_ON_THE_RUNNER)
    runner.take_offences()
    yield
    store_module.unit_of_work_guard = None
    offences = runner.take_offences()
    if offences and os.environ.get("KIMDESK_GUARD_COLLECT"):
        with open(os.environ["KIMDESK_GUARD_COLLECT"], "a", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in offences)
    elif offences:
        pytest.fail("database work on the UI thread outside the task runner: " + "; ".join(sorted(set(offences))))


@pytest.fixture(autouse=True)
def default_runner():
    """Pages built without a window (no worker up their parents) run their ops inline too."""
    w = DbWorker(synchronous=True)
    runner.set_default(w)
    yield w
    runner.set_default(None)
    w.shutdown()


@pytest.fixture
def worker(default_runner):
    w = DbWorker(synchronous=True)
    runner.set_default(w)
    yield w
    runner.set_default(default_runner)
    w.shutdown()


@pytest.fixture
def window(qtbot, store, profile, worker):
    from kimdesk.ui.main_window import MainWindow

    win = MainWindow(store, profile=profile, profile_label="Profil: default", worker=worker)
    win.skip_close_check = True
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win
