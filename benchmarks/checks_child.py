"""The snapshot checks' child process with its peak memory noted (``bench_sync.join_at_scale``).

A child's ``ru_maxrss`` (``RUSAGE_CHILDREN``) on Linux starts from its parent's resident size at
the fork before ``exec``, so it says nothing about the child; its own high-water mark after
``exec`` (``VmHWM``) does."""

from __future__ import annotations

import os
from typing import Any

PEAK_FILE = "KIMDESK_BENCH_CHECKS_PEAK"  # where the child writes its VmHWM in KiB


def serve(pipe: Any, path: str) -> None:
    from kimdesk.sync import snapshot_check

    try:
        snapshot_check.serve(pipe, path)
    finally:
        with open("/proc/self/status", encoding="ascii") as status:
            peak = next((line.split()[1] for line in status if line.startswith("VmHWM:")), "0")
        with open(os.environ[PEAK_FILE], "w", encoding="ascii") as out:
            out.write(peak)
