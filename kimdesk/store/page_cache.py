"""A roomy page cache for one connection while a bulk read runs, its own size again afterwards.

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
