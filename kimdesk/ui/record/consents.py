"""Releases from confidentiality of a record: who may receive what, since when, until when.

A release names the office (optionally a person or function there), the kinds of data,
health data separately, the purpose, its form and dates; a withdrawal takes effect at once
(conference participation, copies of minutes, exports). The form prints pre-filled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QWidget

from kimdesk.services.releases import consents
from kimdesk.services.clients_intake import record
from kimdesk.ui.record.rows_tab import RecordRowsTab
from kimdesk.ui.record.section import NothingUnsaved
from kimdesk.ui.widgets import AgencyCombo, Column

INVALID = QColor("#777777")


class ConsentsTab(RecordRowsTab, NothingUnsaved):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(view, "consentsTable", parent)
        box, form = self.box, self.form
        self.agency = AgencyCombo(box)
        form.addRow(self.tr("Stelle:"), self.agency)
        self.person = QLineEdit(box)
        self.person.setPlaceholderText(self.tr("optional, z. B. Frau N. (Leistungsabteilung)"))
        form.addRow(self.tr("Person oder Funktion:"), self.person)
        self.purpose = QLineEdit(self.tr("Abstimmung im Rahmen des Case Managements"), box)
        form.addRow(self.tr("Zweck:"), self.purpose)
        line = QHBoxLayout()
        self.form_kind = QComboBox(box)
        for value in consents.FORMS:
            self.form_kind.addItem(consents.form_label(value), value)
        self.given = QLineEdit(date.today().strftime("%d.%m.%Y"), box)
        self.until = QLineEdit(box)
        self.until.setPlaceholderText(self.tr("unbefristet"))
        for w in (self.form_kind, self.given, self.until):
            line.addWidget(w)
        form.addRow(self.tr("Form, erteilt am, gültig bis:"), line)
        kinds = QGridLayout()
        self.kinds: dict[str, QCheckBox] = {}
        for i, kind in enumerate(consents.DATA_KINDS):
            box_ = QCheckBox(consents.kind_label(kind), box)
            box_.setObjectName(f"kind_{kind}")
            kinds.addWidget(box_, i // 4, i % 4)
            self.kinds[kind] = box_
        form.addRow(self.tr("Arten von Daten (keine: alle außer Gesundheit):"), kinds)
        self.health = QCheckBox(self.tr("umfasst Gesundheitsdaten (Art. 9 DSGVO)"), box)
        form.addRow("", self.health)
        self.oral_reason = QLineEdit(box)
        self.oral_reason.setObjectName("oralReason")
        self.oral_reason.setPlaceholderText(self.tr("nur bei mündlicher Entbindung für Gesundheitsdaten: warum nicht "
                                                    "schriftlich (§ 67b Abs. 2 SGB X)"))
        form.addRow(self.tr("Besondere Umstände:"), self.oral_reason)
        self.add_button = self.button(self.tr("Einwilligung speichern"), self.add)
        self.revoke_button = self.button(self.tr("Widerruf der gewählten erfassen"), self.revoke)
        self.form_button = self.button(self.tr("Formular drucken (PDF) …"), self.print_form, "consentFormPdf")
        self.finish([self.revoke_button, self.form_button], self.add_button)

    def set_agencies(self, rows) -> None:
        self.agency.set_agencies(rows)

    def columns(self) -> list[Column]:
        return [
                Column(self.tr("Stelle"), lambda c: c.agency_name, 260),
                Column(self.tr("Person/Funktion"), lambda c: c.recipient_person or "", 130),
                Column(self.tr("Daten"), lambda c: ", ".join(consents.kind_label(k) for k in c.data_kinds)
                       or self.tr("alle außer Gesundheit"), 160),
                Column(self.tr("Gesundheitsdaten"), lambda c: c.covers_health, 110),
                Column(self.tr("Form"), lambda c: consents.form_label(c.form), 150),
                Column(self.tr("erteilt am"), lambda c: c.given_on, 90),
                Column(self.tr("gültig bis"), lambda c: c.expires_on, 90),
                Column(self.tr("widerrufen am"), lambda c: c.revoked_on, 100),
                Column(self.tr("heute gültig"), lambda c: self.tr("ja") if c.valid_today else self.tr("nein")),
        ]

    def model_options(self) -> dict:
        return {"foreground": lambda c: None if c.valid_today else INVALID}

    def rows(self, rec: record.Record) -> list:
        return rec.consents

    def add(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        fields = {"agency_id": self.agency.agency_id(), "recipient_person": self.person.text(),
                  "purpose": self.purpose.text(), "form": self.form_kind.currentData(),
                  "given_on": self.given.text(), "expires_on": self.until.text(),
                  "covers_health": self.health.isChecked(), "oral_reason": self.oral_reason.text(),
                  "data_kinds": [k for k, b in self.kinds.items() if b.isChecked()]}

        def done(_edit) -> None:
            self.agency.set_agency_id(None)
            self.person.clear()
            self.until.clear()
            self.health.setChecked(False)
            self.oral_reason.clear()
            for b in self.kinds.values():
                b.setChecked(False)
            self.say("")

        self.edit(lambda: consents.add_consent(store, client_id, fields), done)

    def revoke(self) -> None:
        """The withdrawal counts from today: conferences, copies and exports refuse the office at once."""
        row = self.chosen_row()
        if row is not None and row.revoked_on is None:
            store = self.view.store
            self.view.run_edit(lambda: consents.revoke(store, row.id))

    def print_form(self, path=None) -> None:
        """The pre-filled form for the offices involved (and the chosen one), to sign on paper."""
        from kimdesk.services.clients_intake import client_print
        from kimdesk.ui.record.cycle.common import save_pdf

        store, client_id = self.view.store, self.view.client_id
        chosen = self.agency.agency_id()
        number = self.view.rec.client["case_number"] if self.view.rec else "Person"

        def make():
            return client_print.consent_form(store, client_id, also=[chosen] if chosen else [])

        def say(text: str, error: bool) -> None:
            self.message.setStyleSheet("color: #b00020;" if error else "color: #2f5d50;")
            self.say(text)

        save_pdf(self, self.view.worker, make, f"Schweigepflichtentbindung_{number}.pdf", say, path=path)
