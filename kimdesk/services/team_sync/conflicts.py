"""Conflicts a merge recorded, and deciding them.

A conflict is a value that lost against a concurrent one (or against a finalised protocol).
Deciding it is an ordinary edit — the chosen value is written again, so it syncs and wins —
plus a ``ConflictResolution`` row, which syncs too, so every laptop shows it decided. For a
finalised protocol the lost value can only become an addendum.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select

from kimdesk.errors import Immutable, NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Addendum, ConflictResolution, synced_classes
from kimdesk.models.types import id_text, stored_id
from kimdesk.services.conferences_minutes import conferences
from kimdesk.services.clients_intake.history import set_value
from kimdesk.store.journal_codes import Names, row_key
from kimdesk.store.store import Store
from kimdesk.store.clock import physical_ms

NAMESPACE = uuid.UUID("3f2b8c52-4a1e-4c7e-9a55-6d0e1f7b2c11")
CHOICES = ("kept", "lost", "addendum")


def resolution_id(entity: str, row_id: str, field: str, lost_device: str, lost_stamp: int) -> str:
    """The same conflict gets the same resolution row on every laptop."""
    return str(uuid.uuid5(NAMESPACE, f"{entity}/{row_id}/{field}/{lost_device}/{lost_stamp}"))


def _iso(stamp: int | None) -> str | None:
    if stamp is None:
        return None
    return datetime.fromtimestamp(physical_ms(stamp) / 1000, tz=timezone.utc).isoformat(timespec="seconds")


@dataclass
class Conflict:
    key: int  # local id of the record
    entity: str
    id: str
    field: str
    kind: str  # field / delete / final
    kept: Any
    lost: Any
    lost_stamp: int
    lost_device: str
    lost_actor: str | None
    lost_at: str | None
    kept_stamp: int | None
    kept_device: str | None
    kept_at: str | None
    current: Any
    resolved: bool
    kept_actor: str | None = None
    label: str = ""  # the record as a person recognises it (a name), for the desktop only

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("key")
        d.pop("label")
        d["conflict"] = self.key
        return d


def _current(conn, entity: str, row_id: str, field: str) -> Any:
    cls = synced_classes().get(entity)
    if cls is None or field not in cls.__table__.columns:
        return None
    from kimdesk.store.values import to_json

    t = cls.__table__
    value = conn.execute(select(t.c[field]).where(t.c.id == row_id)).scalar()
    return to_json(value)


def _label(conn, entity: str, row_id: str) -> str:
    """A name for the record: the person's name, or the person a need/contact/… belongs to."""
    client_id = row_id if entity == "client" else None
    cls = synced_classes().get(entity)
    if client_id is None and cls is not None and "client_id" in cls.__table__.columns:
        t = cls.__table__  # typed: an id stored as 16 bytes is bound and read as such (models.types)
        client_id = conn.execute(select(t.c.client_id).where(t.c.id == row_id)).scalar()
    if client_id:
        row = conn.exec_driver_sql("SELECT family_name, given_name FROM client WHERE id = ?",
                                 (stored_id(client_id),)).first()
        if row:
            return ", ".join(p for p in row if p)
    if entity == "agency":
        return conn.exec_driver_sql("SELECT name FROM agency WHERE id = ?", (stored_id(row_id),)).scalar() or ""
    return ""


def _actor(conn: Any, entity: str, device: str, stamp: int, row_id: str) -> str | None:
    """Who wrote the change (device, stamp, row) of the journal (a lookup on its row index)."""
    names = Names(conn)
    code, table = names.find(device), names.find(entity)
    if code is None or table is None:
        return None
    return names.name(conn.exec_driver_sql(
        "SELECT actor_code FROM change WHERE entity_code = ? AND row_key = ? AND stamp = ? AND device_code = ?",
        (table, row_key(row_id), stamp, code)).scalar())


