"""Small building blocks shared by the views: rows tables, field messages, agency pickers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHeaderView,
    QTableView,
    QWidget,
)

from kimdesk.ui.message_line import ERROR_COLOUR, message_label, show_message  # noqa: F401 - re-exported

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#b00020")


def day_text(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    width: int | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table over a short list of rows (dataclasses), refreshed as a whole."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, *,
                 foreground: Callable[[Any], QColor | None] | None = None,
                 tooltip: Callable[[Any], str | None] | None = None,
                 bold: Callable[[Any], bool] | None = None, foreground_columns: Sequence[int] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._foreground, self._tooltip, self._bold = foreground, tooltip, bold
        self._foreground_columns = None if foreground_columns is None else set(foreground_columns)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()].value(row)
            if isinstance(value, date):
                return day_text(value)
            if isinstance(value, bool):
                return QCoreApplication.translate("Widgets", "ja") if value else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            if self._foreground_columns is None or index.column() in self._foreground_columns:
                return self._foreground(row)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(row) and (
                self._foreground_columns is None or index.column() in self._foreground_columns):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def row(self, index: int) -> Any:
        return self.rows[index]


def make_table(model: QAbstractTableModel, parent: QWidget | None = None, *, stretch_last: bool = True) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.setWordWrap(False)
    if isinstance(model, RowsModel):
        for i, col in enumerate(model.columns):
            if col.width:
                table.setColumnWidth(i, col.width)
    return table


def selected_row(table: QTableView) -> Any | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    return rows[0].data(Qt.ItemDataRole.UserRole)


class AgencyCombo(QComboBox):
    """Pick an agency by typing any part of its name, kind or legal domain."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_agencies(self, agencies: Sequence[Any], *, blank: str | None = None) -> None:
        current = self.agency_id()
        self.clear()
        if blank is not None:
            self.addItem(blank, None)
        for a in agencies:
            domain = f" ({a.legal_domain})" if a.legal_domain and a.legal_domain != "—" else ""
            self.addItem(f"{a.name}{domain}", a.id)
        if current:
            self.set_agency_id(current)
        elif blank is None:
            self.setCurrentIndex(-1)

    def agency_id(self) -> str | None:
        i = self.currentIndex()
        if i < 0 or self.itemText(i) != self.currentText():
            return None
        return self.itemData(i)

    def set_agency_id(self, agency_id: str | None) -> None:
        i = self.findData(agency_id) if agency_id else -1
        self.setCurrentIndex(i)
        if i < 0:
            self.setEditText("")


# -- fitting a small screen (1366×768, also at 125 %) ------------------------------------------
def available_size(widget: QWidget) -> tuple[int, int]:
    """The free area of the screen the widget is on (without task bar)."""
    screen = widget.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(dialog: QWidget, width: int, height: int, parent: QWidget | None = None) -> None:
    """Resize to ``width``×``height``, but never beyond the screen's free area (title bar included)."""
    free_w, free_h = available_size(parent or dialog)
    dialog.resize(min(width, free_w - 20), min(height, free_h - 40))


def grow_to_fit(dialog: QWidget) -> None:
    """After its content grew (a longer warning, more rows shown): tall enough for all of it."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalMinimumSize().height(), dialog.sizeHint().height() if need < 0 else 0)
    if need > dialog.height():
        dialog.resize(dialog.width(), min(need, available_size(dialog)[1] - 40))
