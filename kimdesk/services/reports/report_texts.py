"""The text sections of the *Sachstandsbericht*, saved with the report's period.

Introduction, developments, structural findings and outlook: written by the team around the
figures, stored as synced rows (one per report, period and section, with an id derived from
them so two laptops meet in one row). Free text could name a person, so a section reaches the
anonymous PDF only when a person has marked it as reviewed for publication; changing the text
takes the mark away again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kimdesk.errors import ValidationError
from kimdesk.figures.sections import section_labels
from kimdesk.i18n import translate
from kimdesk.models import ReportText
from kimdesk.models.report_text import SECTIONS
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.clients_intake.exchange_format import child_id
from kimdesk.store.store import Store

COMMITTEE = "committee"


@dataclass(frozen=True)
class Section:
    section: str
    text: str
    reviewed: bool


def text_id(report: str, date_from: date, date_to: date, section: str) -> str:
    return child_id(f"report/{report}", "text", f"{date_from.isoformat()}/{date_to.isoformat()}/{section}")


def load(store: Store, date_from: date, date_to: date, report: str = COMMITTEE) -> dict[str, Section]:
    """Every section saved for the period (missing ones empty, not reviewed)."""
    t = ReportText.__table__
    with store.connection() as conn:
        rows = conn.execute(select(t.c.section, t.c.text, t.c.reviewed).where(
            t.c.report == report, t.c.date_from == date_from, t.c.date_to == date_to, t.c.deleted.is_(False))).all()
    got = {r.section: Section(r.section, r.text or "", bool(r.reviewed)) for r in rows}
    return {s: got.get(s, Section(s, "", False)) for s in SECTIONS}


def save(store: Store, date_from: date, date_to: date, section: str, text: str, *, reviewed: bool = False,
         report: str = COMMITTEE) -> str:
    """Save one section; ``reviewed`` marks it for publication (a changed text is unreviewed unless marked)."""
    v.choice(section, "section", SECTIONS)
    if date_from > date_to:
        raise ValidationError(translate("Report", "Der Zeitraum beginnt nach seinem Ende ({start} > {end}).").format(
            start=date_from.isoformat(), end=date_to.isoformat()), "date_from")
    body = v.text(text, "text", max_len=v.TEXT_MAX) or ""
    rid = text_id(report, date_from, date_to, section)
    with store.session() as session:
        row = session.get(ReportText, rid)
        if row is None:
            session.add(ReportText(id=rid, report=report, date_from=date_from, date_to=date_to, section=section,
                                   text=body, reviewed=bool(reviewed and body)))
        else:
            if row.text != body:
                row.text = body
            if row.reviewed != bool(reviewed and body):
                row.reviewed = bool(reviewed and body)
            if row.deleted:
                row.deleted = False
    return rid


def publishable(sections: dict[str, Section]) -> dict[str, str]:
    """Only reviewed, non-empty sections: what an anonymous document may print."""
    return {k: s.text for k, s in sections.items() if s.reviewed and s.text.strip()}
