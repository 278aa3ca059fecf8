"""The responsibility map of a person: needs, who is responsible, and the history of requests.

The workflow on a need's current responsibility is request (assign) → accepted / declined
(with a reason) / forwarded (to another agency) → done. Every step writes a
``ResponsibilityEvent``, so the map can show the history and flag *Pingpong*: a need
declined or forwarded three or more times, or sent back to an agency that already declined
it. A *gap* is an open need that no agency is (still) responsible for. The analysis is pure
functions over the history, independent of Qt and of the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Agency, Client, Need, Responsibility, ResponsibilityEvent, new_id
from kimdesk.figures import pingpong
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.releases.content_marks import SOURCES, data_kind_value, fill_defaults, import_default
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.journal_codes import Names, row_id_of, row_key
from kimdesk.store.store import Store

STATUSES = ("requested", "accepted", "declined", "forwarded", "done")
ACTIVE = ("requested", "accepted", "forwarded")
OPEN_NEED = ("open", "in_progress")
PINGPONG_MOVES = pingpong.MOVES


def status_label(status: str | None) -> str:
    labels = {
        "requested": translate("Responsibilities", "angefragt"),
        "accepted": translate("Responsibilities", "angenommen"),
        "declined": translate("Responsibilities", "abgelehnt"),
        "forwarded": translate("Responsibilities", "weitergeleitet"),
        "done": translate("Responsibilities", "erledigt"),
    }
    return labels.get(status or "", translate("Responsibilities", "keine Stelle"))


def need_status_label(status: str | None) -> str:
    labels = {
        "open": translate("Responsibilities", "offen"),
        "in_progress": translate("Responsibilities", "in Arbeit"),
        "met": translate("Responsibilities", "gedeckt"),
        "closed": translate("Responsibilities", "geschlossen"),
    }
    return labels.get(status or "", status or "")


@dataclass(frozen=True)
class Step:
    """One event of a need's history, with agency names resolved."""

    on: date
    status: str
    agency_id: str | None
    agency_name: str
    forwarded_to_id: str | None = None
    forwarded_to_name: str = ""
    reason: str | None = None

    def describe(self) -> str:
        day = self.on.strftime("%d.%m.%Y")
        if self.status == "forwarded":
            text = translate("Responsibilities", "{day}: {agency} hat weitergeleitet an {target}").format(
                day=day, agency=self.agency_name or "?", target=self.forwarded_to_name or "?")
        elif self.status == "declined":
            text = translate("Responsibilities", "{day}: {agency} hat abgelehnt").format(
                day=day, agency=self.agency_name or "?")
        else:
            text = translate("Responsibilities", "{day}: {agency} – {status}").format(
                day=day, agency=self.agency_name or "?", status=status_label(self.status))
        if self.reason:
            text += translate("Responsibilities", " (Grund: {reason})").format(reason=self.reason)
        return text


@dataclass(frozen=True)
class Pingpong:
    flagged: bool
    moves: int = 0
    bounced_to: str = ""  # name of an agency the need went back to after it declined

    def describe(self) -> str:
        if not self.flagged:
            return ""
        parts = []
        if self.moves >= PINGPONG_MOVES:
            parts.append(translate("Responsibilities", "{n}-mal abgelehnt oder weitergeleitet").format(n=self.moves))
        if self.bounced_to:
            parts.append(translate("Responsibilities", "zurück an eine Stelle, die schon abgelehnt hatte ({agency})")
                         .format(agency=self.bounced_to))
        return "; ".join(parts)


def analyse(history: Iterable[Step]) -> Pingpong:
    """Pingpong by the shared rule (``kimdesk.figures.pingpong``), with names for the map."""
    steps = list(history)
    moves, bounced_id = pingpong.assess((st.status, st.agency_id, st.forwarded_to_id) for st in steps)
    bounced = ""
    if bounced_id is not None:
        names = {st.agency_id: st.agency_name for st in steps} | {st.forwarded_to_id: st.forwarded_to_name
                                                                   for st in steps if st.forwarded_to_id}
        bounced = names.get(bounced_id) or "?"
    return Pingpong(pingpong.flagged(moves, bounced_id), moves, bounced)


