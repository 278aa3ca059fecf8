"""The one-page hand-out for the person: each need, the office responsible, its contact, the next step.

Written for the person, in plain German; the interpreter explains it. It must fit on one
page, so the content is shrunk to fit (``KeepInFrame``) rather than spilling onto a second
sheet that gets lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from kimdesk.i18n import translate
from kimdesk.reports import formatting as fmt
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
class HandoutLine:
    need: str
    office: str = ""
    contact: str = ""  # person or function, phone, address: already joined by lines
    next_step: str = ""


@dataclass
class HandoutDoc:
    person_name: str
    case_number: str
    lines: list[HandoutLine] = field(default_factory=list)
    case_manager: str = ""
    organisation: str = DEFAULT_ORGANISATION
    next_conference: date | None = None
    next_follow_up: date | None = None
    on: date | None = None


def render_handout(doc: HandoutDoc, *, printed_at: datetime | None = None) -> Rendered:
    setup = PageSetup(title=translate("Print", "Ihre Ansprechstellen"), organisation=doc.organisation,
                      reference=translate("Print", "Az. {number}").format(number=doc.case_number), printed_at=printed_at)
    return render(lambda s, g: _story(doc, setup, s, g), setup, styles=Styles(size=10))


def _story(doc: HandoutDoc, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    on = doc.on or date.today()
    content: list[Flowable] = [
        Paragraph(translate("Print", "Ihre Ansprechstellen"), s.title),
        Paragraph(translate("Print", "für {name} – Stand {date}").format(
            name=g.markup(doc.person_name, translate("Print", "Name")), date=fmt.day(on)), s.subtitle),
        Paragraph(translate("Print", "Hier sehen Sie, welche Stelle sich um welches Anliegen kümmert, wen Sie dort "
                                     "erreichen und was als Nächstes geschieht. Bringen Sie dieses Blatt zu Ihren "
                                     "Terminen mit."), s.body),
        Spacer(1, 2 * mm),
    ]
    rows = []
    for i, line in enumerate(doc.lines, 1):
        where = translate("Print", "Zeile {n}").format(n=i)
        rows.append([g.markup(line.need, where),
                     g.markup(line.office, where) or translate("Print", "wird noch geklärt"),
                     g.markup(line.contact, where) or "–",
                     g.markup(line.next_step, where) or "–"])
    if rows:
        widths = [40 * mm, 40 * mm, 0.0, 45 * mm]
        widths[2] = width - sum(widths)
        content.append(data_table([translate("Print", "Ihr Anliegen"), translate("Print", "Zuständige Stelle"),
                                   translate("Print", "Kontakt"), translate("Print", "Nächster Termin / Schritt")],
                                  rows, widths, s))
    else:
        content.append(Paragraph(translate("Print", "Zurzeit sind keine offenen Anliegen erfasst."), s.body))
    content.append(Spacer(1, 4 * mm))
    if doc.next_conference:
        content.append(Paragraph(translate("Print", "<b>Nächste Fallkonferenz:</b> {date}").format(
            date=fmt.weekday_day(doc.next_conference)), s.body))
    if doc.next_follow_up:
        content.append(Paragraph(translate("Print", "<b>Nächster Termin bei Ihrer Ansprechperson:</b> {date}").format(
            date=fmt.weekday_day(doc.next_follow_up)), s.body))
    org = g.markup(doc.organisation, translate("Print", "Briefkopf"))
    if doc.case_manager:
        content.append(Paragraph(translate("Print", "<b>Ihre Ansprechperson:</b> {name}, {org}").format(
            org=org, name=g.markup(doc.case_manager, translate("Print", "Case Manager:in"))), s.body))
    else:
        content.append(Paragraph(translate("Print", "<b>Ihre Ansprechstelle:</b> {org}").format(org=org), s.body))
    content += notice_section(g.notices, s)
    g.listed = True
    # one sheet: shrink rather than overflow onto a second page
    return [KeepInFrame(width, frame_height(setup), content, mode="shrink")]
