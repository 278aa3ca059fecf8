"""Counselling contacts, and the quick note for outreach appointments.

A quick note is a contact recorded in a few keystrokes: date (today), place (the last one
used), interpreter and a summary. At a first contact the person may not have a record yet:
a name is then enough, and a minimal record is opened in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.models import CounsellingContact, new_id
from kimdesk.models.contact import CONTACT_KINDS
from kimdesk.services.clients_intake import clients
from kimdesk.services.releases import content_marks
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.store import Store

CONTACT_FIELDS = {
    "on": lambda x: v.day(x, "on", required=True),
    "kind": lambda x: v.choice(x, "kind", CONTACT_KINDS),
    "place": lambda x: v.text(x, "place", max_len=200),
    "interpreter": lambda x: v.text(x, "interpreter", max_len=200),
    "summary": lambda x: v.text(x, "summary", max_len=v.TEXT_MAX),
    "staff": lambda x: v.text(x, "staff", max_len=200),
    "not_for_immigration_office": bool,
    "data_kind": content_marks.data_kind_value,
    "health": bool,
}


def kind_label(kind: str) -> str:
    return {"office": translate("Contacts", "Büro"), "outreach": translate("Contacts", "aufsuchend"),
            "phone": translate("Contacts", "Telefon"), "video": translate("Contacts", "Video"),
            "home_visit": translate("Contacts", "Hausbesuch")}.get(kind, kind)


def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    data = clients.clean(fields, CONTACT_FIELDS)
    if not data.get("summary"):
        raise ValidationError(translate("Contacts", "Bitte kurz festhalten, worum es ging."), "summary")
    return data


def add_contact(store: Store, client_id: str, fields: Mapping[str, Any]) -> Edit:
    data = content_marks.fill_defaults(_clean({"on": date.today()} | dict(fields)), fields.get("summary"))
    with recording(store, translate("Contacts", "Kontakt erfassen")) as (s, edit):
        clients.get(s, client_id)
        contact = CounsellingContact(id=new_id(), client_id=client_id, **data)
        s.add(contact)
        edit.result = contact.id
    return edit


def remove_contact(store: Store, contact_id: str) -> Edit:
    with recording(store, translate("Contacts", "Kontakt entfernen")) as (s, edit):
        contact = s.get(CounsellingContact, contact_id)
        if contact is not None:
            contact.deleted = True
    return edit


def quick_note(store: Store, *, client_id: str | None = None, given_name: str = "", family_name: str = "",
               on: Any = None, place: str = "", interpreter: str = "", summary: str = "",
               staff: str | None = None) -> Edit:
    """An outreach contact; without ``client_id`` a minimal record is opened for the name given."""
    data = _clean({"on": on or date.today(), "kind": "outreach", "place": place, "interpreter": interpreter,
                   "summary": summary, "staff": staff})
    with recording(store, translate("Contacts", "Kurznotiz")) as (s, edit):
        if client_id is None:
            person = {"given_name": given_name, "family_name": family_name, "case_manager": staff}
            client_id = clients.add_client(s, person).id
        else:
            clients.get(s, client_id)
        s.add(CounsellingContact(id=new_id(), client_id=client_id, **data))
        edit.result = client_id
    return edit
