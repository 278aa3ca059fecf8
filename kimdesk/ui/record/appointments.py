"""The person's appointments (*Termine*): date, time, place, with whom, the office.

What the hand-out lists under "Ihr nächster Termin" – unlike the team's follow-ups on the
"Aufgaben" tab, which stay internal.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kimdesk.services.clients_intake import appointments, record
from kimdesk.ui.record.rows_tab import RecordRowsTab
from kimdesk.ui.record.section import NothingUnsaved
from kimdesk.ui.widgets import AgencyCombo, Column


class AppointmentsTab(RecordRowsTab, NothingUnsaved):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(view, "appointmentsTable", parent)
        box, form = self.box, self.form
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
        self.remove_button = self.button(self.tr("Termin entfernen"), self.remove)
        self.add_button = self.button(self.tr("Termin speichern"), self.add, "addAppointment")
        self.finish([self.remove_button], self.add_button)

    def set_agencies(self, rows) -> None:
        self.agency.set_agencies(rows, blank=self.tr("– keine Stelle –"))

    def columns(self) -> list[Column]:
        return [
                Column(self.tr("Datum"), lambda a: a.on, 90),
                Column(self.tr("Uhrzeit"), lambda a: a.at.strftime("%H:%M") if a.at else "", 60),
                Column(self.tr("Stelle"), lambda a: a.office, 200),
                Column(self.tr("Ort"), lambda a: a.place or "", 170),
                Column(self.tr("bei wem"), lambda a: a.with_whom or ""),
        ]

    def rows(self, rec: record.Record) -> list:
        return rec.appointments

    def add(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        fields = {"on": self.day.text(), "at": self.at.text(), "place": self.place.text(),
                  "with_whom": self.with_whom.text(), "agency_id": self.agency.agency_id()}

        def done(_edit) -> None:
            for w in (self.day, self.at, self.place, self.with_whom):
                w.clear()
            self.say("")

        self.edit(lambda: appointments.add_appointment(store, client_id, fields), done)

    def remove(self) -> None:
        row = self.chosen_row(self.tr("Bitte zuerst einen Termin in der Tabelle wählen."))
        if row is None:
            return
        store = self.view.store
        self.edit(lambda: appointments.remove_appointment(store, row.id))
