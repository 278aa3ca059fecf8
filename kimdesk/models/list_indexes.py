"""Indexes for the desktop's list views.

The client list pages through people ordered by name (``ORDER BY family_name, given_name,
id LIMIT 200 OFFSET n``); with this index SQLite walks the index instead of sorting every
row for each page. The open-needs filter probes each person's needs by status.
"""

from __future__ import annotations

from sqlalchemy import Index

from kimdesk.models.client import Client
from kimdesk.models.need import Need

CLIENT_LIST_ORDER = Index("ix_client_list_name", Client.family_name, Client.given_name, Client.id)
NEED_OPEN = Index("ix_need_open", Need.client_id, Need.status, Need.deleted)
