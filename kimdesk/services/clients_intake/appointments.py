"""The person's appointments (*Termine*): what the hand-out tells them, apart from the team's follow-ups."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.errors import NotFound
from kimdesk.i18n import translate
from kimdesk.models import Agency, Appointment, new_id
from kimdesk.services.clients_intake import clients
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.conferences_minutes.conference_edit import clock
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.store import Store


def _agency(value: object) -> str | None:
    return None if value in (None, "") else v.uuid_str(value, "agency_id")


FIELDS = {
    "on": lambda x: v.day(x, "on", required=True),
    "at": lambda x: clock(x, "at"),
    "place": lambda x: v.text(x, "place", max_len=300),
    "with_whom": lambda x: v.text(x, "with_whom", max_len=300),
    "agency_id": _agency,
    "note": lambda x: v.text(x, "note", max_len=v.TEXT_MAX),
}


def add_appointment(store: Store, client_id: str, fields: Mapping[str, Any]) -> Edit:
    data = clients.clean(fields, FIELDS)
    if data.get("on") is None:
        data["on"] = FIELDS["on"](None)  # raises: the date is required
    with recording(store, translate("Appointments", "Termin anlegen")) as (s, edit):
        clients.get(s, client_id)
        if data.get("agency_id") and s.get(Agency, data["agency_id"]) is None:
            raise NotFound(translate("Appointments", "Die Stelle gibt es nicht (mehr)."))
        row = Appointment(id=new_id(), client_id=client_id, **data)
        s.add(row)
        edit.result = row.id
    return edit


def remove_appointment(store: Store, appointment_id: str) -> Edit:
    with recording(store, translate("Appointments", "Termin entfernen")) as (s, edit):
        row = s.get(Appointment, appointment_id)
        if row is None or row.deleted:
            raise NotFound(translate("Appointments", "Den Termin gibt es nicht (mehr)."))
        row.deleted = True
    return edit


def for_client(session: Session, client_id: str, *, since: date | None = None) -> list[Appointment]:
    """The person's appointments in date order (from ``since`` on, when given)."""
    query = select(Appointment).where(Appointment.client_id == client_id, Appointment.deleted.is_(False))
    if since is not None:
        query = query.where(Appointment.on >= since)
    return list(session.scalars(query.order_by(Appointment.on, Appointment.at.is_(None), Appointment.at,
                                               Appointment.id)))
