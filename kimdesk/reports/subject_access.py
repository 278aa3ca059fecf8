"""The Art. 15 GDPR export: everything stored about one person, in German, as a PDF.

The document is plain data (``SubjectAccessDoc``: sections with label/value lines, notes and
tables) built by ``kimdesk.services.releases.subject_access``; this module only lays it out on the
shared template. Narrow tables print as grids; a table with many columns prints each row as
a small block of label/value lines, so nothing is squeezed into unreadable columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table as Grid, TableStyle

from kimdesk.i18n import translate
from kimdesk.reports import fonts
from kimdesk.reports import formatting as fmt
from kimdesk.reports.template import (
    DEFAULT_ORGANISATION,
    RULE,
    PageSetup,
    Rendered,
    Styles,
    data_table,
    field_table,
    frame_width,
    render,
)
from kimdesk.reports.text_guard import TextGuard

GRID_COLUMNS = 5  # wider tables print as blocks of label/value lines


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[str]]


@dataclass
class Section:
    title: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    intro: str = ""


@dataclass
class SubjectAccessDoc:
    person_name: str
    case_number: str
    sections: list[Section]
    organisation: str = DEFAULT_ORGANISATION
    on: date | None = None
    tables: list[str] = field(default_factory=list)  # the stored tables the export covers


def render_subject_access(doc: SubjectAccessDoc, *, printed_at: datetime | None = None) -> Rendered:
    setup = PageSetup(title=translate("Print", "Auskunft nach Art. 15 DSGVO"), organisation=doc.organisation,
                      reference=translate("Print", "Az. {number}").format(number=doc.case_number),
                      printed_at=printed_at)
    return render(lambda s, g: _story(doc, setup, s, g), setup, styles=Styles(size=9))


def _lines(text: str, g: TextGuard, where: str) -> str:
    return "<br/>".join(g.markup(line, where) for line in str(text).split("\n"))


def _story(doc: SubjectAccessDoc, setup: PageSetup, s: Styles, g: TextGuard) -> list[Flowable]:
    width = frame_width(setup)
    story: list[Flowable] = [
        Paragraph(translate("Print", "Auskunft über Ihre gespeicherten Daten"), s.title),
        Paragraph(translate("Print", "nach Art. 15 DSGVO für {name} – Stand {date}").format(
            name=g.markup(doc.person_name, translate("Print", "Name")), date=fmt.day(doc.on or date.today())),
            s.subtitle),
        Paragraph(translate("Print", "Dies sind alle Angaben, die {org} in KIMdesk über Sie gespeichert hat, mit ihrer "
                                     "Geschichte: wer sie wann erfasst, geändert oder Ihre Akte geöffnet hat.").format(
            org=g.markup(doc.organisation, translate("Print", "Briefkopf"))), s.body),
    ]
    for n, section in enumerate(doc.sections, 1):
        story += _section(n, section, s, g, width)
    return story


def _section(n: int, section: Section, s: Styles, g: TextGuard, width: float) -> list[Flowable]:
    where = section.title
    out: list[Flowable] = [CondPageBreak(30 * mm), Paragraph(f"{n}. {g.markup(section.title, where)}", s.h2)]
    if section.intro:
        out.append(Paragraph(g.markup(section.intro, where), s.small))
    if section.fields:
        out.append(field_table([(g.markup(k, where), _lines(v, g, where)) for k, v in section.fields], s, width,
                               label_width=48 * mm))
    for note in section.notes:
        out.append(Paragraph(g.markup(note, where), s.body))
    for table in section.tables:
        if table.title and table.title != section.title:
            out.append(Paragraph(g.markup(table.title, where), s.h3))
        if not table.rows:
            out.append(Paragraph(translate("Print", "Keine Einträge."), s.body))
        elif len(table.header) <= GRID_COLUMNS:
            out.append(_grid(table, s, g, where, width))
        else:
            out += _cards(table, s, g, where, width)
    return out


def _grid(table: Table, s: Styles, g: TextGuard, where: str, width: float) -> Grid:
    """Columns at least as wide as their longest word, the rest shared by how much text they hold."""
    font, size, pad = s.cell.fontName, s.cell.fontSize, 10
    columns = list(zip(*table.rows, strict=True))
    least = [max([stringWidth(w, font, size) for text in col for w in (text.split() or [""])]
                 + [stringWidth(w, s.head.fontName, size) for w in (head.split() or [""])]) + pad
             for col, head in zip(columns, table.header, strict=True)]
    wanted = [min(max(stringWidth(line, font, size) for text in col for line in (text.split("\n") or [""])) + pad,
                  70 * mm) for col in columns]
    wanted = [max(a, b) for a, b in zip(least, wanted, strict=True)]
    if sum(wanted) <= width:
        widths = [w * width / sum(wanted) for w in wanted]
    else:
        spare = max(0.0, width - sum(least))
        extra = [w - m for w, m in zip(wanted, least, strict=True)]
        widths = [m + (spare * e / sum(extra) if sum(extra) else 0) for m, e in zip(least, extra, strict=True)]
        if sum(widths) > width:  # longest words alone do not fit: share the page by them
            widths = [w * width / sum(widths) for w in widths]
    rows = [[_lines(cell, g, where) for cell in row] for row in table.rows]
    return data_table([g.markup(h, where) for h in table.header], rows, widths, s)


def _cards(table: Table, s: Styles, g: TextGuard, where: str, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for row in table.rows:
        pairs = [(g.markup(h, where), _lines(v, g, where)) for h, v in zip(table.header, row, strict=True)
                 if v not in ("", "–")]
        card = field_table(pairs, s, width - 4 * mm, label_width=44 * mm)
        box = Grid([[card]], colWidths=[width], hAlign="LEFT")
        box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                                 ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                 ("TEXTCOLOR", (0, 0), (-1, -1), colors.black)]))
        out.append(KeepTogether([box]))
    out.append(Spacer(1, 2 * mm))
    return out
