"""A horizontal bar chart painted with Qt, showing exactly what its table shows.

Like the PDF's charts: one row per category (top to bottom), one bar per series, the printed
value at the bar's end; a withheld value gets no bar, only its mark ("< 5", "x", "–") in red.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = [QColor("#2f6f9f"), QColor("#e0a040"), QColor("#7a9f3a"), QColor("#8e5a9b")]
HIDDEN = QColor("#a3201b")
GRID = QColor("#dde3e9")


def nice_scale(top: float) -> tuple[float, float]:
    """An axis end and tick step of 1, 2 or 5 times a power of ten, with four or five ticks."""
    if top <= 0:
        return 1.0, 0.25
    step = 10 ** math.floor(math.log10(top / 4))
    for factor in (1, 2, 5, 10):
        if top / (step * factor) <= 5:
            step *= factor
            break
    return math.ceil(top / step) * step, step


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: list[float | None]
    marks: list[str]


class BarChart(QWidget):
    BAR = 14
    GAP = 7

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._categories: list[str] = []
        self._series: list[ChartSeries] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)

    def set_data(self, categories: list[str], series: list[ChartSeries]) -> None:
        self._categories, self._series = list(categories), list(series)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def has_hidden(self) -> bool:
        return any(v is None for s in self._series for v in s.values)

    def _legend_height(self) -> int:
        return 22 if len(self._series) > 1 or self.has_hidden() else 6

    def _row(self) -> int:
        return self.BAR * max(1, len(self._series)) + self.GAP

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(520, self._legend_height() + self._row() * len(self._categories) + 28)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetrics(self.font())
        label_w = min(max((metrics.horizontalAdvance(c) for c in self._categories), default=0) + 12,
                      int(self.width() * 0.4))
        top = self._legend_height()
        self._legend(painter, metrics, label_w)
        values = [v for s in self._series for v in s.values if v is not None]
        top_value, step = nice_scale(max(values) if values else 0)
        plot = QRectF(label_w, top, max(40, self.width() - label_w - 60), self._row() * len(self._categories))
        ticks = int(round(top_value / step))
        for k in range(ticks + 1):
            x = plot.left() + plot.width() * k / ticks
            painter.setPen(GRID)
            painter.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
            painter.setPen(self.palette().text().color())
            label = f"{k * step:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",").replace(" ", ".")
            painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, 16), Qt.AlignmentFlag.AlignHCenter, label)
        for i, category in enumerate(self._categories):
            y = plot.top() + i * self._row()
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_w - 6, self._row() - self.GAP),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(category, Qt.TextElideMode.ElideMiddle, label_w - 8))
            for j, s in enumerate(self._series):
                bar = QRectF(plot.left(), y + j * self.BAR + 1, 0, self.BAR - 2)
                value = s.values[i]
                if value is None:
                    painter.setPen(HIDDEN)
                    painter.drawText(bar.adjusted(4, -1, 200, 1), Qt.AlignmentFlag.AlignVCenter, s.marks[i])
                    continue
                bar.setWidth(plot.width() * value / top_value)
                painter.fillRect(bar, PALETTE[j % len(PALETTE)])
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(bar.right() + 4, bar.top() - 1, 80, bar.height() + 2),
                                 Qt.AlignmentFlag.AlignVCenter, s.marks[i])
        painter.end()

    def _legend(self, painter: QPainter, metrics: QFontMetrics, x: int) -> None:
        y = 4
        if len(self._series) > 1:
            for j, s in enumerate(self._series):
                painter.fillRect(QRectF(x, y + 3, 10, 10), PALETTE[j % len(PALETTE)])
                painter.setPen(self.palette().text().color())
                painter.drawText(x + 14, y + 12, s.name)
                x += 14 + metrics.horizontalAdvance(s.name) + 16
        if self.has_hidden():
            painter.setPen(HIDDEN)
            painter.drawText(x, y + 12, self.tr("„< 5“, „x“, „–“: nicht ausgewiesen (Schutz kleiner Zahlen)"))
