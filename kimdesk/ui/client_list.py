"""The client list page: search as you type, filters, a lazily loaded sortable table.

No fixed delay: a keystroke's query starts at once; while one runs, the model coalesces further
keystrokes and runs only the latest text when it returns (see ``ClientTableModel.refresh``).

At start the page is built before the ORM is imported, with the first page of the lean read
(``store.first_page``) and no store; ``attach`` connects it to the store and the worker once
they are there (``kimdesk.ui.app``). Nothing at the top of this module imports SQLAlchemy."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING, Any

from kimdesk.ui.client_table import ClientTableModel, first_page_model

if TYPE_CHECKING:
    from kimdesk.services.clients_intake import client_list
    from kimdesk.store.store import Store
    from kimdesk.ui.worker import DbWorker

# what the list shows comes from these tables (names, status, phase, open needs)
LIST_TABLES = {"client", "household_member", "need", "case_phase", "first_contact"}
COLUMN_WIDTHS = (100, 135, 115, 112, 100, 200, 140)


class ClientListPage(QWidget):
    open_client = Signal(str)
    new_intake = Signal()
    quick_note = Signal()
    count_changed = Signal(int)

    def __init__(self, store: Store | None, worker: DbWorker | None, parent: QWidget | None = None, *,
                 rows: list[Any] | None = None):
        super().__init__(parent)
        self.store: Any = None
        self.worker: Any = None
        self.user, self._mine_pending = "", False
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("Person suchen: Name in beliebiger Schreibweise oder Aktenzeichen"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(self)
        self.new_button.setText(self.tr("Neue Person aufnehmen …"))
        self.new_button.clicked.connect(self.new_intake)
        self.note_button = QPushButton(self)
        self.note_button.setText(self.tr("Kurznotiz …"))
        self.note_button.clicked.connect(self.quick_note)
        top.addWidget(self.new_button)
        top.addWidget(self.note_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.status = QComboBox(self)
        self.status.addItem(self.tr("alle Fälle"), None)
        self.status.addItem(self.tr("offene Fälle"), "open")
        self.status.addItem(self.tr("abgeschlossene Fälle"), "closed")
        self.case_manager = QComboBox(self)
        self.case_manager.setMinimumContentsLength(16)
        # "alle Case Manager:innen" in full (it was cut off at 1366×768)
        self.case_manager.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.municipality = QComboBox(self)
        self.municipality.setMinimumContentsLength(12)
        self.municipality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.open_needs = QCheckBox(self.tr("nur mit offenen Bedarfen"), self)
        filters.addWidget(QLabel(self.tr("Filter:"), self))
        for w in (self.status, self.case_manager, self.municipality, self.open_needs):
            filters.addWidget(w)
        filters.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("clientCount")
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.model = ClientTableModel(None, None, self, rows=rows)
        self.table = ClientTable(self)
        self.table.setObjectName("clientTable")
        # the first paint's page through a C++ model until ``attach`` (``client_table.FirstPageModel``)
        first = rows is not None and store is None
        row_height = self.fontMetrics().height() + 10
        if first:  # the rows a window can show get their items now, the others once the page is painted
            shown_first = first_page_model(self.model, self, at_once=rows_on_a_screen(row_height))
            self.table.setModel(shown_first)
            self.table.after_paint = lambda: self._after_first_paint(shown_first)
        else:
            self.table.setModel(self.model)
            self.table.paint_cells_of(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # fixed row heights: the view never measures rows, whatever the number of people
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        sort_by_family_name(header)
        self.table.setSortingEnabled(True)
        if first:  # a sort chosen before attach is read on attach (the first page's rows stay meanwhile)
            header.sortIndicatorChanged.connect(self.model.sort)
        for i, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(i, width)
        # the case number column fits a whole number (year, device code, counter)
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("26-ABCDEF-0000") + 16)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self._open_first)
        if not first:  # the first paint's list gets it once painted (``_after_first_paint``)
            self._filter_search_keys()
        for combo in (self.status, self.case_manager, self.municipality):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.open_needs.toggled.connect(self.apply_filter)
        self.model.loaded.connect(self._loaded)
        self.model.loading.connect(self._loading)
        self.model.shown.connect(self._shown)
        if store is not None and worker is not None:
            self.attach(store, worker)

    def attach(self, store: Store, worker: DbWorker) -> None:
        """The store and its worker are there: count (or read) the list, fill the filter choices."""
        if self.table.model() is not self.model:
            self._take_over()
        self.store, self.worker = store, worker
        worker.changes_applied.connect(self.refresh)
        had_rows = self.model.rowCount() > 0
        self.model.attach(store, worker, load=False)
        if had_rows and self.current_filter() == self.model.filter:
            self.model.attach(store, worker)  # the first paint's page stays; its count follows
            self._fill_choices()
        else:
            self.reload()

    def _take_over(self) -> None:
        """The real model takes the first paint's place in the view, unseen: the same rows in the same
        order, so the current row, the selection and the scroll position carry over by row (each the
        same person); the header keeps its widths and sort indicator; the focus stays where it is."""
        from PySide6.QtCore import QItemSelectionModel

        first = self.table.model()
        if self.table.after_paint is not None:  # attached before the first paint
            self.table.after_paint = None
            self._filter_search_keys()
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.disconnect(self.model.sort)  # the view tells the real model from now on
        state = header.saveState()
        current = self.table.currentIndex()
        selected = [index.row() for index in self.table.selectionModel().selectedRows()]
        scrolled = self.table.verticalScrollBar().value(), self.table.horizontalScrollBar().value()
        self.table.setModel(self.model)
        self.table.paint_cells_of(self.model)
        header.restoreState(state)
        selection = self.table.selectionModel()
        if current.isValid():
            selection.setCurrentIndex(self.model.index(current.row(), current.column()),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        for row in selected:
            selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        self.table.verticalScrollBar().setValue(scrolled[0])
        self.table.horizontalScrollBar().setValue(scrolled[1])
        first.deleteLater()

    # -- loading ---------------------------------------------------------------------------
    def set_user(self, name: str) -> None:
        """The profile's case manager: "Meine Fälle" becomes the list's first filter (switchable)."""
        self.user = name.strip()
        self._mine_pending = bool(self.user)
        if self.user:
            self._fill_choices()

    def reload(self) -> None:
        """Load the list and the filter choices (again, e.g. after unlocking); the list first."""
        self.apply_filter()
        self._fill_choices()

    def _fill_choices(self) -> None:
        from kimdesk.services.clients_intake import catalogue, client_list

        store = self.store
        if store is None:
            return

        def load(_job):
            return client_list.distinct_values(store, "case_manager"), client_list.distinct_values(store,
                                                                                                   "municipality")

        def fill(result) -> None:
            managers, places = result
            places = sorted(set(places) | set(catalogue.municipalities()))
            first, self._mine_pending = self._mine_pending, False
            for combo, everyone, values in ((self.case_manager, self.tr("alle Case Manager:innen"), managers),
                                            (self.municipality, self.tr("alle Kommunen"), places)):
                current = combo.currentData()
                combo.blockSignals(True)
                combo.clear()
                combo.addItem(everyone, None)
                if combo is self.case_manager and self.user:
                    combo.addItem(self.tr("Meine Fälle"), self.user)
                    if first:
                        current = self.user
                for value in values:
                    if combo is not self.case_manager or value != self.user:
                        combo.addItem(value, value)
                combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
                combo.blockSignals(False)
            if first and self.user:
                self.apply_filter()

        self.worker.submit(load, fill, lambda exc: None, label="client-filters")

    def refresh(self, changes) -> None:
        """From the one change signal: query the list again only when what it shows changed."""
        if changes.touched.keys() & LIST_TABLES:
            self.apply_filter()
        if "client" in changes:
            self._fill_choices()

    def current_filter(self) -> client_list.ListFilter:
        return self.model.filter.with_(text=self.search.text(), status=self.status.currentData(),
                                       case_manager=self.case_manager.currentData(),
                                       municipality=self.municipality.currentData(),
                                       open_needs=self.open_needs.isChecked())

    def apply_filter(self) -> None:
        if self.store is None:
            return  # before attach: read once the store is there (``attach``)
        self.model.show_rows(self._rows_in_view())
        self.model.set_filter(self.current_filter())

    def _rows_in_view(self) -> int:
        """The rows the table shows at its present height (fixed row heights, so no row is measured)."""
        return self.table.viewport().height() // max(1, self.table.verticalHeader().defaultSectionSize()) + 1

    def clear(self) -> None:
        self.model.clear()
        self.count_label.clear()

    def _loading(self, busy: int) -> None:
        if busy and not self.count_label.text():
            self.count_label.setText(self.tr("wird geladen …"))

    def _after_first_paint(self, model) -> None:
        """Right after the first paint: the search field's arrow keys (an event filter makes PySide6 wrap
        each event the field gets in Python, building each event class's enums: ~2 ms before the paint)
        and the first page's other rows."""
        self._filter_search_keys()
        if self.table.model() is model:  # not yet given way to the real one (``_take_over``)
            model.fill_rest()

    def _shown(self, _rows: int) -> None:
        if self.model.pending:  # the first page is here, the count follows
            self.count_label.setText("…")

    def _loaded(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln Person(en)", "", total))
        self.count_changed.emit(total)

    # -- opening ---------------------------------------------------------------------------
    def _activated(self, index) -> None:
        if index.isValid():
            self.open_client.emit(self.model.row_id(index.row()))

    def _filter_search_keys(self) -> None:
        """The search field's arrow keys (``eventFilter``). QEvent is named here, not at the top: naming it
        builds its ~180-member Type enum (about 1.7 ms), which the first paint does not need."""
        from PySide6.QtCore import QEvent

        self._key_press = QEvent.Type.KeyPress
        self.search.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """Arrow down (or up) in the search box moves into the results, onto the first (last) row."""
        if obj is not self.search or event.type() != self._key_press:
            return super().eventFilter(obj, event)
        from PySide6.QtCore import Qt  # here, not at the top: see ``sort_by_family_name``

        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            rows = self.model.rowCount()
            if rows:
                row = 0 if event.key() == Qt.Key.Key_Down else rows - 1
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                self.table.setCurrentIndex(self.table.model().index(row, 0))  # the first paint's, or the real
                self.table.selectRow(row)
                return True
        return super().eventFilter(obj, event)

    def _open_first(self) -> None:
        if self.model.rowCount() and not self.model.page_pending:
            self.open_client.emit(self.model.row_id(0))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None


class ClientTable(QTableView):
    """The list's table: once it shows the real model, its plain cells are painted by
    ``client_cells.PlainCellDelegate`` (the same pixels as Qt's delegate, a third less time per
    repaint), which reads the view's font, palette and style once per repaint here and, when they
    change, probes whether its plain path paints Qt's pixels on the active style."""

    _cells: Any = None
    after_paint: Any = None  # called once, right after the next paint (the first page's other rows)

    def paint_cells_of(self, model: ClientTableModel) -> None:
        from kimdesk.ui.client_cells import PlainCellDelegate

        self._cells = PlainCellDelegate(self, model)
        self.setItemDelegate(self._cells)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._cells is not None:
            self._cells.prepare(self)
        super().paintEvent(event)
        if self.after_paint is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.after_paint)
            self.after_paint = None


