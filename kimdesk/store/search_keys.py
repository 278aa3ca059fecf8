"""Storing the search keys of many people at once, and rebuilding them from scratch.

The trigger on ``client`` stores a person's keys row by row (a Python call and a JSON array
per row, the inserts in the order the people come). The sync apply path writes thousands of
people per transaction: it switches the trigger off for its own statements
(``names.keys_written_by_caller``) and calls ``replace`` for the people it inserted or renamed,
which stores the same keys (``names.client_keys``) with one ``executemany`` in key order, so
each index page is visited once per batch (sorted a bucket at a time: ``batch_order``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from kimdesk.models.types import stored_id
from kimdesk.store.batch_order import in_order
from kimdesk.store.names import client_keys

# id (text or stored: either is written in its stored form), given, family, native, case number
Person = tuple[str | bytes, str | None, str | None, str | None, str | None]
COLUMNS = "id, given_name, family_name, native_name, case_number"


def _stored_order(row: tuple) -> tuple:
    """SQLite's order of (…, person id) rows: a person's id is stored as 16 bytes (migration 0043),
    one that is no canonical UUID as text, which sorts before them."""
    return (*row[:-1], type(row[-1]) is bytes, row[-1])


def replace(conn: Connection, people: Iterable[Person], *, new: bool = False) -> int:
    """Make the stored keys of ``people`` what their names give; ``new``: they have none yet."""
    # each person's id in its stored form once (the sync apply hands them over so already)
    rows = [(stored_id(pid), *names) for pid, *names in people]
    if not rows:
        return 0
    # ids of one kind sort in Python as SQLite orders them: the order's key only for a mix
    order = _stored_order if any(type(r[0]) is not bytes for r in rows) else None
    if not new:
        conn.exec_driver_sql("DELETE FROM name_key WHERE client_id = ?", in_order([(r[0],) for r in rows], order))
    # bucketed by the key's type letter and first two letters ("fmo", "pMH", "ck2"): a catch-up's keys are
    # sorted without holding the interpreter lock for one long call (``batch_order``)
    pairs = in_order({(key, pid) for pid, given, family, native, case in rows
                      for key in client_keys(given, family, native, case)}, order, prefix=3)
    if pairs:
        conn.exec_driver_sql("INSERT OR IGNORE INTO name_key(key, client_id) VALUES (?, ?)", pairs)
    return len(pairs)


def rebuild(conn: Connection) -> int:
    """Every person's keys computed anew (a repair, and the reference the tests compare with)."""
    conn.exec_driver_sql("DELETE FROM name_key")
    people = conn.exec_driver_sql(f"SELECT {COLUMNS} FROM client").all()
    return replace(conn, [tuple(p) for p in people], new=True)
