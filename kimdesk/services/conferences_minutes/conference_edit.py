"""Editing a conference: the meeting itself, its persons, participants, finalising, addenda.

Every function is one unit of work and asks ``conferences.ensure_editable`` first, so a
finalised protocol cannot change through here; the only writes it still takes are dated
addenda (and, in ``agenda_edit``, the follow-up status of an action item). The agenda (TOPs,
decisions, action items) is edited in ``agenda_edit``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Addendum, Agency, AgendaItem, Client, Conference, ConferenceClient, Participant
from kimdesk.models.conference import PRESENCE, ROLES
from kimdesk.services.conferences_minutes import conferences
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.releases.consents import Person, ask, state, states
from kimdesk.services.clients_intake.exchange_format import child_id
from kimdesk.store.store import Store

KINDS = ("case", "network")


class ConsentRequired(ValidationError):
    """The agency has no valid release for this conference; listing it needs a reason."""

    def __init__(self, message: str, agency_id: str, detail: str):
        super().__init__(message, "consent_override_reason")
        self.agency_id = agency_id
        self.detail = detail


# -- values ------------------------------------------------------------------------------
def clock(value: object, field: str = "starts_at") -> time | None:
    """A time of day: ``time``, "10:30", "10.30" or "10"."""
    if value is None or isinstance(value, time):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        m = re.match(r"^(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?$", text)
        if m and int(m.group(1)) < 24 and int(m.group(2) or 0) < 60:
            return time(int(m.group(1)), int(m.group(2) or 0))
    raise ValidationError(translate("Conferences", "„{value}“ ist keine Uhrzeit (HH:MM).").format(
        value=str(value)[:20]), field)


CONFERENCE_FIELDS = {
    "kind": lambda x: v.choice(x, "kind", KINDS),
    "title": lambda x: v.text(x, "title", max_len=300),
    "date": lambda x: v.day(x, "date", required=True),
    "starts_at": clock,
    "place": lambda x: v.text(x, "place", max_len=300),
    "moderator": lambda x: v.name(x, "moderator"),
    "minute_taker": lambda x: v.name(x, "minute_taker"),
    "next_date": lambda x: v.day(x, "next_date"),
}
PARTICIPANT_FIELDS = {
    "agency_id": lambda x: None if x in (None, "") else v.uuid_str(x, "agency_id"),
    "name": lambda x: v.name(x, "name"),
    "function": lambda x: v.text(x, "function", max_len=200),
    "presence": lambda x: v.choice(x, "presence", PRESENCE),
    "consent_override_reason": lambda x: v.text(x, "consent_override_reason", max_len=2000),
    "role": lambda x: None if x in (None, "") else v.choice(x, "role", ROLES),
    "left_after_item_id": lambda x: None if x in (None, "") else v.uuid_str(x, "left_after_item_id"),
    "back_from_item_id": lambda x: None if x in (None, "") else v.uuid_str(x, "back_from_item_id"),
    "disclosure_reason": lambda x: v.text(x, "disclosure_reason", max_len=2000),
}


def clean(fields: Mapping[str, Any], spec: Mapping[str, Any]) -> dict[str, Any]:
    from kimdesk.services.clients_intake.clients import clean as clean_fields

    return clean_fields(fields, spec)


# -- lookups -----------------------------------------------------------------------------
def get_conference(session: Session, conference_id: str) -> Conference:
    conf = session.get(Conference, conference_id)
    if conf is None or conf.deleted:
        raise NotFound(translate("Conferences", "Keine Konferenz mit der Kennung {id}.").format(id=conference_id))
    return conf


def editable(session: Session, conference_id: str) -> Conference:
    conf = get_conference(session, conference_id)
    conferences.ensure_editable(session, conf.id)
    return conf


def persons(session: Session, conference_id: str) -> list[Person]:
    rows = session.execute(
        select(ConferenceClient.client_id, ConferenceClient.case_number)
        .where(ConferenceClient.conference_id == conference_id, ConferenceClient.deleted.is_(False),
               ConferenceClient.client_id.is_not(None))
        .order_by(ConferenceClient.case_number, ConferenceClient.id))
    return [Person(r.client_id, r.case_number or "") for r in rows]


def get_agency(session: Session, agency_id: str | None) -> Agency | None:
    if agency_id is None:
        return None
    agency = session.get(Agency, agency_id)
    if agency is None or agency.deleted:
        raise NotFound(translate("Conferences", "Keine Stelle mit der Kennung {id}.").format(id=agency_id))
    return agency


# -- the conference ----------------------------------------------------------------------
def create_conference(store: Store, fields: Mapping[str, Any], *, client_ids: Iterable[str] = ()) -> str:
    """A new draft; a case conference may name its person (or a household) right away."""
    data = clean(fields, CONFERENCE_FIELDS)
    if data.get("date") is None:
        raise ValidationError(translate("Conferences", "Bitte das Datum der Konferenz angeben."), "date")
    with store.session() as session:
        conf = Conference(status="draft", **data)
        session.add(conf)
        session.flush()
        _set_clients(session, conf, list(client_ids))
        return conf.id


def update_conference(store: Store, conference_id: str, fields: Mapping[str, Any]) -> None:
    data = clean(fields, CONFERENCE_FIELDS)
    with store.session() as session:
        conf = editable(session, conference_id)
        if data.get("kind") == "network" and persons(session, conf.id):
            raise ValidationError(translate(
                "Conferences", "Ein Netzwerktreffen hat keine Person: bitte zuerst die Personen entfernen."), "kind")
        for key, value in data.items():
            if getattr(conf, key) != value:
                setattr(conf, key, value)


def set_clients(store: Store, conference_id: str, client_ids: Iterable[str]) -> None:
    """The person or household the case conference is about (their case numbers are kept)."""
    with store.session() as session:
        _set_clients(session, editable(session, conference_id), list(client_ids))


def _set_clients(session: Session, conf: Conference, client_ids: list[str]) -> None:
    wanted = list(dict.fromkeys(v.uuid_str(c, "client_id") for c in client_ids))
    if wanted and conf.kind == "network":
        raise ValidationError(translate(
            "Conferences", "Ein Netzwerktreffen wird ohne Person geführt; für eine Person bitte eine Fallkonferenz "
                           "anlegen."), "client_ids")
    existing = {link.client_id: link for link in session.scalars(
        select(ConferenceClient).where(ConferenceClient.conference_id == conf.id))}
    for client_id in wanted:
        client = session.get(Client, client_id)
        if client is None or client.deleted:
            raise NotFound(translate("Conferences", "Keine Person mit der Kennung {id}.").format(id=client_id))
        link = existing.get(client_id)
        if link is None:
            session.add(ConferenceClient(id=child_id(conf.id, "client", client_id), conference_id=conf.id,
                                         client_id=client_id, case_number=client.case_number))
        elif link.deleted:
            link.deleted = False
    for client_id, link in existing.items():
        if client_id not in wanted and not link.deleted:
            link.deleted = True


def delete_conference(store: Store, conference_id: str) -> None:
    """Discard a draft (tombstone); a finalised protocol stays."""
    with store.session() as session:
        editable(session, conference_id).deleted = True


# -- participants ------------------------------------------------------------------------
def _check_consent(session: Session, conf: Conference, agency_id: str | None, reason: str | None,
                   *names: str | None) -> None:
    if agency_id is None or reason:
        return
    people = persons(session, conf.id)
    found = state(session, people, agency_id, conf.date, *names)
    if found.missing:
        agency = get_agency(session, agency_id)
        raise ConsentRequired(translate(
            "Conferences", "Für „{agency}“ liegt zum {date} keine gültige Schweigepflichtentbindung vor ({detail}). "
                           "Eine Teilnahme ist nur mit Begründung möglich.").format(
            agency=agency.name if agency else agency_id, date=conf.date.strftime("%d.%m.%Y"), detail=found.detail),
            agency_id, found.detail)


def _check_attendance(session: Session, conf: Conference, data: Mapping[str, Any]) -> None:
    """A role is for someone without an office; leaving and rejoining name TOPs of this conference."""
    if data.get("role") and data.get("agency_id"):
        raise ValidationError(translate("Conferences", "Person, Vormund oder Dolmetschung nehmen ohne Stelle teil."),
                              "role")
    for key in ("left_after_item_id", "back_from_item_id"):
        item_id = data.get(key)
        if item_id is None:
            continue
        item = session.get(AgendaItem, item_id)
        if item is None or item.deleted or item.conference_id != conf.id:
            raise ValidationError(translate("Conferences", "Kein Tagesordnungspunkt dieser Konferenz mit der Kennung "
                                                           "{id}.").format(id=item_id), key)


def add_participant(store: Store, conference_id: str, fields: Mapping[str, Any]) -> str:
    """List an agency or person. Without a valid release the agency needs ``consent_override_reason``."""
    data = clean(fields, PARTICIPANT_FIELDS)
    if not (data.get("name") or data.get("agency_id") or data.get("role")):
        raise ValidationError(translate("Conferences", "Bitte Stelle oder Namen angeben."), "name")
    with store.session() as session:
        conf = editable(session, conference_id)
        get_agency(session, data.get("agency_id"))
        _check_attendance(session, conf, data)
        _check_consent(session, conf, data.get("agency_id"), data.get("consent_override_reason"),
                       data.get("name"), data.get("function"))
        last = session.scalar(select(func.max(Participant.position)).where(
            Participant.conference_id == conf.id, Participant.deleted.is_(False)))
        part = Participant(conference_id=conf.id, position=(last + 1) if last is not None else 0, **data)
        session.add(part)
        session.flush()
        return part.id


def _participant(session: Session, participant_id: str) -> tuple[Participant, Conference]:
    part = session.get(Participant, participant_id)
    if part is None or part.deleted:
        raise NotFound(translate("Conferences", "Keine Teilnahme mit der Kennung {id}.").format(id=participant_id))
    return part, editable(session, part.conference_id)


def update_participant(store: Store, participant_id: str, fields: Mapping[str, Any]) -> None:
    data = clean(fields, PARTICIPANT_FIELDS)
    with store.session() as session:
        part, conf = _participant(session, participant_id)
        merged = {k: getattr(part, k) for k in PARTICIPANT_FIELDS} | data
        if not (merged.get("name") or merged.get("agency_id") or merged.get("role")):
            raise ValidationError(translate("Conferences", "Bitte Stelle oder Namen angeben."), "name")
        get_agency(session, merged.get("agency_id"))
        _check_attendance(session, conf, merged)
        if {"agency_id", "consent_override_reason", "name", "function"} & set(data):
            _check_consent(session, conf, merged.get("agency_id"), merged.get("consent_override_reason"),
                           merged.get("name"), merged.get("function"))
        for key, value in data.items():
            if getattr(part, key) != value:
                setattr(part, key, value)


def remove_participant(store: Store, participant_id: str) -> None:
    with store.session() as session:
        part, _conf = _participant(session, participant_id)
        part.deleted = True


def restore_participant(store: Store, participant_id: str) -> None:
    """Undo ``remove_participant`` (the status bar's "Rückgängig"), while the conference is a draft."""
    with store.session() as session:
        part = session.get(Participant, participant_id)
        if part is None:
            raise NotFound(translate("Conferences", "Keine Teilnahme mit der Kennung {id}.").format(id=participant_id))
        editable(session, part.conference_id)
        part.deleted = False


# -- finalising and addenda --------------------------------------------------------------
def unresolved_consents(session: Session, conf: Conference) -> list[Participant]:
    """Participants whose agency lacks a release on the conference date and who have no reason."""
    parts = list(session.scalars(select(Participant).where(
        Participant.conference_id == conf.id, Participant.deleted.is_(False))))
    found = states(session, persons(session, conf.id), [ask(p.agency_id, p.name, p.function) for p in parts], conf.date)
    return [p for p in parts if found[ask(p.agency_id, p.name, p.function)].missing and not p.consent_override_reason]


def present_at(part: Participant, numbers: Mapping[str, int], number: int) -> bool:
    """Was the participant in the room during TOP ``number`` (left after / back from a TOP)?"""
    if part.presence != "present":
        return False
    left = numbers.get(part.left_after_item_id or "")
    back = numbers.get(part.back_from_item_id or "")
    if left is not None and back is not None and left < back:
        return number <= left or number >= back
    return (left is None or number <= left) and (back is None or number >= back)


def uncovered_attendance(session: Session, conf: Conference) -> list[tuple[Participant, list[int]]]:
    """Offices present during a TOP their release does not cover (``recipients.verdict``), without a reason.

    An office listed without any valid release on its override reason is judged by that reason.
    """
    from kimdesk.models import Consent
    from kimdesk.services.releases.recipients import Recipient, verdict

    parts = [p for p in session.scalars(select(Participant).where(
        Participant.conference_id == conf.id, Participant.deleted.is_(False)).order_by(Participant.position))
        if p.agency_id and p.presence == "present" and not (p.disclosure_reason or "").strip()]
    people = persons(session, conf.id)
    if not parts or not people:  # a network meeting is about nobody's social data
        return []
    found = states(session, people, [ask(p.agency_id, p.name, p.function) for p in parts], conf.date)
    items = list(session.scalars(select(AgendaItem).where(
        AgendaItem.conference_id == conf.id, AgendaItem.deleted.is_(False)).order_by(AgendaItem.position,
                                                                                     AgendaItem.id)))
    numbers = {i.id: n for n, i in enumerate(items, 1)}
    t = Consent.__table__
    rows = [r._mapping for r in session.execute(select(t).where(
        t.c.client_id.in_([p.client_id for p in people]), t.c.deleted.is_(False)))]
    releases = {p.client_id: [r for r in rows if r["client_id"] == p.client_id] for p in people}
    out = []
    for part in parts:
        if found[ask(part.agency_id, part.name, part.function)].missing:
            continue
        agency = get_agency(session, part.agency_id)
        recipient = Recipient(agency.name, agency.id, bool(agency.is_immigration_office), part.name or None)
        uncovered = [numbers[i.id] for i in items if present_at(part, numbers, numbers[i.id]) and not verdict(
            {"data_kind": i.data_kind, "health": i.health, "source": i.source,
             "not_for_immigration_office": i.not_for_immigration_office}, recipient, releases, conf.date).included]
        if uncovered:
            out.append((part, uncovered))
    return out


def finalise(store: Store, conference_id: str, *, now: datetime | None = None) -> None:
    """Close the protocol for good: from now on only addenda (and follow-up of tasks)."""
    with store.session() as session:
        conf = editable(session, conference_id)
        problems = []
        if not conf.moderator or not conf.minute_taker:
            problems.append(translate("Conferences", "Moderation und Protokollführung müssen angegeben sein."))
        if conf.kind == "case" and not persons(session, conf.id):
            problems.append(translate("Conferences", "Eine Fallkonferenz braucht mindestens eine Person."))
        if not session.scalar(select(func.count()).select_from(AgendaItem).where(
                AgendaItem.conference_id == conf.id, AgendaItem.deleted.is_(False))):
            problems.append(translate("Conferences", "Das Protokoll hat noch keinen Tagesordnungspunkt."))
        missing = unresolved_consents(session, conf)
        if missing:
            problems.append(translate(
                "Conferences", "Für {n} Teilnehmende fehlt eine gültige Schweigepflichtentbindung und eine "
                               "Begründung.").format(n=len(missing)))
        for part, numbers in uncovered_attendance(session, conf):
            agency = get_agency(session, part.agency_id)
            problems.append(translate(
                "Conferences", "„{agency}“ war bei {tops} anwesend, ohne dass ihre Schweigepflichtentbindung diese "
                               "Inhalte umfasst; bitte die Begründung vermerken.").format(
                agency=agency.name if agency else "?",
                tops=", ".join(translate("Conferences", "TOP {n}").format(n=n) for n in numbers)))
        if problems:
            raise ValidationError(translate("Conferences", "Abschließen nicht möglich: {problems}").format(
                problems=" ".join(problems)), "status")
        conf.status = "final"
        conf.finalised_at = (now or datetime.now()).replace(microsecond=0)


def add_addendum(store: Store, conference_id: str, text: str, *, author: str | None = None,
                 on: date | None = None) -> str:
    """A dated correction, printed after the protocol. Drafts are corrected directly."""
    body = v.text(text, "text", max_len=v.TEXT_MAX, required=True)
    who = v.name(author, "author")
    with store.session() as session:
        conf = get_conference(session, conference_id)
        if conf.status != "final":
            raise ValidationError(translate(
                "Conferences", "Nachträge gibt es erst nach dem Abschluss; einen Entwurf bitte direkt ändern."), "text")
        addendum = Addendum(conference_id=conf.id, on=on or date.today(), text=body, author=who)
        session.add(addendum)
        session.flush()
        return addendum.id

