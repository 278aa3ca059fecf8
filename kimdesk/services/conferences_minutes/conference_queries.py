"""Reading conferences: the list, one conference in full, and the agreed action items.

Results are plain frozen dataclasses, so the editor, the printed minutes and the tasks view
read the same thing and nobody holds a session. ``actions_for_client`` and ``due_actions``
serve the person's record and the tasks view (which may also read ``ActionItem`` directly).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from kimdesk.models import ActionItem, Addendum, Agency, AgendaItem, Client, Conference, ConferenceClient, Decision
from kimdesk.models import Participant
from kimdesk.services.conferences_minutes.conference_edit import get_conference, persons, uncovered_attendance
from kimdesk.services.releases.consents import ConsentState, ask, states
from kimdesk.store.store import Store


@dataclass(frozen=True)
class PersonRef:
    client_id: str
    case_number: str
    name: str


@dataclass(frozen=True)
class ParticipantView:
    id: str
    agency_id: str | None
    agency: str
    name: str
    function: str
    presence: str
    override_reason: str | None
    consent: ConsentState
    role: str | None = None  # person / guardian / interpreter (no office)
    left_after: int | None = None  # TOP number after which they left
    back_from: int | None = None  # TOP number from which they were (again) present
    disclosure_reason: str | None = None  # why they stayed during a TOP their release does not cover
    uncovered: tuple[int, ...] = ()  # TOPs attended that the release does not cover, no reason yet

    @property
    def needs_reason(self) -> bool:
        """Marked: no valid release and no reason given yet."""
        return self.consent.missing and not self.override_reason


@dataclass(frozen=True)
class DecisionView:
    id: str
    text: str


@dataclass(frozen=True)
class ActionView:
    id: str
    who: str
    who_agency_id: str | None
    who_agency: str
    what: str
    due: date | None
    status: str
    done_on: date | None
    client_id: str | None


@dataclass(frozen=True)
class AgendaView:
    id: str
    number: int
    title: str
    notes: str
    not_for_immigration_office: bool
    decisions: tuple[DecisionView, ...]
    actions: tuple[ActionView, ...]
    source: str | None = None  # where the content came from (doctor/therapist: § 203 StGB)
    data_kind: str | None = None  # consents.DATA_KINDS
    health: bool = False  # Art. 9 GDPR


@dataclass(frozen=True)
class AddendumView:
    id: str
    on: date
    text: str
    author: str


@dataclass(frozen=True)
class ConferenceView:
    id: str
    kind: str
    title: str
    date: date
    starts_at: time | None
    place: str
    moderator: str
    minute_taker: str
    status: str
    finalised_at: datetime | None
    next_date: date | None
    persons: tuple[PersonRef, ...]
    participants: tuple[ParticipantView, ...]
    agenda: tuple[AgendaView, ...]
    addenda: tuple[AddendumView, ...] = field(default=())

    @property
    def final(self) -> bool:
        return self.status == "final"


@dataclass(frozen=True)
class ConferenceSummary:
    id: str
    kind: str
    title: str
    date: date
    starts_at: time | None
    place: str
    status: str
    case_numbers: tuple[str, ...]
    persons: tuple[str, ...] = ()  # "Familienname, Vorname (Az.)", for the conference list


@dataclass(frozen=True)
class ActionRow:
    """An agreed task with where it comes from (for the tasks view and the person's record)."""

    id: str
    conference_id: str
    conference_date: date
    conference_final: bool
    case_numbers: tuple[str, ...]
    top_number: int
    top_title: str
    who: str
    who_agency: str
    what: str
    due: date | None
    status: str
    done_on: date | None
    client_id: str | None


def _names(session: Session, ids: set[str | None]) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {r.id: r.name for r in session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(ids)))}


def _live(cls: type, *conds):
    return select(cls).where(cls.deleted.is_(False), *conds)


