"""Small dialogs of the conference editor: participant, consent override, action item, addendum, person.

Dialogs only collect values; the panels hand them to the services and show what they say.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kimdesk.models.conference import PRESENCE
from kimdesk.services.conferences_minutes.conference_queries import AgencyChoice
from kimdesk.ui.widgets import grow_to_fit


def presence_label(widget: QWidget, value: str) -> str:
    return {"present": widget.tr("anwesend"), "excused": widget.tr("entschuldigt"),
            "absent": widget.tr("nicht erschienen")}.get(value, value)


def status_label(widget: QWidget, value: str) -> str:
    return {"open": widget.tr("offen"), "done": widget.tr("erledigt"), "cancelled": widget.tr("entfallen")}.get(
        value, value)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.buttons)


class ParticipantDialog(_Form):
    """Agency (or none), person, function, presence; shows the consent state of the chosen agency."""

    def __init__(self, agencies: list[AgencyChoice], consent_of, values: dict[str, Any] | None = None,
                 parent: QWidget | None = None, tops: list[tuple[str, int, str]] = ()):
        """``tops``: (id, number, subject) of the agenda, for leaving and rejoining."""
        super().__init__(self.tr("Teilnehmende"), parent)
        self._consent_of = consent_of
        self.agency = QComboBox(self)
        self.agency.addItem(self.tr("– keine Stelle (z. B. Dolmetschung, die Person selbst) –"), None)
        for a in agencies:
            self.agency.addItem(a.name, a.id)
        self.agency.setEditable(False)
        self.name = QLineEdit(self)
        self.function = QLineEdit(self)
        self.presence = QComboBox(self)
        for value in PRESENCE:
            self.presence.addItem(presence_label(self, value), value)
        self.consent = QLabel(self)
        self.consent.setWordWrap(True)
        self.role = QComboBox(self)
        self.role.setObjectName("participantRole")
        self.role.addItem(self.tr("– Stelle oder Team –"), None)
        for value, label in (("person", self.tr("betroffene Person")),
                             ("guardian", self.tr("Vormund / gesetzliche Vertretung")),
                             ("interpreter", self.tr("Dolmetscher:in"))):
            self.role.addItem(label, value)
        self.back_from = QComboBox(self)
        self.back_from.setObjectName("backFrom")
        self.back_from.addItem(self.tr("von Beginn an"), None)
        self.left_after = QComboBox(self)
        self.left_after.setObjectName("leftAfter")
        self.left_after.addItem(self.tr("bis zum Ende"), None)
        for top_id, number, subject in tops:
            self.back_from.addItem(self.tr("ab TOP {n} ({subject})").format(n=number, subject=subject), top_id)
            self.left_after.addItem(self.tr("verlässt nach TOP {n} ({subject})").format(n=number, subject=subject),
                                    top_id)
        self.disclosure_reason = QLineEdit(self)
        self.disclosure_reason.setObjectName("disclosureReason")
        hint = self.tr("nur nötig, wenn die Stelle bei einem TOP anwesend ist, den ihre Entbindung nicht umfasst")
        self.disclosure_reason.setPlaceholderText(hint)
        self.disclosure_reason.setToolTip(hint)  # the hint in full where a small screen cuts it
        self.form.addRow(self.tr("Stelle"), self.agency)
        self.form.addRow(self.tr("nimmt teil als"), self.role)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Funktion"), self.function)
        self.form.addRow(self.tr("Anwesenheit"), self.presence)
        self.form.addRow(self.tr("anwesend"), self.back_from)
        self.form.addRow("", self.left_after)
        self.form.addRow(self.tr("Begründung"), self.disclosure_reason)
        self.form.addRow(self.tr("Schweigepflicht­entbindung"), self.consent)
        self.finish_layout()
        self.resize(520, 0)
        values = values or {}
        self.role.setCurrentIndex(max(0, self.role.findData(values.get("role"))))
        self.back_from.setCurrentIndex(max(0, self.back_from.findData(values.get("back_from_item_id"))))
        self.left_after.setCurrentIndex(max(0, self.left_after.findData(values.get("left_after_item_id"))))
        self.disclosure_reason.setText(values.get("disclosure_reason") or "")
        if values.get("agency_id"):
            self.agency.setCurrentIndex(max(0, self.agency.findData(values["agency_id"])))
        self.name.setText(values.get("name") or "")
        self.function.setText(values.get("function") or "")
        self.presence.setCurrentIndex(max(0, self.presence.findData(values.get("presence") or "present")))
        self.agency.currentIndexChanged.connect(self._show_consent)
        self._show_consent()

    def _show_consent(self) -> None:
        """The chosen agency's release is read on the worker (``consent_of`` queries the database)."""
        from kimdesk.ui.runner import op

        agency = self.agency.currentData()
        self.role.setEnabled(agency is None)  # the person or an interpreter is no office
        consent_of = self._consent_of

        def show(state) -> None:  # noqa: ANN001 - ConsentPreview
            if self.agency.currentData() == agency:  # a later choice shows its own answer
                self._show_consent_state(state)

        op(self, lambda: consent_of(agency), on_done=show, on_error=self.consent.setText, label="consent")

    def _show_consent_state(self, state) -> None:  # noqa: ANN001 - ConsentPreview
        if state.state == "valid":
            until = state.until.strftime("%d.%m.%Y") if state.until else self.tr("unbefristet")
            self.consent.setText(self.tr("liegt vor (bis {until})").format(until=until))
            self.consent.setStyleSheet("color: #1e6b35;")
        elif state.state == "missing":
            self.consent.setText(self.tr("⚠ keine gültige Entbindung ({detail}) – Teilnahme nur mit Begründung").format(
                detail=state.detail))
            self.consent.setStyleSheet("color: #a3201b; font-weight: bold;")
        else:
            self.consent.setText(self.tr("nicht erforderlich"))
            self.consent.setStyleSheet("")
        grow_to_fit(self)  # the warning is two lines: the dialog grows, nothing is cut off

    def values(self) -> dict[str, Any]:
        agency = self.agency.currentData()
        return {"agency_id": agency, "name": self.name.text(), "function": self.function.text(),
                "presence": self.presence.currentData(), "role": None if agency else self.role.currentData(),
                "back_from_item_id": self.back_from.currentData(), "left_after_item_id": self.left_after.currentData(),
                "disclosure_reason": self.disclosure_reason.text()}


