"""A roomy page cache for one connection while a bulk read runs, its own size again afterwards;
a small one while a big sort runs.

SQLCipher decrypts a page each time it enters the page cache. The committee report and a full
evaluation of the deadline rules read much of the database, the people several times (each rule or
figure its own pass): with the store's usual 64 MiB the later passes decrypt again what the earlier
ones read. While they run the connection keeps up to ``ROOMY_KIB`` decrypted, and afterwards shrinks
back (SQLite frees the pages beyond the limit: the connection's next work does not carry them).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

# 128 MiB. Committee report (benchmarks/bench_reports.py, 100,000 and 200,000 people): 256 MiB saved
# CPU only when the same report ran again on a cache left full (0.25 s at 100,000 people) and added up
# to its size to the command's peak memory at 200,000; 64 MiB cost 0.1-0.3 s more a report. A full
# deadline evaluation (14 rules, cycle data set, interleaved, median of 5): 200,000 people 1.09 -> 0.96 s
# CPU (256 MiB: 0.96 too), 100,000 people 0.46 -> 0.42 s.
ROOMY_KIB = 131_072


@contextmanager
def roomy(conn: Connection, kib: int = ROOMY_KIB) -> Iterator[None]:
    """``kib`` of page cache on ``conn``'s main database for the block (never less than it had), its
    size back after. Named ``main``: an attached database (a snapshot being read) keeps its own."""
    before = conn.exec_driver_sql("PRAGMA main.cache_size").scalar() or 0
    grow = -before < kib  # negative: KiB; positive: pages (never more than this)
    if grow:
        conn.exec_driver_sql(f"PRAGMA main.cache_size = -{kib}")
    try:
        yield
    finally:
        if grow:
            conn.exec_driver_sql(f"PRAGMA main.cache_size = {int(before)}")


# 8 MiB. SQLite's sorter (CREATE INDEX, ORDER BY without an index) keeps every run in memory here
# (``temp_store = MEMORY``: no plaintext temporary files), each up to the main database's cache size,
# while the pages it reads and writes fill the cache up to its limit beside them. Building an index of
# the journal's shape over 3,000,000 rows (SQLCipher, one process, peak memory): cache 160 MiB 412 MB,
# 64 MiB 313 MB, 8 MiB 255 MB, 2 MiB 249 MB; CPU 6.5-6.7 s each. A team's join (docs/sync.md): 200,000
# people 634 -> 388 MB (32 MiB: 433 MB).
SORT_KIB = 8_192


@contextmanager
def small_for_sorting(conn: Connection, kib: int = SORT_KIB) -> Iterator[None]:
    """At most ``kib`` of page cache on ``conn``'s main database while the block sorts (its size back
    after): the sorter's runs are capped by it, and the cache's clean pages are given back at once,
    its changed ones as they are written to the WAL."""
    before = conn.exec_driver_sql("PRAGMA main.cache_size").scalar() or 0
    shrink = (-before if before < 0 else before * 4) > kib  # negative: KiB; positive: pages of 4 KiB
    if shrink:
        conn.exec_driver_sql(f"PRAGMA main.cache_size = -{kib}")
    try:
        yield
    finally:
        if shrink:
            conn.exec_driver_sql(f"PRAGMA main.cache_size = {int(before)}")
