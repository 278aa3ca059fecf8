"""The meeting itself: kind, title, date, time, place, moderation, minute taker, persons, next date.

Fields are saved when they lose focus or change (one service call each time something
changed); what the service refuses is shown in the editor's message line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.conferences_minutes import conference_edit
from kimdesk.services.clients_intake import search
from kimdesk.services.conferences_minutes.conference_queries import ConferenceView
from kimdesk.ui.conferences.dialogs import ClientPickerDialog, from_qdate, to_qdate


def date_locale() -> QLocale:
    """Weekdays in the program's language (German by default), not the system's."""
    from kimdesk.i18n import language

    return QLocale(QLocale.Language.German, QLocale.Country.Germany) if language() == "de" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom)


class GeneralForm(QWidget):
    def __init__(self, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._loading = False
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Fallkonferenz (Person oder Haushalt)"), "case")
        self.kind.addItem(self.tr("Netzwerktreffen (ohne Person)"), "network")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("optional, z. B. „Übergang Schule – Beruf“"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd, dd.MM.yyyy")
        self.starts_at = QLineEdit(self)
        self.starts_at.setPlaceholderText(self.tr("HH:MM"))
        self.starts_at.setMaximumWidth(90)
        self.place = QLineEdit(self)
        self.moderator = QLineEdit(self)
        self.minute_taker = QLineEdit(self)
        self.has_next = QCheckBox(self.tr("Nächster Termin"), self)
        self.next_date = QDateEdit(self)
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("dddd, dd.MM.yyyy")
        for edit in (self.date, self.next_date):
            edit.setLocale(date_locale())
        self.persons = QListWidget(self)
        self.persons.setMaximumHeight(84)
        self.add_person = QPushButton(self.tr("Person hinzufügen …"), self)
        self.remove_person = QPushButton(self.tr("Entfernen"), self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("Titel"), self.title)
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.starts_at)
        form.addRow(self.tr("Datum, Beginn"), when)
        form.addRow(self.tr("Ort"), self.place)
        form.addRow(self.tr("Moderation"), self.moderator)
        form.addRow(self.tr("Protokoll"), self.minute_taker)
        nxt = QHBoxLayout()
        nxt.addWidget(self.next_date, 1)
        nxt.addSpacing(self.starts_at.maximumWidth() + 6)
        form.addRow(self.has_next, nxt)
        persons = QVBoxLayout()
        persons.addWidget(self.persons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person)
        buttons.addWidget(self.remove_person)
        buttons.addStretch(1)
        persons.addLayout(buttons)
        self.persons_label = self.tr("Person(en)")
        form.addRow(self.persons_label, persons)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch(1)

        for edit in (self.title, self.starts_at, self.place, self.moderator, self.minute_taker):
            edit.editingFinished.connect(self.save)
        self.kind.currentIndexChanged.connect(self.save)
        self.date.dateChanged.connect(self.save)
        self.next_date.dateChanged.connect(self.save)
        self.has_next.toggled.connect(self._next_toggled)
        self.add_person.clicked.connect(self.pick_persons)
        self.remove_person.clicked.connect(self.drop_person)

    # -- showing ---------------------------------------------------------------------------
    def show_view(self, view: ConferenceView) -> None:
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind)))
            self.title.setText(view.title)
            self.date.setDate(to_qdate(view.date))
            self.starts_at.setText(view.starts_at.strftime("%H:%M") if view.starts_at else "")
            self.place.setText(view.place)
            self.moderator.setText(view.moderator)
            self.minute_taker.setText(view.minute_taker)
            self.has_next.setChecked(view.next_date is not None)
            self.next_date.setDate(to_qdate(view.next_date) if view.next_date else QDate.fromJulianDay(
                to_qdate(view.date).toJulianDay() + 42))
            self.next_date.setEnabled(view.next_date is not None and not view.final)
            self.persons.clear()
            for p in view.persons:
                item = QListWidgetItem(f"{p.case_number}  {p.name}")
                item.setData(Qt.ItemDataRole.UserRole, p.client_id)
                self.persons.addItem(item)
            network = view.kind == "network"
            for w in (self.persons, self.add_person, self.remove_person):
                w.setVisible(not network)
            editable = not view.final
            for w in (self.kind, self.date, self.has_next, self.add_person, self.remove_person):
                w.setEnabled(editable)
            for e in (self.title, self.starts_at, self.place, self.moderator, self.minute_taker):
                e.setReadOnly(not editable)
        finally:
            self._loading = False

    # -- saving ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "title": self.title.text(), "date": from_qdate(self.date.date()),
                "starts_at": self.starts_at.text(), "place": self.place.text(), "moderator": self.moderator.text(),
                "minute_taker": self.minute_taker.text(),
                "next_date": from_qdate(self.next_date.date()) if self.has_next.isChecked() else None}

    def changed_values(self) -> dict[str, Any]:
        view = self.editor.view
        if view is None:
            return {}
        now = self.values()
        before = {"kind": view.kind, "title": view.title, "date": view.date,
                  "starts_at": view.starts_at.strftime("%H:%M") if view.starts_at else "", "place": view.place,
                  "moderator": view.moderator, "minute_taker": view.minute_taker, "next_date": view.next_date}
        return {k: v for k, v in now.items() if (v or "") != (before[k] or "")}

    def save(self) -> None:
        if self._loading or self.editor.view is None or self.editor.view.final:
            return
        changed = self.changed_values()
        if changed:
            self.editor.run(conference_edit.update_conference, self.editor.store, self.editor.view.id, changed)

    def _next_toggled(self, on: bool) -> None:
        self.next_date.setEnabled(on)
        self.save()

    def pick_persons(self) -> None:
        dialog = ClientPickerDialog(lambda text: search.search(self.editor.store, text, limit=30), self)
        if dialog.exec() and dialog.selected_ids():
            current = [p.client_id for p in self.editor.view.persons]
            self.editor.run(conference_edit.set_clients, self.editor.store, self.editor.view.id,
                            current + dialog.selected_ids())

    def drop_person(self) -> None:
        item = self.persons.currentItem()
        if item is None:
            return
        keep = [p.client_id for p in self.editor.view.persons if p.client_id != item.data(Qt.ItemDataRole.UserRole)]
        self.editor.run(conference_edit.set_clients, self.editor.store, self.editor.view.id, keep)
