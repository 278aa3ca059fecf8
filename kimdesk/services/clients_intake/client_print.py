"""Documents printed for one person: the consent form, the Art. 13 sheet and the hand-out.

Both name the person in the body (they are the person's papers) but never in a page header
or footer. Each print is recorded in the audit log (ids only).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.models import Agency, Appointment, Client, Conference, ConferenceClient, Need, Participant
from kimdesk.models import Responsibility, partial_date
from kimdesk.reports import formatting as fmt
from kimdesk.models import Consent
from kimdesk.reports import catalogue
from kimdesk.reports.consent_form import ConsentFormDoc, Recipient, render_consent_form
from kimdesk.reports.handout import AppointmentLine, HandoutDoc, HandoutLine, render_handout
from kimdesk.reports.privacy_notice import PrivacyNoticeDoc, render_privacy_notice
from kimdesk.reports.template import Rendered
from kimdesk.services.clients_intake import appointments, clients
from kimdesk.services.releases import consents
from kimdesk.services.admin import print_settings, settings
from kimdesk.services.casework import retention
from kimdesk.services.tasks_deadlines import rules as rules_data
from kimdesk.services.conferences_minutes.conference_edit import get_agency
from kimdesk.services.conferences_minutes.minutes_print import log_print
from kimdesk.store.store import Store

ACTIVE = ("requested", "accepted")


def involved_agencies(session: Session, client_id: str) -> list[Agency]:
    """Offices responsible for the person's open needs, and those listed in their draft conferences."""
    ids = set(session.scalars(
        select(Responsibility.agency_id).join(Need, Need.id == Responsibility.need_id)
        .where(Need.client_id == client_id, Need.deleted.is_(False), Responsibility.deleted.is_(False),
               Responsibility.status.in_(ACTIVE), Responsibility.agency_id.is_not(None))))
    ids |= set(session.scalars(
        select(Participant.agency_id)
        .join(ConferenceClient, ConferenceClient.conference_id == Participant.conference_id)
        .join(Conference, Conference.id == Participant.conference_id)
        .where(ConferenceClient.client_id == client_id, ConferenceClient.deleted.is_(False),
               Participant.deleted.is_(False), Conference.status == "draft", Conference.deleted.is_(False),
               Participant.agency_id.is_not(None))))
    agencies = [a for a in (session.get(Agency, i) for i in ids) if a is not None and not a.deleted]
    return sorted(agencies, key=lambda a: a.name.casefold())


def document_language(person: Client, language: str | None) -> str | None:
    """The catalogue code to print beside German: the one asked for ("de": German only), else the
    first language on the record that has a catalogue. An unknown code is a ValidationError."""
    if language is not None:
        code = catalogue.load(language.strip().lower()).code
        return None if code == catalogue.GERMAN else code
    return catalogue.for_record(person.languages)


def has_guardian(session: Session, person: Client, on: date) -> bool:
    """A minor, or a person whose releases were given by a guardian or legal representative."""
    age = partial_date.age_on(person.birth_date, on)
    if age is not None and age < 18:
        return True
    return session.scalar(select(Consent.id).where(Consent.client_id == person.id, Consent.deleted.is_(False),
                                                   Consent.given_by == "guardian").limit(1)) is not None


def privacy_settings(store: Store) -> tuple[str, str, str]:
    """Organisation, controller and data protection officer (read before a session is opened)."""
    return (print_settings.organisation(store), settings.PRIVACY_CONTROLLER.get(store),
            settings.PRIVACY_DPO.get(store))


def privacy_doc(person: Client, who: tuple[str, str, str], language: str | None) -> PrivacyNoticeDoc:
    organisation, controller, dpo = who
    return PrivacyNoticeDoc(organisation=organisation, controller=controller, dpo=dpo,
                            retention_years=retention.years_for(person.case_type, rules_data.load("retention")),
                            case_number=person.case_number, language=language)


def consent_form(store: Store, client_id: str, *, agency_ids: Iterable[str] | None = None,
                 also: Iterable[str] = (), language: str | None = None, with_privacy: bool = True,
                 printed_at: datetime | None = None) -> Rendered:
    """The form for ``agency_ids``, or for the offices involved (plus ``also``), with the Art. 13 sheet.

    ``language``: the catalogue code printed beside German ("de": German only; None: the first
    language on the record that has a catalogue).
    """
    who = privacy_settings(store)  # before the session: one connection per thread
    organisation = who[0]
    with store.session(write=False) as session:
        person = clients.get(session, client_id)
        code = document_language(person, language)
        privacy = privacy_doc(person, who, code) if with_privacy else None
        if agency_ids is None:
            agencies = involved_agencies(session, client_id)
            known = {a.id for a in agencies}
            agencies += [a for a in (get_agency(session, i) for i in dict.fromkeys(also)) if a and a.id not in known]
        else:
            agencies = [a for a in (get_agency(session, i) for i in dict.fromkeys(agency_ids)) if a is not None]
        doc = ConsentFormDoc(
            person_name=person.display_name, case_number=person.case_number,
            birth_date=partial_date.display(person.birth_date), address=person.address or "",
            recipients=[Recipient(a.name, a.contact_person or "", a.is_immigration_office) for a in agencies],
            case_manager=person.case_manager or "", organisation=organisation,
            interpreter_language=person.interpreter_language or "" if person.interpreter_needed else "",
            data_kinds=list(consents.DATA_KINDS), language=code,
            guardian=has_guardian(session, person, date.today()), privacy=privacy)
    rendered = render_consent_form(doc, printed_at=printed_at)
    log_print(store, "client", client_id)
    return rendered


