"""One database worker: long work off the UI thread, serialised, results back on the UI thread.

As in Anki's task manager, every background job runs on a single worker thread, so database
work never overlaps itself; the job's result (or error) is handed to a callback on the UI
thread through a queued signal. A job reports progress and checks a cancel flag through the
``Job`` it receives; the UI polls that with a timer (see ``progress.py``) instead of the
worker touching widgets. With ``synchronous=True`` jobs run at once on the calling thread,
like Picard's ``FakeThreadPool``, so most widget tests need no waiting.

Each job runs inside ``collecting_changes``: what its units of work changed is emitted once,
after its callback, as ``changes_applied`` (the screens refresh from that one signal).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from kimdesk.store.store import Changes, collecting_changes

log = logging.getLogger(__name__)
_local = threading.local()


def in_job() -> bool:
    """True while this thread runs a worker job (also in synchronous mode, on the UI thread)."""
    return getattr(_local, "depth", 0) > 0


def _run_job(fn: Callable[[Job], Any], job: Job) -> tuple[Any, Changes]:
    _local.depth = getattr(_local, "depth", 0) + 1
    try:
        with collecting_changes() as changes:
            try:
                return fn(job), changes
            except BaseException as exc:
                exc.kimdesk_changes = changes  # type: ignore[attr-defined]  # what committed before it failed
                raise
    finally:
        _local.depth -= 1


class Job:
    """Handed to the background function: progress and cancel, nothing of Qt."""

    def __init__(self, label: str = ""):
        self.label = label
        self.done = 0
        self.total = 0
        self._cancelled = threading.Event()
        self.finished = False
        self.error: BaseException | None = None  # set when the job failed

    @property
    def succeeded(self) -> bool:
        return self.finished and self.error is None and not self.cancelled

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, done: int, total: int) -> bool:
        """Report progress; returns False once cancelled (the signature demo.generate expects)."""
        self.done, self.total = done, total
        return not self.cancelled


Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class DbWorker(QObject):
    # one tuple (job, result, error): a bare bool through a Python signal is not safe on every
    # PySide6 release (6.12.0 loses a reference to True/False on each emit)
    _finished = Signal(object)
    busy_changed = Signal(int)  # 1 busy, 0 idle
    changes_applied = Signal(object)  # Changes: what a job (or a sync round, see notify) changed

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False, name: str = "kimdesk-db"):
        super().__init__(parent)
        self.synchronous = synchronous
        self._executor = None if synchronous else ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._callbacks: dict[Job, tuple[Callback | None, ErrorCallback | None, Callable[[], None] | None]] = {}
        self._running: list[Job] = []
        self._last: Future | None = None
        self._stopped = False  # after ``shutdown``: no more work (see ``submit``)
        self._finished.connect(lambda packed: self._deliver(*packed))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def submit(self, fn: Callable[[Job], Any], on_done: Callback | None = None, on_error: ErrorCallback | None = None,
               *, label: str = "", on_cancelled: Callable[[], None] | None = None) -> Job:
        """Run ``fn(job)`` on the worker; ``on_done(result)`` / ``on_error(exc)`` run on the UI thread.

        A cancelled job delivers nothing but ``on_cancelled()`` (its result may be partial).
        """
        job = Job(label)
        if self._stopped:
            # a stopped worker takes no more work: run here it would run on the caller's thread, the
            # UI thread (a page's timer or signal that outlived its window's worker)
            log.debug("job %r after the worker stopped: not run", label)
            job.cancel()
            job.finished = True
            if on_cancelled is not None:
                on_cancelled()
            return job
        self._callbacks[job] = (on_done, on_error, on_cancelled)
        self._running.append(job)
        if len(self._running) == 1:
            self.busy_changed.emit(1)
        if self._executor is None:
            try:
                result, changes = _run_job(fn, job)
            except Exception as exc:  # noqa: BLE001 - handed to the caller's error callback
                self._deliver(job, None, exc, getattr(exc, "kimdesk_changes", None))
            else:
                self._deliver(job, result, None, changes)
            return job

        def run() -> None:
            try:
                result, changes = _run_job(fn, job)
            except BaseException as exc:  # noqa: BLE001 - reported on the UI thread
                self._finished.emit((job, None, exc, getattr(exc, "kimdesk_changes", None)))
            else:
                self._finished.emit((job, result, None, changes))

        self._last = self._executor.submit(run)
        return job

    def _deliver(self, job: Job, result: Any, error: BaseException | None, changes: Changes | None = None) -> None:
        job.finished = True
        job.error = error
        on_done, on_error, on_cancelled = self._callbacks.pop(job, (None, None, None))
        if job in self._running:
            self._running.remove(job)
            if not self._running:
                self.busy_changed.emit(0)
        try:
            if job.cancelled:
                if on_cancelled is not None:
                    on_cancelled()
            elif error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    log.error("background job %r failed: %s", job.label, type(error).__name__,
                              exc_info=(type(error), error, error.__traceback__))
            elif on_done is not None:
                on_done(result)
        except RuntimeError as exc:
            # the widget that asked was closed while the job ran: nothing left to show it in
            if "already deleted" not in str(exc):
                raise
        finally:
            if changes:
                self.notify(changes)

    def notify(self, changes: Changes) -> None:
        """Tell the screens what changed (also for work run elsewhere, such as a sync round)."""
        if changes:
            self.changes_applied.emit(changes)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait_idle(self, timeout: float | None = 10.0) -> bool:
        """Block until the worker has run everything queued so far (used before locking)."""
        if self._executor is None:
            return True
        marker = self._executor.submit(lambda: None)
        try:
            marker.result(timeout)
        except TimeoutError:
            return False
        return True

    def running_now(self) -> bool:
        """Is the last submitted job still executing (on the worker thread, not just undelivered)?"""
        return self._last is not None and not self._last.done()

    def shutdown(self) -> None:
        """Cancel what runs, wait for it, and take no more work."""
        self._stopped = True
        self.cancel_all()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