def is_gap(need_status: str, responsibility_status: str | None, agency_id: str | None) -> bool:
    """An open need with no agency that is (still) responsible for it."""
    if need_status not in OPEN_NEED:
        return False
    return agency_id is None or responsibility_status not in ACTIVE + ("done",)


@dataclass(frozen=True)
class NeedNode:
    need_id: str
    category: str
    description: str | None
    need_status: str
    responsibility_id: str | None
    agency_id: str | None
    agency_name: str
    agency_kind: str
    legal_domain: str
    status: str | None
    contact: str | None
    reason: str | None
    history: tuple[Step, ...]
    gap: bool
    pingpong: Pingpong
    not_for_immigration_office: bool = False
    source: str | None = None
    data_kind: str | None = None
    health: bool = False

    def history_text(self) -> str:
        return "\n".join(s.describe() for s in self.history) or translate("Responsibilities", "Noch keine Anfrage.")


@dataclass(frozen=True)
class ClientMap:
    client_id: str
    name: str
    case_number: str
    municipality: str | None
    residence_status: str | None
    birth_date: str | None
    needs: tuple[NeedNode, ...]

    def node(self, need_id: str) -> NeedNode:
        return next(n for n in self.needs if n.need_id == need_id)

    @property
    def gaps(self) -> int:
        return sum(n.gap for n in self.needs)

    @property
    def pingpongs(self) -> int:
        return sum(n.pingpong.flagged for n in self.needs)


def _current(responsibilities: list[Responsibility]) -> Responsibility | None:
    """The responsibility the map shows: an active one before others, then the newest."""
    if not responsibilities:
        return None
    return max(responsibilities, key=lambda r: (r.status in ACTIVE, r.requested_on or date.min, r.id))


def client_map(store: Store, client_id: str) -> ClientMap:
    with store.session(write=False) as s:
        client = s.get(Client, client_id)
        if client is None or client.deleted:
            raise NotFound(translate("Clients", "Keine Person mit der Kennung {id}.").format(id=client_id))
        needs = list(s.scalars(select(Need).where(Need.client_id == client_id, Need.deleted.is_(False))
                               .order_by(Need.opened_on, Need.category, Need.id)))
        ids = [n.id for n in needs]
        resps: dict[str, list[Responsibility]] = {}
        for r in s.scalars(select(Responsibility).where(Responsibility.need_id.in_(ids),
                                                        Responsibility.deleted.is_(False))):
            resps.setdefault(r.need_id, []).append(r)
        events: dict[str, list[ResponsibilityEvent]] = {}
        for e in s.scalars(select(ResponsibilityEvent).where(ResponsibilityEvent.need_id.in_(ids),
                                                             ResponsibilityEvent.deleted.is_(False))):
            events.setdefault(e.need_id, []).append(e)
        agencies = {a.id: a for a in s.scalars(select(Agency))}
        stamps = _stamps(s, [e.id for evs in events.values() for e in evs])
        nodes = []
        for need in needs:
            current = _current(resps.get(need.id, []))
            agency = agencies.get(current.agency_id) if current and current.agency_id else None
            ordered = sorted(events.get(need.id, []), key=lambda e: (e.on, stamps.get(e.id, 0)))
            history = tuple(_step(e, agencies) for e in ordered)
            status = current.status if current else None
            nodes.append(NeedNode(
                need.id, need.category, need.description, need.status,
                current.id if current else None, agency.id if agency else None,
                agency.name if agency else "", agency.kind or "" if agency else "",
                agency.legal_domain or "" if agency else "", status,
                current.contact if current else None, current.reason if current else None,
                history, is_gap(need.status, status, agency.id if agency else None), analyse(history),
                bool(need.not_for_immigration_office), need.source, need.data_kind, bool(need.health)))
        return ClientMap(client.id, client.display_name, client.case_number, client.municipality,
                         client.residence_status, client.birth_date, tuple(nodes))


