"""Whose data a change touched: the person (client id) behind each changed row.

The one change signal names tables and row ids; an open record needs to know whether any of
them belongs to its person. A row of a table with a ``client_id`` column belongs to that
person, a ``client`` row to itself. Writes through the ORM learn this from the objects
themselves (``capture``); rows a sync round or an erasure wrote are looked up here, in the
same transaction. Tables without such a column (agencies, conferences, settings …) have no
owner: a screen that shows them refreshes whatever person it shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from sqlalchemy import Connection, Table, select

from kimdesk.models import Base

_CHUNK = 500  # ids per query (SQLite's limit on bound parameters is far above)


@lru_cache(maxsize=1)
def owned_tables() -> dict[str, Table]:
    """Tables whose rows belong to one person (a ``client_id`` column), by name."""
    return {name: table for name, table in Base.metadata.tables.items()
            if "client_id" in table.c and "id" in table.c and name != "client"}


def owners(conn: Connection, touched: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """For each touched table that belongs to persons: the client ids behind its touched rows."""
    found: dict[str, set[str]] = {}
    tables = owned_tables()
    for entity, ids in touched.items():
        if entity == "client":
            found["client"] = set(ids)
            continue
        table = tables.get(entity)
        if table is None:
            continue
        people: set[str] = set()
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start:start + _CHUNK]
            people.update(row[0] for row in conn.execute(select(table.c.client_id).where(table.c.id.in_(chunk)))
                          if row[0] is not None)
        found[entity] = people
    return found
