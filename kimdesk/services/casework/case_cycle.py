"""The case cycle as a Qt-free state machine: first contact, clearing … closure, reopening.

Every transition is a new ``CasePhase`` row written through the ORM (so it is captured for
sync and audited), dated by the user and ordered by the time it was recorded. The client's
``status``/``opened_on``/``closed_on`` follow the transitions: opening a case sets
``opened_on``, closing sets ``status="closed"`` and ``closed_on``, reopening sets the status
back to open and clears ``closed_on`` (the earlier closure stays in the history).

Allowed moves (``TRANSITIONS``): forward through the phases, back for a re-assessment or a
plan revision, to closure from anywhere (with a reason), and from closure only a reopening
into clearing or assessment. Leaving clearing for case work needs both "indicated" and
"agreed"; otherwise the case is closed with a reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import CasePhase, Client, FirstContact
from kimdesk.models.cycle import GOALS_REACHED, PHASES
from kimdesk.models.types import StoredId
from kimdesk.services.clients_intake import clients as client_service
from kimdesk.services.clients_intake import validation as v
from kimdesk.store.store import Store

TRANSITIONS: dict[str | None, tuple[str, ...]] = {
    None: PHASES,  # a case recorded before the cycle was tracked may start anywhere
    "clearing": ("assessment", "closed"),
    "assessment": ("plan", "closed"),
    "plan": ("monitoring", "assessment", "closed"),
    "monitoring": ("evaluation", "plan", "assessment", "closed"),
    "evaluation": ("plan", "monitoring", "closed"),
    "closed": ("clearing", "assessment"),
}
FIRST_CONTACT_OUTCOMES = ("information", "referred", "case_opened")


def phase_label(phase: str | None) -> str:
    labels = {
        None: translate("Cycle", "nicht erfasst"),
        "first_contact": translate("Cycle", "Erstkontakt"),
        "clearing": translate("Cycle", "Clearing"),
        "assessment": translate("Cycle", "Assessment"),
        "plan": translate("Cycle", "Hilfeplanung"),
        "monitoring": translate("Cycle", "Monitoring"),
        "evaluation": translate("Cycle", "Evaluation"),
        "closed": translate("Cycle", "abgeschlossen"),
    }
    return labels.get(phase, phase or "")


@dataclass(frozen=True)
class Transition:
    id: str
    phase: str
    from_phase: str | None
    on: date
    recorded_at: datetime
    indicated: bool | None
    agreed: bool | None
    reason: str | None
    goals_reached: str | None
    note: str | None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def history(conn: Connection, client_id: str) -> list[Transition]:
    t = CasePhase.__table__
    rows = conn.execute(select(t).where(t.c.client_id == client_id, t.c.deleted.is_(False))
                        .order_by(t.c.on, t.c.recorded_at, t.c.id)).all()
    return [Transition(r.id, r.phase, r.from_phase, r.on, r.recorded_at, r.indicated, r.agreed, r.reason,
                       r.goals_reached, r.note) for r in rows]


def current(conn: Connection, client_id: str) -> Transition | None:
    steps = history(conn, client_id)
    return steps[-1] if steps else None


def current_phases(conn: Connection) -> dict[str, str]:
    """Client id → current phase, for every client with a tracked cycle (one query)."""
    rows = conn.execute(text("""
        SELECT client_id, phase FROM (
          SELECT client_id, phase, ROW_NUMBER() OVER (
            PARTITION BY client_id ORDER BY "on" DESC, recorded_at DESC, id DESC) AS n
          FROM case_phase WHERE deleted = 0) WHERE n = 1""").columns(client_id=StoredId()))
    return dict(rows.all())


def _check(session: Session, client: Client, phase: str, on: date, fields: Mapping[str, Any]) -> str | None:
    if phase not in PHASES:
        raise ValidationError(translate("Cycle", "Unbekannte Phase „{phase}“.").format(phase=phase), "phase")
    if on > date.today():
        raise ValidationError(translate("Cycle", "Ein Phasenwechsel kann nicht in der Zukunft liegen."), "on")
    last = current(session.connection(), client.id)
    before = last.phase if last else None
    if last is not None and on < last.on:
        raise ValidationError(translate("Cycle", "Das Datum liegt vor dem letzten Phasenwechsel ({date}).").format(
            date=last.on.strftime("%d.%m.%Y")), "on")
    if phase == before:
        raise ValidationError(translate("Cycle", "Der Fall ist bereits in der Phase „{phase}“.").format(
            phase=phase_label(phase)), "phase")
    if phase not in TRANSITIONS[before]:
        raise ValidationError(translate("Cycle", "Von „{old}“ geht es nicht direkt zu „{new}“.").format(
            old=phase_label(before), new=phase_label(phase)), "phase")
    if phase == "closed":
        if not (fields.get("reason") or "").strip():
            raise ValidationError(translate("Cycle", "Zum Abschließen bitte einen Grund angeben."), "reason")
        if fields.get("goals_reached") is not None:
            v.choice(fields["goals_reached"], "goals_reached", GOALS_REACHED)
    elif before == "clearing" and not (fields.get("indicated") is True and fields.get("agreed") is True):
        raise ValidationError(translate(
            "Cycle", "Case Management beginnt nur, wenn es angezeigt ist und die Person zustimmt; "
                     "sonst den Fall mit Grund abschließen."), "agreed")
    return before


def add_transition(session: Session, client: Client, phase: str, on: date, **fields: Any) -> CasePhase:
    """Record entering ``phase`` on ``on`` in the caller's unit of work; keeps the client in step."""
    before = _check(session, client, phase, on, fields)
    row = CasePhase(client_id=client.id, phase=phase, from_phase=before, on=on, recorded_at=_now(),
                    indicated=fields.get("indicated"), agreed=fields.get("agreed"),
                    reason=v.text(fields.get("reason"), "reason", max_len=2000),
                    goals_reached=fields.get("goals_reached"),
                    note=v.text(fields.get("note"), "note", max_len=v.TEXT_MAX))
    session.add(row)
    if phase == "closed":
        client.status = "closed"
        client.closed_on = on
    else:
        if client.status != "open":
            client.status = "open"
        if client.closed_on is not None:
            client.closed_on = None
        if before is None and phase == "clearing":
            client.opened_on = on
        elif client.opened_on is None:
            client.opened_on = on
    return row