def _stamps(s: Session, event_ids: list[str]) -> dict[str, int]:
    """When each event was written (its first clock stamp in the change journal).

    Events of one day carry the same date; the hybrid-logical-clock stamp of their creation
    orders them the same way on every laptop.
    """
    if not event_ids:
        return {}
    conn = s.connection()
    code = Names(conn).find(ResponsibilityEvent.__tablename__)
    out: dict[str, int] = {}
    for i in range(0, len(event_ids) if code is not None else 0, 500):
        chunk = event_ids[i:i + 500]
        for key, stamp in conn.exec_driver_sql(
                f"SELECT row_key, min(stamp) FROM change WHERE entity_code = ? AND row_key IN "
                f"({','.join('?' * len(chunk))}) GROUP BY row_key", (code, *(row_key(e) for e in chunk))):
            out[row_id_of(key)] = stamp
    return out


def _step(e: ResponsibilityEvent, agencies: Mapping[str, Agency]) -> Step:
    def name(aid: str | None) -> str:
        return agencies[aid].name if aid and aid in agencies else ""

    return Step(e.on, e.status, e.agency_id, name(e.agency_id), e.forwarded_to_id, name(e.forwarded_to_id), e.reason)


# -- the workflow --------------------------------------------------------------------------

def _need(s: Session, need_id: str) -> Need:
    need = s.get(Need, need_id)
    if need is None or need.deleted:
        raise NotFound(translate("Responsibilities", "Den Bedarf gibt es nicht (mehr)."))
    return need


def _agency(s: Session, agency_id: str | None) -> Agency:
    agency = s.get(Agency, agency_id) if agency_id else None
    if agency is None or agency.deleted:
        raise ValidationError(translate("Responsibilities", "Bitte eine Stelle aus dem Verzeichnis wählen."), "agency")
    return agency


def _responsibility(s: Session, need_id: str) -> Responsibility | None:
    return _current(list(s.scalars(select(Responsibility).where(
        Responsibility.need_id == need_id, Responsibility.deleted.is_(False)))))


def _with_agency(s: Session, need_id: str) -> Responsibility:
    resp = _responsibility(s, need_id)
    if resp is None or resp.agency_id is None:
        raise ValidationError(translate("Responsibilities", "Diesem Bedarf ist noch keine Stelle zugeordnet; "
                                        "bitte zuerst eine Stelle zuweisen."), "agency")
    return resp


def _event(s: Session, resp: Responsibility, status: str, on: date, *, agency_id: str | None,
           reason: str | None = None, forwarded_to: str | None = None) -> None:
    s.add(ResponsibilityEvent(id=new_id(), need_id=resp.need_id, responsibility_id=resp.id, agency_id=agency_id,
                              status=status, on=on, reason=reason, forwarded_to_id=forwarded_to))


def _request(s: Session, need: Need, agency: Agency, contact: str | None, day: date) -> Responsibility:
    resp = _responsibility(s, need.id)
    if resp is None:
        resp = Responsibility(id=new_id(), need_id=need.id)
        s.add(resp)
    resp.agency_id = agency.id
    resp.status = "requested"
    resp.requested_on = day
    resp.decided_on = None
    resp.reason = None
    resp.contact = v.text(contact, "contact") or agency.contact_person
    _event(s, resp, "requested", day, agency_id=agency.id)
    return resp


def assign(store: Store, need_id: str, agency_id: str, *, contact: str | None = None, on: date | None = None) -> Edit:
    """Ask an agency to take on the need (request)."""
    with recording(store, translate("Responsibilities", "Stelle zuweisen")) as (s, edit):
        edit.result = _request(s, _need(s, need_id), _agency(s, agency_id), contact, on or date.today()).id
    return edit


def accept(store: Store, need_id: str, *, on: date | None = None) -> Edit:
    day = on or date.today()
    with recording(store, translate("Responsibilities", "Zusage erfassen")) as (s, edit):
        need = _need(s, need_id)
        resp = _with_agency(s, need_id)
        resp.status, resp.decided_on, resp.reason = "accepted", day, None
        if need.status == "open":
            need.status = "in_progress"
        _event(s, resp, "accepted", day, agency_id=resp.agency_id)
    return edit


