"""Indexes for the desktop's list views.

The client list pages through people ordered by name (``ORDER BY family_name, given_name,
id LIMIT 200 OFFSET n``); with this index SQLite walks the index instead of sorting every
row for each page. The open-needs filter probes each person's needs by status.

Every other column the list sorts by has an index of the same shape. The nullable ones sort
by ``coalesce(col, '')`` (NULL as ""); SQLite uses an expression index only for the very same
expression, so the query must spell the ``''`` as a literal, never a bound parameter
(``sort_key``), or it sorts every row for the first page.
"""

from __future__ import annotations

from sqlalchemy import Index, func, literal_column

from kimdesk.models.client import Client
from kimdesk.models.need import Need

CLIENT_LIST_ORDER = Index("ix_client_list_name", Client.family_name, Client.given_name, Client.id)

# columns that may be NULL, sorted with NULL as ""
NULLABLE_SORT = ("birth_date", "municipality", "residence_status", "case_manager")
NOT_NULL_SORT = ("given_name", "case_number", "status")


def sort_key(column):
    """The sort expression of a list column, exactly as its index spells it."""
    return func.coalesce(column, literal_column("''")) if column.name in NULLABLE_SORT else column


CLIENT_SORT_INDEXES = [
    Index(f"ix_client_sort_{name}", sort_key(Client.__table__.c[name]), Client.given_name, Client.id)
    for name in NULLABLE_SORT + NOT_NULL_SORT
]
# ``category`` last (migration 0038): the school deadline rules read this index alone
NEED_OPEN = Index("ix_need_open", Need.client_id, Need.status, Need.deleted, Need.category)
