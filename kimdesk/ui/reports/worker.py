"""Report work off the UI thread, on the app's one render pool (``kimdesk.ui.runner.render``).

Computing the figures reads the whole database (seconds at 100,000 people), and laying out a
PDF takes a moment too. Both only read, so they run on the runner's render pool rather than on
the serial database worker: an edit never waits seconds behind a figure computation (the store
gives each thread its own connection; nothing here writes, so there is no change to announce).
The function run there touches no widget; its result arrives on the UI thread. A request
supersedes an earlier one of the same kind: a stale result (the user changed the period
meanwhile) is dropped, never shown. Only the ticket number crosses threads; the result itself
waits in a locked mailbox (passing Python objects through queued signals is where PySide6 has
had refcount bugs).

The pool is a Python ``ThreadPoolExecutor`` (as Anki's taskman), not a ``QThreadPool``: Python
code in QThreadPool threads upset PySide6 6.12's reference counting at interpreter exit
("deallocating None").
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from typing import Any

from PySide6.QtCore import QObject, Signal

from kimdesk.ui.runner import render


class ReportRunner(QObject):
    """Runs report functions on the render pool; ``busy`` tells whether any of this page's is still running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._mailbox: dict[int, tuple[bool, Any]] = {}  # ticket → (ok, result or message)
        self._futures: dict[int, Future] = {}
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
        ticket = self._ticket
        self._latest[kind] = ticket
        was_busy = self.busy
        self._callbacks[ticket] = (on_done, on_failed)

        def run() -> None:  # on the pool: call fn, post the outcome in the mailbox
            try:
                outcome = (True, fn())
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread as one line
                outcome = (False, str(exc) or type(exc).__name__)
            with self._lock:
                self._mailbox[ticket] = outcome

        self._futures[ticket] = render(run, lambda _none, _error: self._finished(kind, ticket))
        if not was_busy:
            self.busy_changed.emit(True)
        return ticket

    def _finished(self, kind: str, ticket: int) -> None:
        self._futures.pop(ticket, None)
        with self._lock:
            ok, value = self._mailbox.pop(ticket, (False, ""))
        callbacks = self._callbacks.pop(ticket, None)
        if callbacks is None:
            return  # shut down meanwhile: dropped
        if not self.busy:
            self.busy_changed.emit(False)
        if self._latest.get(kind) != ticket:
            return  # superseded by a newer request of the same kind
        (callbacks[0] if ok else callbacks[1])(value)

    def wait_idle(self) -> None:
        """Before the store is locked: let this page's running work finish."""
        wait_for(list(self._futures.values()))

    def shutdown(self) -> None:
        """Wait for running work (a page being closed); later results are dropped."""
        self.closed = True
        self._callbacks.clear()
        self.wait_idle()
