"""Sync options, declared once (key, type, default, meaning) and kept in device-local settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from kimdesk.store.store import Store


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    doc: str


TARGET = Option("sync.target", None, "folder path or smb:// URL synced with when no --target is given")
FAILSAFE_FRACTION = Option("sync.failsafe_fraction", 0.10,
                           "deletions from other laptops of more than this share of the live people, needs or "
                           "conferences (each counted alone, over the window) wait for confirmation")
FAILSAFE_MINIMUM = Option("sync.failsafe_minimum", 10,
                          "… but only when they delete more than this many of them (tiny databases)")
FAILSAFE_ROUNDS = Option("sync.failsafe_rounds", 100,
                         "the window of the fail-safe: deletions of this many rounds add up (about a day at the "
                         "15-minute interval)")
FAILSAFE_WINDOW = Option("sync.failsafe_window", None, "deletions per entity of the last rounds (the window)")
SNAPSHOT_EVERY = Option("sync.snapshot_every", 50, "write a snapshot after this many own segments")
SNAPSHOT_GAIN = Option("sync.snapshot_gain", 20,
                       "a device behind by this many segments starts from a snapshot instead")
# the same key the settings dialog shows (services.settings.SYNC_INTERVAL_MINUTES): one default
INTERVAL_MINUTES = Option("sync.interval_minutes", 15,
                          "the desktop app syncs this often while reachable; 0 = only on demand")
SYNCED_BEFORE = Option("sync.synced_before", False, "set by the first complete round")
LAST_REPORT = Option("sync.last_report", None, "the last round's report (counts and ids only)")
INFO_COPY = Option("sync.info_copy", None,
                   "the info file as last verified (base64), put back when someone damages the share's copy")
REPORTED_SKIPS = Option("sync.reported_skips", [],
                        "paths of bad files on the share already named in a round's report (named once; doctor and "
                        "the sync page keep listing them until cleaned)")
KNOWLEDGE_ID = Option("sync.knowledge_id", None, "knowledge vector new changes are stamped with")

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
