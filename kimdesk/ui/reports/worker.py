"""Report work off the UI thread: one background thread, results handed back as signals.

Computing the figures reads the whole database (seconds at 100,000 people), and laying out a
PDF takes a moment too, so both run on this page's own single worker thread (serialised, like
Anki's taskman). The function run there touches no widget; its result arrives through
a queued signal on the UI thread. A request supersedes an earlier one of the same kind: a
stale result (the user changed the period meanwhile) is dropped, never shown. Only the
ticket number crosses threads in the signal; the result itself waits in a locked mailbox
(passing Python objects through queued signals is where PySide6 has had refcount bugs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

_alive: set[QObject] = set()  # signal carriers outlive a page closed while its task still runs


class _Carrier(QObject):
    finished = Signal(str, int)

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.mailbox: dict[int, tuple[bool, Any]] = {}  # ticket → (ok, result or message)


def _run(kind: str, ticket: int, fn: Callable[[], Any], carrier: _Carrier) -> None:
    """The background part: call ``fn``, post the outcome, tell the UI thread (queued signal)."""
    try:
        outcome = (True, fn())
    except Exception as exc:  # noqa: BLE001 - handed to the UI thread as one line
        outcome = (False, str(exc) or type(exc).__name__)
    with carrier.lock:
        carrier.mailbox[ticket] = outcome
    carrier.finished.emit(kind, ticket)


class ReportRunner(QObject):
    """Runs functions in the background; ``busy`` tells whether anything is still running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # a Python thread (as Anki's taskman): Python code in QThreadPool threads upset PySide6 6.12's
        # reference counting at interpreter exit ("deallocating None")
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kimdesk-report")
        self._carrier = _Carrier()
        _alive.add(self._carrier)
        self._carrier.finished.connect(self._finished)
        self._latest: dict[str, int] = {}
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None]]] = {}
        self._ticket = 0
        self.closed = False

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def submit(self, kind: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_failed: Callable[[str], None]) -> int:
        if self.closed:
            raise RuntimeError("report runner already shut down")
        self._ticket += 1
        self._latest[kind] = self._ticket
        was_busy = self.busy
        self._callbacks[self._ticket] = (on_done, on_failed)
        self.pool.submit(_run, kind, self._ticket, fn, self._carrier)
        if not was_busy:
            self.busy_changed.emit(True)
        return self._ticket

    def _finished(self, kind: str, ticket: int) -> None:
        with self._carrier.lock:
            ok, value = self._carrier.mailbox.pop(ticket)
        callbacks = self._callbacks.pop(ticket, None)
        if not self.busy:
            self.busy_changed.emit(False)
        if callbacks is None or self._latest.get(kind) != ticket:
            return  # superseded by a newer request of the same kind
        (callbacks[0] if ok else callbacks[1])(value)

    def wait_idle(self) -> None:
        """Before the store is locked: let running work finish (the single worker runs in order)."""
        self.pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Wait for running work (a page being closed); later results are dropped."""
        self.closed = True
        self._callbacks.clear()
        self.pool.shutdown(wait=True)
