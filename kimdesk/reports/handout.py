"""The one-page hand-out for the person: per chosen need, the office, how to reach it, the next appointment.

Written for the person: for each need the case manager chose to list, the office with its
address, phone, e-mail and opening hours (from the agency catalogue), the person's contact
there if known, and the next appointment there (``Appointment``; the team's internal
follow-ups never appear). At the end the case manager's name, phone and e-mail. It never
asks the person to show the sheet to every office. German first; with a language chosen,
every text also in that language (the catalogues). It must fit one page, so the content is
shrunk to fit (``KeepInFrame``) rather than spilling onto a second sheet that gets lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from kimdesk.reports import catalogue
from kimdesk.reports import formatting as fmt
from kimdesk.reports.bilingual import Markup, Texts
from kimdesk.reports.template import (
    DEFAULT_ORGANISATION,
    PageSetup,
    Rendered,
    Styles,
    data_table,
    frame_height,
    frame_width,
    notice_section,
    render,
)
from kimdesk.reports.text_guard import TextGuard


@dataclass
class AppointmentLine:
    on: date
    at: time | None = None
    place: str = ""
    with_whom: str = ""
    office: str = ""  # when the appointment is not tied to one of the listed needs


@dataclass
class HandoutLine:
    need: str
    office: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    opening_hours: str = ""
    contact: str = ""  # the person's contact there
    appointment: AppointmentLine | None = None


@dataclass
class HandoutDoc:
    person_name: str
    case_number: str
    lines: list[HandoutLine] = field(default_factory=list)
    case_manager: str = ""
    organisation: str = DEFAULT_ORGANISATION
    on: date | None = None
    case_manager_phone: str = ""
    case_manager_email: str = ""
    other_appointments: list[AppointmentLine] = field(default_factory=list)
    language: str | None = None  # catalogue code of the person's language; None: German only


def render_handout(doc: HandoutDoc, *, printed_at: datetime | None = None) -> Rendered:
    de = catalogue.load(catalogue.GERMAN)
    setup = PageSetup(title=de.text("handout.title"), organisation=doc.organisation,
                      reference=f"Az. {doc.case_number}", printed_at=printed_at)
    return render(lambda s, g: _story(doc, setup, s, g), setup, styles=Styles(size=9.5))


def appointment_text(a: AppointmentLine) -> str:
    parts = [fmt.weekday_day(a.on) + (", " + fmt.clock(a.at) if a.at else "")]
    parts += [p for p in (a.office, a.place, a.with_whom) if p]
    return "\n".join(parts)


def _story(doc: HandoutDoc, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    on = doc.on or date.today()
    t = Texts(catalogue.load(doc.language) if doc.language else None, s, g, width)
    name = g.markup(doc.person_name, "Name")
    content: list[Flowable] = [
        *t.both("handout.title", s.title),
        *t.both("handout.subtitle", s.subtitle, name=Markup(name, doc.person_name), date=fmt.day(on)),
        *t.note(),
        *t.both("handout.intro", s.body),
        Spacer(1, 2 * mm),
    ]
    rows = []
    for i, line in enumerate(doc.lines, 1):
        where = f"Zeile {i}"
        reach = []
        if line.address:
            reach.append(g.markup(line.address, where))
        if line.phone:
            reach.append(f"{t.inline('handout.phone')}: " + g.markup(line.phone, where))
        if line.email:
            reach.append(f"{t.inline('handout.email')}: " + g.markup(line.email, where))
        if line.opening_hours:
            reach.append(f"{t.inline('handout.hours')}: " + g.markup(line.opening_hours, where))
        if line.contact:
            reach.append(f"{t.inline('handout.contact')}: " + g.markup(line.contact, where))
        rows.append([g.markup(line.need, where),
                     g.markup(line.office, where) or t.short("handout.unclear"),
                     "<br/>".join(reach) or "–",
                     g.markup(appointment_text(line.appointment), where) if line.appointment else "–"])
    if rows:
        widths = [32 * mm, 36 * mm, 0.0, 42 * mm]
        widths[2] = width - sum(widths)
        content.append(data_table([t.short("handout.need"), t.short("handout.office"), t.short("handout.reach"),
                                   t.short("handout.appointment")], rows, widths, s))
    else:
        content += t.both("handout.none", s.body)
    if doc.other_appointments:
        content.append(Spacer(1, 2 * mm))
        content.append(Paragraph(f"<b>{t.inline('handout.other_appointments')}</b>", s.body))
        for a in doc.other_appointments:
            content.append(Paragraph("– " + g.markup(appointment_text(a).replace("\n", ", "), "Termin"), s.body))
    content.append(Spacer(1, 4 * mm))
    who = [g.markup(doc.case_manager, "Case Manager:in")] if doc.case_manager else []
    who.append(g.markup(doc.organisation, "Briefkopf"))
    if doc.case_manager_phone:
        who.append(f"{t.inline('handout.phone')}: " + g.markup(doc.case_manager_phone, "Telefon"))
    if doc.case_manager_email:
        who.append(f"{t.inline('handout.email')}: " + g.markup(doc.case_manager_email, "E-Mail"))
    content.append(Paragraph(f"<b>{t.inline('handout.case_manager')}:</b><br/>" + "<br/>".join(who), s.body))
    content += notice_section(g.notices, s)
    g.listed = True
    # one sheet: shrink rather than overflow onto a second page
    return [KeepInFrame(width, frame_height(setup), content, mode="shrink")]
