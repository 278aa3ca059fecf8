"""Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a counter.

Stamps are integers ``ms << 16 | counter``. They never go backwards on a device, and on
receiving a remote stamp the clock moves past it, so a change made after seeing another
always carries a larger stamp, even when the laptop's clock is days off. Ties between
devices are broken by device id, never by file times on the share.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def physical_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


class HybridClock:
    def __init__(self, last: int = 0, wall: Callable[[], float] = time.time):
        self._last = last
        self._wall = wall
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def _now_ms(self) -> int:
        return int(self._wall() * 1000)

    def tick(self) -> int:
        """A new stamp for a local event."""
        with self._lock:
            ms = max(self._now_ms(), physical_ms(self._last))
            stamp = pack(ms, 0)
            if stamp <= self._last:
                stamp = self._last + 1
            self._last = stamp
            return stamp

    def observe(self, remote: int) -> None:
        """Move past a stamp received from another device."""
        with self._lock:
            if remote > self._last:
                self._last = remote
