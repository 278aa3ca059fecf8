"""The register of structural findings (*generative Themen*) as a list for the steering group.

Counts only: the number of linked cases, with 1–4 shown as "< 5"; no case is named. Wide
landscape pages, because each finding carries a description, legal domains and
municipalities.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from kimdesk.i18n import translate
from kimdesk.reports import formatting as fmt
from kimdesk.reports.template import (
    PageSetup,
    Rendered,
    Styles,
    anonymous_note,
    data_table,
    frame_height,
    frame_width,
    render,
)
from kimdesk.reports.text_guard import TextGuard


@dataclass
class FindingLine:
    title: str
    description: str
    legal_domains: str
    municipalities: str
    cases: str  # already protected: "< 5" for 1–4
    status: str
    noted_on: date | None = None
    raised_on: date | None = None


def render_findings(lines: list[FindingLine], organisation: str, *, printed_at: datetime | None = None) -> Rendered:
    setup = PageSetup(title=translate("Print", "Strukturelle Themen"), organisation=organisation,
                      reference=translate("Print", "für die Lenkungsgruppe"), printed_at=printed_at, wide=True,
                      confidential=False, footer_note=anonymous_note())
    return render(lambda s, g: _story(lines, setup, s, g), setup)


def _story(lines: list[FindingLine], setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    story: list[Flowable] = [
        Paragraph(translate("Print", "Strukturelle Themen (generative Themen)"), s.title),
        Paragraph(translate("Print", "Liste für die Lenkungsgruppe – Stand {date}").format(date=fmt.day(date.today())),
                  s.subtitle),
        Paragraph(translate("Print", "Probleme, die viele Fälle teilen. Die Zahl der Fälle ist gezählt, nicht benannt; "
                                     "weniger als 5 Fälle werden als „< 5“ ausgewiesen."), s.body),
    ]
    rows = []
    for i, f in enumerate(lines, 1):
        where = translate("Print", "Thema {n}").format(n=i)
        rows.append([f"<b>{g.markup(f.title, where)}</b>", g.markup(f.description, where) or "–",
                     g.markup(f.legal_domains, where) or "–", g.markup(f.municipalities, where) or "–", f.cases,
                     g.markup(f.status, where), fmt.day(f.noted_on) or "–", fmt.day(f.raised_on) or "–"])
    if not rows:
        return story + [Paragraph(translate("Print", "Es sind keine Themen erfasst."), s.body)]
    widths = [55 * mm, 0.0, 35 * mm, 35 * mm, 14 * mm, 27 * mm, 20 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    story.append(data_table([translate("Print", "Thema"), translate("Print", "Beschreibung"),
                             translate("Print", "Rechtskreise"), translate("Print", "Kommunen"),
                             translate("Print", "Fälle"), translate("Print", "Stand"), translate("Print", "erfasst"),
                             translate("Print", "in der Lenkungs­gruppe")], rows, widths, s,
                            page_height=frame_height(setup)))
    return story
