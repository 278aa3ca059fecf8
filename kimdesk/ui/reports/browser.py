"""One report's figures in the app: key figures on top, a list of its tables, chart and table.

Each entry pairs a table (``grid()``, the printed strings) with the series its chart shows,
exactly as in the PDF: the same values, the same marks where values are withheld.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimdesk.figures.disclosure import TOTAL
from kimdesk.figures.report_tables import FigureTable, Grid, StatTable
from kimdesk.ui.reports.chart import BarChart, ChartSeries
from kimdesk.ui.reports.models import GridModel, is_withheld


@dataclass
class Entry:
    title: str
    table: Grid
    categories: list[str] = field(default_factory=list)
    series: list[ChartSeries] = field(default_factory=list)
    note: str = ""


def figure_entry(title: str, table: FigureTable, cols: list[str] | None = None, note: str = "") -> Entry:
    """Chart the given columns (default: the row totals, or the only column)."""
    cols = cols or ([TOTAL] if table.row_totals else table.cols[:1])
    series = []
    for col in cols:
        points = table.series(col)
        name = table.col_labels.get(col, col) if col != TOTAL else table.title
        series.append(ChartSeries(name, [p.value for p in points], [p.text for p in points]))
    return Entry(title, table, list(table.rows), series, note)


def stat_entry(title: str, table: StatTable, note: str = "") -> Entry:
    series = [ChartSeries(name, [p.value for p in points], [p.text for p in points]) for name, points in table.series]
    categories = [p.label for p in table.series[0][1]] if table.series else []
    return Entry(title, table, categories, series, note)


class FigureBrowser(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.key_box = QFrame(self)
        self.key_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_grid = QGridLayout(self.key_box)
        layout.addWidget(self.key_box)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(split)
        self.list.setMaximumWidth(300)
        self.list.setSpacing(3)
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(right)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.note = QLabel(right)
        self.note.setWordWrap(True)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.note)
        inner = QSplitter(Qt.Orientation.Vertical, right)
        scroll = QScrollArea(inner)
        scroll.setWidgetResizable(True)
        self.chart = BarChart()
        scroll.setWidget(self.chart)
        self.model = GridModel(self)
        self.table = QTableView(inner)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        inner.setSizes([330, 290])
        right_layout.addWidget(inner, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.entries: list[Entry] = []
        self.list.currentRowChanged.connect(self._show)

    def set_entries(self, key_figures: list[tuple[str, str]], entries: list[Entry]) -> None:
        current = max(0, self.list.currentRow())
        self._set_key_figures(key_figures)
        self.entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([e.title for e in entries])
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(current, len(entries) - 1))
        self._show(self.list.currentRow())

    def _set_key_figures(self, pairs: list[tuple[str, str]]) -> None:
        while self.key_grid.count():
            item = self.key_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i, (label, value) in enumerate(pairs):
            row, col = divmod(i, 4)
            name = QLabel(label, self.key_box)
            number = QLabel(value, self.key_box)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = number.font()
            font.setBold(True)
            number.setFont(font)
            if is_withheld(value):
                number.setStyleSheet("color: #a3201b")
                number.setToolTip(self.tr("Nicht ausgewiesen zum Schutz der gezählten Personen"))
            self.key_grid.addWidget(name, row, col * 2)
            self.key_grid.addWidget(number, row, col * 2 + 1)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            self.model.set_grid(None)
            self.chart.set_data([], [])
            return
        entry = self.entries[row]
        self.title.setText(entry.table.title)
        note = " ".join(x for x in (entry.note, getattr(entry.table, "blocked_note", lambda: "")()) if x)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.model.set_grid(entry.table.grid())
        self.chart.set_data(entry.categories, entry.series)
