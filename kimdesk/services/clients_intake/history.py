"""A record's history: every value it had, who set it, when, from which laptop.

The change journal keeps every value a write or a merge replaced (until the person is
erased), so history needs no extra storage. Restoring an old value is an ordinary edit: it
is captured, audited and synced like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy.orm import Session, attributes

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import synced_classes
from kimdesk.services.conferences_minutes import conferences
from kimdesk.store.journal_codes import Names, row_key
from kimdesk.store.journal_values import decode
from kimdesk.store.store import Store
from kimdesk.store.clock import physical_ms
from kimdesk.sync.merge import GENESIS
from kimdesk.store.values import from_json


@dataclass(frozen=True)
class Version:
    stamp: int
    device: str
    actor: str | None
    fields: dict[str, Any]  # values as stored (JSON)

    @property
    def at(self) -> datetime:
        return datetime.fromtimestamp(physical_ms(self.stamp) / 1000, tz=timezone.utc)

    @property
    def catalogue(self) -> bool:
        return self.device == GENESIS


def versions(store: Store, entity: str, row_id: str) -> list[Version]:
    """Every change of the record, oldest first (by stamp, device)."""
    _cls(entity)
    with store.connection() as conn:
        names = Names(conn)
        code = names.find(entity)
        rows = [] if code is None else [
            (stamp, names.name(device), names.name(actor), data) for stamp, device, actor, data in conn.exec_driver_sql(
                "SELECT stamp, device_code, actor_code, data FROM change WHERE entity_code = ? AND row_key = ?",
                (code, row_key(row_id)))]
    rows.sort(key=lambda r: (r[0], r[1]))
    return [Version(stamp, device, actor, decode(data)) for stamp, device, actor, data in rows]


def field_history(store: Store, entity: str, row_id: str, field: str) -> list[Version]:
    """The values one field had, oldest first."""
    return [v for v in versions(store, entity, row_id) if field in v.fields]


def _cls(entity: str) -> type:
    cls = synced_classes().get(entity)
    if cls is None:
        raise ValidationError(translate("History", "Unbekannte Tabelle „{name}“.").format(name=entity), "entity")
    return cls


def set_value(session: Session, entity: str, row_id: str, field: str, value: Any, *, force: bool = False) -> None:
    """Give one field a JSON value through the ORM (captured, audited, synced)."""
    cls = _cls(entity)
    obj = session.get(cls, row_id)
    if obj is None:
        raise NotFound(translate("History", "Kein Datensatz {id}.").format(id=row_id))
    column = cls.__table__.columns.get(field)
    if column is None or field == "id":
        raise ValidationError(translate("History", "Unbekanntes Feld „{field}“.").format(field=field), field)
    parent = conferences.conference_id_of(session, cls, {c.key: getattr(obj, c.key) for c in cls.__table__.columns})
    conferences.ensure_editable(session, parent)
    typed = from_json(value, column.type)
    if getattr(obj, field) != typed:
        setattr(obj, field, typed)
    elif force:  # the same value again, on purpose (a conflict decided for the kept value)
        attributes.flag_modified(obj, field)
    if obj.deleted and field != "deleted":
        # an edit is newer than the deletion and would bring the row back on every laptop
        # (tombstone rule); editing a deleted row keeps it deleted, so say so in the same change
        attributes.flag_modified(obj, "deleted")


def restore(store: Store, entity: str, row_id: str, field: str, stamp: int, device: str) -> None:
    """Make an earlier value of a field current again (an ordinary edit)."""
    chosen = next((v for v in field_history(store, entity, row_id, field)
                   if v.stamp == stamp and v.device == device), None)
    if chosen is None:
        raise NotFound(translate("History", "Diese Version gibt es nicht (mehr)."))
    with store.session() as session:
        set_value(session, entity, row_id, field, chosen.fields[field])
