"""The conferences page: the list of conferences on the left, the editor on the right.

``ConferencesPage(store)`` is self-contained so the main window can put it into its
navigation as one page. The list, a new conference and the letterhead are read and written on
the database worker (``runner.op``); the widgets are filled when the answer arrives.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.conferences_minutes import conference_edit, conference_queries
from kimdesk.services.admin import print_settings
from kimdesk.services.conferences_minutes.conference_queries import ConferenceSummary
from kimdesk.store.store import Store
from kimdesk.ui.conferences.editor import ConferenceEditor
from kimdesk.ui.runner import op


class ConferencesPage(QWidget):
    created = Signal(str)  # a new conference, selected in the editor

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._rows: list[ConferenceSummary] = []

        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("Alle Konferenzen"), None)
        self.filter.addItem(self.tr("Entwürfe"), "draft")
        self.filter.addItem(self.tr("Abgeschlossen"), "final")
        self.new_case = QPushButton(self.tr("Neue Fallkonferenz"), self)
        self.new_network = QPushButton(self.tr("Neues Netzwerktreffen"), self)
        self.organisation = QPushButton(self.tr("Briefkopf …"), self)
        self.organisation.setToolTip(self.tr("Organisation im Kopf der Ausdrucke (nur dieses Gerät)"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Fall / Thema"), self.tr("Stand")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        left = QWidget(self)
        left.setMinimumWidth(330)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_case)
        buttons.addWidget(self.new_network)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.organisation)

        self.editor = ConferenceEditor(store, self)
        # on a small screen (1366×768 at 125 %) the editor scrolls instead of pushing the window off-screen
        scroll = QScrollArea(self)
        scroll.setObjectName("conferenceEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_case.clicked.connect(lambda: self.create("case"))
        self.new_network.clicked.connect(lambda: self.create("network"))
        self.organisation.clicked.connect(self.edit_organisation)
        self.editor.changed.connect(self._changed)
        self.editor.deleted.connect(lambda _id: self.refresh())
        self.refresh()

    # -- the list --------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        current = select or (self.editor.view.id if self.editor.view else None)
        store, status = self.store, self.filter.currentData()
        op(self, lambda: conference_queries.list_conferences(store, status=status),
           on_done=lambda rows: self._show(rows, current), on_error=lambda text: self.editor.say(text, error=True),
           label="conferences")

    def _show(self, rows: list[ConferenceSummary], current: str | None) -> None:
        self._rows = rows
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._rows))
            for r, c in enumerate(self._rows):
                when = c.date.strftime("%d.%m.%Y") + (c.starts_at.strftime(" %H:%M") if c.starts_at else "")
                if c.kind == "case":
                    label = "; ".join(c.persons) or self.tr("Fallkonferenz")
                else:
                    label = self.tr("Netzwerk: {title}").format(title=c.title or "–")
                status = self.tr("abgeschlossen") if c.status == "final" else self.tr("Entwurf")
                for col, text in enumerate((when, label, status)):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, c.id)
                    item.setToolTip(text)  # a long list of names is elided in the column
                    self.table.setItem(r, col, item)
            ids = [c.id for c in self._rows]
            if current in ids:
                self.table.selectRow(ids.index(current))
            else:
                self.table.clearSelection()
        finally:
            self.table.blockSignals(False)
        if current not in [c.id for c in self._rows] and self.editor.view is not None \
                and self.editor.view.id == current:  # not one chosen while the list was read
            self.editor.load(None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.editor.load(self._rows[rows[0].row()].id if rows else None)

    def _changed(self, conference_id: str) -> None:
        self.refresh(select=conference_id)

    def select(self, conference_id: str) -> None:
        self.refresh(select=conference_id)
        self.editor.load(conference_id)

    # -- actions ---------------------------------------------------------------------------
    def create(self, kind: str) -> None:
        """A new conference of today, made on the worker; selected and announced (``created``) when made."""
        store = self.store

        def made(conference_id: str) -> None:
            if self.filter.currentData() == "final":
                self.filter.blockSignals(True)  # select() refreshes the list once
                self.filter.setCurrentIndex(0)
                self.filter.blockSignals(False)
            self.select(conference_id)
            self.editor.tabs.setCurrentWidget(self.editor.general)
            self.created.emit(conference_id)

        op(self, lambda: conference_edit.create_conference(store, {"kind": kind, "date": date.today()}),
           on_done=made, on_error=lambda text: self.editor.say(text, error=True), label="new conference")

    def edit_organisation(self) -> None:
        """The letterhead is read on the worker, asked for, then written on the worker."""
        store = self.store

        def ask(current: str) -> None:
            name, ok = QInputDialog.getText(self, self.tr("Briefkopf"), self.tr(
                "Organisation im Kopf aller Ausdrucke (leer: „Kommunales Integrationsmanagement“):"),
                QLineEdit.EchoMode.Normal, current)
            if ok:
                op(self, lambda: print_settings.set_organisation(store, name),
                   on_error=lambda text: self.editor.say(text, error=True), label="letterhead")

        op(self, lambda: print_settings.organisation(store), on_done=ask,
           on_error=lambda text: self.editor.say(text, error=True), label="letterhead")
