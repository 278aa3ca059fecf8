"""Long work runs on the database worker thread: the event loop keeps turning meanwhile."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

from kimdesk.services.clients_intake import client_list
from kimdesk.services.admin import demo
from kimdesk.ui.progress import run_with_progress
from kimdesk.ui.worker import DbWorker


def test_event_loop_keeps_turning_during_long_work(qtbot, store, suite_heap_set_aside):
    worker = DbWorker()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    results = []
    started = time.monotonic()
    worker.submit(lambda job: demo.generate(store, 600, seed=2, progress=job.progress),
                  lambda made: results.append((made, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    elapsed = time.monotonic() - started
    timer.stop()
    worker.shutdown()
    assert results == [(600, True)]  # the result arrives on the UI thread
    assert elapsed > 0.3, "the job was too short to prove anything"
    # the loop turned all along; had the job run on the UI thread there would be one gap as long
    # as the whole job (bounds are loose: the machine is shared and the job holds the GIL often)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) >= elapsed / 0.1 and max(gaps) < min(1.0, elapsed / 3)


def test_search_over_many_rows_off_the_ui_thread(qtbot, store):
    demo.generate(store, 800, seed=4)
    from kimdesk.ui.client_table import ClientTableModel

    worker = DbWorker()
    model = ClientTableModel(store, worker)
    model.set_filter(client_list.ListFilter(text="a", open_needs=True))
    assert model.pending  # returned at once; the work is on the worker
    qtbot.waitUntil(lambda: not model.pending, timeout=30_000)
    assert 0 < model.total() < 800
    worker.shutdown()


def test_progress_and_cancel(qtbot, store):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    worker = DbWorker()
    done = []
    job = run_with_progress(parent, worker, lambda job: demo.generate(store, 50_000, seed=9, progress=job.progress),
                            label="Beispieldaten", on_done=done.append)
    qtbot.waitUntil(lambda: job.done >= 500, timeout=60_000)
    job.cancel()
    qtbot.waitUntil(lambda: job.finished, timeout=60_000)
    worker.shutdown()
    assert done == []  # cancelled: no result delivered
    from kimdesk.services.clients_intake import clients

    assert 500 <= clients.count(store) < 50_000


def test_scrolling_reads_further_pages_off_the_ui_thread(qtbot, store):
    demo.generate(store, 450, seed=6)
    from kimdesk.ui.client_table import ClientTableModel

    worker = DbWorker()
    model = ClientTableModel(store, worker)
    model.refresh()
    qtbot.waitUntil(lambda: not model.pending, timeout=30_000)
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()  # a second request while one is on its way is ignored
    assert model.rowCount() == 200  # returned at once; the page arrives later
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=30_000)
    worker.shutdown()
