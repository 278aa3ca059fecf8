"""A ``no_cyclic_gc`` section held open on another thread, as a catch-up on the sync worker holds one."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kimdesk.store.gc_pause import no_cyclic_gc


@contextmanager
def section_on_a_thread(before_it_ends: Callable[[], None] = lambda: None) -> Iterator[Callable[[], None]]:
    """Open once the block starts; the block gets ``end()``, which ends it (and waits for the thread;
    ``before_it_ends`` runs there, still inside). Ended at the latest when the block is left."""
    opened, close = threading.Event(), threading.Event()

    def hold() -> None:
        with no_cyclic_gc():
            opened.set()
            close.wait(30)
            before_it_ends()

    thread = threading.Thread(target=hold, name="kimdesk-sync-test")

    def end() -> None:
        close.set()
        thread.join(10)

    thread.start()
    try:
        assert opened.wait(10)
        yield end
    finally:
        end()