def rows_on_a_screen(row_height: int) -> int:
    """How many rows of ``row_height`` a window can show at most (the first paint's): as many as the
    desktop's height holds, all screens together (a window may span screens stacked one above the other)."""
    from PySide6.QtGui import QGuiApplication

    tallest = max((screen.availableVirtualGeometry().height() for screen in QGuiApplication.screens()), default=0)
    return tallest // max(1, row_height) + 2 if tallest > 0 else 1 << 30


def sort_by_family_name(header: QHeaderView) -> None:
    """The sort indicator on the family name, ascending (the list's default order), set without the
    Qt namespace: ``setSortIndicator`` takes a Qt.SortOrder, and naming one builds the namespace's ~90
    enums (~20 ms) before the first paint. So the header's own state gets the two numbers: after
    QHeaderView's version marker and version and its orientation, the stream holds the sort order
    (0: ascending) and the section, as big-endian ints. Should a Qt version lay its state out
    otherwise, ``restoreState`` refuses it or the section read back differs, and the indicator is set
    the plain way (``tests/ui/test_first_paint.py`` checks which way was taken)."""
    state = bytearray(header.saveState().data())
    if len(state) > 20 and state[:4] == b"\x00\x00\x00\xff":
        state[12:16] = (0).to_bytes(4, "big")
        state[16:20] = (1).to_bytes(4, "big")
        if header.restoreState(QByteArray(bytes(state))) and header.sortIndicatorSection() == 1:
            return
    from PySide6.QtCore import Qt

    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
