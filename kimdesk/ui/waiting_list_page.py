"""The waiting list of newly arrived young people without a school place (*Seiteneinsteiger*).

Everyone waiting, longest wait first, filtered by municipality and school form, with the
next intake date per school form (IFK: 1 August; other dates from the team's rules file)
and a CSV export. The list is read on the database worker; a double click opens the record.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kimdesk.models.school import SCHOOL_FORMS
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.schooling import school_entry
from kimdesk.store.store import Store
from kimdesk.ui.messages import show_error
from kimdesk.ui.pages import RefreshingPage
from kimdesk.ui.widgets import OVERDUE, Column, RowsModel, day_text, make_table, selected_row
from kimdesk.ui.worker import DbWorker
from kimdesk.ui.save_dialog import ask_save_path

LONG_WAIT = 90  # days: shown in red


class WaitingListPage(RefreshingPage):
    open_client = Signal(str)

    def __init__(self, store: Store, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("waitingListPage")
        self.store, self.worker = store, worker
        self.watch(worker, {"school_entry", "client"})
        self.rows: list[school_entry.Waiting] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Seiteneinsteiger: Warteliste Schulplatz</b>"), self))
        top.addStretch(1)
        self.municipality = QComboBox(self)
        self.municipality.setObjectName("waitingMunicipality")
        self.municipality.addItem(self.tr("alle Kommunen"), None)
        for name in catalogue.municipalities():
            self.municipality.addItem(name, name)
        self.school_form = QComboBox(self)
        self.school_form.setObjectName("waitingSchoolForm")
        self.school_form.addItem(self.tr("alle Schulformen"), None)
        for form in SCHOOL_FORMS:
            self.school_form.addItem(school_entry.form_label(form), form)
        for combo in (self.municipality, self.school_form):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            top.addWidget(combo)
        layout.addLayout(top)
        self.intakes = QLabel(self)
        self.intakes.setObjectName("nextIntakes")
        self.intakes.setWordWrap(True)
        layout.addWidget(self.intakes)
        self.model = RowsModel([
            Column(self.tr("wartet seit (Tagen)"), lambda w: w.waiting_days, 130),
            Column(self.tr("Aktenzeichen"), lambda w: w.case_number, 120),
            Column(self.tr("Name"), lambda w: f"{w.family_name}, {w.given_name}".strip(", "), 200),
            Column(self.tr("Alter"), lambda w: "" if w.age is None else w.age, 55),
            Column(self.tr("Kommune"), lambda w: w.municipality or "", 140),
            Column(self.tr("Schulform"), lambda w: school_entry.form_label(w.school_form), 200),
            Column(self.tr("Zuweisung"), lambda w: w.assigned_on, 95),
            Column(self.tr("Anmeldung"), lambda w: w.registered_on, 95),
            Column(self.tr("Antrag"), lambda w: w.applied_on, 95),
            Column(self.tr("nächste Aufnahme"), lambda w: w.next_intake),
        ], self, foreground=lambda w: OVERDUE if w.waiting_days >= LONG_WAIT else None,
            tooltip=lambda w: self.tr("wartet länger als {n} Tage").format(n=LONG_WAIT)
            if w.waiting_days >= LONG_WAIT else None, foreground_columns=(0,),
            bold=lambda w: w.waiting_days >= LONG_WAIT)
        self.table = make_table(self.model, self)
        self.table.setObjectName("waitingTable")
        self.table.doubleClicked.connect(lambda _i: self._open())
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("waitingSummary")
        bottom.addWidget(self.summary, 1)
        self.open_button = QPushButton(self.tr("Akte öffnen"), self)
        self.open_button.clicked.connect(self._open)
        self.csv_button = QPushButton(self.tr("Als CSV speichern …"), self)
        self.csv_button.setObjectName("waitingCsv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.csv_button)
        layout.addLayout(bottom)

    # -- the page protocol of the main window (activate, mark_stale: RefreshingPage) -----------
    def clear(self) -> None:
        self.rows = []
        self.model.set_rows([])
        self.summary.clear()
        self._stale = True

    def refresh(self) -> None:
        self._stale = False
        store, municipality, form = self.store, self.municipality.currentData(), self.school_form.currentData()

        def load(_job):
            today = date.today()
            with store.connection() as conn:
                rows = school_entry.waiting_list(conn, today, municipality=municipality, school_form=form)
            return rows, {f: school_entry.next_intake(f, today) for f in SCHOOL_FORMS}

        self.worker.submit(load, self._show, lambda exc: show_error(self, exc), label="waiting-list")

    def _show(self, result) -> None:
        self.rows, intakes = result
        self.model.set_rows(self.rows)
        self.intakes.setText(self.tr("Nächste Aufnahmetermine: {dates}").format(dates=" · ".join(
            f"{school_entry.form_label(f)} {day_text(d)}" for f, d in intakes.items() if d)
            or self.tr("keine eingetragen")))
        long = sum(1 for w in self.rows if w.waiting_days >= LONG_WAIT)
        self.summary.setText(self.tr("{n} warten auf einen Schulplatz, davon {long} länger als {days} Tage").format(
            n=len(self.rows), long=long, days=LONG_WAIT))

    def _open(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.open_client.emit(row.client_id)

    def export_csv(self, path: Path | None = None) -> None:
        if path is None:
            ask_save_path(self, self.tr("Warteliste speichern"), f"Warteliste_{date.today().isoformat()}.csv",
                          self.tr("CSV-Dateien (*.csv)"), ".csv", then=self.export_csv)
            return
        rows = list(self.rows)

        def done(n: int) -> None:
            self.summary.setText(self.tr("{n} Zeilen gespeichert: {path}").format(n=n, path=path))

        self.worker.submit(lambda _job: school_entry.export_csv(rows, path), done, lambda exc: show_error(self, exc),
                           label="waiting-csv")