def privacy_notice(store: Store, client_id: str, *, language: str | None = None,
                   printed_at: datetime | None = None) -> Rendered:
    """The Art. 13 GDPR information sheet on its own."""
    who = privacy_settings(store)
    with store.session(write=False) as session:
        person = clients.get(session, client_id)
        code = document_language(person, language)
        doc = privacy_doc(person, who, code)
    rendered = render_privacy_notice(doc, printed_at=printed_at)
    log_print(store, "client", client_id)
    return rendered


# needs unticked on the hand-out by default: health (Art. 9 GDPR) and youth welfare – the person may not
# want them on a sheet they carry around; the case manager can still tick them
UNTICKED = ("Gesundheitsversorgung", "Krankenversicherung", "Hilfen zur Erziehung", "Kinderschutz")


@dataclass(frozen=True)
class HandoutChoice:
    """A need the hand-out may list, and whether it is ticked by default."""

    need_id: str
    category: str
    office: str
    ticked: bool


def open_needs(session: Session, client_id: str) -> list[Need]:
    return list(session.scalars(select(Need).where(
        Need.client_id == client_id, Need.deleted.is_(False), Need.status.not_in(("met", "closed")))
        .order_by(Need.opened_on, Need.category)))


def _responsible(session: Session, need: Need) -> tuple[Responsibility | None, Agency | None]:
    resp = session.scalars(select(Responsibility).where(
        Responsibility.need_id == need.id, Responsibility.deleted.is_(False), Responsibility.status.in_(ACTIVE))
        .order_by(Responsibility.requested_on.desc(), Responsibility.id).limit(1)).first()
    agency = session.get(Agency, resp.agency_id) if resp and resp.agency_id else None
    return resp, (agency if agency is not None and not agency.deleted else None)


def sensitive(category: str) -> bool:
    return category in UNTICKED or "gesundheit" in category.casefold()


def handout_choices(store: Store, client_id: str) -> list[HandoutChoice]:
    """The open needs for the case manager to tick; health and youth-welfare rows start unticked."""
    with store.session(write=False) as session:
        out = []
        for need in open_needs(session, client_id):
            _resp, agency = _responsible(session, need)
            out.append(HandoutChoice(need.id, need.category, agency.name if agency else "", not sensitive(need.category)))
    return out


def _line_appointment(a: Appointment, agency_names: dict[str, str] | None = None) -> AppointmentLine:
    office = (agency_names or {}).get(a.agency_id or "", "")
    return AppointmentLine(a.on, a.at, a.place or "", a.with_whom or "", office)


def handout_doc(session: Session, person: Client, organisation: str, on: date, *,
                need_ids: Iterable[str] | None = None, language: str | None = None,
                manager_phone: str = "", manager_email: str = "") -> HandoutDoc:
    """``need_ids``: the needs to list (None: every open need except health and youth welfare)."""
    chosen = None if need_ids is None else set(need_ids)
    upcoming = appointments.for_client(session, person.id, since=on)
    used: set[str] = set()
    lines = []
    for need in open_needs(session, person.id):
        if (need.id not in chosen) if chosen is not None else sensitive(need.category):
            continue
        resp, agency = _responsible(session, need)
        line = HandoutLine(need.category)
        if agency is not None:
            line = HandoutLine(need.category, agency.name, agency.address or "", agency.phone or "",
                               agency.email or "", agency.opening_hours or "",
                               (resp.contact if resp and resp.contact else agency.contact_person) or "")
            nxt = next((a for a in upcoming if a.agency_id == agency.id), None)
            if nxt is not None:
                line.appointment = _line_appointment(nxt)
                used.add(nxt.id)
        lines.append(line)
    listed = {line.office for line in lines}
    names = dict(session.execute(select(Agency.id, Agency.name)).all())
    # appointments not shown in a row: with no office, or with an office not listed (never a hidden need's office)
    others = [_line_appointment(a, names) for a in upcoming
              if a.id not in used and (a.agency_id is None or names.get(a.agency_id) in listed)]
    return HandoutDoc(person.display_name, person.case_number, lines, person.case_manager or "", organisation, on,
                      manager_phone, manager_email, others, language)


def handout(store: Store, client_id: str, *, on: date | None = None, need_ids: Iterable[str] | None = None,
            language: str | None = None, printed_at: datetime | None = None) -> Rendered:
    """The hand-out for the chosen needs (None: the default choice) in German and ``language``."""
    organisation = print_settings.organisation(store)
    phone, email = settings.USER_PHONE.get(store), settings.USER_EMAIL.get(store)
    with store.session(write=False) as session:
        person = clients.get(session, client_id)
        doc = handout_doc(session, person, organisation, on or date.today(), need_ids=need_ids,
                          language=document_language(person, language), manager_phone=phone, manager_email=email)
    rendered = render_handout(doc, printed_at=printed_at)
    log_print(store, "client", client_id)
    return rendered
