"""Retired device ids: the folders a restored laptop left behind on the share.

A laptop that restores a backup continues under a new device id (``services.backup``). Its old
folder stays on the share with segments nobody will ever add to, and its cursors never move.
The successor therefore *retires* the old id: it names it in its own ``cursors.state``
(sealed with the team key, so nobody without the key can retire a device), and then

* no laptop's compaction waits for the retired device's cursors any more;
* after each erasure the successor rewrites the retired folder's segments and snapshot
  without the erased rows, so the person is gone from the share before every laptop has
  caught up;
* once every laptop that reports its cursors has read the whole folder, the successor
  removes it.

``backup restore`` already records the old id in the ``previous_device_ids`` setting, which is
what this module reads; ``retire_previous_device`` is the explicit call for any other path
that gives a laptop a new device id.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from kimdesk.errors import BadInput
from kimdesk.i18n import translate
from kimdesk.store.store import Store
from kimdesk.sync import erasure, layout
from kimdesk.store import options

PREVIOUS = options.PREVIOUS_DEVICE_IDS.key  # written by services.backup when a restore gives a new id
SWEPT = options.RETIRED_SWEPT.key  # {retired device: the last erasure id whose rows were swept from its folder}


def retire_previous_device(store: Store, device: str) -> None:
    """Record that this laptop continues ``device`` (call after giving it a new device id)."""
    if not layout.is_device_id(device) or device == store.device_id:
        raise BadInput(translate("Sync", "„{device}“ ist keine frühere Gerätekennung dieses Geräts.").format(
            device=device))
    with store.connection(write=True) as conn:
        known = _ids(store.get_setting(conn, PREVIOUS, []))
        if device not in known:
            store.set_setting(conn, PREVIOUS, [*known, device])


def retired_by(store: Store, conn: Connection | None = None) -> list[str]:
    """The device ids this laptop retired (its earlier ids)."""
    if conn is not None:
        return [d for d in _ids(store.get_setting(conn, PREVIOUS, [])) if d != store.device_id]
    with store.connection() as c:
        return retired_by(store, c)


def _ids(value: Any) -> list[str]:
    return [d for d in value if isinstance(d, str) and layout.is_device_id(d)] if isinstance(value, list) else []


# -- sweeping erased rows out of a retired folder ------------------------------------------------------
def erased_ids(conn: Connection) -> set[str]:
    return {r[0] for r in conn.exec_driver_sql("SELECT row_id FROM sync_erased")}


def last_erasure(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM sync_erasure").scalar_one())


def _keep(entity: str, row_id: str, data: dict, erased: set[str]) -> dict | None:
    """The change without erased rows: None to drop it, else its data with cut references."""
    if row_id in erased:
        return None
    for rule in erasure.RULES_BY_TABLE.get(entity, ()):
        value = data.get(rule.column)
        if value is None or value not in erased:
            continue
        if rule.action == erasure.DELETE:
            return None
        data = {**data, rule.column: None}
    return data


def sweep(payload: dict, erased: set[str]) -> tuple[dict, int]:
    """A segment's or snapshot's payload without erased rows; and how many changes went."""
    kept, dropped = [], 0
    for change in payload.get("changes", []):
        data = _keep(change[0], change[1], change[5], erased)
        if data is None:
            dropped += 1
            continue
        kept.append([*change[:5], data, *change[6:]])
    return {**payload, "changes": kept}, dropped
