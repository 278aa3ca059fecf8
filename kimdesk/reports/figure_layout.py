"""Layout shared by the anonymous reports: figure tables, key figures, the disclosure appendix.

Tables print the display strings of ``kimdesk.figures.report_tables`` (``grid()``), so a
hidden value cannot reach the page. Numbers are right-aligned; hidden cells ("< 5", "x",
"–") are set in a muted red so a reader sees at once what is withheld and why (legend).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kimdesk.i18n import translate
from kimdesk.reports import fonts
from kimdesk.reports.charts import HIDDEN
from kimdesk.reports.template import RULE, Styles, data_table
from kimdesk.reports.text_guard import TextGuard
from kimdesk.figures import disclosure
from kimdesk.figures.report_tables import MISSING

HIDDEN_MARKS = ("x", MISSING)


def _is_hidden(text: str) -> bool:
    return text in HIDDEN_MARKS or text.startswith("<")


class FigureStyles:
    """Right-aligned number styles derived from the document's styles."""

    def __init__(self, s: Styles):
        self.num = ParagraphStyle("num", parent=s.cell, alignment=TA_RIGHT)
        self.num_bold = ParagraphStyle("num_bold", parent=s.cell_bold, alignment=TA_RIGHT)
        self.num_hidden = ParagraphStyle("num_hidden", parent=self.num, textColor=HIDDEN)
        self.label_head = ParagraphStyle("label_head", parent=s.head, fontSize=s.head.fontSize - 1,
                                         leading=(s.head.fontSize - 1) * 1.2)
        self.num_head = ParagraphStyle("num_head", parent=s.head, alignment=TA_RIGHT, fontSize=s.head.fontSize - 1,
                                       leading=(s.head.fontSize - 1) * 1.2)


def figure_table(grid: Sequence[Sequence[str]], s: Styles, g: TextGuard, width: float, *, where: str,
                 label_width: float | None = None, number_width: float | None = None,
                 total_row: bool = True) -> Table:
    """A table of figures: first column labels, the others numbers; the last row bold when it is the total."""
    f = FigureStyles(s)
    header, body = list(grid[0]), [list(r) for r in grid[1:]]
    n = len(header) - 1
    label_width = label_width or max(48 * mm, width - n * (number_width or 26 * mm))
    number_width = number_width or (width - label_width) / max(1, n)
    total_label = disclosure.total_label()
    rows = []
    for row in body:
        is_total = total_row and row[0] == total_label
        label = Paragraph(g.markup(row[0], where), s.cell_bold if is_total else s.cell)
        cells = [label]
        for value in row[1:]:
            style = f.num_hidden if _is_hidden(value) else (f.num_bold if is_total else f.num)
            cells.append(Paragraph(escape(value), style))
        rows.append(cells)
    head = [Paragraph(g.markup(header[0], where), f.label_head)] + [Paragraph(g.markup(h, where), f.num_head)
                                                                    for h in header[1:]]
    extra: list[tuple] = []
    if total_row and body and body[-1][0] == total_label:
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE))
    return data_table(head, rows, [label_width] + [number_width] * n, s, extra=extra)


def section(title: str, intro: str, s: Styles, g: TextGuard, *parts: Flowable) -> list[Flowable]:
    """Heading, a sentence saying what the figure means, then chart and table.

    The heading, the sentence and the first part (the chart) stay on one page; a long table
    never starts with only its header and a row or two at a page's foot.
    """
    head: list[Flowable] = [Paragraph(g.markup(title, title), s.h2)]
    if intro:
        head.append(Paragraph(intro, s.body))
    if not parts:
        return head
    if _rows(parts[0]) > KEEP_ROWS:
        out: list[Flowable] = [CondPageBreak(70 * mm)] + head + [parts[0]]
    else:
        out = [KeepTogether(head + [parts[0]])]
    for part in parts[1:]:
        rows = _rows(part)
        if rows > KEEP_ROWS:
            out += [CondPageBreak(45 * mm), part]
        elif rows:
            out.append(KeepTogether([part]))
        else:
            out.append(part)
    return out


KEEP_ROWS = 22  # tables up to this many rows are never split (no lonely totals row on the next page)


def _rows(part: Flowable) -> int:
    return len(getattr(part, "_cellvalues", [])) if isinstance(part, Table) else 0


def chart_or_note(series: Sequence, draw: Callable[[], Flowable], s: Styles) -> Flowable:
    """The chart, or a sentence instead when every value in it is withheld (an empty chart says nothing)."""
    if any(v for one in series for v in one.values):  # some value shown and not zero
        return draw()
    return Paragraph(translate("Report", "Kein Diagramm: Alle Werte sind zum Schutz kleiner Zahlen nicht "
                                        "ausgewiesen."), s.small)


def blocked_note(table: object, s: Styles) -> list[Flowable]:
    """The sentence explaining a table blocked as a whole (empty list otherwise)."""
    note = table.blocked_note() if hasattr(table, "blocked_note") else ""
    return [Paragraph(escape(note), s.small)] if note else []


