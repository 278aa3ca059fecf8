"""The plan as the *Zielvereinbarung*: a one-page agreement for the person to keep and sign.

A KIM plan is an agreement between the person and the case management, not the youth
office's *Hilfeplan* under § 36 SGB VIII, so it is titled "Zielvereinbarung". It shows the
starting situation and the person's resources from the assessment (never the health notes),
the offices involved, the goals with their measures (what, who – office or person –, by
when, status), the review date, and signature lines for the person, the guardian or legal
representative when the person is a minor or has one, and the case manager. It must fit
one sheet, so the content is shrunk to fit rather than spilling onto a second page. The
person is named in the body (it is their paper), never in the page header or footer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from kimdesk.i18n import translate
from kimdesk.reports import catalogue
from kimdesk.reports import formatting as fmt
from kimdesk.reports.bilingual import Markup, Texts
from kimdesk.reports.template import (
    DEFAULT_ORGANISATION,
    RULE,
    PageSetup,
    Rendered,
    Styles,
    data_table,
    field_table,
    frame_height,
    frame_width,
    notice_section,
    render,
    signature_block,
)
from kimdesk.reports.text_guard import TextGuard


@dataclass
class MeasureLine:
    what: str
    who: str = ""  # office and/or person, already joined
    due: date | None = None
    status: str = "open"


@dataclass
class GoalLine:
    text: str
    status: str = ""  # as displayed ("offen", "erreicht", …)
    review_on: date | None = None
    measures: list[MeasureLine] = field(default_factory=list)


@dataclass
class PlanDoc:
    person_name: str
    case_number: str
    goals: list[GoalLine] = field(default_factory=list)
    review_on: date | None = None
    agreed_on: date | None = None
    draft: bool = True
    note: str = ""
    case_manager: str = ""
    organisation: str = DEFAULT_ORGANISATION
    on: date | None = None
    situation: list[tuple[str, str]] = field(default_factory=list)  # (label, text) from the assessment
    resources: str = ""
    offices: list[str] = field(default_factory=list)
    guardian: bool = False
    language: str | None = None  # catalogue code of the person's language; None: German only


def render_plan(doc: PlanDoc, *, printed_at: datetime | None = None) -> Rendered:
    de = catalogue.load(catalogue.GERMAN)
    setup = PageSetup(title=de.text("plan.title"), organisation=doc.organisation,
                      reference=f"Az. {doc.case_number}", printed_at=printed_at)
    return render(lambda s, g: _story(doc, setup, s, g), setup, styles=Styles(size=9.5))


def _story(doc: PlanDoc, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    on = doc.on or date.today()
    t = Texts(catalogue.load(doc.language) if doc.language else None, s, g, width)
    org = g.markup(doc.organisation, "Briefkopf")
    name = g.markup(doc.person_name, "Name")
    agreed = bool(doc.agreed_on and not doc.draft)
    state = t.german("plan.agreed", date=fmt.day(doc.agreed_on)) if agreed else t.german("plan.draft")
    content: list[Flowable] = [
        *t.both("plan.title", s.title),
        Paragraph(t.german("plan.for", name=name, date=fmt.day(on)) + f" – {state}", s.subtitle),
        *t.translated("plan.for", name=doc.person_name, date=fmt.day(on)),
        *t.note(),
        *t.both("plan.intro", s.body),
    ]
    if doc.situation:
        content.append(Paragraph(t.short("plan.situation"), s.h3))
        content.append(field_table([(g.markup(label, label), g.markup(text, label)) for label, text in doc.situation],
                                   s, width, label_width=32 * mm))
    if doc.resources:
        content.append(Paragraph(t.short("plan.resources"), s.h3))
        content.append(Paragraph(g.markup(doc.resources, "Ressourcen"), s.body))
    if doc.offices:
        content.append(Paragraph(f"<b>{t.inline('plan.offices')}</b> "
                                 + ", ".join(g.markup(o, "Stellen") for o in doc.offices), s.body))
    content.append(Paragraph(t.short("plan.goals"), s.h3))
    rows = []
    extra: list[tuple] = []
    for n, goal in enumerate(doc.goals, 1):
        where = translate("Print", "Ziel {n}").format(n=n)
        head = f"<b>{n}.</b> {g.markup(goal.text, where)}"
        if goal.status:
            head += f"<br/><font color='#4a5560'>{g.markup(goal.status, where)}</font>"
        if goal.review_on:
            head += "<br/><font color='#4a5560'>" + translate("Print", "überprüfen am {date}").format(
                date=fmt.day(goal.review_on)) + "</font>"
        first = len(rows) + 1  # + header row
        measures = goal.measures or [MeasureLine("–", "", None, "")]
        for i, m in enumerate(measures):
            rows.append([head if i == 0 else "", g.markup(m.what, where) or "–", g.markup(m.who, where) or "–",
                         fmt.day(m.due) or "–", fmt.action_status(m.status) if m.status else ""])
        if len(measures) > 1:
            extra.append(("SPAN", (0, first), (0, first + len(measures) - 1)))
        extra.append(("LINEBELOW", (0, first + len(measures) - 1), (-1, first + len(measures) - 1), 0.9, RULE))
    if rows:
        extra.insert(0, ("BACKGROUND", (0, 1), (-1, -1), colors.white))  # goals, not stripes, group the rows
        widths = [48 * mm, 0.0, 38 * mm, 23 * mm, 17 * mm]
        widths[1] = width - sum(widths)
        content.append(data_table([t.short("plan.goal"), t.short("plan.measure"), t.short("plan.who"),
                                   t.short("plan.due"), t.short("plan.status")], rows, widths, s, extra=extra))
    else:
        content += t.both("plan.none", s.body)
    content.append(Spacer(1, 3 * mm))
    when = fmt.weekday_day(doc.review_on) if doc.review_on else "____________"
    content.append(Paragraph(f"<b>{t.inline('plan.review')}</b> {when}", s.body))
    if doc.note:
        content.append(Paragraph(f"<b>{t.inline('plan.also')}</b> " + g.markup(doc.note, "Vermerk"), s.body))
    who = g.markup(doc.case_manager, "Case Manager:in") or "–"
    content += t.both("plan.change", s.small, who=Markup(who, doc.case_manager or "–"),
                      org=Markup(org, doc.organisation))
    content.append(Spacer(1, 8 * mm))
    manager = g.markup(doc.case_manager, translate("Print", "Case Manager:in"))
    lines = [(t.short("sign.place_date"), ""), (t.short("plan.sign_person"), "")]
    if doc.guardian:
        lines.append((t.short("plan.sign_guardian"), ""))
    lines.append((t.short("plan.sign_case_manager"), manager))
    content.append(signature_block(lines, s, width, gap=14 * mm))
    content += notice_section(g.notices, s)
    g.listed = True
    return [KeepInFrame(width, frame_height(setup), content, mode="shrink")]