def list_conferences(store: Store, *, status: str | None = None, client_id: str | None = None) -> list[ConferenceSummary]:
    """Newest first; ``client_id`` limits to the conferences of one person."""
    with store.session(write=False) as session:
        stmt = _live(Conference)
        if status:
            stmt = stmt.where(Conference.status == status)
        if client_id:
            stmt = stmt.where(Conference.id.in_(select(ConferenceClient.conference_id).where(
                ConferenceClient.client_id == client_id, ConferenceClient.deleted.is_(False))))
        confs = list(session.scalars(stmt.order_by(Conference.date.desc(), Conference.starts_at.desc(), Conference.id)))
        numbers: dict[str, list[str]] = defaultdict(list)
        persons: dict[str, list[str]] = defaultdict(list)
        ids = [c.id for c in confs]
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(ConferenceClient.conference_id, ConferenceClient.case_number, Client.family_name,
                       Client.given_name)
                .outerjoin(Client, (Client.id == ConferenceClient.client_id) & Client.deleted.is_(False))
                .where(ConferenceClient.deleted.is_(False), ConferenceClient.conference_id.in_(ids[start:start + 500])))
            for r in rows:
                numbers[r.conference_id].append(r.case_number or "")
                name = f"{r.family_name or ''}, {r.given_name or ''}".strip(", ")
                persons[r.conference_id].append(f"{name} ({r.case_number})" if name and r.case_number
                                                else name or r.case_number or "")
        return [ConferenceSummary(c.id, c.kind, c.title or "", c.date, c.starts_at, c.place or "", c.status,
                                  tuple(sorted(numbers[c.id])), tuple(sorted(persons[c.id]))) for c in confs]


def load(store: Store, conference_id: str) -> ConferenceView:
    with store.session(write=False) as session:
        return view(session, conference_id)


def view(session: Session, conference_id: str) -> ConferenceView:
    conf = get_conference(session, conference_id)
    people = persons(session, conf.id)
    names = {r.id: f"{r.family_name}, {r.given_name}".strip(", ") for r in session.execute(
        select(Client.id, Client.family_name, Client.given_name).where(Client.id.in_([p.client_id for p in people])))}
    parts = list(session.scalars(_live(Participant, Participant.conference_id == conf.id)
                                 .order_by(Participant.position, Participant.id)))
    items = list(session.scalars(_live(AgendaItem, AgendaItem.conference_id == conf.id)
                                 .order_by(AgendaItem.position, AgendaItem.id)))
    item_ids = [i.id for i in items]
    numbers = {i.id: n for n, i in enumerate(items, 1)}
    decisions: dict[str, list[Decision]] = defaultdict(list)
    for d in session.scalars(_live(Decision, Decision.agenda_item_id.in_(item_ids)).order_by(Decision.position, Decision.id)):
        decisions[d.agenda_item_id].append(d)
    actions: dict[str, list[ActionItem]] = defaultdict(list)
    for a in session.scalars(_live(ActionItem, ActionItem.agenda_item_id.in_(item_ids))
                             .order_by(ActionItem.position, ActionItem.id)):
        actions[a.agenda_item_id].append(a)
    agency_names = _names(session, {p.agency_id for p in parts}
                          | {a.who_agency_id for rows in actions.values() for a in rows})
    consent = states(session, people, [ask(p.agency_id, p.name, p.function) for p in parts], conf.date)
    addenda = session.scalars(_live(Addendum, Addendum.conference_id == conf.id).order_by(Addendum.on, Addendum.id))
    uncovered = ({part.id: tuple(tops) for part, tops in uncovered_attendance(session, conf)}
                 if conf.status != "final" else {})
    return ConferenceView(
        id=conf.id, kind=conf.kind, title=conf.title or "", date=conf.date, starts_at=conf.starts_at,
        place=conf.place or "", moderator=conf.moderator or "", minute_taker=conf.minute_taker or "",
        status=conf.status, finalised_at=conf.finalised_at, next_date=conf.next_date,
        persons=tuple(PersonRef(p.client_id, p.case_number, names.get(p.client_id, "")) for p in people),
        participants=tuple(ParticipantView(
            p.id, p.agency_id, agency_names.get(p.agency_id or "", ""), p.name or "", p.function or "", p.presence,
            p.consent_override_reason, consent[ask(p.agency_id, p.name, p.function)], p.role,
            numbers.get(p.left_after_item_id or ""), numbers.get(p.back_from_item_id or ""),
            p.disclosure_reason, uncovered.get(p.id, ())) for p in parts),
        agenda=tuple(AgendaView(
            i.id, n, i.title, i.notes or "", bool(i.not_for_immigration_office),
            tuple(DecisionView(d.id, d.text) for d in decisions[i.id]),
            tuple(ActionView(a.id, a.who or "", a.who_agency_id, agency_names.get(a.who_agency_id or "", ""), a.what,
                             a.due, a.status, a.done_on, a.client_id) for a in actions[i.id]), i.source,
            i.data_kind, bool(i.health))
            for n, i in enumerate(items, 1)),
        addenda=tuple(AddendumView(a.id, a.on, a.text, a.author or "") for a in addenda),
    )


