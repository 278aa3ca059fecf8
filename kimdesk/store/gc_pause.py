"""Python's cycle collector paused while a bulk read or write holds many live objects.

The committee figures (a tuple per need, 250,000 at 100,000 people), a sync catch-up (a dict, a
change and a version per change, alive until their group is written) and a file's import (staged
rows) build large heaps with next to no reference cycles. The cycle collector walks every live
object again and again meanwhile: a tenth of the report's time, about 1.7 of 9.5 s CPU of a
catch-up of 100,000 changes, 13 % of an import at 10,000 people, mostly in full collections.
Reference counting still frees everything while it is paused (an import of 10,000 people left
1,138 objects in cycles for the collector, and the same peak memory).

Only such work may pause it: garbage in cycles stays until the pause ends. The export is not paused:
json's indenting encoder makes a cycle per item, and paused it held 1,080 MB at 100,000 people
(``tests/sync/test_paused_collector_garbage.py`` finds every paused section in the source and
checks that its garbage does not grow with the people).

In the desktop automatic collection is off for good and a timer on the UI thread collects
(``ui.collector``); it asks ``active()`` and holds back while a section is open on any thread.

The program's start is such work too: importing the modules and building the first window make
long-lived objects, not garbage, yet the collector ran about 35 times on the way to the desktop's
first paint (``pause_start``, called by the program's entries before anything else is imported).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0  # sections open now, on any thread
_restore = False  # whether the first of them found automatic collection on


def active() -> int:
    """How many sections are open now, on any thread: the desktop's collector, which collects from
    the UI thread with automatic collection off for good (``ui.collector``), holds back meanwhile."""
    return _active


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The collector off for the block, back on when the last open section ends (also after an
    error; nested and on several threads at once); left off where it was off."""
    global _active, _restore
    with _lock:
        if _active == 0:
            _restore = gc.isenabled()
        _active += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _restore:
                gc.enable()


_start: list[bool] = [False]  # whether the program's entry paused the collector (``pause_start``)


def pause_start() -> None:
    """The program starts (``python -m kimdesk``, ``kimdesk.exe``): the collector is off while modules are
    imported and the command line is read. The desktop app's collector (``ui.collector``, installed as
    soon as the QApplication exists) takes over from there and collects by the same counts on its
    timer, behind the first paint; any other command gets it back at once (``end_start_pause``)."""
    if gc.isenabled():
        gc.disable()
        _start[0] = True


def end_start_pause() -> None:
    """The collector back on after ``pause_start`` (a command that is not the desktop app); nothing when the
    entry did not pause it (a test calling ``cli.main``)."""
    if _start[0]:
        _start[0] = False
        gc.enable()
