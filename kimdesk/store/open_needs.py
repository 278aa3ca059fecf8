"""The stored open-needs flag of a person (``client.open_needs``, migration 0022).

1 while the person has a need that is open or in progress and not deleted. Triggers on
``need`` keep it on every write path (services, import, sync apply, erasure);
``refresh_open_needs`` recomputes it for given people in one statement per 500, for a path
that writes rows with the triggers' work deferred or to repair a copied database. The
column is local and derived: not mapped in the models, never synced or exported.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, literal_column
from kimdesk.models.types import stored_id

OPEN_STATUSES = ("open", "in_progress")
_OPEN = ("EXISTS (SELECT 1 FROM need WHERE need.client_id = client.id AND need.deleted = 0 "
         "AND need.status IN ('open', 'in_progress'))")
# the filter the client list uses; the column is not mapped, so it is named as SQL
FLAG = literal_column("client.open_needs")
UNINDEXED_FLAG = literal_column("+client.open_needs")  # SQLite uses no index for a "+" term


def refresh_open_needs(conn: Connection, client_ids: Iterable[str]) -> int:
    """Recompute the flag of ``client_ids``; returns how many rows changed."""
    ids = list(dict.fromkeys(client_ids))
    changed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        changed += conn.exec_driver_sql(
            f"UPDATE client SET open_needs = {_OPEN} WHERE id IN ({marks}) AND open_needs IS NOT {_OPEN}",
            tuple(stored_id(i) for i in chunk)).rowcount  # a person's id: 16 bytes (migration 0043)
    return changed
