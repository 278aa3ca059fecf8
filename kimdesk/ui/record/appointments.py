"""The person's appointments (*Termine*): date, time, place, with whom, the office.

What the hand-out lists under "Ihr nächster Termin" – unlike the team's follow-ups on the
"Aufgaben" tab, which stay internal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from kimdesk.services import appointments, record
from kimdesk.ui.record.section import NothingUnsaved
from kimdesk.ui.widgets import AgencyCombo, Column, RowsModel, make_table, message_label, selected_row, show_message


class AppointmentsTab(QWidget, NothingUnsaved):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.model = RowsModel([
            Column(self.tr("Datum"), lambda a: a.on, 90),
            Column(self.tr("Uhrzeit"), lambda a: a.at.strftime("%H:%M") if a.at else "", 60),
            Column(self.tr("Stelle"), lambda a: a.office, 200),
            Column(self.tr("Ort"), lambda a: a.place or "", 170),
            Column(self.tr("bei wem"), lambda a: a.with_whom or ""),
        ], self)
        self.table = make_table(self.model, split)
        self.table.setObjectName("appointmentsTable")
        split.addWidget(self.table)
        box = QWidget(split)
        form = QFormLayout(box)
        line = QHBoxLayout()
        self.day = QLineEdit(box)
        self.day.setObjectName("appointmentDay")
        self.day.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.day.setMaximumWidth(110)
        self.at = QLineEdit(box)
        self.at.setObjectName("appointmentTime")
        self.at.setPlaceholderText(self.tr("HH:MM"))
        self.at.setMaximumWidth(70)
        line.addWidget(self.day)
        line.addWidget(self.at)
        line.addStretch(1)
        form.addRow(self.tr("Datum, Uhrzeit:"), line)
        self.agency = AgencyCombo(box)
        form.addRow(self.tr("Stelle:"), self.agency)
        self.place = QLineEdit(box)
        self.place.setObjectName("appointmentPlace")
        self.place.setPlaceholderText(self.tr("z. B. Talstraße 2, Raum 3.12"))
        form.addRow(self.tr("Ort:"), self.place)
        self.with_whom = QLineEdit(box)
        self.with_whom.setPlaceholderText(self.tr("z. B. Frau Öztürk (Leistungsabteilung)"))
        form.addRow(self.tr("bei wem:"), self.with_whom)
        self.message = message_label(box)
        form.addRow("", self.message)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Termin entfernen"), box)
        self.remove_button.clicked.connect(self.remove)
        self.add_button = QPushButton(self.tr("Termin speichern"), box)
        self.add_button.setObjectName("addAppointment")
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        split.addWidget(box)
        layout.addWidget(split)

    def set_agencies(self, rows) -> None:
        self.agency.set_agencies(rows, blank=self.tr("– keine Stelle –"))

    def show_record(self, rec: record.Record) -> None:
        self.model.set_rows(rec.appointments)

    def add(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        fields = {"on": self.day.text(), "at": self.at.text(), "place": self.place.text(),
                  "with_whom": self.with_whom.text(), "agency_id": self.agency.agency_id()}

        def done(_edit) -> None:
            for w in (self.day, self.at, self.place, self.with_whom):
                w.clear()
            show_message(self.message, "")

        self.view.run_edit(lambda: appointments.add_appointment(store, client_id, fields), on_done=done,
                           on_error=lambda exc: show_message(self.message, str(exc)))

    def remove(self) -> None:
        row = selected_row(self.table)
        if row is None:
            show_message(self.message, self.tr("Bitte zuerst einen Termin in der Tabelle wählen."))
            return
        store = self.view.store
        self.view.run_edit(lambda: appointments.remove_appointment(store, row.id),
                           on_error=lambda exc: show_message(self.message, str(exc)))
