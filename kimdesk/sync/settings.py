"""Sync's options, read and written in sync's own units of work.

The options are declared once in ``kimdesk.store.options`` with every other setting; sync
names them here by their short names and reads them raw (its bookkeeping writes any JSON).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from kimdesk.store import options
from kimdesk.store.options import (FAILSAFE_FRACTION, FAILSAFE_MINIMUM, FAILSAFE_ROUNDS,  # noqa: F401
                                   FAILSAFE_WINDOW, INFO_COPY, KNOWLEDGE_ID, LAST_REPORT, PUBLISHED, REPORTED_SKIPS,
                                   SNAPSHOT, SNAPSHOT_EVERY, SNAPSHOT_GAIN, SYNCED_BEFORE, Option)
from kimdesk.store.store import Store

TARGET = options.SYNC_TARGET
# the same option the settings dialog shows: one default
INTERVAL_MINUTES = options.SYNC_INTERVAL_MINUTES

OPTIONS = [TARGET, FAILSAFE_FRACTION, FAILSAFE_MINIMUM, FAILSAFE_ROUNDS, SNAPSHOT_EVERY, SNAPSHOT_GAIN, INTERVAL_MINUTES]


def get(store: Store, option: Option, conn: Connection | None = None) -> Any:
    if conn is not None:
        return store.get_setting(conn, option.key, option.default)
    with store.connection() as c:
        return store.get_setting(c, option.key, option.default)


def put(store: Store, option: Option, value: Any, conn: Connection | None = None) -> None:
    if conn is not None:
        store.set_setting(conn, option.key, value)
        return
    with store.connection(write=True) as c:
        store.set_setting(c, option.key, value)
