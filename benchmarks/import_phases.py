"""Where an import's memory goes, phase by phase (issue 19: no command's peak grows with people).

``traced_import(store, file)`` runs ``exchange.import_file`` with markers at the start of each
phase (the phases run one after the other, so a marker closes the one before): reading and
staging, the checks, the upsert (with the change journal and the audit entry written at each
flush), dropping the staging tables, the commit, the standings refresh, the deadline rules'
search and the follow-ups' writing. Per phase: the process's peak resident memory (``VmHWM``,
reset at the phase's start through ``/proc/self/clear_refs``), its resident memory at the end,
SQLite's own high-water mark (``sqlite3_memory_highwater``, reset likewise) and, with
``tracemalloc`` on (``KIMDESK_BENCH_TRACEMALLOC=1``: slower), the Python objects' peak within the
phase and what the phase left allocated. Used by ``bench_exchange`` (``KIMDESK_BENCH_PHASES=1``).
"""

from __future__ import annotations

import ctypes
import functools
import os
import time
import tracemalloc
from pathlib import Path
from typing import Any

PHASES = ("read+stage", "check", "apply (journal, audit)", "drop staging", "commit", "standings refresh",
          "deadline rules")


def _kib(field: str) -> int:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(field + ":"))


def _sqlite() -> Any:
    import sqlcipher3._sqlite3 as driver

    lib = ctypes.CDLL(driver.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    return lib


class Phases:
    """Markers: ``start(name)`` closes the running phase and opens the next."""

    def __init__(self, traced: bool) -> None:
        self.lib = _sqlite()
        self.traced = traced
        self.rows: list[dict[str, Any]] = []
        self.name: str | None = None

    def _reset(self) -> None:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")  # VmHWM starts again from the current resident size
        self.lib.sqlite3_memory_highwater(1)
        if self.traced:
            tracemalloc.reset_peak()
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        self.py0 = tracemalloc.get_traced_memory()[0] if self.traced else 0

    def start(self, name: str | None) -> None:
        if self.name is not None:
            row = {"phase": self.name, "wall": time.perf_counter() - self.t0, "cpu": time.process_time() - self.c0,
                   "hwm_mb": _kib("VmHWM") / 1024, "rss_end_mb": _kib("VmRSS") / 1024,
                   "sqlite_peak_mb": self.lib.sqlite3_memory_highwater(0) / 1e6,
                   "sqlite_end_mb": self.lib.sqlite3_memory_used() / 1e6}
            if self.traced:
                now, peak = tracemalloc.get_traced_memory()
                row |= {"py_peak_mb": (peak - self.py0) / 1e6, "py_left_mb": (now - self.py0) / 1e6}
            self.rows.append(row)
        self.name = name
        if name is not None:
            self._reset()


def _marked(phases: Phases, patch: Any, owner: Any, attr: str, name: str, after: str | None = None) -> None:
    fn = getattr(owner, attr)

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        phases.start(name)
        out = fn(*args, **kwargs)
        if after is not None:
            phases.start(after)
        return out

    patch(owner, attr, run)


def traced_import(store: Any, file: Path, *, python: bool | None = None, patch: Any = setattr) -> list[dict[str, Any]]:
    """Import ``file`` into ``store`` with the phase markers; the phases' rows. ``python``: trace
    the Python objects too (default: ``KIMDESK_BENCH_TRACEMALLOC=1``); ``patch``: how the markers
    are put in (a test passes ``monkeypatch.setattr``)."""
    from kimdesk.services.clients_intake import exchange, import_stage
    from kimdesk.services.tasks_deadlines import deadlines
    from kimdesk.store.store import Store

    traced = os.environ.get("KIMDESK_BENCH_TRACEMALLOC") == "1" if python is None else python
    started = traced and not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    phases = Phases(traced)
    _marked(phases, patch, exchange, "_read_into", "read+stage")
    _marked(phases, patch, import_stage.Stage, "check", "check")
    _marked(phases, patch, exchange, "_apply", "apply (journal, audit)", after="drop staging")
    _marked(phases, patch, Store, "_persist_clock", "commit")
    _marked(phases, patch, exchange, "_refresh_standings", "standings refresh")
    _marked(phases, patch, deadlines, "evaluate", "deadline rules")  # rule by rule, a batch of hits at a time
    _marked(phases, patch, deadlines, "find", "deadlines: find", after="deadlines: write")  # before: all at once
    try:
        exchange.import_file(store, file, 1 << 40)
        phases.start(None)
    finally:
        if started:
            tracemalloc.stop()
    return phases.rows


def show(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        py = (f"  Python peak {r['py_peak_mb']:+7.1f} left {r['py_left_mb']:+7.1f} MB"
              if "py_peak_mb" in r else "")
        print(f"       {r['phase']:24s} peak {r['hwm_mb']:6.0f} MB  end {r['rss_end_mb']:6.0f} MB  SQLite peak "
              f"{r['sqlite_peak_mb']:6.1f} end {r['sqlite_end_mb']:6.1f} MB{py}  wall {r['wall']:6.1f} s  "
              f"CPU {r['cpu']:6.1f} s")


# columns that differ between two runs of the same import by nature (time, device), left out of the digest
_VOLATILE = {"stamp", "device_code", "at", "hash", "device", "created_at", "updated_at", "recorded_at"}


def digest(store: Any) -> dict[str, str]:
    """What an import leaves behind, one SHA-256 per part, without times and device: the change
    journal (entity, row, data, in order), the audit entries (action, fields, count, digest of the
    items), the follow-ups and every task, the needs' standing timeline. Two implementations of
    the import are the same in effect when these are equal on the same file and day."""
    import hashlib
    import json

    queries = {
        "journal": "SELECT n.name, hex(c.row_key), c.data FROM change c JOIN journal_name n "
                   "ON n.code = c.entity_code ORDER BY c.seq",
        "audit": "SELECT action, entity, row_id, fields, version, changes, digest FROM audit ORDER BY seq",
        "tasks": "SELECT * FROM task ORDER BY id",
        "standings": "SELECT * FROM need_standing ORDER BY need_id, valid_from",
    }
    out = {}
    with store.connection() as conn:
        for part, sql in queries.items():
            h = hashlib.sha256()
            result = conn.exec_driver_sql(sql)
            keys = list(result.keys())
            for row in result:
                values = []
                for key, value in zip(keys, row):
                    if key in _VOLATILE:
                        continue
                    if key == "data" and isinstance(value, str):
                        value = {k: v for k, v in json.loads(value).items() if k not in _VOLATILE}
                    values.append(value)
                h.update(json.dumps(values, default=str, sort_keys=True).encode())
            out[part] = h.hexdigest()
    return out
