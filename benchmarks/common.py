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


# -- fixtures built once and kept: ``fixture_cache.fixture_profile`` (here for the modules' imports) ---------
def fixture_profile(*args, **kwargs):
    """See ``benchmarks.fixture_cache.fixture_profile``."""
    from benchmarks.fixture_cache import fixture_profile as cached

    return cached(*args, **kwargs)


# -- results: every module records its goals; ``python -m benchmarks`` prints them in one table -----------
RESULTS_ENV = "KIMDESK_BENCH_RESULTS"  # a file the runner reads: one JSON line per recorded figure
PEOPLE_ENV = "KIMDESK_BENCH_PEOPLE"  # the size a module runs at, where it supports one


def people(default: int) -> int:
    """The size asked for (``--sizes`` of the runner sets ``KIMDESK_BENCH_PEOPLE``), else ``default``."""
    import os

    return int(os.environ.get(PEOPLE_ENV) or default)


def record(goal: str, baseline: float | None, now: float, unit: str, met: bool | None, *,
           size: int | None = None) -> dict:
    """One goal's figure beside its baseline measured in the same run (``baseline`` None: the goal
    is absolute). ``size``: the people it was measured at (default: the size the runner asked for).
    Printed at once and kept for the runner's closing table."""
    import json
    import os

    entry = {"goal": goal, "baseline": baseline, "now": now, "unit": unit, "met": met,
             "size": size if size is not None else (int(os.environ[PEOPLE_ENV]) if os.environ.get(PEOPLE_ENV) else None),
             "module": os.environ.get("KIMDESK_BENCH_MODULE", "")}
    path = os.environ.get(RESULTS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")
    RECORDED.append(entry)
    return entry


RECORDED: list[dict] = []


def peak_rss_mb() -> float:
    """This process's own peak resident memory (``VmHWM``; ``ru_maxrss`` would count a forking parent's)."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


def _fmt(value: float | None, unit: str) -> str:
    if value is None or value != value:
        return "—"
    digits = 3 if abs(value) < 1 else 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0
    return f"{value:,.{digits}f} {unit}"


def summary_table(entries: list[dict]) -> str:
    """"goal | baseline | now | ratio | met?" per size, in the order recorded."""
    lines = []
    sizes = list(dict.fromkeys(e["size"] for e in entries))
    for size in sizes:
        rows = [e for e in entries if e["size"] == size]
        lines.append(f"-- {'at ' + format(size, ',') + ' people' if size else 'at the module’s own sizes'} --")
        lines.append(f"   {'goal':72s} | {'baseline':>14s} | {'now':>14s} | {'ratio':>7s} | met?")
        for e in rows:
            base, now = e["baseline"], e["now"]
            ratio = f"{now / base:6.2f}×" if base not in (None, 0) and now == now else "      —"
            met = {True: "yes", False: "NO", None: "—"}[e["met"]]
            lines.append(f"   {e['goal'][:72]:72s} | {_fmt(base, e['unit']):>14s} | {_fmt(now, e['unit']):>14s} | "
                         f"{ratio:>7s} | {met}")
    return "\n".join(lines)
