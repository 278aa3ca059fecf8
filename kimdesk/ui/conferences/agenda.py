"""The agenda: TOPs on the left; subject, discussion, resolutions and action items of one on the right.

Subject, notes and the immigration-office flag are saved when the TOP is left (focus out,
another TOP chosen, printing, finalising); resolutions and action items through dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.conferences_minutes import agenda_edit
from kimdesk.services.releases import content_marks
from kimdesk.services.conferences_minutes.conference_queries import AgendaView, ConferenceView
from kimdesk.ui.conferences.dialogs import ActionDialog, TextDialog, status_label
from kimdesk.ui.disclosure_fields import DisclosureFields


class _FocusOutText(QPlainTextEdit):
    def __init__(self, on_leave, parent=None):
        super().__init__(parent)
        self._on_leave = on_leave

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self._on_leave()


def _buttons(parent: QWidget, *labels: str) -> tuple[QHBoxLayout, list[QPushButton]]:
    row = QHBoxLayout()
    made = []
    for label in labels:
        b = QPushButton(label, parent)
        row.addWidget(b)
        made.append(b)
    row.addStretch(1)
    return row, made


class AgendaPanel(QWidget):
    def __init__(self, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.item: AgendaView | None = None
        self._loading = False

        self.tops = QListWidget(self)
        self.tops.currentRowChanged.connect(self._choose)
        left = QWidget(self)
        left.setMaximumWidth(300)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tops)
        row, (self.add_top, self.remove_top) = _buttons(left, self.tr("TOP hinzufügen"), self.tr("Entfernen"))
        left_layout.addLayout(row)
        row, (self.up, self.down) = _buttons(left, self.tr("▲ nach oben"), self.tr("▼ nach unten"))
        left_layout.addLayout(row)

        self.title = QLineEdit(self)
        self.title.editingFinished.connect(self.save)
        self.notes = _FocusOutText(self.save, self)
        self.notes.setPlaceholderText(self.tr("Verlauf der Beratung"))
        self.not_for_abh = QCheckBox(self.tr("nicht für die Ausländerbehörde"), self)
        self.not_for_abh.setToolTip(self.tr("nicht zur Weitergabe an die Ausländerbehörde (z. B. ärztliche "
                                            "Angaben, § 203 StGB)"))
        self.not_for_abh.toggled.connect(self.save)
        self.disclosure = DisclosureFields(self)
        self.disclosure.changed.connect(self.save)
        self.decisions = QListWidget(self)
        self.decisions.setWordWrap(True)
        self.decisions.setMaximumHeight(110)
        self.decisions.itemDoubleClicked.connect(self.edit_decision)
        self.actions = QTableWidget(0, 5, self)
        self.actions.setHorizontalHeaderLabels([self.tr("Wer: Stelle"), self.tr("Wer: Person"), self.tr("Was"),
                                                self.tr("Bis wann"), self.tr("Status")])
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.verticalHeader().setVisible(False)
        self.actions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.actions.setColumnWidth(0, 170)
        self.actions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.actions.setWordWrap(True)
        self.actions.doubleClicked.connect(self.edit_action)

        right = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Betreff"), self.title)
        form.addRow(self.tr("Verlauf"), self.notes)
        form.addRow("", self.not_for_abh)
        form.addRow(self.tr("Art der Daten"), self.disclosure)
        dec_box = QGroupBox(self.tr("Beschlüsse"), right)
        dec_layout = QVBoxLayout(dec_box)
        dec_layout.addWidget(self.decisions)
        row, (self.add_dec, self.edit_dec, self.remove_dec) = _buttons(
            dec_box, self.tr("Beschluss hinzufügen …"), self.tr("Bearbeiten …"), self.tr("Entfernen"))
        dec_layout.addLayout(row)
        act_box = QGroupBox(self.tr("Vereinbarte Aufgaben (Wer / Was / Bis wann)"), right)
        act_layout = QVBoxLayout(act_box)
        act_layout.addWidget(self.actions)
        row, (self.add_act, self.edit_act, self.done_act, self.remove_act) = _buttons(
            act_box, self.tr("Aufgabe hinzufügen …"), self.tr("Bearbeiten …"), self.tr("Erledigt"),
            self.tr("Entfernen"))
        act_layout.addLayout(row)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form, 2)
        right_layout.addWidget(dec_box, 1)
        right_layout.addWidget(act_box, 3)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.add_top.clicked.connect(self.add_item)
        self.remove_top.clicked.connect(self.remove_item)
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.add_dec.clicked.connect(self.add_decision)
        self.edit_dec.clicked.connect(lambda: self.edit_decision(self.decisions.currentItem()))
        self.remove_dec.clicked.connect(self.remove_decision)
        self.add_act.clicked.connect(self.add_action)
        self.edit_act.clicked.connect(self.edit_action)
        self.done_act.clicked.connect(self.mark_done)
        self.remove_act.clicked.connect(self.remove_action)

    # -- showing ---------------------------------------------------------------------------
    def show_view(self, view: ConferenceView) -> None:
        chosen = self.item.id if self.item else None
        self._loading = True
        try:
            self.tops.clear()
            for top in view.agenda:
                entry = QListWidgetItem(self.tr("TOP {n}").format(n=top.number) + f"  {top.title}")
                entry.setData(Qt.ItemDataRole.UserRole, top.id)
                self.tops.addItem(entry)
            ids = [t.id for t in view.agenda]
            row = ids.index(chosen) if chosen in ids else (0 if ids else -1)
            self.tops.setCurrentRow(row)
        finally:
            self._loading = False
        self._show_item(view.agenda[row] if row >= 0 else None, view.final)

    def _show_item(self, item: AgendaView | None, final: bool) -> None:
        self.item = item
        self._loading = True
        try:
            self.title.setText(item.title if item else "")
            self.notes.setPlainText(item.notes if item else "")
            self.not_for_abh.setChecked(bool(item and item.not_for_immigration_office))
            self.disclosure.set_values(item.data_kind if item else None, bool(item and item.health))
            self.disclosure.touched = False
            self.decisions.clear()
            for d in item.decisions if item else ():
                entry = QListWidgetItem(d.text)
                entry.setData(Qt.ItemDataRole.UserRole, d.id)
                self.decisions.addItem(entry)
            actions = item.actions if item else ()
            self.actions.setRowCount(len(actions))
            for r, a in enumerate(actions):
                cells = (a.who_agency, a.who, a.what, a.due.strftime("%d.%m.%Y") if a.due else "–",
                         status_label(self, a.status))
                for c, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(Qt.ItemDataRole.UserRole, a.id)
                    self.actions.setItem(r, c, cell)
            self.actions.resizeRowsToContents()
        finally:
            self._loading = False
        editable = not final
        has_item = item is not None
        self.title.setReadOnly(not editable or not has_item)
        self.notes.setReadOnly(not editable or not has_item)
        for w in (self.not_for_abh, self.disclosure, self.add_dec, self.edit_dec, self.remove_dec, self.add_act, self.edit_act,
                  self.remove_act):
            w.setEnabled(editable and has_item)
        for w in (self.add_top, self.remove_top, self.up, self.down):
            w.setEnabled(editable)
        self.done_act.setEnabled(has_item)  # follow-up stays possible after finalising

    def _choose(self, row: int) -> None:
        if self._loading or self.editor.view is None or row < 0:
            return
        wanted = self.tops.item(row).data(Qt.ItemDataRole.UserRole)
        self.save()  # the TOP being left (may reload the view)
        view = self.editor.view
        self.item = next((t for t in view.agenda if t.id == wanted), None)
        self.show_view(view)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Write subject, notes and flag of the shown TOP if they changed."""
        if self._loading or self.item is None or self.editor.view is None or self.editor.view.final:
            return
        changed = {}
        if self.title.text().strip() != self.item.title:
            changed["title"] = self.title.text()
            # a new subject brings a new proposal, unless kind and health were chosen by hand
            if (self.item.data_kind, self.item.health) == content_marks.item_defaults(self.item.title):
                self.disclosure.propose(self.title.text())
        if self.notes.toPlainText() != self.item.notes:
            changed["notes"] = self.notes.toPlainText()
        if self.not_for_abh.isChecked() != self.item.not_for_immigration_office:
            changed["not_for_immigration_office"] = self.not_for_abh.isChecked()
        chosen = self.disclosure.values()
        if chosen != {"data_kind": self.item.data_kind, "health": self.item.health}:
            changed |= chosen
        if changed:
            self.editor.run(agenda_edit.update_agenda_item, self.editor.store, self.item.id, changed)

    # -- actions ---------------------------------------------------------------------------
    def add_item(self) -> None:
        self.save()
        n = len(self.editor.view.agenda) + 1

        def select_new() -> None:
            self.tops.setCurrentRow(self.tops.count() - 1)
            self.title.setFocus()
            self.title.selectAll()

        self.editor.run(agenda_edit.add_agenda_item, self.editor.store, self.editor.view.id,
                        {"title": self.tr("Neuer Tagesordnungspunkt {n}").format(n=n)}, on_done=select_new)

    def remove_item(self) -> None:
        if self.item is not None:
            self.editor.run(agenda_edit.remove_agenda_item, self.editor.store, self.item.id)

    def move(self, step: int) -> None:
        if self.item is not None:
            self.save()
            self.editor.run(agenda_edit.move_agenda_item, self.editor.store, self.item.id,
                            self.item.number - 1 + step)

    def add_decision(self) -> None:
        dialog = TextDialog(self.tr("Beschluss"), self.tr("Beschluss"), parent=self)
        if self.item is not None and dialog.exec():
            self.editor.run(agenda_edit.add_decision, self.editor.store, self.item.id, dialog.text.toPlainText())

    def edit_decision(self, entry: QListWidgetItem | None) -> None:
        if entry is None or self.editor.view.final:
            return
        dialog = TextDialog(self.tr("Beschluss"), self.tr("Beschluss"), entry.text(), parent=self)
        if dialog.exec():
            self.editor.run(agenda_edit.update_decision, self.editor.store, entry.data(Qt.ItemDataRole.UserRole),
                            dialog.text.toPlainText())

    def remove_decision(self) -> None:
        entry = self.decisions.currentItem()
        if entry is not None:
            self.editor.run(agenda_edit.remove_decision, self.editor.store, entry.data(Qt.ItemDataRole.UserRole))

    def _persons(self) -> list[tuple[str, str]]:
        return [(p.client_id, f"{p.case_number} {p.name}") for p in self.editor.view.persons]

    def add_action(self) -> None:
        dialog = ActionDialog(self.editor.agencies(), persons=self._persons(), parent=self)
        if self.item is not None and dialog.exec():
            self.editor.run(agenda_edit.add_action, self.editor.store, self.item.id, dialog.values())

    def _selected_action(self):
        rows = self.actions.selectionModel().selectedRows()
        if not rows or self.item is None:
            return None
        return self.item.actions[rows[0].row()]

    def edit_action(self) -> None:
        action = self._selected_action()
        if action is None or self.editor.view.final:
            return
        dialog = ActionDialog(self.editor.agencies(), {
            "who_agency_id": action.who_agency_id, "who": action.who, "what": action.what, "due": action.due,
            "status": action.status, "client_id": action.client_id}, self._persons(), self)
        if dialog.exec():
            self.editor.run(agenda_edit.update_action, self.editor.store, action.id, dialog.values())

    def mark_done(self) -> None:
        action = self._selected_action()
        if action is not None:
            self.editor.run(agenda_edit.set_action_status, self.editor.store, action.id,
                            "open" if action.status == "done" else "done")

    def remove_action(self) -> None:
        action = self._selected_action()
        if action is not None:
            self.editor.run(agenda_edit.remove_action, self.editor.store, action.id)
