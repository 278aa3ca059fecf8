"""The checks of a snapshot database in a process of their own (``snapshot_db.QuickCheck``).

Run as a thread beside the join's copy, the checks slowed the copy down by more than they ran
for: both connections allocate memory for every row, and SQLite's allocator (its memory
statistics are on in the driver's build) and OpenSSL take process-wide locks for it. Measured
at 100,000 people: the copy alone 22 s, the checks alone 10 s, both as threads 30–34 s, the
same checks in another process beside it 22 s and 8.5 s. A process shares none of those locks.

This module is what that process runs: it must stay lean (the standard library and
``sqlcipher3``; no SQLAlchemy, no models), as it is imported afresh in every child. The
messages are bytes, not pickles, both ways: the parent sends the key, then one JSON list
``[table, sql, expected count]`` per check and an empty message when it wants the verdict;
the child answers with one JSON object ``{"failed": null}`` or ``{"failed": "<check>"}``.
"""

from __future__ import annotations

import json
from typing import Any

QUICK_CHECK = "quick_check"  # the verdict of a file SQLite's quick_check did not pass (or not answered)


def serve(pipe: Any, path: str) -> None:
    """The child's whole life: open the file read-only with the key from the pipe, run the
    quick_check, then every check the parent sends until it asks for the verdict."""
    failed: str | None = QUICK_CHECK
    db = None
    try:
        key = pipe.recv_bytes()
        import sqlcipher3

        db = sqlcipher3.connect(path, isolation_level=None)
        db.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        db.execute("PRAGMA query_only = ON")
        db.execute("PRAGMA temp_store = MEMORY")  # no plaintext temporary files
        if [str(r[0]) for r in db.execute("PRAGMA quick_check")] == ["ok"]:
            failed = None
        while message := pipe.recv_bytes():
            if failed is not None:
                continue  # read to the end: the parent waits for one answer, after its last check
            table, sql, expected = json.loads(message)
            n, bad = db.execute(sql).fetchone()
            if bad or n != expected:
                failed = f"{'values' if bad else 'count'} {table}"
    except Exception:  # noqa: BLE001 - not a database, another key, damaged pages: not passed
        if failed is None:
            failed = "checks"
    finally:
        if db is not None:
            db.close()
    try:
        pipe.send_bytes(json.dumps({"failed": failed}).encode())
    except OSError:  # the parent is gone (the join stopped): nobody to tell
        pass
