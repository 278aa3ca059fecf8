"""Tasks, follow-ups, conference action items and plan measures across all clients, overdue first.

A follow-up created by a deadline rule names the rule that fired ("Herkunft"); the list can
be narrowed to one kind (e.g. only the follow-ups of the deadline rules).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kimdesk.i18n import translate
from kimdesk.services.tasks_deadlines import tasks
from kimdesk.store.store import Store
from kimdesk.ui.dismiss_dialog import DismissDialog
from kimdesk.ui.messages import show_error
from kimdesk.ui.pages import RefreshingPage
from kimdesk.ui.widgets import OVERDUE, Column, RowsModel, make_table, selected_row
from kimdesk.ui.worker import DbWorker


def task_columns() -> list[Column]:
    return [
        Column(translate("Tasks", "Fällig"), lambda r: r.due, 90),
        Column(translate("Tasks", "Art"), lambda r: r.kind_text, 215),
        Column(translate("Tasks", "Was"), lambda r: r.what, 380),
        Column(translate("Tasks", "Person"), lambda r: r.client_name, 160),
        Column(translate("Tasks", "Aktenzeichen"), lambda r: r.case_number, 110),
        Column(translate("Tasks", "Wer"), lambda r: r.who or "", 170),
        Column(translate("Tasks", "Herkunft"), lambda r: r.source),
    ]


class TasksPage(RefreshingPage):
    open_client = Signal(str)
    undoable = Signal(str, object)  # what was done, its Edit: the window offers "Rückgängig"

    def __init__(self, store: Store, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.worker = store, worker
        # due items come from tasks and from the dates of the case (consents, residence, needs, phases)
        self.watch(worker, {"task", "client", "need", "responsibility", "consent", "case_phase", "first_contact",
                            "action_item", "case_plan", "plan_measure"})
        self._items: list[tasks.DueItem] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Aufgaben und Wiedervorlagen</b>"), self))
        top.addStretch(1)
        self.horizon = QComboBox(self)
        self.horizon.addItem(self.tr("fällig in den nächsten 14 Tagen"), 14)
        self.horizon.addItem(self.tr("fällig in den nächsten 60 Tagen"), 60)
        self.horizon.addItem(self.tr("alle offenen"), None)
        self.horizon.currentIndexChanged.connect(self.refresh)
        self.kind = QComboBox(self)
        self.kind.setObjectName("taskKind")
        self.kind.addItem(self.tr("alle Arten"), None)
        self.kind.addItem(self.tr("Wiedervorlagen aus Fristen"), "rule")
        for kind in tasks.KINDS:
            self.kind.addItem(tasks.kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._show(self._items))
        self.whose = QComboBox(self)
        self.whose.setObjectName("taskWhose")
        self.whose.currentIndexChanged.connect(lambda _i: self._show(self._items))
        self.user = ""
        top.addWidget(self.whose)
        top.addWidget(self.kind)
        top.addWidget(self.horizon)
        layout.addLayout(top)
        self.model = RowsModel(task_columns(), self, foreground=lambda r: OVERDUE if r.overdue else None,
                               tooltip=lambda r: r.title + (" – " + self.tr("überfällig") if r.overdue else ""),
                               bold=lambda r: r.overdue, foreground_columns=(0,))
        self.table = make_table(self.model, self)
        self.table.setObjectName("tasksTable")
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.model.modelReset.connect(self._selected)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.summary = QLabel(self)
        buttons.addWidget(self.summary)
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("Akte öffnen"), self)
        self.open_button.clicked.connect(self._open)
        self.done_button = QPushButton(self.tr("Als erledigt markieren"), self)
        self.done_button.clicked.connect(self._done)
        self.dismiss_button = QPushButton(self.tr("Verwerfen …"), self)
        self.dismiss_button.setObjectName("dismissFollowUp")
        self.dismiss_button.setToolTip(self.tr("Eine Wiedervorlage, die nicht zutrifft, mit Grund verwerfen"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_button.setEnabled(False)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        self.set_user("")

    def set_user(self, name: str) -> None:
        """"Meine Aufgaben" is the default when the profile knows its case manager (Einstellungen)."""
        self.user = name.strip()
        self.whose.blockSignals(True)
        self.whose.clear()
        if self.user:
            self.whose.addItem(self.tr("Meine Aufgaben"), "mine")
        self.whose.addItem(self.tr("Aufgaben des Teams"), None)
        self.whose.setCurrentIndex(0)
        self.whose.setVisible(bool(self.user))
        self.whose.blockSignals(False)
        if hasattr(self, "model"):
            self._show(self._items)

    def clear(self) -> None:
        self._items = []
        self.model.set_rows([])
        self.summary.clear()
        self._stale = True

    def refresh(self) -> None:
        self._stale = False
        store, horizon = self.store, self.horizon.currentData()
        self.worker.submit(lambda _job: tasks.due_items(store, today=date.today(), horizon_days=horizon),
                           self._show, lambda exc: show_error(self, exc), label="tasks")

    def _show(self, items: list[tasks.DueItem]) -> None:
        self._items = items
        kind = self.kind.currentData()
        if kind == "rule":
            items = [i for i in items if i.rule]
        elif kind is not None:
            items = [i for i in items if i.kind == kind]
        if self.whose.currentData() == "mine":
            items = [i for i in items if i.is_for(self.user)]
        self.model.set_rows(items)
        overdue = sum(i.overdue for i in items)
        self.summary.setText(self.tr("{n} offen, davon {late} überfällig").format(n=len(items), late=overdue))

    def _open(self) -> None:
        item = selected_row(self.table)
        if item is not None and item.client_id:
            self.open_client.emit(item.client_id)

    def _selected(self) -> None:
        item = selected_row(self.table)
        self.dismiss_button.setEnabled(item is not None and item.kind == "follow_up")

    def dismiss(self) -> DismissDialog | None:
        """A follow-up that does not apply: asks the reason, dismisses it, offers "Rückgängig"."""
        item = selected_row(self.table)
        if item is None or item.kind != "follow_up":
            return None
        dialog = DismissDialog(item.what, self)
        store = self.store

        def answered(result: int) -> None:
            if result != DismissDialog.DialogCode.Accepted:
                return
            reason = dialog.text()

            def done(edit) -> None:
                self.refresh()
                self.undoable.emit(self.tr("Verworfen: {what}").format(what=item.what[:40]), edit)

            self.worker.submit(lambda _job: tasks.dismiss(store, item.id, reason), done,
                               lambda exc: show_error(self, exc), label="task-dismiss")

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    def _done(self) -> None:
        item = selected_row(self.table)
        if item is None:
            return
        store = self.store
        def done(edit) -> None:
            self.refresh()
            self.undoable.emit(self.tr("Erledigt: {what}").format(what=item.what[:40]), edit)

        self.worker.submit(lambda _job: tasks.complete(store, item.kind, item.id), done,
                           lambda exc: show_error(self, exc), label="task-done")
