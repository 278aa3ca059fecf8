"""The agency catalogue, editable: who is responsible for what, per legal domain and municipality."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.clients_intake import agencies, agency_import, catalogue
from kimdesk.store.store import Store
from kimdesk.ui.messages import describe, show_error
from kimdesk.ui.pages import RefreshingPage
from kimdesk.ui.widgets import Column, RowsModel, make_table, message_label, show_message
from kimdesk.ui.worker import DbWorker
from kimdesk.ui.fields import combo_value, fill_values, set_combo_value


class AgenciesPage(RefreshingPage):
    imported = Signal(str, object)  # what the import did, its Edit (the window offers "Rückgängig")
    def __init__(self, store: Store, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.worker = store, worker
        self._current: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Stellen</b> – wer ist wofür zuständig"), self))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Stelle, Art, Rechtskreis oder Kommune suchen"))
        self.filter.setClearButtonEnabled(True)
        top.addWidget(self.filter, 1)
        self.import_button = QPushButton(self.tr("Aus CSV importieren …"), self)
        self.import_button.setObjectName("importAgencies")
        self.import_button.clicked.connect(lambda: self.import_csv())
        top.addWidget(self.import_button)
        self.empty_button = QPushButton(self.tr("Katalog leeren …"), self)
        self.empty_button.setObjectName("emptyCatalogue")
        self.empty_button.setToolTip(self.tr("Alle Stellen entfernen, die mit keiner Person verknüpft sind – um mit "
                                             "dem eigenen Katalog zu beginnen"))
        self.empty_button.clicked.connect(self.empty_catalogue)
        top.addWidget(self.empty_button)
        layout.addLayout(top)
        split = QSplitter(self)
        self.model = RowsModel([
            Column(self.tr("Name"), lambda a: a.name, 290),
            Column(self.tr("Art"), lambda a: catalogue.shown(a.kind), 150),
            Column(self.tr("Rechtskreis"), lambda a: a.legal_domain, 120),
            Column(self.tr("Kommunen"), lambda a: ", ".join(a.municipalities)),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = make_table(self.proxy, split)
        self.table.setObjectName("agenciesTable")
        for i, col in enumerate(self.model.columns):
            if col.width:
                self.table.setColumnWidth(i, col.width)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur))
        split.addWidget(self.table)
        split.addWidget(self._form(split))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

    def _form(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        form = QFormLayout(box)
        self.name = QLineEdit(box)
        self.kind = QComboBox(box)
        self.kind.setEditable(True)
        kinds = sorted({k for d in catalogue.legal_domains() for k in d["agency_kinds"]})
        fill_values(self.kind, kinds, blank=False)
        self.domain = QComboBox(box)
        self.domain.setEditable(True)
        self.domain.addItems([d["code"] for d in catalogue.legal_domains()])
        self.municipalities = QLineEdit(box)
        self.municipalities.setPlaceholderText(self.tr("durch Komma getrennt, z. B. Aachen, Alsdorf"))
        self.contact = QLineEdit(box)
        self.phone = QLineEdit(box)
        self.email = QLineEdit(box)
        self.address = QLineEdit(box)
        self.hours = QLineEdit(box)
        self.hours.setObjectName("agencyOpeningHours")
        self.hours.setPlaceholderText(self.tr("z. B. Mo–Fr 8–12 Uhr, Do 14–17 Uhr"))
        self.public = QCheckBox(self.tr("öffentliche Stelle (Mitteilungspflicht § 87 AufenthG)"), box)
        self.immigration = QCheckBox(self.tr("Ausländerbehörde (erhält nichts, was nicht für sie bestimmt ist)"), box)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Art"), self.kind),
                              (self.tr("Rechtskreis"), self.domain), (self.tr("Kommunen"), self.municipalities),
                              (self.tr("Ansprechperson"), self.contact), (self.tr("Telefon"), self.phone),
                              (self.tr("E-Mail"), self.email), (self.tr("Anschrift"), self.address),
                              (self.tr("Öffnungszeiten"), self.hours)):
            form.addRow(label, widget)
        form.addRow(self.public)
        form.addRow(self.immigration)
        self.message = message_label(box)
        form.addRow(self.message)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Neue Stelle"), box)
        self.save_button = QPushButton(self.tr("Speichern"), box)
        self.remove_button = QPushButton(self.tr("Entfernen"), box)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        for b in (self.new_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        return box

    def import_csv(self, path: Path | None = None):
        """Read a CSV file (the worker compares it with the catalogue), then show the preview."""
        if path is None:
            chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Stellen aus CSV importieren"), "",
                                                     self.tr("CSV-Dateien (*.csv *.txt);;Alle Dateien (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        store = self.store

        def work(_job):
            return agency_import.plan(store, path.read_bytes())

        self.worker.submit(work, self._preview, lambda exc: show_message(self.message, describe(exc)),
                           label="agency-import-plan")
        return None

    def empty_catalogue(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Katalog leeren"), self.tr(
            "Alle Stellen entfernen, die mit keiner Person, Einwilligung oder Konferenz verknüpft sind? Das gilt für "
            "das ganze Team, sobald synchronisiert wird; rückgängig über die Statuszeile."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("emptyCatalogueQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        store = self.store

        def done(edit) -> None:
            removed, kept = edit.result
            self.imported.emit(self.tr("{removed} Stellen entfernt, {kept} verknüpfte behalten").format(
                removed=removed, kept=kept), edit)
            self.new()
            self.refresh()

        self.worker.submit(lambda _job: agencies.remove_unused(store), done,
                           lambda exc: show_message(self.message, describe(exc)), label="agency-empty")

    def _preview(self, plan) -> None:
        from kimdesk.ui.agency_import_dialog import AgencyImportDialog

        self.import_dialog = AgencyImportDialog(self.store, self.worker, plan, self)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.open()

    def _imported(self, edit) -> None:
        added, changed = edit.result
        show_message(self.message, None)
        self.status_text = self.tr("{added} Stellen neu, {changed} geändert").format(added=added, changed=changed)
        self.imported.emit(self.status_text, edit)
        self.refresh()

    def clear(self) -> None:
        self.model.set_rows([])
        self._stale = True

    def refresh(self) -> None:
        self._stale = False
        store = self.store
        self.worker.submit(lambda _job: agencies.list_agencies(store), self._show, lambda e: show_error(self, e),
                           label="agencies")

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        if self._current:
            self.select(self._current)

    def select(self, agency_id: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == agency_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())
                return

    def _select(self, index) -> None:
        if not index.isValid():
            return
        row = self.model.row(self.proxy.mapToSource(index).row())
        self._current = row.id
        self.name.setText(row.name)
        set_combo_value(self.kind, row.kind)
        self.domain.setCurrentText(row.legal_domain)
        self.municipalities.setText(", ".join(row.municipalities))
        self.contact.setText(row.contact_person)
        self.phone.setText(row.phone)
        self.email.setText(row.email)
        self.address.setText(row.address)
        self.hours.setText(row.opening_hours)
        self.public.setChecked(row.is_public_body)
        self.immigration.setChecked(row.is_immigration_office)
        show_message(self.message, "")

    def new(self) -> None:
        self._current = None
        self.table.clearSelection()
        for w in (self.name, self.municipalities, self.contact, self.phone, self.email, self.address, self.hours):
            w.clear()
        self.public.setChecked(True)
        self.immigration.setChecked(False)
        self.name.setFocus()

    def fields(self) -> dict:
        return {"name": self.name.text(), "kind": combo_value(self.kind), "legal_domain": self.domain.currentText(),
                "municipalities": self.municipalities.text(), "contact_person": self.contact.text(),
                "phone": self.phone.text(), "email": self.email.text(), "address": self.address.text(),
                "opening_hours": self.hours.text(), "is_public_body": self.public.isChecked(), "is_immigration_office": self.immigration.isChecked()}

    def save(self) -> None:
        store, current, fields = self.store, self._current, self.fields()

        def saved(edit) -> None:
            self._current = edit.result
            show_message(self.message, "")
            self.refresh()

        self.worker.submit(lambda _job: agencies.save(store, current, fields), saved,
                           lambda exc: show_message(self.message, describe(exc)), label="agency-save")

    def remove(self) -> None:
        if not self._current:
            return
        store, current = self.store, self._current
        self._current = None
        self.worker.submit(lambda _job: agencies.remove(store, current), lambda _e: (self.new(), self.refresh()),
                           lambda exc: show_message(self.message, describe(exc)), label="agency-remove")