# -- action items across conferences -----------------------------------------------------
def _action_rows(session: Session, stmt) -> list[ActionRow]:
    rows = session.execute(stmt).all()
    conf_ids = {r.Conference.id for r in rows}
    numbers: dict[str, list[str]] = defaultdict(list)
    for link in session.scalars(_live(ConferenceClient, ConferenceClient.conference_id.in_(conf_ids))):
        numbers[link.conference_id].append(link.case_number or "")
    positions: dict[str, int] = {}
    counters: dict[str, int] = defaultdict(int)
    for item in session.scalars(_live(AgendaItem, AgendaItem.conference_id.in_(conf_ids))
                                .order_by(AgendaItem.conference_id, AgendaItem.position, AgendaItem.id)):
        counters[item.conference_id] += 1
        positions[item.id] = counters[item.conference_id]
    agency_names = _names(session, {r.ActionItem.who_agency_id for r in rows})
    return [ActionRow(
        r.ActionItem.id, r.Conference.id, r.Conference.date, r.Conference.status == "final",
        tuple(sorted(numbers[r.Conference.id])), positions.get(r.AgendaItem.id, 0), r.AgendaItem.title,
        r.ActionItem.who or "", agency_names.get(r.ActionItem.who_agency_id or "", ""), r.ActionItem.what,
        r.ActionItem.due, r.ActionItem.status, r.ActionItem.done_on, r.ActionItem.client_id) for r in rows]


def _action_select():
    return (select(ActionItem, AgendaItem, Conference)
            .join(AgendaItem, AgendaItem.id == ActionItem.agenda_item_id)
            .join(Conference, Conference.id == AgendaItem.conference_id)
            .where(ActionItem.deleted.is_(False), AgendaItem.deleted.is_(False), Conference.deleted.is_(False)))


def actions_for_client(store: Store, client_id: str, *, include_closed: bool = False) -> list[ActionRow]:
    """Tasks filed on the person, or agreed in a conference about them without a person named."""
    in_conf = select(ConferenceClient.conference_id).where(
        ConferenceClient.client_id == client_id, ConferenceClient.deleted.is_(False))
    stmt = _action_select().where(or_(ActionItem.client_id == client_id,
                                      and_(ActionItem.client_id.is_(None), Conference.id.in_(in_conf))))
    if not include_closed:
        stmt = stmt.where(ActionItem.status == "open")
    with store.session(write=False) as session:
        return _action_rows(session, stmt.order_by(ActionItem.due.is_(None), ActionItem.due, Conference.date))


def due_actions(store: Store, *, on: date | None = None, within_days: int = 0) -> list[ActionRow]:
    """Open tasks due on or before ``on`` + ``within_days`` (overdue ones included), soonest first."""
    limit = (on or date.today()) + timedelta(days=within_days)
    stmt = _action_select().where(ActionItem.status == "open", ActionItem.due.is_not(None), ActionItem.due <= limit)
    with store.session(write=False) as session:
        return _action_rows(session, stmt.order_by(ActionItem.due, Conference.date, ActionItem.position))


# -- for the editor ------------------------------------------------------------------------
@dataclass(frozen=True)
class AgencyChoice:
    id: str
    name: str
    kind: str


def agency_choices(store: Store) -> list[AgencyChoice]:
    """The catalogue's agencies, by name, for pickers."""
    with store.session(write=False) as session:
        rows = session.execute(select(Agency.id, Agency.name, Agency.kind).where(Agency.deleted.is_(False)))
        return sorted((AgencyChoice(r.id, r.name, r.kind or "") for r in rows), key=lambda a: a.name.casefold())


def consent_preview(store: Store, conference_id: str, agency_id: str | None) -> ConsentState:
    """The consent state an agency would have in this conference (shown before it is listed)."""
    with store.session(write=False) as session:
        conf = get_conference(session, conference_id)
        return states(session, persons(session, conf.id), [agency_id], conf.date)[agency_id]
