"""Python's cycle collector paused while a bulk read or write holds many live objects.

The committee figures (a tuple per need, 250,000 at 100,000 people), a sync catch-up (a dict, a
change and a version per change, alive until their group is written) and a file's import and export
(staged rows, batches of dicts) build large heaps with next to no reference cycles. The cycle
collector walks every live object again and again meanwhile: a tenth of the report's time, about
1.7 of 9.5 s CPU of a catch-up of 100,000 changes, 13 % of an import and 4 % of an export at 10,000
people, mostly in full collections. Reference counting still frees everything while it is paused
(an import of 10,000 people left 1,138 objects in cycles for the collector, and the same peak memory).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The collector off for the block, back on afterwards (also after an error); left off where it
    was off (the desktop collects on its UI thread, ``ui.collector``)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