class OverrideDialog(_Form):
    """The explicit override: an agency without a valid release is listed only with a reason."""

    def __init__(self, message: str, reason: str = "", parent: QWidget | None = None):
        super().__init__(self.tr("Teilnahme ohne Schweigepflichtentbindung"), parent)
        intro = QLabel(message + "\n\n" + self.tr(
            "Die Begründung wird im Protokoll abgedruckt. Ohne Begründung wird die Stelle nicht eingetragen."), self)
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Begründung, z. B. „Eilfall: drohende Leistungslücke …“"))
        self.reason.setPlainText(reason)
        self.reason.setTabChangesFocus(True)  # Tab moves on, as in every other form
        self.form.addRow(self.tr("Begründung"), self.reason)
        self.finish_layout()
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Mit Begründung eintragen"))
        self.reason.textChanged.connect(self._update)
        self._update()
        self.resize(520, 300)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def value(self) -> str:
        return self.reason.toPlainText().strip()


class ActionDialog(_Form):
    """Who (agency and person) does what by when, and its status."""

    def __init__(self, agencies: list[AgencyChoice], values: dict[str, Any] | None = None,
                 persons: list[tuple[str, str]] | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Aufgabe"), parent)
        values = values or {}
        self.agency = QComboBox(self)
        self.agency.addItem(self.tr("– keine Stelle –"), None)
        for a in agencies:
            self.agency.addItem(a.name, a.id)
        self.agency.setCurrentIndex(max(0, self.agency.findData(values.get("who_agency_id"))))
        self.who = QLineEdit(values.get("who") or "", self)
        self.what = QPlainTextEdit(values.get("what") or "", self)
        self.what.setFixedHeight(90)
        self.what.setTabChangesFocus(True)
        self.has_due = QCheckBox(self.tr("Frist"), self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.due.setDate(to_qdate(values.get("due")) if values.get("due") else QDate.currentDate().addDays(14))
        self.has_due.setChecked(values.get("due") is not None or not values)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.due.setEnabled(self.has_due.isChecked())
        self.status = QComboBox(self)
        for value in ("open", "done", "cancelled"):
            self.status.addItem(status_label(self, value), value)
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status") or "open")))
        self.person = QComboBox(self)
        self.person.addItem(self.tr("– alle Personen der Konferenz –"), None)
        for client_id, label in persons or []:
            self.person.addItem(label, client_id)
        self.person.setCurrentIndex(max(0, self.person.findData(values.get("client_id"))))
        self.form.addRow(self.tr("Wer: Stelle"), self.agency)
        self.form.addRow(self.tr("Wer: Person"), self.who)
        self.form.addRow(self.tr("Was"), self.what)
        self.form.addRow(self.has_due, self.due)
        self.form.addRow(self.tr("Status"), self.status)
        self._with_person = bool(persons and len(persons) > 1)
        if self._with_person:
            self.form.addRow(self.tr("betrifft"), self.person)
        self.finish_layout()
        self.resize(520, 0)

    def values(self) -> dict[str, Any]:
        out = {"who_agency_id": self.agency.currentData(), "who": self.who.text(), "what": self.what.toPlainText(),
               "due": from_qdate(self.due.date()) if self.has_due.isChecked() else None,
               "status": self.status.currentData()}
        if self._with_person:
            out["client_id"] = self.person.currentData()
        return out


class TextDialog(_Form):
    """A longer text: a resolution (*Beschluss*) or an addendum."""

    def __init__(self, title: str, label: str, text: str = "", author: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(title, parent)
        self.text = QPlainTextEdit(text, self)
        self.text.setTabChangesFocus(True)
        self.form.addRow(label, self.text)
        self.author: QLineEdit | None = None
        if author is not None:
            self.author = QLineEdit(author, self)
            self.form.addRow(self.tr("Verfasst von"), self.author)
        self.finish_layout()
        self.resize(560, 280)


class ClientPickerDialog(_Form):
    """Find a person (any spelling) by the search service and pick one or more."""

    def __init__(self, search, parent: QWidget | None = None):
        super().__init__(self.tr("Person auswählen"), parent)
        self._search = search
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Name in beliebiger Schreibweise oder Aktenzeichen"))
        self.results = QListWidget(self)
        self.results.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.form.addRow(self.tr("Suche"), self.query)
        self.layout_.addWidget(self.results)
        self.finish_layout()
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Hinzufügen"))
        self.query.textChanged.connect(self._refresh)
        self.results.itemSelectionChanged.connect(self._update)
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.query.installEventFilter(self)
        self._update()
        self.resize(520, 420)

    def _refresh(self) -> None:
        """The search runs on the database worker; its hits are shown if the query is still the same."""
        from kimdesk.ui.runner import op

        text = self.query.text().strip()
        if len(text) < 2:
            self._show_hits(text, [])
            return
        search = self._search
        op(self, lambda: search(text), on_done=lambda hits: self._show_hits(text, hits), label="search")

    def _show_hits(self, text: str, hits) -> None:  # noqa: ANN001 - search hits
        if self.query.text().strip() != text:
            return  # typed on meanwhile: that search brings its own hits
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.case_number}  {hit.family_name}, {hit.given_name}"
                                   + (f"  ({hit.birth_date})" if hit.birth_date else ""))
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)  # highlighted: Enter adds this person
        self._update()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """Up/Down in the search box move the highlight in the results, as in a completer."""
        if obj is self.query and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down,
                                                                                            Qt.Key.Key_Up):
            n = self.results.count()
            if n:
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(min(max(self.results.currentRow() + step, 0), n - 1))
            return True
        return super().eventFilter(obj, event)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.selected_ids()))

    def accept(self) -> None:
        if self.selected_ids():  # Enter with nobody found does not close the picker empty-handed
            super().accept()

    def selected_ids(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.results.selectedItems()]
