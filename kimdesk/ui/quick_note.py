"""Quick note for outreach: a contact in a few keystrokes.

Type a name (any spelling) and press Enter to take the first match, or keep typing a new
name; date and place are already filled (today, the last place used); write the summary
and press Ctrl+Enter. A name nobody has yet opens a minimal record in the same step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from kimdesk.models import partial_date
from kimdesk.services.clients_intake import catalogue, contacts, search
from kimdesk.services.admin import settings
from kimdesk.store.store import Store
from kimdesk.ui.messages import describe
from kimdesk.ui.runner import op
from kimdesk.ui.widgets import message_label, show_message
from kimdesk.ui.worker import DbWorker
from kimdesk.ui.fields import combo_value, fill_values


def split_name(text: str) -> tuple[str, str]:
    """"Abdi Hassan Warsame" → given "Abdi Hassan", family "Warsame" (the usual order here)."""
    parts = text.split()
    if len(parts) < 2:
        return "", text.strip()
    return " ".join(parts[:-1]), parts[-1]


class QuickNoteDialog(QDialog):
    saved = Signal(str)  # the client id

    def __init__(self, store: Store, worker: DbWorker, parent=None, *, client_id: str | None = None,
                 state: dict[str, Any] | None = None):
        super().__init__(parent)
        self.store, self.worker = store, worker
        self.client_id = client_id
        self._fixed = client_id is not None
        self.setWindowTitle(self.tr("Kurznotiz"))
        self.setObjectName("quickNote")
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = QLineEdit(self)
        self.person.setObjectName("notePerson")
        self.person.setPlaceholderText(self.tr("Name in beliebiger Schreibweise oder Aktenzeichen"))
        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(120)
        self.person_hint = QLabel(self)
        self.person_hint.setWordWrap(True)
        if self._fixed:
            self.person.setEnabled(False)
            self.matches.setVisible(False)
            self._show_person(client_id)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow("", self.matches)
        form.addRow("", self.person_hint)
        self.day = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.day.setObjectName("noteDate")
        self.place = QLineEdit(self)
        self.place.setObjectName("notePlace")
        op(self, lambda: settings.QUICK_NOTE_PLACE.get(store), label="quick-note-place",
           on_done=lambda place: self.place.setText(place) if not self.place.text() else None)
        self.place.setPlaceholderText(self.tr("z. B. Unterkunft Eschweiler, Sprechstunde Rathaus"))
        self.interpreter = QComboBox(self)
        self.interpreter.setObjectName("noteInterpreter")
        self.interpreter.setEditable(True)
        fill_values(self.interpreter, catalogue.vocabulary("languages"))
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("noteSummary")
        self.summary.setPlaceholderText(self.tr("Worum ging es? Was ist vereinbart?"))
        self.summary.setTabChangesFocus(True)
        form.addRow(self.tr("Datum:"), self.day)
        form.addRow(self.tr("Ort:"), self.place)
        form.addRow(self.tr("Dolmetschung:"), self.interpreter)
        form.addRow(self.tr("Zusammenfassung:"), self.summary)
        layout.addLayout(form)
        self.message = message_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Speichern (Strg+Eingabe)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Ctrl+Enter saves from any field (an event filter: the text box would take the key first)
        for widget in (self.person, self.day, self.place, self.interpreter, self.summary):
            widget.installEventFilter(self)
        # no fixed delay: a keystroke searches at once; while a search runs, later keystrokes
        # coalesce into one search for the latest text when it returns
        self._searching = self._again = self._take_when_done = False
        self.person.textEdited.connect(self._typed)
        self.person.returnPressed.connect(self._take_first)
        self.matches.itemActivated.connect(self._take)
        self.matches.itemClicked.connect(self._take)
        if state:
            self.person.setText(state.get("person", ""))
            self.summary.setPlainText(state.get("summary", ""))
        (self.summary if self._fixed else self.person).setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def _show_person(self, client_id: str) -> None:
        from kimdesk.services.clients_intake import record

        data = record.load(self.store, client_id, log=False).client
        self.person.setText(f"{data['family_name']}, {data['given_name']} ({data['case_number']})")

    def _typed(self, _text: str) -> None:
        self.client_id = None
        self._hint()
        if self._searching:
            self._again = True
        else:
            self._search()

    def _search(self) -> None:
        self._again = False
        text, store = self.person.text(), self.store
        if not text.strip():
            self.matches.clear()
            self._take_when_done = False
            return
        self._searching = True
        self.worker.submit(lambda _job: (text, search.search(store, text, limit=8)), self._show_matches,
                           self._search_failed, label="note-search")

    def _search_failed(self, exc: BaseException) -> None:
        self._searching = self._take_when_done = False
        show_message(self.message, describe(exc))

    def _show_matches(self, result) -> None:
        self._searching = False
        if self._again:
            self._search()  # only the latest text, once
            return
        text, hits = result
        if text != self.person.text():
            self._take_when_done = False
            return
        self.matches.clear()
        for hit in hits:
            label = f"{hit.family_name}, {hit.given_name} · {partial_date.display(hit.birth_date)} · " \
                    f"{hit.municipality or ''} · {hit.case_number}"
            item = QListWidgetItem(label, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
        self._hint()
        if self._take_when_done:
            self._take_first()

    def _take_first(self) -> None:
        """Return takes the first match; typed faster than the search, it takes it when it arrives."""
        self._take_when_done = self._searching or self._again
        if self._take_when_done:
            return
        if self.matches.count():
            self._take(self.matches.item(0))
        else:
            self.summary.setFocus()

    def _take(self, item: QListWidgetItem) -> None:
        self.client_id = item.data(Qt.ItemDataRole.UserRole)
        self.person.setText(item.text().split(" · ")[0])
        self.matches.clear()
        self._hint()
        self.summary.setFocus()

    def _hint(self) -> None:
        if self.client_id or self._fixed:
            self.person_hint.setText(self.tr("Kontakt wird in der vorhandenen Akte vermerkt."))
        elif self.person.text().strip():
            given, family = split_name(self.person.text())
            self.person_hint.setText(self.tr("Noch keine Akte gewählt: es wird eine neue angelegt "
                                             "(Vorname „{given}“, Familienname „{family}“).").format(
                given=given, family=family))
        else:
            self.person_hint.clear()

    def save(self) -> None:
        given, family = split_name(self.person.text())
        store, client_id = self.store, self.client_id
        place, interpreter = self.place.text(), combo_value(self.interpreter)
        day, summary = self.day.text(), self.summary.toPlainText()
        if client_id is None and not (given or family):
            show_message(self.message, self.tr("Bitte eine Person wählen oder einen Namen eingeben."))
            self.person.setFocus()
            return

        def work(_job):
            edit = contacts.quick_note(store, client_id=client_id, given_name=given, family_name=family, on=day,
                                       place=place, interpreter=interpreter, summary=summary,
                                       staff=settings.USER_NAME.get(store) or None)
            if place.strip():
                settings.QUICK_NOTE_PLACE.set(store, place)
            return edit

        def done(edit) -> None:
            self.accept()
            self.saved.emit(edit.result)

        self.worker.submit(work, done, lambda exc: show_message(self.message, describe(exc)), label="quick-note")