def list_conflicts(store: Store, *, include_resolved: bool = False, entity: str | None = None,
                   row_id: str | None = None) -> list[Conflict]:
    out = []
    with store.connection() as conn:
        resolved = {id_text(r[0]) for r in  # 16 bytes (models.types), compared with the text resolution_id
                    conn.exec_driver_sql("SELECT id FROM conflict_resolution WHERE deleted = 0")}
        sql = ("SELECT id, entity, row_id, field, kind, kept, lost, lost_stamp, lost_device, lost_actor, "
               "kept_stamp, kept_device FROM sync_conflict")
        args: tuple = ()
        if entity is not None and row_id is not None:
            sql += " WHERE entity = ? AND row_id = ?"
            args = (entity, row_id)
        for (key, ent, rid, field, kind, kept, lost, lost_stamp, lost_device, lost_actor, kept_stamp,
             kept_device) in conn.exec_driver_sql(sql + " ORDER BY lost_stamp, id", args):
            done = resolution_id(ent, rid, field, lost_device, lost_stamp) in resolved
            if done and not include_resolved:
                continue
            kept_actor = _actor(conn, ent, kept_device, kept_stamp, rid) if kept_stamp is not None else None
            out.append(Conflict(key, ent, rid, field, kind, json.loads(kept) if kept else None,
                                json.loads(lost) if lost else None, lost_stamp, lost_device, lost_actor,
                                _iso(lost_stamp), kept_stamp, kept_device, _iso(kept_stamp),
                                _current(conn, ent, rid, field), done, kept_actor, _label(conn, ent, rid)))
    return out


def get(store: Store, key: int) -> Conflict:
    for c in list_conflicts(store, include_resolved=True):
        if c.key == key:
            return c
    raise NotFound(translate("Conflicts", "Kein Konflikt {id}.").format(id=key))


def _field_label(conflict: Conflict) -> str:
    return f"{conflict.entity}.{conflict.field}"


def resolve(store: Store, key: int, choice: str, *, author: str | None = None) -> None:
    """Decide a conflict: keep the kept value, take the lost one, or (protocols) add an addendum."""
    if choice not in CHOICES:
        raise ValidationError(translate("Conflicts", "Unbekannte Wahl „{choice}“.").format(choice=choice), "choice")
    conflict = get(store, key)
    with store.session() as session:
        cls = synced_classes()[conflict.entity]
        obj = session.get(cls, conflict.id)
        if obj is None:
            raise NotFound(translate("Conflicts", "Der Datensatz {id} existiert nicht mehr.").format(id=conflict.id))
        parent = conferences.conference_id_of(session, cls, {c.key: getattr(obj, c.key) for c in cls.__table__.columns})
        final = conferences.is_final(session, parent)
        if choice == "addendum":
            if not final:
                raise ValidationError(translate("Conflicts", "Nachträge gibt es nur zu abgeschlossenen Protokollen."),
                                      "choice")
            session.add(Addendum(conference_id=parent, on=date.today(), author=author, text=translate(
                "Conflicts", "Nachtrag aus der Synchronisierung: {field} lautete auf einem anderen Gerät „{value}“ "
                             "(geändert {at}).").format(field=_field_label(conflict), value=_text(conflict.lost),
                                                        at=conflict.lost_at or "")))
        elif choice == "lost":
            if final:
                raise Immutable(translate("Conferences", "Das Protokoll ist abgeschlossen und kann nicht mehr geändert "
                                                         "werden; Korrekturen bitte als Nachtrag erfassen."))
            set_value(session, conflict.entity, conflict.id, conflict.field, conflict.lost, force=True)
        elif not final:  # kept: write it again, so it also wins where the lost value arrives later
            set_value(session, conflict.entity, conflict.id, conflict.field, conflict.current, force=True)
        rid = resolution_id(conflict.entity, conflict.id, conflict.field, conflict.lost_device, conflict.lost_stamp)
        existing = session.get(ConflictResolution, rid)
        if existing is None:
            session.add(ConflictResolution(id=rid, entity=conflict.entity, row_id=conflict.id, field=conflict.field,
                                           lost_device=conflict.lost_device, lost_stamp=conflict.lost_stamp,
                                           choice=choice))
        else:
            existing.choice = choice
            existing.deleted = False


def _text(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)
