"""Device-local settings for printed documents: the organisation named in every header.

Kept in the local ``setting`` table (not synced): each laptop may print for its own office,
and an unset value falls back to the programme's name.
"""

from __future__ import annotations

from kimdesk.reports import DEFAULT_ORGANISATION
from kimdesk.services.clients_intake import validation as v
from kimdesk.store.store import Store
from kimdesk.store import options

ORGANISATION = options.PRINT_ORGANISATION.key


def organisation(store: Store) -> str:
    with store.connection() as conn:
        value = store.get_setting(conn, ORGANISATION)
    return value or DEFAULT_ORGANISATION


def set_organisation(store: Store, name: str | None) -> str:
    """Set (or with an empty value reset) the organisation; returns what headers will show."""
    value = v.text(name, "organisation", max_len=200)
    with store.connection(write=True) as conn:
        store.set_setting(conn, ORGANISATION, value)
    return value or DEFAULT_ORGANISATION