def transition(store: Store, client_id: str, phase: str, on: date | None = None, **fields: Any) -> str:
    """One transition in its own unit of work; returns the new row's id."""
    with store.session() as session:
        client = client_service.get(session, client_id)
        return add_transition(session, client, phase, on or date.today(), **fields).id


def open_case(store: Store, client_id: str, on: date | None = None, *, note: str | None = None) -> str:
    return transition(store, client_id, "clearing", on, note=note)


def close_case(store: Store, client_id: str, reason: str, on: date | None = None, *,
               goals_reached: str | None = None, indicated: bool | None = None, agreed: bool | None = None) -> str:
    return transition(store, client_id, "closed", on, reason=reason, goals_reached=goals_reached,
                      indicated=indicated, agreed=agreed)


def reopen_case(store: Store, client_id: str, on: date | None = None, *, reason: str | None = None,
                phase: str = "clearing") -> str:
    with store.session() as session:
        client = client_service.get(session, client_id)
        last = current(session.connection(), client.id)
        if last is None or last.phase != "closed":
            raise ValidationError(translate("Cycle", "Nur ein abgeschlossener Fall kann wieder geöffnet werden."), "phase")
        return add_transition(session, client, phase, on or date.today(), reason=reason).id


# -- first contacts -------------------------------------------------------------------------
def _first_contact_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    spec = {
        "on": lambda x: v.day(x, "on", required=True),
        "referral_source": lambda x: v.text(x, "referral_source", max_len=200),
        "topic": lambda x: v.text(x, "topic", max_len=200),
        "summary": lambda x: v.text(x, "summary", max_len=v.TEXT_MAX),
        "municipality": lambda x: v.text(x, "municipality", max_len=200),
        "staff": lambda x: v.text(x, "staff", max_len=200),
        "outcome": lambda x: v.choice(x, "outcome", FIRST_CONTACT_OUTCOMES),
    }
    return client_service.clean(fields, spec)


def record_first_contact(store: Store, fields: Mapping[str, Any]) -> str:
    """A short enquiry: date and referral source, no case opened, no name required."""
    data = _first_contact_fields(fields)
    if data.get("on") is None:
        raise ValidationError(translate("Cycle", "Bitte das Datum des Erstkontakts angeben."), "on")
    with store.session() as session:
        row = FirstContact(**data)
        session.add(row)
        session.flush()
        return row.id


def open_case_from_first_contact(store: Store, first_contact_id: str, client_fields: Mapping[str, Any],
                                 on: date | None = None) -> str:
    """The enquiry becomes a case: a new person in clearing, linked to the first contact."""
    with store.session() as session:
        contact = session.get(FirstContact, first_contact_id)
        if contact is None or contact.deleted:
            raise NotFound(translate("Cycle", "Kein Erstkontakt mit der Kennung {id}.").format(id=first_contact_id))
        if contact.client_id is not None:
            raise ValidationError(translate("Cycle", "Aus diesem Erstkontakt wurde schon ein Fall eröffnet."), "client_id")
        fields = dict(client_fields)
        if contact.municipality and "municipality" not in fields:
            fields["municipality"] = contact.municipality
        client = client_service.add_client(session, fields)
        session.flush()
        day = on or date.today()
        add_transition(session, client, "clearing", max(day, contact.on),
                       note=translate("Cycle", "Aus Erstkontakt vom {date}").format(date=contact.on.strftime("%d.%m.%Y")))
        contact.client_id = client.id
        contact.outcome = "case_opened"
        return client.id


def first_contacts(conn: Connection, since: date | None = None) -> list[dict[str, Any]]:
    t = FirstContact.__table__
    stmt = select(t).where(t.c.deleted.is_(False))
    if since is not None:
        stmt = stmt.where(t.c.on >= since)
    return [dict(r._mapping) for r in conn.execute(stmt.order_by(t.c.on.desc(), t.c.id))]
