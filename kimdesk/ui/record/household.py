"""The household of a record: who lives with the person; add, change relation, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kimdesk.i18n import translate
from kimdesk.models import partial_date
from kimdesk.models.fields import HOUSEHOLD_MEMBER
from kimdesk.services.clients_intake import record
from kimdesk.ui.fields import registry_choices, registry_label
from kimdesk.ui.widgets import Column, RowsModel, make_table, message_label, selected_row, show_message


def relation_choices() -> list[tuple[str, str]]:
    """The registry's closed list of relations, each named in the current language."""
    return registry_choices(HOUSEHOLD_MEMBER, "relation", {
        "child": translate("Household", "Kind"), "partner": translate("Household", "Partner:in"),
        "parent": translate("Household", "Elternteil"), "sibling": translate("Household", "Geschwister"),
        "other": translate("Household", "andere")})


class HouseholdTab(QWidget):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        relations = dict(relation_choices())

        def label(name: str) -> str:
            return registry_label(HOUSEHOLD_MEMBER, name)

        layout = QVBoxLayout(self)
        self.model = RowsModel([
            Column(label("given_name"), lambda m: m.given_name, 160),
            Column(label("family_name"), lambda m: m.family_name, 160),
            Column(label("birth_date"), lambda m: partial_date.display(m.birth_date), 110),
            Column(label("relation"), lambda m: relations.get(m.relation or "", m.relation or ""), 120),
            Column(self.tr("eigene Akte"), lambda m: self.tr("ja") if m.member_client_id else ""),
        ], self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("householdTable")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.given = QLineEdit(self)
        self.given.setPlaceholderText(label("given_name"))
        self.family = QLineEdit(self)
        self.family.setPlaceholderText(label("family_name"))
        self.birth = QLineEdit(self)
        self.birth.setPlaceholderText(self.tr("Geburtsdatum (auch nur Jahr)"))
        self.relation = QComboBox(self)
        for value, label in relation_choices():
            self.relation.addItem(label, value)
        self.add_button = QPushButton(self.tr("Hinzufügen"), self)
        self.add_button.clicked.connect(self.add)
        for w in (self.given, self.family, self.birth, self.relation, self.add_button):
            row.addWidget(w)
        layout.addWidget(QLabel(self.tr("Neues Haushaltsmitglied:"), self))
        layout.addLayout(row)
        self.message = message_label(self)
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.open_button = QPushButton(self.tr("Akte dieser Person öffnen"), self)
        self.open_button.clicked.connect(self._open)
        self.remove_button = QPushButton(self.tr("Aus dem Haushalt entfernen"), self)
        self.remove_button.clicked.connect(self.remove)
        actions.addWidget(self.open_button)
        actions.addWidget(self.remove_button)
        layout.addLayout(actions)

    def show_record(self, rec: record.Record) -> None:
        self.model.set_rows(rec.household)
        if not self.family.text():
            self.family.setText(rec.client["family_name"])

    def draft(self) -> dict[str, Any]:
        values = {"given": self.given.text(), "birth": self.birth.text()}
        return {k: v for k, v in values.items() if v}

    def apply_draft(self, draft: dict[str, Any]) -> None:
        self.given.setText(draft.get("given", self.given.text()))
        self.birth.setText(draft.get("birth", self.birth.text()))

    def has_unsaved(self) -> bool:
        return bool(self.draft())

    def save_unsaved(self) -> None:
        """What closing the tab with "Speichern" does with the typed entry: add it."""
        self.add()

    def add(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        fields = {"given_name": self.given.text() or None, "family_name": self.family.text() or None,
                  "birth_date": self.birth.text() or None, "relation": self.relation.currentData()}

        def done(_edit) -> None:
            self.given.clear()
            self.birth.clear()
            show_message(self.message, "")

        self.view.run_edit(lambda: record.add_member(store, client_id, fields), on_done=done,
                           on_error=lambda exc: show_message(self.message, str(exc)))

    def remove(self) -> None:
        member = selected_row(self.table)
        if member is not None:
            store = self.view.store
            self.view.run_edit(lambda: record.remove_member(store, member.id))

    def _open(self) -> None:
        member = selected_row(self.table)
        if member is not None and member.member_client_id:
            self.view.open_client.emit(member.member_client_id)
