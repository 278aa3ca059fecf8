"""Rows every laptop creates identically (the shipped agency catalogue) are not news.

Each laptop seeds the same agencies with the same ids and values when its profile is made.
Were those ordinary changes, a laptop that joins the team next year would send its fresh
seed with fresh stamps — and overwrite every edit the team made to the catalogue since, or
bring back agencies the team deleted. So seed rows are journalled under the pseudo device
``genesis`` with the smallest stamp: identical on every laptop, never sent, known to all
(``merge.saw``), and older than any edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from kimdesk.store import audit
from kimdesk.store.capture import _row_data
from kimdesk.store.journal_codes import Names, row_key
from kimdesk.store.journal_values import encode
from kimdesk.sync.merge import GENESIS

STAMP = 1


def seed(session: Session, objects: Iterable[Any]) -> int:
    """Journal freshly added seed rows (in the session's transaction) as genesis changes."""
    objs = list(objects)
    if not objs:
        return 0
    session.flush()
    conn = session.connection()
    store = session.info["store"]
    names = Names(conn)
    device = names.code(GENESIS)
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO change(entity_code, row_key, data, stamp, device_code, actor_code, seen, segment) "
        "VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL)",
        [(names.code(o.__tablename__), row_key(o.id), encode(_row_data(o, new=True)), STAMP,
          device) for o in objs])
    audit.append(conn, store.device_id, session.info.get("actor"),
                 (("create", o.__tablename__, o.id, ["catalogue"]) for o in objs))
    return len(objs)
