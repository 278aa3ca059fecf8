"""Needs and responsibilities of a record: the map, a table beside it, the workflow actions.

Selecting a need on the map selects it in the table and shows its history; every action
(assign, accept, decline, forward, done, add need) is offered both on the map (context menu,
double click on a gap) and as buttons beside the table, and runs one service call.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kimdesk.i18n import translate
from kimdesk.services.clients_intake import catalogue, finder
from kimdesk.services.releases import content_marks
from kimdesk.services.clients_intake import responsibilities as rs
from kimdesk.services.clients_intake import validation as v
from kimdesk.ui.disclosure_fields import DisclosureFields
from kimdesk.ui.map import style
from kimdesk.ui.map.dialogs import AssignDialog, DeclineDialog, ForwardDialog, NeedDialog
from kimdesk.ui.map.scene import ResponsibilityMap, actions_for
from kimdesk.ui.record.section import NothingUnsaved
from kimdesk.ui.widgets import Column, RowsModel, make_table


def remark(node: rs.NeedNode) -> str:
    parts = []
    if node.gap:
        parts.append(translate("Map", "Lücke"))
    if node.pingpong.flagged:
        parts.append(translate("Map", "Pingpong"))
    return ", ".join(parts)


class NeedsPanel(QWidget, NothingUnsaved):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.cmap: rs.ClientMap | None = None
        self.agencies: list = []
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.Legend(self))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.map = ResponsibilityMap(split)
        split.addWidget(self.map)
        side = QWidget(split)
        col = QVBoxLayout(side)
        col.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel([
            Column(self.tr("Bedarf"), lambda n: catalogue.shown(n.category), 108),
            Column(self.tr("Stelle"), lambda n: n.agency_name, 108),
            Column(self.tr("Status"), lambda n: rs.status_label(n.status), 82),
            Column(self.tr("Hinweis"), remark),
        ], self, foreground=lambda n: QColor("#c62828") if n.gap or n.pingpong.flagged else None,
            tooltip=lambda n: n.history_text())
        self.table = make_table(self.model, side)
        self.table.setObjectName("needsTable")
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._table_selected(cur.row()))
        col.addWidget(self.table, 3)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        labels = [("add", self.tr("Bedarf hinzufügen …")), ("assign", self.tr("Stelle zuweisen …")),
                  ("accept", self.tr("Zusage erfassen")), ("decline", self.tr("Ablehnung erfassen …")),
                  ("forward", self.tr("Weiterleitung erfassen …")), ("done", self.tr("Erledigt"))]
        for i, (action, label) in enumerate(labels):
            button = QPushButton(label, side)
            button.setObjectName(f"need_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.request(self.selected(), a))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[action] = button
        col.addLayout(grid)
        self.flag = QLabel(side)
        self.flag.setObjectName("pingpongFlag")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("color: #d84315; font-weight: bold;")
        col.addWidget(self.flag)
        self.mark = QCheckBox(self.tr("nicht für die Ausländerbehörde (z. B. ärztliche Angaben)"), side)
        self.mark.setObjectName("needMark")
        self.mark.setToolTip(self.tr("Kopien für die Ausländerbehörde lassen diesen Bedarf weg (§ 203 StGB)."))
        self.mark.clicked.connect(self._toggle_mark)
        col.addWidget(self.mark)
        self.disclosure = DisclosureFields(side)
        self.disclosure.changed.connect(self._set_disclosure)
        col.addWidget(self.disclosure)
        col.addWidget(QLabel(self.tr("Verlauf:"), side))
        self.history = QPlainTextEdit(side)
        self.history.setObjectName("needHistory")
        self.history.setReadOnly(True)
        col.addWidget(self.history, 2)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 420])
        layout.addWidget(split, 1)
        self.map.need_selected.connect(self.select)
        self.map.action_requested.connect(self.request)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------
    def set_agencies(self, rows) -> None:
        self.agencies = rows

    def show_map(self, cmap: rs.ClientMap) -> None:
        selected = self.selected()
        self.cmap = cmap
        self.model.set_rows(cmap.needs)
        self.map.show_map(cmap)
        if selected and any(n.need_id == selected for n in cmap.needs):
            self.select(selected)
        elif cmap.needs:
            self.select(cmap.needs[0].need_id)
        else:
            self._show_node(None)

    def selected(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.row(row).need_id if 0 <= row < len(self.model.rows) else None

    def select(self, need_id: str) -> None:
        for i, node in enumerate(self.model.rows):
            if node.need_id == need_id:
                if self.table.currentIndex().row() != i:
                    self.table.selectRow(i)
                self.map.select_need(need_id)
                self._show_node(node)
                return

    def _table_selected(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            node = self.model.row(row)
            self.map.select_need(node.need_id)
            self._show_node(node)

    def _show_node(self, node: rs.NeedNode | None) -> None:
        self.mark.setEnabled(node is not None)
        self.mark.setChecked(bool(node and node.not_for_immigration_office))
        self.disclosure.setEnabled(node is not None)
        self.disclosure.set_values(node.data_kind if node else None, bool(node and node.health))
        if node is None:
            self.history.clear()
            self.flag.clear()
        else:
            self.history.setPlainText(node.history_text())
            self.flag.setText(self.tr("Pingpong: {why}").format(why=node.pingpong.describe())
                              if node.pingpong.flagged else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        need = self.selected()
        allowed = {a for a, _ in actions_for(self.cmap.node(need))} if need and self.cmap else set()
        for action, button in self.buttons.items():
            button.setEnabled(action == "add" or action in allowed)

    # -- actions ---------------------------------------------------------------------------
    def request(self, need_id: str | None, action: str) -> Any:
        """Start ``action`` for ``need_id``: a dialog where values are needed, else the service."""
        store = self.view.store
        if action == "add":
            return self._open(NeedDialog(lambda cat: finder.propose(self.agencies, cat, **self._person()), self),
                              self._add_need)
        if need_id is None or self.cmap is None:
            return None
        node = self.cmap.node(need_id)
        self.select(need_id)
        if action == "assign":
            proposal = finder.propose(self.agencies, node.category, **self._person())
            return self._open(AssignDialog(self.agencies, need=node.category, current=node.agency_id,
                                           proposal=proposal, parent=self),
                              lambda d: self.view.run_edit(lambda: rs.assign(store, need_id, **d.values()),
                                                           on_error=d.fail))
        if action == "decline":
            return self._open(DeclineDialog(need=node.category, agency=node.agency_name, parent=self),
                              lambda d: self.view.run_edit(
                                  lambda: rs.decline(store, need_id, d.values()["reason"],
                                                     on=v.day(d.values()["on"], "on")), on_error=d.fail))
        if action == "forward":
            return self._open(ForwardDialog(self.agencies, need=node.category, agency=node.agency_name,
                                            current=node.agency_id, parent=self),
                              lambda d: self.view.run_edit(
                                  lambda: rs.forward(store, need_id, d.values()["to_agency_id"],
                                                     reason=d.values()["reason"], on=v.day(d.values()["on"], "on")),
                                  on_error=d.fail))
        if action == "accept":
            return self.view.run_edit(lambda: rs.accept(store, need_id))
        if action == "done":
            return self.view.run_edit(lambda: rs.done(store, need_id))
        return None  # "history": the selection already shows it

    def _toggle_mark(self, checked: bool) -> None:
        need_id, store = self.selected(), self.view.store
        if need_id is not None:
            self.view.run_edit(lambda: content_marks.set_mark(store, "need", need_id, checked))

    def _set_disclosure(self) -> None:
        need_id, store, chosen = self.selected(), self.view.store, self.disclosure.values()
        if need_id is not None:
            self.view.run_edit(lambda: content_marks.set_disclosure(store, "need", need_id, chosen["data_kind"],
                                                                    chosen["health"]))

    def _person(self) -> dict[str, Any]:
        return self.view.person_for_finder()

    def _open(self, dialog, on_accept) -> Any:
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.open()
        return dialog

    def _add_need(self, dialog: NeedDialog) -> None:
        values = dialog.values()
        store, client_id = self.view.store, self.view.client_id

        self.view.run_edit(lambda: rs.add_need(store, client_id, {"category": values["category"],
                                                                   "description": values["description"] or None,
                                                                   "source": values["source"],
                                                                   "data_kind": values["data_kind"],
                                                                   "health": values["health"],
                                                                   "not_for_immigration_office": values["mark"]},
                                               agency_id=values["agency_id"]), on_error=dialog.fail)

