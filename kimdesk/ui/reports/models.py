"""A read-only Qt table model over a report table's printed grid (display strings only).

The grid is what the PDF prints, so the app can never show a withheld value: numbers are
right-aligned, withheld marks ("< 5", "x", "–") red with a tooltip saying why, totals bold.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kimdesk.figures.disclosure import total_label

HIDDEN_COLOUR = QColor("#a3201b")
Index = QModelIndex | QPersistentModelIndex


def is_withheld(text: str) -> bool:
    return text in ("x", "–") or text.startswith("<")


class GridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[str]] = []

    def set_grid(self, grid: list[list[str]] | None) -> None:
        self.beginResetModel()
        self._header = list(grid[0]) if grid else []
        self._rows = [list(r) for r in grid[1:]] if grid else []
        self.endResetModel()

    def grid(self) -> list[list[str]]:
        return [list(self._header)] + [list(r) for r in self._rows] if self._header else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._header):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        total = self._rows[index.row()][0] == total_label()
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() and is_withheld(text):
            return HIDDEN_COLOUR
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() and is_withheld(text):
            return self.tr("Nicht ausgewiesen zum Schutz der gezählten Personen: „< 5“ weniger als 5 Personen, "
                           "„x“ gesperrt gegen Nachrechnen, „–“ Kennzahl über weniger als 5 Personen.")
        return None
