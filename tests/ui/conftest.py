"""GUI test fixtures: the real main window over a fresh store, background work run inline.

Following Vorta's fixtures, every test gets a new store and a real ``MainWindow``; the
database worker runs its jobs synchronously (Picard's ``FakeThreadPool`` idea) so tests need
no waiting, and a few tests use the real thread to prove the event loop keeps turning.
Like qutebrowser's ``logfail``, an unexpected warning or error logged by KIMdesk fails the
test (Qt's own warnings already do, via ``qt_log_level_fail``).
"""

from __future__ import annotations

import logging

import pytest

from kimdesk.ui.worker import DbWorker


class LogFail(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


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


@pytest.fixture
def worker():
    w = DbWorker(synchronous=True)
    yield w
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
