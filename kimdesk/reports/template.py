"""The page template every KIMdesk document shares: A4, fonts, running header and footer.

Each page carries the organisation and the document title in the header (with a reference
such as a case number, never a person's name), and a footer with the confidentiality note
"Sozialdaten nach § 35 SGB I", the print date and "Seite x von y". Drafts get a diagonal
"Entwurf" watermark. The total page count is known only at the end, so the canvas keeps each
finished page's state and draws header, footer and watermark on all of them when the
document is saved (one layout pass, no second build).

Documents (minutes, consent form, hand-out, and later plan, committee and school-entry
reports, the Art. 15 export) build a list of flowables with ``Styles`` and the table helpers
here and call ``render``; they never touch fonts or page furniture themselves.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from kimdesk.i18n import translate
from kimdesk.reports import fonts
from kimdesk.reports.text_guard import CLOSE, OPEN, Notice, TextGuard

from kimdesk.reports import DEFAULT_ORGANISATION  # noqa: E402,F401  (re-exported)
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 28 * mm, 24 * mm  # DIN 5008-like left margin
RULE = colors.HexColor("#7f8c99")
HEAD_FILL = colors.HexColor("#e3e8ee")
ZEBRA = colors.HexColor("#f5f7f9")
MUTED = colors.HexColor("#4a5560")
ALERT = colors.HexColor("#a3201b")


@dataclass
class PageSetup:
    """What the page furniture shows. ``reference`` is e.g. "Az. 25-AB12-0001" – never a name."""

    title: str
    organisation: str = DEFAULT_ORGANISATION
    reference: str = ""
    draft: bool = False
    confidential: bool = True  # footer: "Vertraulich – Sozialdaten …"; else ``footer_note`` (may be empty)
    footer_note: str = ""
    printed_at: datetime | None = None
    wide: bool = False  # landscape, for reports with many columns
    running_title: str = ""  # shorter title for the page header (default: ``title``)

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.wide else A4


def anonymous_note() -> str:
    """Footer of the reports for committees and steering groups: counts only, no social data of anyone."""
    return translate("Print", "Anonymisiert – keine Angaben zu Personen")


@dataclass
class Rendered:
    """A finished PDF: the bytes, how many pages, and what could not be printed as written."""

    pdf: bytes
    pages: int
    notices: list[Notice] = field(default_factory=list)


class Styles:
    """Paragraph styles, all in the embedded family (no Base-14 font can slip in)."""

    def __init__(self, size: float = 9.5):
        fonts.register()
        r, b = fonts.REGULAR, fonts.BOLD
        lead = size * 1.32
        self.body = ParagraphStyle("body", fontName=r, fontSize=size, leading=lead, spaceAfter=size * 0.45)
        self.plain = ParagraphStyle("plain", parent=self.body, spaceAfter=0)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                    textColor=MUTED, spaceAfter=2)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=size - 0.5, leading=(size - 0.5) * 1.25,
                                   spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=b)
        self.cell_alert = ParagraphStyle("cell_alert", parent=self.cell, textColor=ALERT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=b)
        self.label = ParagraphStyle("label", parent=self.cell, fontName=b, textColor=MUTED)
        self.title = ParagraphStyle("title", parent=self.body, fontName=b, fontSize=size + 6.5,
                                    leading=(size + 6.5) * 1.2, spaceAfter=size * 0.3)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                                       textColor=MUTED, spaceAfter=size)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=b, fontSize=size + 2.5, leading=(size + 2.5) * 1.3,
                                 spaceBefore=size * 1.2, spaceAfter=size * 0.5, keepWithNext=1)
        self.h3 = ParagraphStyle("h3", parent=self.body, fontName=b, fontSize=size + 1, leading=(size + 1) * 1.3,
                                 spaceBefore=size * 0.9, spaceAfter=size * 0.3, keepWithNext=1)
        self.run_in = ParagraphStyle("run_in", parent=self.body, fontName=b, spaceBefore=size * 0.3, spaceAfter=1,
                                     keepWithNext=1)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.left = ParagraphStyle("left", parent=self.body, alignment=TA_LEFT)


def frame_width(setup: PageSetup) -> float:
    return setup.pagesize[0] - LEFT - RIGHT


def frame_height(setup: PageSetup) -> float:
    return setup.pagesize[1] - TOP - BOTTOM


# -- tables ------------------------------------------------------------------------------
@lru_cache(maxsize=8)
def _table_class(page_height: float) -> type[Table]:
    class PagedTable(Table):
        """Splits between rows; only a table with a row taller than a page splits inside rows.

        reportlab's own ``splitInRow`` would otherwise start a table remainder (with its
        repeated header) in the middle of the page just to squeeze in part of a long row.
        """

        def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
            self._calc(availWidth, availHeight)
            head = sum(self._rowHeights[:self.repeatRows])
            giant = any(h > page_height - head for h in self._rowHeights[self.repeatRows:])
            return self._splitRows(availHeight, doInRowSplit=giant) or []

    return PagedTable


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], styles: Styles,
               *, extra: Sequence[tuple] = (), page_height: float | None = None) -> Table:
    """A grid with a header row that repeats on every page the table spans.

    Cells (and header cells) may be strings (markup, already escaped) or flowables. A row taller than a page
    (``page_height``: the frame's height, portrait A4 by default) is split inside the row, so
    no text is ever pushed off the page.
    """
    data: list[list[Any]] = [[Paragraph(h, styles.head) if isinstance(h, str) else h for h in header]]
    for row in rows:
        data.append([Paragraph(c, styles.cell) if isinstance(c, str) else c for c in row])
    cls = _table_class(page_height or frame_height(PageSetup("")))
    table = cls(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in range(2, len(data), 2):
        commands.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def field_table(pairs: Sequence[tuple[str, str]], styles: Styles, width: float, label_width: float = 38 * mm) -> Table:
    """Label/value lines of a document head (Datum, Ort, …): no grid, labels muted."""
    data = [[Paragraph(label, styles.label), Paragraph(value, styles.cell)] for label, value in pairs]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    return table


def signature_block(lines: Sequence[tuple[str, str]], styles: Styles, width: float, *, gap: float = 16 * mm,
                    columns: int | None = None) -> Table:
    """Signature lines side by side: (role, name) pairs, e.g. ("Moderation", "Anna Weber").

    Names are markup (already cleaned); an empty name leaves the line for a handwritten one.
    """
    n = max(1, columns or len(lines))
    space = 10 * mm
    col = (width - space * (n - 1)) / n
    widths: list[float] = []
    top: list[Any] = []
    bottom: list[Any] = []
    for i, (role, name) in enumerate(lines):
        if i:
            widths.append(space)
            top.append("")
            bottom.append("")
        widths.append(col)
        top.append("")
        text = f"{name}<br/><font color='#4a5560'>{role}</font>" if name else f"<font color='#4a5560'>{role}</font>"
        bottom.append(Paragraph(text, styles.cell))
    if len(lines) < n:
        widths.append(width - sum(widths))
        top.append("")
        bottom.append("")
    table = Table([top, bottom], colWidths=widths, rowHeights=[gap, None], hAlign="LEFT")
    commands: list[tuple] = [("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    for i in range(0, 2 * len(lines) - 1, 2):
        commands.append(("LINEABOVE", (i, 1), (i, 1), 0.7, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def notice_section(notices: Sequence[Notice], styles: Styles) -> list[Flowable]:
    """The end-of-document list of fields printed as a transliteration (empty if none)."""
    if not notices:
        return []
    intro = translate("Print", "Hinweis zur Darstellung: Die folgenden Angaben enthalten Schrift, die in diesem "
                               "Dokument nicht wiedergegeben werden kann. Sie sind in lateinischer Umschrift "
                               "gedruckt und mit {open} {close} gekennzeichnet; maßgeblich ist die Eintragung "
                               "in KIMdesk.").format(open=OPEN, close=CLOSE)
    seen: dict[str, list[str]] = {}
    for n in notices:
        scripts = seen.setdefault(n.field, [])
        scripts += [s for s in n.scripts if s not in scripts]
    items = "<br/>".join(f"– {_esc(f)}: {_esc(', '.join(s))}" for f, s in seen.items())
    return [Spacer(1, 4 * mm), Paragraph(intro, styles.small), Paragraph(items, styles.small)]


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


# -- the canvas that knows the page count --------------------------------------------------
def _furniture_canvas(setup: PageSetup, printed: datetime, result: dict[str, int]) -> type[Canvas]:
    class FurnitureCanvas(Canvas):
        """Defers header, footer and watermark to ``save`` when the page total is known."""

        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            result["pages"] = total
            for state in self._page_states:
                self.__dict__.update(state)
                _draw_furniture(self, setup, printed, self.getPageNumber(), total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FurnitureCanvas


def _draw_furniture(c: Canvas, setup: PageSetup, printed: datetime, page: int, total: int) -> None:
    width, height = setup.pagesize
    c.saveState()
    if setup.draft:
        c.setFillColor(colors.HexColor("#8a96a3"))
        c.setFillAlpha(0.16)
        c.setFont(fonts.BOLD, 96)
        c.translate(width / 2, height / 2)
        c.rotate(52)
        c.drawCentredString(0, -34, translate("Print", "Entwurf"))
        c.restoreState()
        c.saveState()
    top = height - 14 * mm
    usable = width - LEFT - RIGHT
    title = _Line(setup.running_title or setup.title, fonts.REGULAR, 9, colors.black, usable * 0.45)
    title.draw(c, width - RIGHT, top, TA_RIGHT)
    _Line(setup.organisation, fonts.BOLD, 9, colors.black, usable - title.width - 8 * mm).draw(c, LEFT, top, TA_LEFT)
    if setup.reference:
        _Line(setup.reference, fonts.REGULAR, 8, MUTED, usable * 0.45).draw(c, width - RIGHT, top - 10, TA_RIGHT)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(LEFT, top - 14, width - RIGHT, top - 14)
    bottom = 13 * mm
    c.line(LEFT, bottom + 9, width - RIGHT, bottom + 9)
    printed_text = translate("Print", "Gedruckt am {date}").format(
        date=printed.strftime("%d.%m.%Y, ") + translate("Print", "{time} Uhr").format(time=printed.strftime("%H:%M")))
    printed_line = _Line(printed_text, fonts.REGULAR, 7.5, MUTED, usable)
    note = translate("Print", "Vertraulich – Sozialdaten nach § 35 SGB I") if setup.confidential else setup.footer_note
    if note:  # never into the print date
        room = width / 2 + 8 * mm - printed_line.width / 2 - 3 * mm - LEFT
        _Line(note, fonts.REGULAR, 7.5, MUTED, room).draw(c, LEFT, bottom, TA_LEFT)
    printed_line.draw(c, width / 2 + 8 * mm, bottom, TA_CENTER)
    _Line(translate("Print", "Seite {page} von {total}").format(page=page, total=total), fonts.REGULAR, 8,
          colors.black, usable).draw(c, width - RIGHT, bottom, TA_RIGHT)
    c.restoreState()


class _Line:
    """One line of page furniture, shaped and set in fonts like body text, clipped with "…" to ``limit``.

    Plain Latin/Greek/Cyrillic text is drawn straight on the canvas (fast path); text with a run
    in a script family (Arabic, Persian, Pashto, Ethiopic, …) becomes a one-line ``Paragraph``,
    so HarfBuzz shapes it, fonts fall back run by run and right-to-left runs are ordered like in
    the body. Unprintable scripts were already reported by ``render`` (``TextGuard.markup``).
    """

    def __init__(self, text: str, font: str, size: float, color: Any, limit: float):
        self.font, self.size, self.color = font, size, color
        self.text = text
        self.para: Paragraph | None = None
        if _markup(text) == _esc(text):
            self.width = _width(text, font, size)
            if self.width > limit:
                self.text = _clip_plain(text, font, size, limit)
                self.width = _width(self.text, font, size)
            return
        para, width = self._para(text)
        if width > limit:
            lo, hi = 0, len(text)
            while lo < hi:  # the longest prefix that fits with its ellipsis
                mid = (lo + hi + 1) // 2
                if self._para(text[:mid].rstrip() + "…")[1] <= limit:
                    lo = mid
                else:
                    hi = mid - 1
            para, width = self._para(text[:lo].rstrip() + "…")
        self.para, self.width = para, width

    def _para(self, text: str) -> tuple[Paragraph, float]:
        style = _furniture_style(self.font, self.size, self.color)
        para = Paragraph(_markup(text), style)
        para.wrap(10_000, 1_000)
        return para, max(para.getActualLineWidths0() or [0.0])

    def draw(self, c: Canvas, x: float, y: float, align: int) -> None:
        left = x - self.width if align == TA_RIGHT else x - self.width / 2 if align == TA_CENTER else x
        if self.para is None:
            c.setFillColor(self.color)
            c.setFont(self.font, self.size)
            c.drawString(left, y, self.text)
            return
        # a Paragraph's first baseline lies ``fontSize`` below its top (reportlab's first line offset)
        self.para.drawOn(c, left, y - self.para.height + self.size)


def _markup(text: str) -> str:
    return TextGuard().markup(text, "")


@lru_cache(maxsize=32)
def _furniture_style(font: str, size: float, color: Any) -> ParagraphStyle:
    return ParagraphStyle(f"furniture-{font}-{size}", fontName=font, fontSize=size, leading=size * 1.2,
                          textColor=color, spaceBefore=0, spaceAfter=0)


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _clip_plain(text: str, font: str, size: float, limit: float) -> str:
    while text and _width(text + "…", font, size) > limit:
        text = text[:-1]
    return text + "…"


# -- building ----------------------------------------------------------------------------
def render(build_story: Callable[[Styles, TextGuard], list[Flowable]], setup: PageSetup,
           *, styles: Styles | None = None) -> Rendered:
    """Lay out the story on the shared template; returns the PDF bytes and what to report.

    ``build_story`` gets the styles and a fresh ``TextGuard``; the guard's notices are listed
    at the end of the document and returned.
    """
    fonts.register()
    styles = styles or Styles()
    guard = TextGuard()
    # page header: shaped and set like body text (``_Line``); only unprintable scripts are reported
    for value, where in ((setup.organisation, translate("Print", "Briefkopf")),
                         (setup.title, translate("Print", "Titel")),
                         (setup.running_title, translate("Print", "Titel")),
                         (setup.reference, translate("Print", "Bezug"))):
        guard.markup(value, where)
    story = build_story(styles, guard)
    if not guard.listed:
        story += notice_section(guard.notices, styles)
    printed = setup.printed_at or datetime.now()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=setup.pagesize, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
        title=setup.title, author=setup.organisation, creator="KIMdesk", subject=setup.title,
        initialFontName=fonts.REGULAR, initialFontSize=10, initialLeading=12, lang="de-DE",
    )
    frame = Frame(LEFT, BOTTOM, frame_width(setup), frame_height(setup), id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    result: dict[str, int] = {}
    doc.build(story, canvasmaker=_furniture_canvas(setup, printed, result))
    return Rendered(buffer.getvalue(), result.get("pages", 0), list(guard.notices))
