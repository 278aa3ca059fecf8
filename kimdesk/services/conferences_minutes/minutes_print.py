"""Printing a conference: from the stored protocol to the reportlab minutes, per recipient.

``minutes_doc`` turns a ``ConferenceView`` into the report's plain ``MinutesDoc``: case
numbers instead of names, consent states, actions with the status they had when the
protocol was finalised (follow-up after that does not change the printed minutes).

Without a recipient the minutes are the team's own file copy, complete. A copy for an
office (``prepare_copy``; the *Verteiler* of ``prepare_distribution`` is one per
participating office) goes through the recipient filter (``recipients.copy_for``): it needs
a release from confidentiality covering that office on the day of sending for every person
of the conference, and holds only the TOPs the release covers (``recipients.verdict``: kind
of data, health data, the mark for the immigration office). The copy names the TOPs it
leaves out and why; the office's own tasks always reach it (the task, not the TOP's
content). A refusal is one sentence the app shows. Each print is recorded in the audit log
(ids only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from anyascii import anyascii
from sqlalchemy import select

from kimdesk.i18n import translate
from kimdesk.paths import atomic_write
from kimdesk.reports.minutes import (
    ActionLine,
    AddendumLine,
    ConsentLine,
    MinutesDoc,
    ParticipantLine,
    TopLine,
    render_minutes,
)
from kimdesk.errors import BadInput
from kimdesk.models import Agency, Consent
from kimdesk.reports.template import Rendered
from kimdesk.store import audit
from kimdesk.services.conferences_minutes import conference_queries
from kimdesk.services.admin import print_settings
from kimdesk.services.conferences_minutes.conference_queries import ActionView, ConferenceView
from kimdesk.services.releases.recipients import REASONS, Recipient, copy_for, reason_text
from kimdesk.store.store import Store


def _status_as_printed(action: ActionView, conf: ConferenceView) -> str:
    if not conf.final or conf.finalised_at is None or action.status == "open":
        return action.status
    if action.done_on is not None and action.done_on > conf.finalised_at.date():
        return "open"  # settled after the protocol was closed: not part of it
    return action.status


def _action_lines(conf: ConferenceView, top: Any, actions: Any) -> list[ActionLine]:
    return [ActionLine(a.what, a.who, a.who_agency, a.due, _status_as_printed(a, conf), top.number) for a in actions]


def minutes_doc(conf: ConferenceView, organisation: str, *, kept: set[str] | None = None,
                edition: str = "", withheld: dict[str, str] | None = None, agency_id: str | None = None,
                immigration_office: bool = False, oral_health: bool = False) -> MinutesDoc:
    """The printable minutes; ``kept`` limits the TOPs (a recipient's copy), ``edition`` names it.

    ``withheld`` gives the reason for each TOP left out; the tasks of office ``agency_id``
    from such a TOP are still printed (the task only).
    """
    agenda = []
    for t in conf.agenda:
        if kept is None or t.id in kept:
            agenda.append(TopLine(t.number, t.title, t.notes, [d.text for d in t.decisions],
                                  _action_lines(conf, t, t.actions), t.not_for_immigration_office))
            continue
        own = [a for a in t.actions if agency_id is not None and a.who_agency_id == agency_id]
        if own:
            agenda.append(TopLine(t.number, "", "", [], _action_lines(conf, t, own), withheld=True))
    omitted = [t.number for t in conf.agenda if kept is not None and t.id not in kept]
    reasons = withheld or {}
    omissions = []
    for reason in REASONS:
        numbers = [t.number for t in conf.agenda if kept is not None and t.id not in kept
                   and reasons.get(t.id, "kinds") == reason]
        if numbers:
            omissions.append((numbers, reason_text(reason, immigration_office)))
    return MinutesDoc(
        date=conf.date, kind=conf.kind, title=conf.title, starts_at=conf.starts_at, place=conf.place,
        moderator=conf.moderator, minute_taker=conf.minute_taker,
        case_numbers=[p.case_number for p in conf.persons],
        participants=[ParticipantLine(
            p.name, p.agency, p.function, p.presence,
            ConsentLine(p.consent.state, p.consent.until, p.consent.detail, p.override_reason),
            role=p.role, left_after=p.left_after, back_from=p.back_from,
            # an office's copy says why that office stayed, not what other offices' reasons reveal
            disclosure_reason=p.disclosure_reason if kept is None or p.agency_id == agency_id else None)
            for p in conf.participants],
        agenda=agenda,
        next_date=conf.next_date, draft=not conf.final, finalised_at=conf.finalised_at,
        addenda=[AddendumLine(a.on, a.text, a.author) for a in conf.addenda],
        organisation=organisation, omitted_tops=omitted, edition=edition, omissions=omissions,
        oral_health=oral_health, actions_agreed=sum(len(t.actions) for t in conf.agenda),
    )


def prepare(store: Store, conference_id: str) -> MinutesDoc:
    """The team's complete file copy, from the database (quick); rendering may then run elsewhere."""
    organisation = print_settings.organisation(store)
    conf = conference_queries.load(store, conference_id)
    return minutes_doc(conf, organisation)


def render_conference(store: Store, conference_id: str, *, recipient: str | None = None,
                      printed_at: datetime | None = None, on: date | None = None) -> Rendered:
    """The complete minutes, or the copy for office ``recipient`` (refused: ``BadInput`` with the sentence)."""
    if recipient is None:
        doc = prepare(store, conference_id)
    else:
        copy = prepare_copy(store, conference_id, recipient, on=on)
        if copy.doc is None:
            raise BadInput(copy.refusal or "")
        doc = copy.doc
    rendered = render_minutes(doc, printed_at=printed_at)
    log_print(store, "conference", conference_id)
    return rendered


# -- copies per recipient (Verteiler) --------------------------------------------------------------
@dataclass(frozen=True)
class MinutesCopy:
    """One office's copy of the minutes, or why it gets none (one sentence)."""

    agency_id: str
    recipient: str  # the office's name
    is_immigration_office: bool
    doc: MinutesDoc | None
    refusal: str | None = None  # why no copy may go to this office
    explanation: str | None = None  # what was left out of the copy, and why

    @property
    def allowed(self) -> bool:
        return self.doc is not None


def conference_document(conf: ConferenceView) -> dict[str, Any]:
    """The conference as the recipient filter reads it (exchange-format shape)."""
    return {"id": conf.id, "client_ids": [p.client_id for p in conf.persons], "agenda": [
        {"id": t.id, "title": t.title, "notes": t.notes, "not_for_immigration_office": t.not_for_immigration_office,
         "source": t.source, "data_kind": t.data_kind, "health": t.health, "decisions": [d.text for d in t.decisions],
         "actions": [{"id": a.id, "who": a.who, "what": a.what} for a in t.actions]} for t in conf.agenda]}


def _offices(store: Store, conf: ConferenceView, extra: list[str]) -> tuple[dict[str, Any], list[Any]]:
    ids = list(dict.fromkeys([p.agency_id for p in conf.participants if p.agency_id] + extra))
    with store.connection() as conn:
        a, c = Agency.__table__, Consent.__table__
        agencies = {r.id: r for r in conn.execute(select(a.c.id, a.c.name, a.c.is_immigration_office)
                                                  .where(a.c.id.in_(ids), a.c.deleted.is_(False)))}
        consents = [dict(r._mapping) for r in conn.execute(select(c).where(
            c.c.client_id.in_([p.client_id for p in conf.persons]), c.c.deleted.is_(False)))]
    return agencies, consents


def _copy(conf: ConferenceView, organisation: str, agency: Any, consents: list[Any], on: date) -> MinutesCopy:
    names = [p.name for p in conf.participants if p.agency_id == agency.id and p.name]
    recipient = Recipient(agency.name, agency.id, bool(agency.is_immigration_office), names[0] if names else None)
    result = copy_for(conference_document(conf), recipient, consents, on,
                      case_numbers={p.client_id: p.case_number for p in conf.persons})
    if not result.allowed or result.document is None:
        return MinutesCopy(agency.id, agency.name, recipient.is_immigration_office, None, result.explanation)
    kept = {item["id"] for item in result.document["agenda"]}
    withheld = {item_id: reason for item_id, reason in result.withheld if item_id}
    edition = translate("Print", "Ausfertigung für {recipient}").format(recipient=agency.name)
    doc = minutes_doc(conf, organisation, kept=kept, edition=edition, withheld=withheld, agency_id=agency.id,
                      immigration_office=recipient.is_immigration_office, oral_health=result.oral_health)
    return MinutesCopy(agency.id, agency.name, recipient.is_immigration_office, doc, None, result.explanation)


def prepare_copy(store: Store, conference_id: str, agency_id: str, *, on: date | None = None) -> MinutesCopy:
    """The copy of the minutes for one office (it need not have taken part)."""
    organisation = print_settings.organisation(store)
    conf = conference_queries.load(store, conference_id)
    agencies, consents = _offices(store, conf, [agency_id])
    if agency_id not in agencies:
        raise BadInput(translate("Print", "Keine Stelle mit der Kennung {id}.").format(id=agency_id))
    return _copy(conf, organisation, agencies[agency_id], consents, on or date.today())


def prepare_distribution(store: Store, conference_id: str, *, on: date | None = None) -> list[MinutesCopy]:
    """The *Verteiler*: one copy (or refusal) per office that took part, in the order they are listed."""
    organisation = print_settings.organisation(store)
    conf = conference_queries.load(store, conference_id)
    agencies, consents = _offices(store, conf, [])
    day = on or date.today()
    return [_copy(conf, organisation, agencies[aid], consents, day)
            for aid in dict.fromkeys(p.agency_id for p in conf.participants if p.agency_id) if aid in agencies]


def immigration_office_copy(store: Store, conference_id: str, *, on: date | None = None) -> MinutesCopy:
    """The copy for the one residence-law office among the participants (``--for-immigration-office``)."""
    found = [c for c in prepare_distribution(store, conference_id, on=on) if c.is_immigration_office]
    if len(found) != 1:
        raise BadInput(translate("Print", "Nicht genau eine Ausländerbehörde unter den Teilnehmenden (gefunden: {n}); "
                                          "bitte die Stelle mit --recipient AGENCY_ID angeben.").format(n=len(found)))
    return found[0]


def copy_filename(conference_date: date, index: int, recipient: str) -> str:
    """A file name for one copy: date, number and office, nothing about the person."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", anyascii(recipient)).strip("-")[:60] or "Stelle"
    return f"Protokoll_{conference_date.isoformat()}_{index:02d}_{slug}.pdf"


def render_copy(store: Store, conference_id: str, copy: MinutesCopy, *, printed_at: datetime | None = None) -> Rendered:
    if copy.doc is None:
        raise BadInput(copy.refusal or "")
    rendered = render_minutes(copy.doc, printed_at=printed_at)
    log_print(store, "conference", conference_id)
    return rendered


def log_print(store: Store, entity: str, row_id: str) -> None:
    """Printing personal data is an access: record it (ids only) in the audit chain."""
    with store.connection(write=True) as conn:
        audit.append(conn, store.device_id, store.actor, [("print", entity, row_id, [])])


def save(rendered: Rendered, path: Path) -> None:
    """Write the PDF (0600, by temp file and rename: no half-written minutes)."""
    atomic_write(path, rendered.pdf)
