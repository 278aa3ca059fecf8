"""A person's record as the desktop shows it, and the edits of its personal data and household.

``load`` reads everything one record view needs in one read transaction and writes an
access entry to the audit log (opening a record is logged like a change: ids only). Edits
return an ``Edit`` so the view can undo the last one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from sqlalchemy import select

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import (
    Agency,
    Client,
    Conference,
    ConferenceClient,
    Consent,
    CounsellingContact,
    HouseholdMember,
    ResidenceRecord,
    new_id,
)
from kimdesk.services.clients_intake import access, appointments, clients
from kimdesk.services.casework import assessment
from kimdesk.services.tasks_deadlines import tasks
from kimdesk.services.releases import consents as consent_rules
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.store import Store


@dataclass(frozen=True)
class MemberRow:
    id: str
    given_name: str
    family_name: str
    birth_date: str | None
    relation: str | None
    member_client_id: str | None


@dataclass(frozen=True)
class ContactRow:
    id: str
    on: date
    kind: str
    place: str | None
    interpreter: str | None
    summary: str | None
    staff: str | None
    not_for_immigration_office: bool
    data_kind: str | None = None
    health: bool = False


@dataclass(frozen=True)
class ConsentRow:
    id: str
    agency_id: str | None
    agency_name: str
    recipient_person: str | None
    purpose: str | None
    covers_health: bool
    form: str
    given_on: date | None
    expires_on: date | None
    revoked_on: date | None
    valid_today: bool
    data_kinds: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ConferenceRow:
    id: str
    date: date
    title: str | None
    place: str | None
    status: str


@dataclass(frozen=True)
class AppointmentRow:
    id: str
    on: date
    at: time | None
    office: str
    place: str | None
    with_whom: str | None


@dataclass(frozen=True)
class Record:
    client: dict[str, Any]
    household: list[MemberRow]
    contacts: list[ContactRow]
    consents: list[ConsentRow]
    conferences: list[ConferenceRow]
    tasks: list[tasks.DueItem]
    appointments: list[AppointmentRow] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.client["id"]

    @property
    def display_name(self) -> str:
        return f"{self.client['family_name']}, {self.client['given_name']}".strip(", ")


def client_fields(client: Client) -> dict[str, Any]:
    return {attr.key: getattr(client, attr.key) for attr in Client.__mapper__.column_attrs}


def log_access(store: Store, client_id: str) -> None:
    """Opening a record is an access to social data: logged with ids only (the access record)."""
    access.record_open(store, client_id)


def load(store: Store, client_id: str, *, today: date | None = None, log: bool = True) -> Record:
    day = today or date.today()
    with store.session(write=False) as s:
        client = clients.get(s, client_id)
        data = client_fields(client)
        members = [MemberRow(m.id, m.given_name, m.family_name, m.birth_date, m.relation, m.member_client_id)
                   for m in s.scalars(select(HouseholdMember).where(
                       HouseholdMember.client_id == client_id, HouseholdMember.deleted.is_(False))
                       .order_by(HouseholdMember.birth_date, HouseholdMember.given_name))]
        contacts = [ContactRow(c.id, c.on, c.kind, c.place, c.interpreter, c.summary, c.staff,
                               c.not_for_immigration_office, c.data_kind, bool(c.health))
                    for c in s.scalars(select(CounsellingContact).where(
                        CounsellingContact.client_id == client_id, CounsellingContact.deleted.is_(False))
                        .order_by(CounsellingContact.on.desc(), CounsellingContact.id))]
        names = dict(s.execute(select(Agency.id, Agency.name)).all())
        consents = [ConsentRow(c.id, c.agency_id, names.get(c.agency_id, ""), c.recipient_person, c.purpose,
                               c.covers_health, c.form, c.given_on, c.expires_on, c.revoked_on,
                               consent_rules.check_one(c, c.agency_id, day, person=c.recipient_person).allowed,
                               list(c.data_kinds or []))
                    for c in s.scalars(select(Consent).where(Consent.client_id == client_id,
                                                             Consent.deleted.is_(False))
                                       .order_by(Consent.given_on.desc(), Consent.id))]
        dates = [AppointmentRow(a.id, a.on, a.at, names.get(a.agency_id or "", ""), a.place, a.with_whom)
                 for a in appointments.for_client(s, client_id)]
        conferences = [ConferenceRow(c.id, c.date, c.title, c.place, c.status)
                       for c in s.scalars(select(Conference).join(
                           ConferenceClient, ConferenceClient.conference_id == Conference.id)
                           .where(ConferenceClient.client_id == client_id, ConferenceClient.deleted.is_(False),
                                  Conference.deleted.is_(False)).order_by(Conference.date.desc()))]
    due = tasks.due_items(store, today=day, client_id=client_id, horizon_days=None, include_undated=True)
    if log:
        log_access(store, client_id)
    return Record(data, members, contacts, consents, conferences, due, dates)


CYCLE_FIELDS = ("status", "opened_on", "closed_on")
RESIDENCE_FIELDS = ("residence_status", "residence_paragraph", "residence_valid_until")


def update_client(store: Store, client_id: str, fields: Mapping[str, Any]) -> Edit:
    """Change personal data; only fields whose value differs are written.

    The case's status and its opening and closing dates follow the case cycle: they change
    only through ``case_cycle`` (dated, with a reason to close), never here. A changed
    residence status or expiry is also recorded as a new dated entry of the residence
    history (from today), so the assessment's history never misses a change made here.
    """
    cycle = [k for k in CYCLE_FIELDS if k in fields]
    if cycle:
        raise ValidationError(translate("Record", "Einen Fall eröffnen, abschließen oder wieder öffnen bitte im "
                                                  "Fallverlauf (mit Datum und Grund)."), cycle[0])
    data = clients.clean(fields, clients.CLIENT_FIELDS)
    with recording(store, translate("Record", "Personendaten ändern")) as (s, edit):
        client = clients.get(s, client_id)
        clients.require_name({"given_name": client.given_name, "family_name": client.family_name} | data)
        residence = {k for k in RESIDENCE_FIELDS if k in data and getattr(client, k) != data[k]}
        for key, value in data.items():
            if getattr(client, key) != value:
                setattr(client, key, value)
        if residence and client.residence_status:
            s.add(ResidenceRecord(id=new_id(), client_id=client.id, status=client.residence_status,
                                  paragraph=client.residence_paragraph, valid_from=date.today(),
                                  valid_until=client.residence_valid_until))
            if "suspended_since" not in data:
                assessment.note_suspension(client, client.residence_status, date.today())
    return edit


def add_member(store: Store, client_id: str, fields: Mapping[str, Any]) -> Edit:
    data = clients.clean(fields, clients.MEMBER_FIELDS)
    clients.require_name(data)
    with recording(store, translate("Record", "Haushaltsmitglied hinzufügen")) as (s, edit):
        client = clients.get(s, client_id)
        if client.household_id is None:
            client.household_id = new_id()
        member = HouseholdMember(client_id=client_id, **data)
        s.add(member)
        s.flush()
        edit.result = member.id
    return edit


def update_member(store: Store, member_id: str, fields: Mapping[str, Any]) -> Edit:
    data = clients.clean(fields, clients.MEMBER_FIELDS)
    with recording(store, translate("Record", "Haushaltsmitglied ändern")) as (s, edit):
        member = s.get(HouseholdMember, member_id)
        if member is None or member.deleted:
            raise NotFound(translate("Record", "Das Haushaltsmitglied gibt es nicht (mehr)."))
        clients.require_name({"given_name": member.given_name, "family_name": member.family_name} | data)
        for key, value in data.items():
            setattr(member, key, value)
    return edit


def remove_member(store: Store, member_id: str) -> Edit:
    with recording(store, translate("Record", "Haushaltsmitglied entfernen")) as (s, edit):
        member = s.get(HouseholdMember, member_id)
        if member is not None:
            member.deleted = True
    return edit
