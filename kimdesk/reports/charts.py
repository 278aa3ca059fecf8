"""Bar charts for the anonymous reports, drawn with reportlab.graphics in the embedded font.

A chart shows exactly what its table prints. A suppressed cell ("< 5", "x") or a statistic
not shown ("–") gets no bar at all — never its hidden value, never a stand-in height — but
its mark written at the bar's foot in a muted red, and the legend says what the marks mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kimdesk.i18n import translate
from kimdesk.reports import fonts
from kimdesk.reports.template import MUTED, RULE

PALETTE = (colors.HexColor("#2f6f9f"), colors.HexColor("#e0a040"), colors.HexColor("#7a9f3a"),
           colors.HexColor("#8e5a9b"))
HIDDEN = colors.HexColor("#a3201b")
FONT_SIZE = 7


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # None: not shown (suppressed or no data)
    marks: Sequence[str]  # what the table prints for each value ("< 5", "x", "–", or the number)


def from_points(series: Sequence[tuple[str, Sequence]]) -> list[Series]:
    """Chart series from named lists of ``report_tables.ChartPoint`` (value, printed text)."""
    return [Series(name, [p.value for p in points], [p.text for p in points]) for name, points in series]


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def _value_axis(axis, values: list[float]) -> None:
    axis.valueMin = 0
    top = max(values) if values else 0
    if top <= 0:
        axis.valueMax = 5
        axis.valueStep = 1
    axis.labels.fontName = fonts.REGULAR
    axis.labels.fontSize = FONT_SIZE
    axis.labelTextFormat = _number
    axis.strokeColor = RULE
    axis.visibleGrid = 1
    axis.gridStrokeColor = colors.HexColor("#dde3e9")
    axis.gridStrokeWidth = 0.4


def _style(chart, series: Sequence[Series], colours: Sequence[colors.Color]) -> None:
    chart.data = [list(x.values) for x in series]
    for i, colour in enumerate(colours):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.strokeColor = RULE
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = FONT_SIZE - 0.5


def _legend(drawing: Drawing, series: Sequence[Series], x: float, y: float, hidden: bool) -> None:
    """Colour keys for more than one series, then (on a line of its own if needed) what the marks mean."""
    start = x
    if len(series) > 1:
        for i, one in enumerate(series):
            drawing.add(Rect(x, y - 1, 7, 7, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
            drawing.add(String(x + 10, y, one.name, fontName=fonts.REGULAR, fontSize=FONT_SIZE))
            x += 10 + stringWidth(one.name, fonts.REGULAR, FONT_SIZE) + 14
    if hidden:
        note = translate("Report", "„< 5“, „x“, „–“: nicht ausgewiesen (Schutz kleiner Zahlen)")
        if x + stringWidth(note, fonts.REGULAR, FONT_SIZE) > drawing.width:
            x, y = start, y - 10
        drawing.add(String(x, y, note, fontName=fonts.REGULAR, fontSize=FONT_SIZE, fillColor=HIDDEN))


def _needs_legend(series: Sequence[Series]) -> bool:
    return len(series) > 1 or any(v is None for x in series for v in x.values)


def _marks(drawing: Drawing, chart, series: Sequence[Series], horizontal: bool) -> bool:
    """Write the table's mark where a bar is not drawn (``series`` in drawing order); True when there was any."""
    any_hidden = False
    for i, s in enumerate(series):
        for j, (value, mark) in enumerate(zip(s.values, s.marks)):
            if value is not None:
                continue
            any_hidden = True
            x, y, w, h = chart._barPositions[i][j]
            if horizontal:
                drawing.add(String(x + 2, y + (h or 0) / 2 - FONT_SIZE / 3, mark, fontName=fonts.REGULAR,
                                   fontSize=FONT_SIZE - 0.5, fillColor=HIDDEN))
            else:
                drawing.add(String(x + (w or 0) / 2, y + 2, mark, fontName=fonts.REGULAR, fontSize=FONT_SIZE - 0.5,
                                   fillColor=HIDDEN, textAnchor="middle"))
    return any_hidden


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose renderer starts in the embedded font (reportlab would set Helvetica first)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR
    drawing.initialFontSize = FONT_SIZE
    return drawing


def vertical_bars(categories: Sequence[str], series: Sequence[Series], width: float, height: float = 150) -> Drawing:
    """Grouped columns over categories (e.g. months); labels slanted when they would collide."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    longest = max((stringWidth(c, fonts.REGULAR, FONT_SIZE) for c in categories), default=0)
    slot = (width - 40) / max(1, len(categories))
    slanted = longest > slot - 4
    bottom = 22 + (longest * 0.7 if slanted else 10)
    chart.x, chart.y, chart.width, chart.height = 34, bottom, width - 40, height - bottom - 30
    _style(chart, series, PALETTE[:len(series)])
    chart.categoryAxis.categoryNames = list(categories)
    if slanted:
        chart.categoryAxis.labels.angle = 40
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx, chart.categoryAxis.labels.dy = 2, -2
    chart.groupSpacing = 6
    chart.barSpacing = 1
    _value_axis(chart.valueAxis, [v for s in series for v in s.values if v is not None])
    drawing.add(chart)
    chart.draw()  # lays the bars out, so the marks can be placed at their feet
    hidden = _marks(drawing, chart, series, horizontal=False)
    _legend(drawing, series, chart.x, height - 8, hidden)
    return drawing


def horizontal_bars(categories: Sequence[str], series: Sequence[Series], width: float, *, values: bool = True,
                    label_width: float | None = None) -> Drawing:
    """Bars per category, top to bottom (first series on top), each labelled with what the table prints."""
    bar = 5.5 if len(series) > 1 else 9
    row = bar * len(series) + 5
    top = 26 if _needs_legend(series) else 4
    height = row * len(categories) + 16 + top
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    longest = max((stringWidth(c, fonts.REGULAR, FONT_SIZE) for c in categories), default=0)
    left = (label_width or longest) + 8
    chart.x, chart.y, chart.width, chart.height = left, 16, width - left - 28, height - 16 - top
    drawn = list(reversed(series))  # a horizontal group is drawn bottom-up
    _style(chart, drawn, [PALETTE[i % len(PALETTE)] for i in reversed(range(len(series)))])
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.groupSpacing = 5
    chart.barSpacing = 0.5
    if values:
        chart.barLabelArray = [[m if v is not None else "" for v, m in zip(x.values, x.marks)] for x in drawn]
        chart.barLabelFormat = "values"
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        chart.barLabels.fillColor = MUTED
    _value_axis(chart.valueAxis, [v for x in series for v in x.values if v is not None])
    drawing.add(chart)
    chart.draw()
    hidden = _marks(drawing, chart, drawn, horizontal=True)
    _legend(drawing, series, chart.x, height - 8, hidden)
    return drawing
