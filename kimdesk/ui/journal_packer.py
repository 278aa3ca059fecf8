"""The journal's idle packing (store.journal_packing) on the database worker, one batch at a time.

A timer, not a loop: each tick hands one short batch to the single database worker when it has
nothing else queued, so an edit waits behind one batch at most; caught up, it looks again after
a while (a sync round may have imported new rows). Stopped when the window locks or closes.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kimdesk.store import journal_packing

log = logging.getLogger(__name__)


class JournalPacker(QObject):
    START_MS = 60_000  # not during the start's first minute
    PAUSE_MS = 500  # between batches
    AGAIN_MS = 15 * 60_000  # caught up (or failed): look again later

    def __init__(self, store: Any, worker: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.worker = store, worker
        self.running = False
        self.packed = 0  # rows rewritten in this session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.running = True
        self.timer.start(self.START_MS)

    def stop(self) -> None:
        self.running = False
        self.timer.stop()

    def _tick(self) -> None:
        if not self.running:
            return
        if self.worker.busy:  # someone's work first
            self.timer.start(self.PAUSE_MS)
            return
        store = self.store
        self.worker.submit(lambda _job: journal_packing.pack_some(store), self._done, self._failed,
                           label="journal-packing")

    def _done(self, result: tuple[int, bool]) -> None:
        rewritten, caught_up = result
        self.packed += rewritten
        if self.running:
            self.timer.start(self.AGAIN_MS if caught_up else self.PAUSE_MS)

    def _failed(self, exc: BaseException) -> None:
        log.warning("journal packing: %s", type(exc).__name__)  # the type only: no person's data in the log
        if self.running:  # a busy database or a damaged row: the next look tries again
            self.timer.start(self.AGAIN_MS)
