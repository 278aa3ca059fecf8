"""Qt item model over the client list service: loads rows lazily, a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kimdesk.models import partial_date
from kimdesk.services.client_list import COLUMNS, ListFilter, Query, Row
from kimdesk.store.store import Store

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(QAbstractTableModel):
    HEADERS = {
        "case_number": "Aktenzeichen",
        "family_name": "Familienname",
        "given_name": "Vorname",
        "birth_date": "Geburtsdatum",
        "municipality": "Wohnort",
        "residence_status": "Aufenthaltsstatus",
        "case_manager": "Case Manager:in",
        "status": "Status",
    }

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._filter = ListFilter()
        self._rows: list[Row] = []
        self._total = 0
        self._query: Query | None = None
        self.refresh()

    # -- data loading -------------------------------------------------------------------
    def set_filter(self, flt: ListFilter) -> None:
        self._filter = flt
        self.refresh()

    @property
    def filter(self) -> ListFilter:
        return self._filter

    def refresh(self) -> None:
        self.beginResetModel()
        with self._store.connection() as conn:
            self._query = Query(conn, self._filter)
            self._total = self._query.count(conn)
            self._rows = self._query.page(conn, 0, PAGE)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._query is None:
            return
        with self._store.connection() as conn:
            more = self._query.page(conn, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- the model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[COLUMNS[section]])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if key == "birth_date":
                return partial_date.display(value)
            if key == "status":
                return self.tr("offen") if value == "open" else self.tr("abgeschlossen")
            return value or ""
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        extra = dict(self._filter.extra, sorted_by_user=True)
        self.set_filter(self._filter.with_(sort=COLUMNS[column],
                                           descending=order == Qt.SortOrder.DescendingOrder, extra=extra))

    def row_id(self, row: int) -> str:
        return self._rows[row].id
