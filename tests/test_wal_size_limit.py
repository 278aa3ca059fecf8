"""The write-ahead log does not keep the size of the largest transaction for the whole session.

A catch-up or a team joined from a snapshot writes hundreds of megabytes through the WAL; once a
checkpoint has copied them into the database and the next write starts the log over, SQLite cuts
the file back to ``engine.WAL_SIZE_LIMIT`` (``PRAGMA journal_size_limit``) instead of leaving it
as large as it once was until the app closes."""

from __future__ import annotations

import os

from kimdesk.store import engine

ROWS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT randomblob(1000) FROM n"


def _wal(store) -> int:
    wal = f"{store.path}-wal"
    return os.path.getsize(wal) if os.path.exists(wal) else 0


def test_a_large_transaction_leaves_no_large_log_behind(store):
    limit = engine.WAL_SIZE_LIMIT
    with store.connection(write=True) as conn:
        assert conn.exec_driver_sql("PRAGMA journal_size_limit").scalar_one() == limit
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")  # it grows as during a catch-up
        conn.exec_driver_sql("CREATE TABLE bulk(x)")
        conn.exec_driver_sql(f"INSERT INTO bulk {ROWS}", (limit // 1000 + 8_000,))
    big = _wal(store)
    assert big > limit
    with store.connection() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 1000")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")  # as the end of a catch-up does (receive)
    with store.connection(write=True) as conn:  # the next write starts the log over
        conn.exec_driver_sql("INSERT INTO bulk VALUES (1)")
    assert _wal(store) <= limit < big
