"""Big batches put in SQLite's order without holding the interpreter lock for long.

The sync apply path writes its rows in key order, so each index page is visited once per batch, not
once per row. But ``sorted`` is one call into C that keeps the interpreter lock until it returns:
sorting a catch-up's 150,000 search keys kept it for about 110 ms, and the UI thread, which needs
the lock to paint, stood still for as long (``benchmarks/bench_desktop_gc``, "UI gap").

``in_order`` puts the rows in buckets by the start of their first column (a loop in Python, which
lets other threads in between its steps) and sorts the buckets one after the other, none larger
than ``AT_ONCE`` rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

Row = TypeVar("Row", bound=tuple)

# rows one sort takes: about 6 ms with the lock held for 16-byte ids or short texts
AT_ONCE = 10_000


def in_order(rows: Iterable[Row], key: Callable[[Row], Any] | None = None, *, prefix: int = 1) -> list[Row]:
    """``rows`` sorted by ``key`` (by default the rows themselves), a bucket at a time.

    ``key`` must order the rows by their first column first, a text before 16 bytes (as SQLite
    orders a text id before the blob ids: ``search_keys._stored_order``), else by its value; the
    buckets are the first ``prefix`` characters or bytes of that column, in the same order. The
    result is what ``sorted(rows, key=key)`` gives, except that a bucket over ``AT_ONCE`` rows
    (many rows sharing a start, such as every case number's search key) is sorted in pieces of
    ``AT_ONCE``: each piece in order, so the batch walks that part of the index a few times
    instead of once, never at random.
    """
    rows = rows if isinstance(rows, list) else list(rows)
    if len(rows) <= AT_ONCE:
        return sorted(rows, key=key)
    buckets: dict[tuple[bool, Any], list[Row]] = {}
    for row in rows:
        first = row[0]
        bucket = (type(first) is bytes, first[:prefix])
        if bucket in buckets:
            buckets[bucket].append(row)
        else:
            buckets[bucket] = [row]
    ordered: list[Row] = []
    for bucket in sorted(buckets):
        part = buckets.pop(bucket)
        for at in range(0, len(part), AT_ONCE):
            ordered += sorted(part[at:at + AT_ONCE], key=key)
    return ordered
