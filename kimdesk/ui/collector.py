"""Python's cyclic garbage collector runs on the UI thread only, from the event loop.

Python starts a collection on whichever thread happens to allocate past the threshold: the
database worker, the render pool, the thread that opens the profile or asks the keyring. A
collection frees every object of the unreachable cycles at once, and the cycles of a closed
window, a start-up dialog or a failed job hold Qt objects (QTimer, QEventLoop, the worker's and
the pages' QObjects). Freed on another thread, a QTimer is not unregistered from the UI thread's
event dispatcher ("Timers cannot be stopped from another thread") and a QObject's posted events
are removed while the UI thread delivers them: the UI thread crashes later inside its event
processing. So automatic collection is switched off once the QApplication exists, and a timer on
the UI thread collects by the same thresholds Python would use (the recipe of pyqtgraph's and
OpenCue's ``GarbageCollector``). Worker threads never collect; plain reference counting still
frees everything that is not in a cycle at once, on any thread, as before.

While bulk work holds a large heap with next to no cycles (``store.gc_pause.no_cyclic_gc``, on the
sync worker or the database worker) the timer collects nothing: every collection would walk that
heap's young objects, holding the GIL, a freeze of the window of up to a few hundred ms in a catch-up
of 100,000 changes. The first tick after the last such section collects what is due by then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from kimdesk.store import gc_pause

INTERVAL_MS = 500  # how often the UI thread looks at the allocation counts

_installed: GarbageCollector | None = None


class GarbageCollector(QObject):
    """Collects on the UI thread by Python's own thresholds; automatic collection stays off while installed."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.collections = [0, 0, 0]  # per generation, for tests and the benchmarks
        self._long_lived = 0  # objects in the oldest generation after the last full collection
        self._pending = 0  # objects that reached the oldest generation since
        self.held_back = 0  # ticks that collected nothing while bulk work had the collector paused
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first, as Python would;
        nothing while bulk work has the collector paused (the next tick after it does)."""
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            return  # never off the UI thread (called by hand from a test's helper, say)
        if gc_pause.active():
            self.held_back += 1
            return
        first, second, third = self.threshold
        count0, count1, count2 = gc.get_count()
        if first and count0 > first:
            generation = 0
            if count1 > second:
                generation = 2 if count2 > third and self._full_due() else 1
            self._collect(generation)

    def _collect(self, generation: int) -> None:
        """``gc.collect(generation)``, keeping the counts of Python's rule against quadratic full
        collections: how many objects reached the oldest generation since the last full one
        (``long_lived_pending`` in CPython's gcmodule.c: the survivors of each collection of the
        middle generation) against how many it held after that one (``long_lived_total``)."""
        if generation == 1:
            gc.collect(0)  # the youngest's survivors into the middle one (tuples of atoms untracked, as Python's pass does)
            middle = len(gc.get_objects(1))  # the middle generation only, not the whole heap
            self._pending += max(middle - gc.collect(1), 0)  # its survivors: now in the oldest
        else:
            gc.collect(generation)
        self.collections[generation] += 1
        if generation == 2:
            self._long_lived = len(gc.get_objects(2))  # a fraction of the full collection's own walk
            self._pending = 0

    def _full_due(self) -> bool:
        """Python's own rule: a full collection only once the objects that reached the oldest
        generation since the last are a quarter of those it held then (a growing heap is not walked
        again and again)."""
        return self._pending >= self._long_lived // 4


def install(app: QCoreApplication) -> GarbageCollector:
    """Switch automatic collection off and collect from ``app``'s event loop (once; later calls return it)."""
    global _installed
    if _installed is None:
        _installed = GarbageCollector(app)
        _installed.start()
    return _installed


def installed() -> GarbageCollector | None:
    return _installed


def uninstall() -> None:
    """Automatic collection back on (the end of the UI tests; nothing in the app calls it)."""
    global _installed
    if _installed is not None:
        _installed.stop()
        _installed.setParent(None)
        _installed.deleteLater()
        _installed = None
