"""Small dialogs for the responsibility workflow: add a need, assign, decline, forward.

They collect values only; the panel runs the service. Each opens with ``open()`` (not a
blocking ``exec``), so a lock can hide it and show it again with what was typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from kimdesk.services.clients_intake import catalogue, finder
from kimdesk.services.releases import content_marks
from kimdesk.ui.disclosure_fields import DisclosureFields
from kimdesk.ui.widgets import AgencyCombo, message_label, show_message
from kimdesk.ui.fields import combo_value, fill_values


class _Form(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = message_label(self)
        self.layout_.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def problem(self) -> str | None:
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            show_message(self.message, problem)
            return
        self.accept()

    def fail(self, text: str) -> None:
        """The service refused: show why and keep the dialog open with what was typed."""
        show_message(self.message, text)
        self.show()


class AssignDialog(_Form):
    def __init__(self, agencies, *, need: str, current: str | None, proposal: finder.Proposal | None, parent=None):
        super().__init__(self.tr("Stelle zuweisen"), parent)
        self.setObjectName("assignDialog")
        self.form.addRow(self.tr("Bedarf:"), QLabel(need, self))
        self.agency = AgencyCombo(self)
        self.agency.setObjectName("assignAgency")
        self.agency.set_agencies(agencies)
        self.form.addRow(self.tr("Stelle:"), self.agency)
        if proposal is not None and proposal.agency_id:
            hint = QLabel(self.tr("Vorschlag: {agency} – {why}").format(agency=proposal.agency_name,
                                                                         why=proposal.explanation), self)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #1b5e20;")
            self.form.addRow("", hint)
            self.agency.set_agency_id(current or proposal.agency_id)
        elif current:
            self.agency.set_agency_id(current)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("optional, sonst die Ansprechperson der Stelle"))
        self.form.addRow(self.tr("Ansprechperson:"), self.contact)

    def problem(self) -> str | None:
        return None if self.agency.agency_id() else self.tr("Bitte eine Stelle aus der Liste wählen.")

    def values(self) -> dict[str, Any]:
        return {"agency_id": self.agency.agency_id(), "contact": self.contact.text() or None}


class DeclineDialog(_Form):
    def __init__(self, *, need: str, agency: str, parent=None):
        super().__init__(self.tr("Ablehnung erfassen"), parent)
        self.setObjectName("declineDialog")
        self.form.addRow(self.tr("Bedarf:"), QLabel(need, self))
        self.form.addRow(self.tr("Stelle:"), QLabel(agency, self))
        self.day = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.form.addRow(self.tr("Datum:"), self.day)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("declineReason")
        self.reason.setPlaceholderText(self.tr("z. B. nicht zuständig, da Leistungen nach AsylbLG"))
        self.reason.setTabChangesFocus(True)
        self.form.addRow(self.tr("Grund:"), self.reason)

    def problem(self) -> str | None:
        return None if self.reason.toPlainText().strip() else self.tr("Bitte den Grund der Ablehnung angeben.")

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText(), "on": self.day.text()}


class ForwardDialog(_Form):
    def __init__(self, agencies, *, need: str, agency: str, current: str | None, parent=None):
        super().__init__(self.tr("Weiterleitung erfassen"), parent)
        self.setObjectName("forwardDialog")
        self.form.addRow(self.tr("Bedarf:"), QLabel(need, self))
        self.form.addRow(self.tr("Von:"), QLabel(agency, self))
        self.target = AgencyCombo(self)
        self.target.setObjectName("forwardAgency")
        self.target.set_agencies([a for a in agencies if a.id != current])
        self.form.addRow(self.tr("An:"), self.target)
        self.day = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.form.addRow(self.tr("Datum:"), self.day)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("optional"))
        self.form.addRow(self.tr("Begründung:"), self.reason)

    def problem(self) -> str | None:
        return None if self.target.agency_id() else self.tr("Bitte die Stelle wählen, an die weitergeleitet wurde.")

    def values(self) -> dict[str, Any]:
        return {"to_agency_id": self.target.agency_id(), "reason": self.reason.text() or None, "on": self.day.text()}


class NeedDialog(_Form):
    def __init__(self, propose, parent=None):
        """``propose(category)`` gives the finder's proposal for this person."""
        super().__init__(self.tr("Bedarf hinzufügen"), parent)
        self.setObjectName("needDialog")
        self._propose = propose
        self.proposal: finder.Proposal | None = None
        self.category = QComboBox(self)
        self.category.setObjectName("needCategory")
        self.category.setEditable(True)
        fill_values(self.category, catalogue.need_categories())
        self.form.addRow(self.tr("Bedarf:"), self.category)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(90)
        self.description.setTabChangesFocus(True)
        self.form.addRow(self.tr("Beschreibung:"), self.description)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form.addRow(self.tr("Zuständig wäre:"), self.hint)
        self.request = QComboBox(self)
        self.request.addItem(self.tr("noch keine Stelle anfragen"), False)
        self.request.addItem(self.tr("die vorgeschlagene Stelle gleich anfragen"), True)
        self.form.addRow("", self.request)
        self.source = QComboBox(self)
        self.source.setObjectName("needSource")
        self.source.addItem(self.tr("– nicht angegeben –"), None)
        for value in content_marks.SOURCES:
            self.source.addItem(content_marks.source_label(value), value)
        self.form.addRow(self.tr("Angaben von:"), self.source)
        self.mark = QCheckBox(self.tr("nicht für die Ausländerbehörde"), self)
        self.mark.setObjectName("needDialogMark")
        self.form.addRow("", self.mark)
        self.disclosure = DisclosureFields(self)
        self.form.addRow(self.tr("Art der Daten:"), self.disclosure)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.category.currentTextChanged.connect(lambda _t: self._update(combo_value(self.category)))
        self.category.currentTextChanged.connect(lambda _t: self.disclosure.propose(combo_value(self.category)))
        self.disclosure.propose(combo_value(self.category))
        self._update(combo_value(self.category))

    def _source_changed(self, _index: int) -> None:
        """Content from a doctor or therapist is marked by default (it can be unticked on purpose)."""
        if content_marks.marked_by_default(self.source.currentData()):
            self.mark.setChecked(True)

    def _update(self, text: str) -> None:
        self.proposal = self._propose(text) if text.strip() else None
        if self.proposal is not None and self.proposal.agency_id:
            self.hint.setText(f"{self.proposal.agency_name}\n{self.proposal.explanation}")
            self.request.setEnabled(True)
        else:
            self.hint.setText(self.tr("kein Vorschlag – bitte selbst eine Stelle zuweisen"))
            self.request.setCurrentIndex(0)
            self.request.setEnabled(False)

    def problem(self) -> str | None:
        return None if combo_value(self.category).strip() else self.tr("Bitte angeben, worum es geht.")

    def values(self) -> dict[str, Any]:
        agency = self.proposal.agency_id if self.proposal and self.request.currentData() else None
        return {"category": combo_value(self.category).strip(), "description": self.description.toPlainText(),
                "agency_id": agency, "source": self.source.currentData(), "mark": self.mark.isChecked(),
                **self.disclosure.values()}
