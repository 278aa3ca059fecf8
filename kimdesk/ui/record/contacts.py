"""Counselling contacts of a record, newest first, and a form to add one.

A contact holding what a doctor or therapist said is marked "nicht für die Ausländerbehörde"
(§ 203 StGB): copies for that office leave it out. The mark can be set or taken off later.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from kimdesk.models.contact import CONTACT_KINDS
from kimdesk.services.clients_intake import catalogue, contacts, record
from kimdesk.services.releases import content_marks
from kimdesk.ui.disclosure_fields import DisclosureFields
from kimdesk.ui.record.rows_tab import RecordRowsTab
from kimdesk.ui.widgets import Column
from kimdesk.ui.fields import combo_value, fill_values


class ContactsTab(RecordRowsTab):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(view, "contactsTable", parent)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_chosen())
        box, form = self.box, self.form
        line = QHBoxLayout()
        self.day = QLineEdit(date.today().strftime("%d.%m.%Y"), box)
        self.day.setMaximumWidth(110)
        self.kind = QComboBox(box)
        for kind in CONTACT_KINDS:
            self.kind.addItem(contacts.kind_label(kind), kind)
        self.place = QLineEdit(box)
        self.place.setPlaceholderText(self.tr("Ort"))
        self.interpreter = QComboBox(box)
        self.interpreter.setEditable(True)
        fill_values(self.interpreter, catalogue.vocabulary("languages"))
        for w in (self.day, self.kind, self.place, self.interpreter):
            line.addWidget(w)
        form.addRow(self.tr("Datum, Art, Ort, Dolmetschung:"), line)
        self.summary = QPlainTextEdit(box)
        self.summary.setObjectName("contactSummary")
        self.summary.setPlaceholderText(self.tr("Worum ging es? Was ist vereinbart?"))
        self.summary.setTabChangesFocus(True)
        form.addRow(self.tr("Zusammenfassung:"), self.summary)
        self.sensitive = QCheckBox(self.tr("enthält Angaben von Ärzt:innen oder Therapeut:innen "
                                           "(nicht für die Ausländerbehörde)"), box)
        form.addRow("", self.sensitive)
        self.disclosure = DisclosureFields(self)  # left alone: proposed from the summary when saved
        form.addRow(self.tr("Art der Daten:"), self.disclosure)
        self.chosen = DisclosureFields(box)  # the contact chosen in the table: changed at once, undoable
        self.chosen.setObjectName("chosenContactDisclosure")
        self.chosen.changed.connect(self.set_disclosure)
        form.addRow(self.tr("Art der Daten des gewählten Kontakts:"), self.chosen)
        self.add_button = self.button(self.tr("Kontakt speichern"), self.add)
        self.mark_button = self.button(self.tr("Markierung „nicht für die Ausländerbehörde“ umschalten"),
                                       self.toggle_mark, "toggleContactMark")
        self.finish([self.mark_button], self.add_button, indented=True, stretch=(3, 2))

    def columns(self) -> list[Column]:
        return [
                Column(self.tr("Datum"), lambda c: c.on, 90),
                Column(self.tr("Art"), lambda c: contacts.kind_label(c.kind), 90),
                Column(self.tr("Ort"), lambda c: c.place or "", 170),
                Column(self.tr("Dolmetschung"), lambda c: catalogue.shown(c.interpreter or ""), 110),
                Column(self.tr("nicht für ABH"), lambda c: c.not_for_immigration_office, 95),
                Column(self.tr("Zusammenfassung"), lambda c: (c.summary or "").replace("\n", " ")),
        ]

    def model_options(self) -> dict:
        return {"tooltip": lambda c: c.summary}

    def rows(self, rec: record.Record) -> list:
        return rec.contacts

    def show_record(self, rec: record.Record) -> None:
        """As every rows tab, keeping the chosen contact chosen (its kind of data shows below)."""
        chosen = self.chosen_row()
        super().show_record(rec)
        if chosen is not None:
            for n, row in enumerate(rec.contacts):
                if row.id == chosen.id:
                    self.table.selectRow(n)
                    break
        self._show_chosen()

    def _show_chosen(self) -> None:
        row = self.chosen_row()
        self.chosen.setEnabled(row is not None)
        self.chosen.set_values(row.data_kind if row else None, bool(row and row.health))

    def set_disclosure(self) -> None:
        """Change the kind of data and the health flag of the chosen contact (undoable)."""
        row = self.chosen_row()
        if row is None:
            return
        store, values = self.view.store, self.chosen.values()
        self.edit(lambda: content_marks.set_disclosure(store, "counselling_contact", row.id, values["data_kind"],
                                                       values["health"]))

    def draft(self) -> dict[str, Any]:
        text = self.summary.toPlainText()
        return {"summary": text, "place": self.place.text()} if text else {}

    def apply_draft(self, draft: dict[str, Any]) -> None:
        if draft.get("summary"):
            self.summary.setPlainText(draft["summary"])
            self.place.setText(draft.get("place", ""))

    def has_unsaved(self) -> bool:
        return bool(self.summary.toPlainText().strip())

    def save_unsaved(self) -> None:
        """What closing the tab with "Speichern" does with the typed entry: add it."""
        self.add()

    def add(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        fields = {"on": self.day.text(), "kind": self.kind.currentData(), "place": self.place.text(),
                  "interpreter": combo_value(self.interpreter), "summary": self.summary.toPlainText(),
                  "not_for_immigration_office": self.sensitive.isChecked()}
        if self.disclosure.touched:
            fields |= self.disclosure.values()

        def done(_edit) -> None:
            self.summary.clear()
            self.sensitive.setChecked(False)
            self.disclosure.set_values(None, False)
            self.disclosure.touched = False
            self.say("")

        self.edit(lambda: contacts.add_contact(store, client_id, fields), done)

    def toggle_mark(self) -> None:
        """Mark the chosen contact, or take the mark off on purpose (undoable)."""
        row = self.chosen_row(self.tr("Bitte zuerst einen Kontakt in der Tabelle wählen."))
        if row is None:
            return
        store = self.view.store
        self.edit(lambda: content_marks.set_mark(store, "counselling_contact", row.id,
                                                 not row.not_for_immigration_office))
