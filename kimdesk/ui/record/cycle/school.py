"""School entry of a newly arrived young person (*Seiteneinsteiger*): the steps to a school place.

Arrival, assignment to the municipality, registration with the school office, the school
form wanted, application, placement and school. While the person waits, the panel says
since when and the next intake date of the school form (IFK: 1 August).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kimdesk.models.school import SCHOOL_FORMS
from kimdesk.services.schooling import school_entry
from kimdesk.services.casework.cycle_view import CycleView
from kimdesk.ui.record.cycle.common import date_field, text_of
from kimdesk.ui.widgets import message_label, show_message

DATES = ("arrived_on", "assigned_on", "registered_on", "applied_on", "placed_on")


class SchoolPanel(QWidget):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.status = QLabel(self)
        self.status.setObjectName("schoolStatus")
        self.status.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.status)
        form = QFormLayout()
        labels = {"arrived_on": self.tr("Ankunft in Deutschland:"),
                  "assigned_on": self.tr("Zuweisung an die Kommune:"),
                  "registered_on": self.tr("Anmeldung Schulamt / Kommunales Integrationszentrum:"),
                  "applied_on": self.tr("Antrag / Bewerbung am:"), "placed_on": self.tr("Schulplatz seit:")}
        self.dates: dict[str, QLineEdit] = {}
        for key in DATES:
            self.dates[key] = date_field(self, name=f"school_{key}")
            if key == "applied_on":
                self.form = QComboBox(self)
                self.form.setObjectName("school_form")
                self.form.addItem(school_entry.form_label(None), None)
                for value in SCHOOL_FORMS:
                    self.form.addItem(school_entry.form_label(value), value)
                form.addRow(self.tr("Gewünschte Schulform:"), self.form)
            form.addRow(labels[key], self.dates[key])
        self.school = QLineEdit(self)
        self.school.setObjectName("school_school")
        self.school.setPlaceholderText(self.tr("z. B. Berufskolleg Nord"))
        form.addRow(self.tr("Schule:"), self.school)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.message = message_label(self)
        row.addWidget(self.message, 1)
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Schulzugang speichern"), self)
        self.save_button.setObjectName("saveSchoolEntry")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_cycle(self, data: CycleView) -> None:
        entry = data.school or {}
        if data.young:
            self.intro.setText(self.tr("Für neu zugewanderte junge Menschen (schulpflichtig oder 16–25 Jahre): der Weg "
                                       "zum Schulplatz. Wer zugewiesen oder angemeldet ist und noch keinen Platz hat, "
                                       "steht auf der Warteliste."))
        else:
            self.intro.setText(self.tr("Die Person ist älter als 25 Jahre; ein Schulzugang wird in der Regel nicht "
                                       "erfasst."))
        for key, edit in self.dates.items():
            edit.setText(text_of(entry.get(key)))
        self.form.setCurrentIndex(max(0, self.form.findData(entry.get("school_form"))))
        self.school.setText(entry.get("school") or "")
        if entry.get("placed_on"):
            text = self.tr("Schulplatz seit {date}").format(date=text_of(entry["placed_on"]))
        elif data.waiting_days is not None:
            intake = school_entry.next_intake(entry.get("school_form"), date.today())
            text = self.tr("wartet seit {n} Tagen auf einen Schulplatz").format(n=data.waiting_days)
            if intake:
                text += self.tr(" · nächste Aufnahme ({form}): {date}").format(
                    form=school_entry.form_label(entry.get("school_form")), date=text_of(intake))
        else:
            text = ""
        self.status.setText(text)
        for w in [*self.dates.values(), self.form, self.school, self.save_button]:
            w.setEnabled(data.young)

    def save(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        fields = {k: (e.text() or None) for k, e in self.dates.items()}
        fields["school_form"] = self.form.currentData()
        fields["school"] = self.school.text() or None
        self.view.run_change(lambda: school_entry.save(store, client_id, fields),
                             on_done=lambda _r: show_message(self.message, ""),
                             on_error=lambda text: show_message(self.message, text))
