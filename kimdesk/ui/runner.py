"""One way to run work off the screen: ``op()`` on the serial database worker, ``render()`` on a pool.

Modelled on Anki's ``CollectionOp``: a page says what to run and what to do with the result;
success, failure (one German line in the page, or a message box), progress and cancel are
handled here, and what the job changed reaches every screen through the worker's one
``changes_applied`` signal. Database work goes to the single worker (``DbWorker``), so it never
overlaps itself; pure rendering (PDF layout) and long read-only work that must not hold up
edits (the report figures, ``reports/worker.py``) use the small ``render`` pool.

``guard_ui_thread`` is the check the UI tests install (``kimdesk.store.store.unit_of_work_guard``):
a unit of work that ``kimdesk/ui`` code starts on the Qt main thread outside a worker job is
recorded, so the suite fails when a page calls a service on the UI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kimdesk.ui.worker import DbWorker, Job, in_job

_default: DbWorker | None = None


def set_default(worker: DbWorker | None) -> None:
    """The worker for widgets that have none in their parent chain (a dialog opened on its own)."""
    global _default
    _default = worker


def runner_for(widget: QObject | None) -> DbWorker:
    """The database worker a widget's work runs on: the nearest ``worker`` up its parents."""
    global _default
    node = widget
    while node is not None:
        worker = getattr(node, "worker", None)
        if isinstance(worker, DbWorker):
            return worker
        node = node.parent()
    if _default is None:
        _default = DbWorker()
    return _default


def sync_lane(parent: QObject | None = None) -> DbWorker:
    """The runner's second serial lane, for sync rounds: the same worker class as the database
    worker (one way for success, failure and changes), on a thread of its own so edits never
    queue behind a round waiting on a slow share."""
    return DbWorker(parent, name="kimdesk-sync")


def op(parent: QWidget, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
       on_error: Callable[[str], None] | None = None, message: QLabel | None = None, label: str = "",
       progress: str | None = None, cancellable: bool = True) -> Job:
    """Run ``fn()`` (a service call) on the database worker for ``parent``.

    ``on_done(result)`` runs on the UI thread. A failure shows its one line in ``message``
    (a page's message label), else goes to ``on_error(text)``, else to a message box. With
    ``progress`` a progress dialog with a cancel button appears when the job takes a while.
    """
    from kimdesk.ui.messages import describe, show_error
    from kimdesk.ui.widgets import show_message as show_message_line

    worker = runner_for(parent)

    def failed(exc: BaseException) -> None:
        if message is not None:
            show_message_line(message, describe(exc))
        elif on_error is not None:
            on_error(describe(exc))
        else:
            show_error(parent, exc)

    def done(result: Any) -> None:
        if message is not None:
            show_message_line(message, None)
        if on_done is not None:
            on_done(result)

    if progress is not None:
        from kimdesk.ui.progress import run_with_progress

        return run_with_progress(parent, worker, lambda _job: fn(), label=progress, on_done=done, on_error=failed,
                                 cancellable=cancellable)
    return worker.submit(lambda _job: fn(), done, failed, label=label)


class _Relay(QObject):
    done = Signal(object, object, object)  # callback, result, error


class RenderPool:
    """A few threads for pure rendering (no database): results come back on the UI thread."""

    def __init__(self, threads: int = 2):
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kimdesk-render")
        self._relay = _Relay()
        self._relay.done.connect(lambda callback, result, error: callback(result, error))

    def submit(self, fn: Callable[[], Any], callback: Callable[[Any, BaseException | None], None]) -> Future:
        future = self._executor.submit(fn)
        future.add_done_callback(lambda f: self._relay.done.emit(callback, None if f.exception() else f.result(),
                                                                 f.exception()))
        return future

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


_pool: RenderPool | None = None


def render(fn: Callable[[], Any], callback: Callable[[Any, BaseException | None], None]) -> Future:
    """Run a rendering job (a PDF) or long read-only work (report figures) on the render pool;
    ``callback(result, error)`` runs on the UI thread. Nothing that writes goes here."""
    global _pool
    if _pool is None:
        _pool = RenderPool()
    return _pool.submit(fn, callback)


# -- the UI-thread guard (installed by the UI tests) ------------------------------------------------
UI_DIR = Path(__file__).resolve().parent
_offences: list[str] = []
_offences_lock = threading.Lock()


def guard_ui_thread(allowed: frozenset[str] = frozenset()) -> Callable[[], None]:
    """A ``unit_of_work_guard`` that records database work started by ``kimdesk/ui`` code on the
    Qt main thread outside a worker job. ``allowed``: UI modules (paths below ``kimdesk/ui``)
    not converted yet."""

    def guard() -> None:
        app = QCoreApplication.instance()
        if app is None or in_job() or QThread.currentThread() is not app.thread():
            return
        frame = sys._getframe(2)
        while frame is not None:
            path = Path(frame.f_code.co_filename)
            if path.is_relative_to(UI_DIR):
                rel = path.relative_to(UI_DIR).as_posix()
                if rel not in allowed and rel != "runner.py":
                    with _offences_lock:
                        _offences.append(f"{rel}:{frame.f_lineno} {frame.f_code.co_name}")
                return  # the innermost UI frame decides
            frame = frame.f_back

    return guard


def take_offences() -> list[str]:
    with _offences_lock:
        found, _offences[:] = list(_offences), []
    return found
