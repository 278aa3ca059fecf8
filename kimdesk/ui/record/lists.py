"""The conferences and the tasks of a record."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kimdesk.services.clients_intake import record
from kimdesk.services.tasks_deadlines import tasks
from kimdesk.ui.dismiss_dialog import DismissDialog
from kimdesk.ui.record.section import NothingUnsaved
from kimdesk.ui.tasks_page import task_columns
from kimdesk.ui.widgets import OVERDUE, Column, RowsModel, make_table, message_label, selected_row, show_message


class ConferencesTab(QWidget, NothingUnsaved):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        status = {"draft": self.tr("Entwurf"), "final": self.tr("abgeschlossen")}
        self.model = RowsModel([
            Column(self.tr("Datum"), lambda c: c.date, 90),
            Column(self.tr("Thema"), lambda c: c.title or self.tr("Fallkonferenz"), 220),
            Column(self.tr("Ort"), lambda c: c.place or "", 320),
            Column(self.tr("Protokoll"), lambda c: status.get(c.status, c.status)),
        ], self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("conferencesTable")
        self.table.doubleClicked.connect(lambda _i: self._open())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Fallkonferenzen werden im Bereich „Fallkonferenzen“ vorbereitet und "
                                     "protokolliert."), self), 1)
        self.open_button = QPushButton(self.tr("Konferenz öffnen"), self)
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.open_button)
        layout.addLayout(row)

    def show_record(self, rec: record.Record) -> None:
        self.model.set_rows(rec.conferences)

    def _open(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.view.open_conference.emit(row.id)


class TasksTab(QWidget):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        columns = [c for i, c in enumerate(task_columns()) if i not in (3, 4)]  # not the person: it is this one
        self.model = RowsModel(columns, self, foreground=lambda r: OVERDUE if r.overdue else None,
                               bold=lambda r: r.overdue, foreground_columns=(0,))
        self.table = make_table(self.model, self)
        self.table.setObjectName("recordTasksTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(tasks.kind_label("follow_up"), "follow_up")
        self.kind.addItem(tasks.kind_label("task"), "task")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Was ist zu tun? z. B. Bescheid des Jobcenters nachfragen"))
        self.due = QLineEdit((date.today() + timedelta(days=14)).strftime("%d.%m.%Y"), self)
        self.due.setMaximumWidth(110)
        self.add_button = QPushButton(self.tr("Anlegen"), self)
        self.add_button.clicked.connect(self.add)
        for w in (self.kind, self.title, self.due, self.add_button):
            row.addWidget(w)
        row.setStretch(1, 1)
        layout.addLayout(row)
        self.message = message_label(self)
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.dismiss_button = QPushButton(self.tr("Verwerfen …"), self)
        self.dismiss_button.setObjectName("recordDismissFollowUp")
        self.dismiss_button.setToolTip(self.tr("Eine Wiedervorlage, die nicht zutrifft, mit Grund verwerfen"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_button.setEnabled(False)
        actions.addWidget(self.dismiss_button)
        self.done_button = QPushButton(self.tr("Als erledigt markieren"), self)
        self.done_button.clicked.connect(self.done)
        actions.addWidget(self.done_button)
        layout.addLayout(actions)

    def show_record(self, rec: record.Record) -> None:
        self.model.set_rows(rec.tasks)
        self._selected()

    def _selected(self) -> None:
        item = selected_row(self.table)
        self.dismiss_button.setEnabled(item is not None and item.kind == "follow_up")

    def draft(self) -> dict[str, Any]:
        return {"title": self.title.text()} if self.title.text() else {}

    def apply_draft(self, draft: dict[str, Any]) -> None:
        if "title" in draft:
            self.title.setText(draft["title"])

    def has_unsaved(self) -> bool:
        return bool(self.title.text().strip())

    def save_unsaved(self) -> None:
        """What closing the tab with "Speichern" does with the typed entry: add it."""
        self.add()

    def add(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        fields = {"kind": self.kind.currentData(), "title": self.title.text(), "due_on": self.due.text()}

        def done(_edit) -> None:
            self.title.clear()
            show_message(self.message, "")

        self.view.run_edit(lambda: tasks.add_task(store, client_id, fields), on_done=done,
                           on_error=lambda exc: show_message(self.message, str(exc)))

    def done(self) -> None:
        item = selected_row(self.table)
        if item is not None:
            store = self.view.store
            self.view.run_edit(lambda: tasks.complete(store, item.kind, item.id),
                               on_done=lambda edit: self.view.undoable.emit(
                                   self.tr("Erledigt: {what}").format(what=item.what[:40]), edit),
                               on_error=lambda exc: show_message(self.message, str(exc)))

    def dismiss(self) -> DismissDialog | None:
        """As on the Aufgaben page: a follow-up that does not apply is dismissed with a reason; the
        record's "Rückgängig" and the status bar's take it back."""
        item = selected_row(self.table)
        if item is None or item.kind != "follow_up":
            return None
        dialog = DismissDialog(item.what, self)
        store = self.view.store

        def answered(result: int) -> None:
            if result != DismissDialog.DialogCode.Accepted:
                return
            reason = dialog.text()
            self.view.run_edit(lambda: tasks.dismiss(store, item.id, reason),
                               on_done=lambda edit: self.view.undoable.emit(
                                   self.tr("Verworfen: {what}").format(what=item.what[:40]), edit),
                               on_error=lambda exc: show_message(self.message, str(exc)))

        dialog.finished.connect(answered)
        dialog.open()
        return dialog