def side_by_side(left: Flowable, right: Flowable, width: float, left_width: float) -> Table:
    """A chart beside its table (short tables), top-aligned."""
    table = Table([[left, right]], colWidths=[left_width, width - left_width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]))
    return table


def key_figures(pairs: Sequence[tuple[str, str]], s: Styles, width: float) -> Table:
    """"Auf einen Blick": label and printed value, two per line."""
    f = FigureStyles(s)
    cells = [[Paragraph(escape(label), s.cell), Paragraph(escape(value), f.num_hidden if _is_hidden(value)
                                                           else f.num_bold)] for label, value in pairs]
    if len(cells) % 2:
        cells.append(["", ""])
    data = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    gap = 8 * mm
    value_w = 22 * mm
    label_w = (width - gap - 2 * value_w) / 2
    table = Table(data, colWidths=[label_w, value_w, label_w + gap, value_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (1, -1), 0.3, RULE),
        ("LINEBELOW", (2, 0), (3, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (2, 0), (2, -1), gap),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def legend_line(s: Styles) -> Paragraph:
    return Paragraph(escape(translate("Report", "„< 5“: weniger als 5 Personen · „x“: gesperrt, damit sich kleine "
                                                "Zahlen nicht aus den Summen errechnen lassen · „–“: Kennzahl nicht "
                                                "ausgewiesen (weniger als 5 Personen oder keine Daten)")), s.small)


def disclosure_rules(s: Styles, threshold: int = disclosure.THRESHOLD) -> list[Flowable]:
    """The appendix every anonymous report carries: how the people counted are protected."""
    rules = [
        translate("Report", "<b>Keine Zahl unter {n} Personen.</b> Stehen hinter einer Zelle 1 bis {m} Personen, steht "
                            "dort „&lt; {n}“ – in Tabellenfeldern ebenso wie in Zeilen-, Spalten- und Gesamtsummen. "
                            "Eine 0 wird gezeigt: Sie nennt niemanden."),
        translate("Report", "<b>Sperrung gegen Nachrechnen (sekundäre Sperrung).</b> Ließe sich ein verborgener Wert "
                            "aus den Summen und den übrigen Zahlen einer Tabelle errechnen, wird mindestens eine "
                            "weitere Zelle gesperrt und als „x“ gezeigt (diese hat mindestens {n} Personen). Jede "
                            "Tabelle wird vor dem Druck darauf geprüft, dass sich jeder verborgene Wert auch mit allen "
                            "veröffentlichten Regeln nicht eindeutig bestimmen lässt; ist das nicht möglich, wird die "
                            "ganze Tabelle gesperrt."),
        translate("Report", "<b>Spalten für sich.</b> Wo Spalten zusammen keine sinnvolle Summe ergeben (etwa "
                            "Aufnahmen und Abschlüsse je Monat), fehlt die Spalte „Insgesamt“, und jede Spalte wird "
                            "mit ihrer Summe für sich geschützt."),
        translate("Report", "<b>Personen, nicht Einträge.</b> Wo eine Person mehrfach zählen kann (mehrere Bedarfe, "
                            "eine Wiederaufnahme), entscheidet die Zahl verschiedener Personen hinter einer Zelle."),
        translate("Report", "<b>Kennzahlen.</b> Median und 90-%-Perzentil werden nur angegeben, wenn mindestens {n} "
                            "Personen dahinterstehen; sonst steht „–“. Perzentile werden linear zwischen den nächsten "
                            "Rängen interpoliert."),
        translate("Report", "<b>Keine Personen.</b> Der Bericht enthält keine Namen, Aktenzeichen, Geburtsdaten, "
                            "Telefonnummern, Anschriften oder Freitexte – auch nicht die Namen von Mitarbeitenden oder "
                            "Ansprechpersonen. Kategorien und Rechtskreise außerhalb des Katalogs erscheinen als "
                            "„andere“."),
        translate("Report", "<b>Diagramme</b> zeigen nur, was die Tabellen zeigen: Für einen verborgenen Wert wird "
                            "kein Balken gezeichnet, sondern sein Zeichen („&lt; {n}“, „x“, „–“) am Fuß der Achse."),
        translate("Report", "<b>Warum.</b> Die Angaben sind Sozialdaten (§ 35 SGB I) und zum Teil besondere Kategorien "
                            "personenbezogener Daten (Art. 9 DSGVO). In kleinen Kommunen und Gruppen könnten schon "
                            "wenige Merkmale einzelne Menschen erkennbar machen."),
    ]
    out: list[Flowable] = []
    for i, rule in enumerate(rules, 1):
        out.append(Paragraph(f"{i}. " + rule.format(n=threshold, m=threshold - 1), s.body))
    return out


def gap(height: float = 3 * mm) -> Spacer:
    return Spacer(1, height)
