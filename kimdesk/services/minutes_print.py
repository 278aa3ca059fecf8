"""Printing a conference: from the stored protocol to the reportlab minutes.

``minutes_doc`` turns a ``ConferenceView`` into the report's plain ``MinutesDoc``: case
numbers instead of names, consent states, actions with the status they had when the
protocol was finalised (follow-up after that does not change the printed minutes). The
edition for the immigration office leaves out every TOP marked "not for the immigration
office" (information under § 203 StGB must not reach it). Each print is recorded in the
audit log (ids only).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

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
from kimdesk.reports.template import Rendered
from kimdesk.services import audit, conference_queries, print_settings
from kimdesk.services.conference_queries import ActionView, ConferenceView
from kimdesk.store.store import Store


def _status_as_printed(action: ActionView, conf: ConferenceView) -> str:
    if not conf.final or conf.finalised_at is None or action.status == "open":
        return action.status
    if action.done_on is not None and action.done_on > conf.finalised_at.date():
        return "open"  # settled after the protocol was closed: not part of it
    return action.status


def minutes_doc(conf: ConferenceView, organisation: str, *, for_immigration_office: bool = False) -> MinutesDoc:
    tops = [t for t in conf.agenda if not (for_immigration_office and t.not_for_immigration_office)]
    kept = {t.id for t in tops}
    omitted = [t.number for t in conf.agenda if t.id not in kept]
    return MinutesDoc(
        date=conf.date, kind=conf.kind, title=conf.title, starts_at=conf.starts_at, place=conf.place,
        moderator=conf.moderator, minute_taker=conf.minute_taker,
        case_numbers=[p.case_number for p in conf.persons],
        participants=[ParticipantLine(
            p.name, p.agency, p.function, p.presence,
            ConsentLine(p.consent.state, p.consent.until, p.consent.detail, p.override_reason)) for p in conf.participants],
        agenda=[TopLine(
            t.number, t.title, t.notes, [d.text for d in t.decisions],
            [ActionLine(a.what, a.who, a.who_agency, a.due, _status_as_printed(a, conf), t.number) for a in t.actions],
            t.not_for_immigration_office) for t in tops],
        next_date=conf.next_date, draft=not conf.final, finalised_at=conf.finalised_at,
        addenda=[AddendumLine(a.on, a.text, a.author) for a in conf.addenda],
        organisation=organisation, omitted_tops=omitted,
        edition=translate("Print", "Fassung für die Ausländerbehörde") if for_immigration_office else "",
    )


def prepare(store: Store, conference_id: str, *, for_immigration_office: bool = False) -> MinutesDoc:
    """Everything the minutes need from the database (quick); rendering may then run elsewhere."""
    organisation = print_settings.organisation(store)
    conf = conference_queries.load(store, conference_id)
    return minutes_doc(conf, organisation, for_immigration_office=for_immigration_office)


def render_conference(store: Store, conference_id: str, *, for_immigration_office: bool = False,
                      printed_at: datetime | None = None) -> Rendered:
    doc = prepare(store, conference_id, for_immigration_office=for_immigration_office)
    rendered = render_minutes(doc, printed_at=printed_at)
    log_print(store, "conference", conference_id)
    return rendered


def log_print(store: Store, entity: str, row_id: str) -> None:
    """Printing personal data is an access: record it (ids only) in the audit chain."""
    with store.connection(write=True) as conn:
        audit.append(conn, store.device_id, store.actor, [("print", entity, row_id, [])])


def save(rendered: Rendered, path: Path) -> None:
    """Write the PDF (0600, by temp file and rename: no half-written minutes)."""
    atomic_write(path, rendered.pdf)
