"""Helpers shared by the benchmarks: timers, percentiles, throw-away profiles."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def wall_and_cpu(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall-clock and process (CPU) seconds; CPU time is the steadier figure on a shared machine."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def bulk_insert(store, rows: dict[type, list[dict]], *, in_id_order: bool = False) -> dict[str, int]:
    """A fixture, not a workload: Core ``executemany`` in batches, no change capture; then a WAL
    checkpoint, as on a laptop that was closed and reopened. Returns the row count per table.

    Rows of one table may name different columns (a closing phase has ``from_phase``, an opening
    one not): every row gets every column named by any, missing ones as NULL, because an
    ``executemany`` batch takes its parameters from its first row."""
    from sqlalchemy import insert

    with store.connection(write=True) as conn:
        for cls, batch in rows.items():
            keys = list(dict.fromkeys(k for row in batch for k in row))
            for row in batch:
                if len(row) != len(keys):
                    for k in keys:
                        row.setdefault(k, None)
            if in_id_order:
                batch.sort(key=lambda row: row["id"])  # rows arrive over time, as in a team's database
            for start in range(0, len(batch), 5000):
                conn.execute(insert(cls.__table__), batch[start:start + 5000])
    with store.connection() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {cls.__tablename__: len(batch) for cls, batch in rows.items()}


def summary_ms(samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return f"median {statistics.median(ms):7.2f} ms  p95 {percentile(ms, 95):7.2f} ms"


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=f"kimdesk-bench-{prefix}-") as d:
        yield Path(d)
