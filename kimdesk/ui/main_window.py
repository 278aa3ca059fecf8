"""The main window: the client list with search-as-you-type (issue 3 builds the rest)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from kimdesk.store.store import Store
from kimdesk.ui.client_table import ClientTableModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, profile_label: str = ""):
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("KIMdesk – Kommunales Integrationsmanagement"))
        self.resize(1200, 760)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.search = QLineEdit(central)
        self.search.setPlaceholderText(self.tr("Person suchen: Name in beliebiger Schreibweise oder Aktenzeichen"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = ClientTableModel(store, self)
        self.table = QTableView(central)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.statusBar().addWidget(QLabel(profile_label, self))
        self.statusBar().addPermanentWidget(self.count_label)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self._update_count()
        self.table.resizeColumnsToContents()

    def _apply_search(self) -> None:
        self.model.set_filter(self.model.filter.with_(text=self.search.text()))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n Person(en)", "", self.model.total()))
