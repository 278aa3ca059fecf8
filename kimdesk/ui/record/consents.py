"""Releases from confidentiality of a record: who may receive what, since when, until when.

A release names the office (optionally a person or function there), the kinds of data,
health data separately, the purpose, its form and dates; a withdrawal takes effect at once
(conference participation, copies of minutes, exports). The form prints pre-filled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services import consents, record
from kimdesk.ui.record.section import NothingUnsaved
from kimdesk.ui.widgets import AgencyCombo, Column, RowsModel, make_table, message_label, selected_row, show_message

INVALID = QColor("#777777")


class ConsentsTab(QWidget, NothingUnsaved):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.model = RowsModel([
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
        ], self, foreground=lambda c: None if c.valid_today else INVALID)
        self.table = make_table(self.model, split)
        self.table.setObjectName("consentsTable")
        split.addWidget(self.table)
        box = QWidget(split)
        form = QFormLayout(box)
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
        self.message = message_label(box)
        form.addRow("", self.message)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Einwilligung speichern"), box)
        self.add_button.clicked.connect(self.add)
        self.revoke_button = QPushButton(self.tr("Widerruf der gewählten erfassen"), box)
        self.revoke_button.clicked.connect(self.revoke)
        self.form_button = QPushButton(self.tr("Formular drucken (PDF) …"), box)
        self.form_button.setObjectName("consentFormPdf")
        self.form_button.clicked.connect(lambda: self.print_form())
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.form_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        split.addWidget(box)
        layout.addWidget(split)

    def set_agencies(self, rows) -> None:
        self.agency.set_agencies(rows)

    def show_record(self, rec: record.Record) -> None:
        self.model.set_rows(rec.consents)


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
            show_message(self.message, "")

        self.view.run_edit(lambda: consents.add_consent(store, client_id, fields), on_done=done,
                           on_error=lambda exc: show_message(self.message, str(exc)))

    def revoke(self) -> None:
        """The withdrawal counts from today: conferences, copies and exports refuse the office at once."""
        row = selected_row(self.table)
        if row is not None and row.revoked_on is None:
            store = self.view.store
            self.view.run_edit(lambda: consents.revoke(store, row.id))

    def print_form(self, path=None) -> None:
        """The pre-filled form for the offices involved (and the chosen one), to sign on paper."""
        from kimdesk.services import client_print
        from kimdesk.ui.record.cycle.common import save_pdf

        store, client_id = self.view.store, self.view.client_id
        chosen = self.agency.agency_id()
        number = self.view.rec.client["case_number"] if self.view.rec else "Person"

        def make():
            return client_print.consent_form(store, client_id, also=[chosen] if chosen else [])

        def say(text: str, error: bool) -> None:
            self.message.setStyleSheet("color: #b00020;" if error else "color: #2f5d50;")
            show_message(self.message, text)

        save_pdf(self, self.view.worker, make, f"Schweigepflichtentbindung_{number}.pdf", say, path=path)
