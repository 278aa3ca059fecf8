"""The import's memory stays flat (issue 19): SQLite's own allocations during an import do not grow
with the file. A statement that rewrites or frees pages that existed when it began keeps their old
content in its statement journal, in memory (``temp_store = MEMORY``: no plaintext temp files), so
one statement over the whole staging table (setting its "present" flag, dropping it) would hold
the staged file once more. Measured with SQLite's own counter (``sqlite3_memory_highwater``), on a
page cache made small."""

from __future__ import annotations

import ctypes
import json
import uuid
from pathlib import Path

import sqlcipher3._sqlite3 as _driver
from sqlalchemy import text

from kimdesk.services.clients_intake import exchange, import_stage

_lib = ctypes.CDLL(_driver.__file__)
_lib.sqlite3_memory_used.restype = ctypes.c_int64
_lib.sqlite3_memory_highwater.restype = ctypes.c_int64
_lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]

PEOPLE = 1500
TEXT = 3000  # characters of a need's description: the staged file is ~5 MB
CACHE_KIB = 512


def _file(tmp_path: Path) -> Path:
    clients = []
    for i in range(PEOPLE):
        cid = str(uuid.UUID(int=i + 1))
        clients.append({"id": cid, "case_number": f"M-{i:05d}", "given_name": "A", "family_name": f"B{i}",
                        "needs": [{"id": str(uuid.UUID(int=10**9 + i)), "category": "Wohnen", "status": "open",
                                   "description": f"{i} " + "x" * TEXT}]})
    file = tmp_path / "big.json"
    file.write_text(json.dumps({"format": "kimdesk-export", "version": 1, "clients": clients}), encoding="utf-8")
    return file


def test_the_staging_tables_cost_sqlite_no_memory_that_grows_with_the_file(store, tmp_path, monkeypatch):
    """Every statement on the staging tables (staging a batch and flagging what is already there,
    the checks, emptying and dropping them) allocates about a batch's pages in SQLite, not the file's."""
    monkeypatch.setattr(import_stage, "BATCH", 100)  # a batch: ~0.3 MB of staged rows
    peaks: dict[str, float] = {}

    def measured(name: str):
        method = getattr(import_stage.Stage, name)

        def run(self, *args, **kwargs):
            before = _lib.sqlite3_memory_used()
            _lib.sqlite3_memory_highwater(1)  # the high-water mark starts again from the current use
            try:
                return method(self, *args, **kwargs)
            finally:
                peaks[name] = max(peaks.get(name, 0.0), (_lib.sqlite3_memory_highwater(0) - before) / 1e6)
        return run

    for name in ("flush", "check", "drop"):
        monkeypatch.setattr(import_stage.Stage, name, measured(name))
    file = _file(tmp_path)
    assert file.stat().st_size > 4e6
    with store.connection() as conn:  # the store's one connection on this thread: a small page cache
        conn.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))
    exchange.import_file(store, file)  # every row new
    first = dict(peaks)
    peaks.clear()
    exchange.import_file(store, file)  # every row already there: each staged row flagged
    assert max(first.values()) < 1.5, first
    assert max(peaks.values()) < 1.5, peaks
    with store.connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM need")).scalar() == PEOPLE
        assert not conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'kimdesk_import%'")).all()
