"""The settings dialog's use cases: read every shown option, save a changed few in one go.

The options themselves are declared once in ``kimdesk.store.options`` (key, type, default,
title, limits, choices, lockable by the machine policy); this module re-exports the ones the
desktop names, so callers keep writing ``settings.LANGUAGE``.
"""

from __future__ import annotations

from typing import Any

from kimdesk.errors import SettingLocked
from kimdesk.i18n import translate
from kimdesk.store import options
from kimdesk.store.options import (AUTOLOCK_MINUTES, BACKUP_KEEP, EXPORT_FOLDER, IMPORT_MAX_MB, LANGUAGE,  # noqa: F401
                                   LAST_PRINTER, PRIVACY_CONTROLLER, PRIVACY_DPO, QUICK_NOTE_PLACE,
                                   SYNC_INTERVAL_MINUTES, USER_EMAIL, USER_NAME, USER_PHONE, WINDOW_GEOMETRY, Option)
from kimdesk.store.store import Store

# shown in the settings dialog, in this order
OPTIONS: tuple[Option, ...] = options.SHOWN
BY_KEY = {o.key: o for o in OPTIONS}


def values(store: Store) -> dict[str, Any]:
    with store.connection() as conn:
        return {o.key: o.read(store, conn) for o in OPTIONS}


def save(store: Store, changed: dict[str, Any]) -> dict[str, Any]:
    """Validate every value first, then write them all (nothing is written on a bad value)."""
    for key in changed:
        if BY_KEY[key].locked:
            raise SettingLocked(translate("Settings", "„{title}“ ist von der IT für diesen Rechner festgelegt.").format(
                title=BY_KEY[key].title()), key)
    cleaned = {key: BY_KEY[key].clean(value) for key, value in changed.items()}
    device = {k: v for k, v in cleaned.items() if not BY_KEY[k].team}
    team = {k: v for k, v in cleaned.items() if BY_KEY[k].team}
    if device:
        with store.connection(write=True) as conn:
            for key, value in device.items():
                store.set_setting(conn, key, value)
    if team:
        options.save_team(store, team)
    return cleaned
