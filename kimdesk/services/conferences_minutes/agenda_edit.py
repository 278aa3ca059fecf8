"""Editing the agenda of a conference: TOPs, their resolutions and action items.

TOPs are numbered by position (TOP 1, 2, …); removing or moving one renumbers the rest.
All of this is refused once the protocol is finalised, with one exception: the follow-up of
an action item (``set_action_status``: done or cancelled, with the day) stays possible,
because tracking who did what is the point of the list. The printed protocol of a
finalised conference shows each action's status as it stood at finalisation, so reprinting
it later gives the same minutes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import ActionItem, AgendaItem, Decision
from kimdesk.models.conference import ACTION_STATUSES
from kimdesk.services.releases import content_marks
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.conferences_minutes.conference_edit import get_agency, clean, editable, get_conference, persons
from kimdesk.store.store import Store

AGENDA_FIELDS = {
    "title": lambda x: v.text(x, "title", max_len=500, required=True),
    "notes": lambda x: v.text(x, "notes", max_len=v.TEXT_MAX),
    "not_for_immigration_office": lambda x: bool(x),
    "source": lambda x: None if x in (None, "") else v.choice(x, "source", content_marks.SOURCES),
    "data_kind": content_marks.data_kind_value,
    "health": lambda x: bool(x),
}
ACTION_FIELDS = {
    "who": lambda x: v.text(x, "who", max_len=300),
    "who_agency_id": lambda x: None if x in (None, "") else v.uuid_str(x, "who_agency_id"),
    "what": lambda x: v.text(x, "what", max_len=5000, required=True),
    "due": lambda x: v.day(x, "due"),
    "status": lambda x: v.choice(x, "status", ACTION_STATUSES),
    "done_on": lambda x: v.day(x, "done_on"),
    "client_id": lambda x: None if x in (None, "") else v.uuid_str(x, "client_id"),
}


def _item(session: Session, item_id: str) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None or item.deleted:
        raise NotFound(translate("Conferences", "Kein Tagesordnungspunkt mit der Kennung {id}.").format(id=item_id))
    editable(session, item.conference_id)
    return item


def _items(session: Session, conference_id: str) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(
        AgendaItem.conference_id == conference_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.id)))


def _renumber(rows: list[Any]) -> None:
    for pos, row in enumerate(rows):
        if row.position != pos:
            row.position = pos


# -- TOPs --------------------------------------------------------------------------------
def add_agenda_item(store: Store, conference_id: str, fields: Mapping[str, Any]) -> str:
    """A new TOP; one from a doctor or therapist is marked "nicht für die Ausländerbehörde" unless said otherwise."""
    data = content_marks.import_default(clean(fields, AGENDA_FIELDS))
    content_marks.fill_defaults(data, data.get("title"))  # kind and health from the subject, unless given
    if not data.get("title"):
        raise ValidationError(translate("Conferences", "Bitte den Betreff des TOP angeben."), "title")
    with store.session() as session:
        conf = editable(session, conference_id)
        item = AgendaItem(conference_id=conf.id, position=len(_items(session, conf.id)), **data)
        session.add(item)
        session.flush()
        return item.id


def update_agenda_item(store: Store, item_id: str, fields: Mapping[str, Any]) -> None:
    data = content_marks.import_default(clean(fields, AGENDA_FIELDS))
    with store.session() as session:
        item = _item(session, item_id)
        for key, value in data.items():
            if getattr(item, key) != value:
                setattr(item, key, value)


def move_agenda_item(store: Store, item_id: str, position: int) -> None:
    """Move a TOP to ``position`` (0-based); the others close up."""
    with store.session() as session:
        item = _item(session, item_id)
        rows = [r for r in _items(session, item.conference_id) if r.id != item.id]
        rows.insert(max(0, min(position, len(rows))), item)
        _renumber(rows)


def remove_agenda_item(store: Store, item_id: str) -> None:
    with store.session() as session:
        item = _item(session, item_id)
        item.deleted = True
        for cls in (Decision, ActionItem):
            for row in session.scalars(select(cls).where(cls.agenda_item_id == item.id, cls.deleted.is_(False))):
                row.deleted = True
        _renumber([r for r in _items(session, item.conference_id) if r.id != item.id])


# -- decisions ---------------------------------------------------------------------------
def _next_position(session: Session, cls: type, item_id: str) -> int:
    last = session.scalar(select(func.max(cls.position)).where(cls.agenda_item_id == item_id, cls.deleted.is_(False)))
    return 0 if last is None else last + 1


def add_decision(store: Store, item_id: str, text: str) -> str:
    body = v.text(text, "text", max_len=v.TEXT_MAX, required=True)
    with store.session() as session:
        item = _item(session, item_id)
        decision = Decision(agenda_item_id=item.id, position=_next_position(session, Decision, item.id), text=body)
        session.add(decision)
        session.flush()
        return decision.id


def _decision(session: Session, decision_id: str) -> Decision:
    decision = session.get(Decision, decision_id)
    if decision is None or decision.deleted:
        raise NotFound(translate("Conferences", "Kein Beschluss mit der Kennung {id}.").format(id=decision_id))
    _item(session, decision.agenda_item_id)
    return decision


def update_decision(store: Store, decision_id: str, text: str) -> None:
    body = v.text(text, "text", max_len=v.TEXT_MAX, required=True)
    with store.session() as session:
        decision = _decision(session, decision_id)
        if decision.text != body:
            decision.text = body


def remove_decision(store: Store, decision_id: str) -> None:
    with store.session() as session:
        _decision(session, decision_id).deleted = True


# -- action items ------------------------------------------------------------------------
def _check_action(session: Session, conference_id: str, data: dict[str, Any]) -> None:
    get_agency(session, data.get("who_agency_id"))
    people = persons(session, conference_id)
    if data.get("client_id") and data["client_id"] not in {p.client_id for p in people}:
        raise ValidationError(translate("Conferences", "Die Aufgabe kann nur einer Person dieser Konferenz "
                                                       "zugeordnet werden."), "client_id")
    if data.get("status") in ("done", "cancelled") and not data.get("done_on"):
        data["done_on"] = date.today()
    if data.get("status") == "open":
        data["done_on"] = None


def add_action(store: Store, item_id: str, fields: Mapping[str, Any]) -> str:
    """Who (agency and person) does what by when. A one-person conference files it on that person."""
    data = clean(fields, ACTION_FIELDS)
    if not data.get("what"):
        raise ValidationError(translate("Conferences", "Bitte angeben, was zu tun ist."), "what")
    data.setdefault("status", "open")
    with store.session() as session:
        item = _item(session, item_id)
        _check_action(session, item.conference_id, data)
        if "client_id" not in data:
            people = persons(session, item.conference_id)
            data["client_id"] = people[0].client_id if len(people) == 1 else None
        action = ActionItem(agenda_item_id=item.id, position=_next_position(session, ActionItem, item.id), **data)
        session.add(action)
        session.flush()
        return action.id


def _action(session: Session, action_id: str, *, follow_up: bool = False) -> ActionItem:
    action = session.get(ActionItem, action_id)
    if action is None or action.deleted:
        raise NotFound(translate("Conferences", "Keine Aufgabe mit der Kennung {id}.").format(id=action_id))
    if follow_up:
        item = session.get(AgendaItem, action.agenda_item_id)
        if item is None:
            raise NotFound(translate("Conferences", "Keine Aufgabe mit der Kennung {id}.").format(id=action_id))
        get_conference(session, item.conference_id)
    else:
        _item(session, action.agenda_item_id)
    return action


def update_action(store: Store, action_id: str, fields: Mapping[str, Any]) -> None:
    data = clean(fields, ACTION_FIELDS)
    with store.session() as session:
        action = _action(session, action_id)
        item = session.get(AgendaItem, action.agenda_item_id)
        _check_action(session, item.conference_id, data)
        for key, value in data.items():
            if getattr(action, key) != value:
                setattr(action, key, value)


def remove_action(store: Store, action_id: str) -> None:
    with store.session() as session:
        _action(session, action_id).deleted = True


def set_action_status(store: Store, action_id: str, status: str, *, on: date | None = None) -> None:
    """Follow-up of an agreed task (also after finalising): open, done or cancelled, and the day."""
    value = v.choice(status, "status", ACTION_STATUSES)
    with store.session() as session:
        action = _action(session, action_id, follow_up=True)
        done_on = None if value == "open" else (on or date.today())
        if action.status != value:
            action.status = value
        if action.done_on != done_on:
            action.done_on = done_on