def decline(store: Store, need_id: str, reason: str, *, on: date | None = None) -> Edit:
    day = on or date.today()
    why = v.text(reason, "reason", max_len=2000)
    if not why:
        raise ValidationError(translate("Responsibilities", "Bitte den Grund der Ablehnung angeben."), "reason")
    with recording(store, translate("Responsibilities", "Ablehnung erfassen")) as (s, edit):
        _need(s, need_id)
        resp = _with_agency(s, need_id)
        resp.status, resp.decided_on, resp.reason = "declined", day, why
        _event(s, resp, "declined", day, agency_id=resp.agency_id, reason=why)
    return edit


def forward(store: Store, need_id: str, to_agency_id: str, *, reason: str | None = None,
            on: date | None = None) -> Edit:
    """The current agency passes the need on to another one, which is now asked."""
    day = on or date.today()
    with recording(store, translate("Responsibilities", "Weiterleitung erfassen")) as (s, edit):
        _need(s, need_id)
        resp = _with_agency(s, need_id)
        target = _agency(s, to_agency_id)
        if target.id == resp.agency_id:
            raise ValidationError(translate("Responsibilities", "Weiterleiten geht nur an eine andere Stelle."),
                                  "agency")
        previous = resp.agency_id
        resp.agency_id, resp.status, resp.decided_on = target.id, "forwarded", day
        resp.reason = v.text(reason, "reason", max_len=2000)
        resp.contact = target.contact_person
        _event(s, resp, "forwarded", day, agency_id=previous, reason=resp.reason, forwarded_to=target.id)
    return edit


def done(store: Store, need_id: str, *, on: date | None = None) -> Edit:
    day = on or date.today()
    with recording(store, translate("Responsibilities", "als erledigt markieren")) as (s, edit):
        need = _need(s, need_id)
        resp = _with_agency(s, need_id)
        resp.status, resp.decided_on = "done", day
        if need.status in OPEN_NEED:
            need.status, need.closed_on = "met", day
        _event(s, resp, "done", day, agency_id=resp.agency_id)
    return edit


# -- needs ---------------------------------------------------------------------------------

NEED_FIELDS = {
    "category": lambda x: v.text(x, "category", max_len=100, required=True),
    "description": lambda x: v.text(x, "description", max_len=v.TEXT_MAX),
    "status": lambda x: v.choice(x, "status", ("open", "in_progress", "met", "closed")),
    "not_for_immigration_office": bool,
    "source": lambda x: None if x in (None, "") else v.choice(x, "source", SOURCES),
    "data_kind": data_kind_value,
    "health": bool,
}


def clean_need(fields: Mapping[str, Any]) -> dict[str, Any]:
    from kimdesk.services.clients_intake.clients import clean

    return clean(fields, NEED_FIELDS)


def add_need(store: Store, client_id: str, fields: Mapping[str, Any], *, agency_id: str | None = None,
             on: date | None = None) -> Edit:
    """A new need; with ``agency_id`` that agency is asked in the same step."""
    data = clean_need(fields)
    if not data.get("category"):
        raise ValidationError(translate("Responsibilities", "Bitte angeben, worum es geht (Bedarf)."), "category")
    data = import_default(data)  # a need from a doctor or therapist is marked unless said otherwise
    fill_defaults(data, data["category"])  # kind and health from the category, unless given
    day = on or date.today()
    with recording(store, translate("Responsibilities", "Bedarf hinzufügen")) as (s, edit):
        from kimdesk.services.clients_intake.clients import get

        get(s, client_id)
        need = Need(id=new_id(), client_id=client_id, opened_on=day, **data)
        s.add(need)
        if agency_id:
            _request(s, need, _agency(s, agency_id), None, day)
        edit.result = need.id
    return edit


def update_need(store: Store, need_id: str, fields: Mapping[str, Any]) -> Edit:
    data = clean_need(fields)
    with recording(store, translate("Responsibilities", "Bedarf ändern")) as (s, edit):
        need = _need(s, need_id)
        for key, value in data.items():
            setattr(need, key, value)
        if data.get("status") in ("met", "closed") and need.closed_on is None:
            need.closed_on = date.today()
    return edit


def remove_need(store: Store, need_id: str) -> Edit:
    with recording(store, translate("Responsibilities", "Bedarf entfernen")) as (s, edit):
        _need(s, need_id).deleted = True
    return edit
