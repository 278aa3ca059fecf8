"""Syncs on start, on an interval and on demand — only when the target is reachable.

All work runs on the runner's sync lane: a ``DbWorker`` of its own (``runner.sync_lane``), the
same serial worker class as the database worker, so success, failure and what a round changed
are handled in one place (the lane's ``changes_applied`` is forwarded to every screen). A sync,
a reachability probe and a conflict decision never run at the same time and never on the UI
thread. A round has its own lane rather than the edits' worker because it may wait on a slow
share for minutes; edits must not queue behind it. Cancelling sets a flag the engine checks
between segments, so a cancelled round still reports what it applied.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kimdesk.store.store import Store
from kimdesk.sync import service, settings
from kimdesk.sync.report import SyncReport
from kimdesk.ui.runner import sync_lane
from kimdesk.ui.worker import Job


class _Bridge(QObject):
    """Lives on the UI thread; progress emitted from the lane arrives queued."""

    progress = Signal(str, int, int)


class SyncController(QObject):
    state_changed = Signal(str)  # a line for the status bar: the state only, never the count
    waiting_counted = Signal(int)  # changes not yet synced, counted after each round (shown in one place)
    progress = Signal(str, int, int)  # stage, done, total
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # one line for the person
    reachability = Signal(bool)
    busy_changed = Signal(bool)
    changes_applied = Signal(object)  # Changes a round brought in (the window forwards it to every screen)

    def __init__(self, store: Store, parent: QObject | None = None, *, interval_minutes: float | None = None,
                 target: Any = None):
        super().__init__(parent)
        self.store = store
        self._target = target  # a Target or spec; None = the configured one
        self.lane = sync_lane(self)
        self.lane.changes_applied.connect(self.changes_applied)
        self._bridge = _Bridge()
        self._bridge.progress.connect(self.progress)
        self._cancel = threading.Event()
        self._busy = False
        self.last_report: SyncReport | None = None
        self._last_waiting = 0
        self.state = ""
        self.minutes = float(interval_minutes if interval_minutes is not None else settings.INTERVAL_MINUTES.default)
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, int(self.minutes * 60_000)))
        self.timer.timeout.connect(self.sync_if_reachable)
        if interval_minutes is None:  # the saved interval, read on the worker before any round
            self.submit(lambda: float(settings.get(store, settings.INTERVAL_MINUTES)), self._interval_read)

    def _interval_read(self, minutes: float | None, error: BaseException | None) -> None:
        if error is not None or minutes is None:
            return
        self.minutes = minutes
        if minutes <= 0:
            self.timer.stop()
        else:
            self.timer.setInterval(max(1, int(minutes * 60_000)))

    # -- background plumbing -------------------------------------------------------------------
    def submit(self, fn: Callable[[], Any], callback: Callable[[Any, BaseException | None], None]) -> Job:
        """Run ``fn`` on the sync lane; ``callback(result, error)`` runs on the UI thread."""
        return self.lane.submit(lambda _job: fn(), lambda result: callback(result, None),
                                lambda error: callback(None, error), label="sync")


    def _set_state(self, text: str) -> None:
        self.state = text
        self.state_changed.emit(text)

    def _count(self, waiting: int | None) -> None:
        """The count goes to its own label (status bar, sync page), not into the state line."""
        if waiting is None:
            return
        self._last_waiting = waiting
        self.waiting_counted.emit(waiting)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def _spec(self):
        return self._target if self._target is not None else service.configured_target(self.store)

    def set_target(self, target: Any) -> None:
        self._target = target

    # -- what the app calls --------------------------------------------------------------------
    def start(self) -> None:
        """Sync once now (if reachable) and then on the interval (none when it is 0)."""
        if self.minutes > 0:
            self.timer.start()
        self.sync_if_reachable()

    def stop(self) -> None:
        """For the app's shutdown: no more rounds, the worker thread ends."""
        self.timer.stop()
        self.cancel()
        self.lane.wait_idle(None)  # queued work (a setting being saved) still runs
        self.lane.shutdown()

    def pause(self) -> None:
        """Before the store is locked: cancel a running round and wait until the worker is idle.

        The round checks the cancel flag between segments; what it applied stays applied.
        ``start()`` resumes after unlocking.
        """
        self.timer.stop()
        self.cancel()
        self.lane.wait_idle(None)

    def waiting(self) -> int:
        """The count of changes not yet synced, read on the sync worker (waits for a running round)."""
        store, box = self.store, []
        self.lane.submit(lambda _job: box.append(service.waiting(store)), label="waiting")
        self.lane.wait_idle(None)
        return box[0]

    def set_interval(self, minutes: float) -> None:
        """Change (and remember, on the worker) how often the app syncs while the target is reachable."""
        store = self.store
        self.submit(lambda: settings.put(store, settings.INTERVAL_MINUTES, minutes), lambda *_: None)
        self.minutes = minutes
        if minutes <= 0:
            self.timer.stop()
            return
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        if not self.timer.isActive():
            self.timer.start()

    def probe(self) -> None:
        """Find out in the background whether the target is reachable (``reachability``)."""
        store, chosen = self.store, self._target

        def job():
            from kimdesk.sync.targets import Target, open_target

            spec = chosen if chosen is not None else service.configured_target(store)
            if not spec:
                return False
            return service.reachable(store, spec if isinstance(spec, Target) else open_target(spec))

        self.submit(job, lambda ok, error: self.reachability.emit(bool(ok) and error is None))

    def sync_if_reachable(self) -> None:
        self._run(only_if_reachable=True)

    def sync_now(self, *, confirm_deletions: bool = False) -> None:
        self._run(only_if_reachable=False, confirm_deletions=confirm_deletions)

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self, *, only_if_reachable: bool, confirm_deletions: bool = False) -> None:
        """A round on the sync worker; the target and the count of waiting changes are read there
        too, never on the UI thread."""
        if self._busy:
            return
        self._cancel.clear()
        self._set_busy(True)
        self._set_state(self.tr("Synchronisiere …"))
        store, cancel, bridge, chosen = self.store, self._cancel, self._bridge, self._target
        # the lane's job collects what the round changed (also when it fails half-way) and announces it

        def job():
            from kimdesk.sync.targets import Target, open_target

            spec = chosen if chosen is not None else service.configured_target(store)
            if not spec:
                return "no-target", service.waiting(store)
            target = spec if isinstance(spec, Target) else open_target(spec)
            if only_if_reachable and not service.reachable(store, target):
                return None, service.waiting(store)
            report = service.run(store, target, confirm_deletions=confirm_deletions,
                                 progress=lambda stage, done, total: bridge.progress.emit(stage, done, total),
                                 cancelled=cancel.is_set)
            return report, service.waiting(store)

        def finished(result, error: BaseException | None) -> None:
            report, waiting = result if result is not None else (None, None)
            if report == "no-target":
                self._set_busy(False)
                self._count(waiting)
                self._set_state(self.tr("Kein Sync-Ziel eingerichtet"))
                return
            self._finished(report, error, waiting)

        self.submit(job, finished)

    def _message(self, error: BaseException) -> str:
        """The error in the app's words: where the core names a command, the app names its own dialog."""
        from kimdesk.sync.engine import NewEnrolmentNeeded
        from kimdesk.sync.team import NoTeam

        if isinstance(error, NoTeam):
            return self.tr("Dieses Gerät gehört noch zu keinem Team: auf der Seite „Synchronisation“ unter „Team "
                           "einrichten …“ beitreten oder ein neues Team gründen.")
        if isinstance(error, NewEnrolmentNeeded):
            return self.tr("Der Teamschlüssel wurde erneuert (ein Gerät wurde gesperrt). Die neue Anmeldedatei von der "
                           "Koordination unter Extras → Anmeldedatei für ein weiteres Gerät → „Neue Anmeldedatei "
                           "übernehmen“ einlesen. Nichts geschrieben.")
        return str(error)

    def _finished(self, report: SyncReport | None, error: BaseException | None, waiting: int | None = None) -> None:
        self._set_busy(False)
        if waiting is None:  # the round failed before it could count: the last count known
            waiting = self._last_waiting
        self._count(waiting)
        if error is not None:
            from kimdesk.errors import KimdeskError, TargetUnreachable

            self.reachability.emit(not isinstance(error, TargetUnreachable))
            message = self._message(error) if isinstance(error, KimdeskError) else self.tr(
                "Interner Fehler beim Synchronisieren")
            self._set_state(self.tr("Offline"))
            self.failed.emit(message)
            return
        if report is None:
            self.reachability.emit(False)
            self._set_state(self.tr("Offline"))
            return
        self.last_report = report
        self.reachability.emit(not report.unreachable)
        if report.unreachable:
            self._set_state(self.tr("Verbindung verloren"))
        elif report.cancelled:
            self._set_state(self.tr("Abgebrochen"))
        elif report.held:
            self._set_state(self.tr("Löschungen warten auf Bestätigung"))
        else:
            from datetime import datetime

            at = datetime.now().strftime("%H:%M")
            if report.complete:
                self._set_state(self.tr("Synchronisiert um %1").replace("%1", at))
            else:  # an error, a rejected file, segments waiting: the page "Synchronisation" names them
                self._set_state(self.tr("Synchronisiert um %1, nicht alles übernommen – Einzelheiten unter "
                                        "„Synchronisation“").replace("%1", at))
        self.finished.emit(report)
