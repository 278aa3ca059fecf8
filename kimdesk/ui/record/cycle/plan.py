"""The plan (*Hilfeplan* / *Zielvereinbarung*): goals, their measures, the review date, the agreement.

Goals are the top rows of a tree and their measures (what, who – office or person –, by
when, status) hang below; a measure that is overdue is red. Measures appear in the tasks
view too. The agreement prints on one page for the person to keep and sign.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.models.plan import GOAL_STATUSES
from kimdesk.services.releases import content_marks
from kimdesk.services.casework import plan_print, plans
from kimdesk.services.casework.cycle_view import CycleView
from kimdesk.ui.disclosure_fields import DisclosureFields
from kimdesk.ui.record.cycle.common import date_field, save_pdf, text_of
from kimdesk.ui.widgets import AgencyCombo, message_label, show_message

OVERDUE = QColor("#b00020")
GOAL, MEASURE = "goal", "measure"
ENTITY = {GOAL: "plan_goal", MEASURE: "plan_measure"}  # for content_marks.set_disclosure


def plan_status_label(status: str) -> str:
    from kimdesk.i18n import translate

    return {"draft": translate("CycleTab", "Entwurf"), "agreed": translate("CycleTab", "vereinbart"),
            "closed": translate("CycleTab", "abgeschlossen")}.get(status, status)


def measure_status_label(status: str) -> str:
    from kimdesk.i18n import translate

    return {"open": translate("CycleTab", "offen"), "done": translate("CycleTab", "erledigt"),
            "cancelled": translate("CycleTab", "entfallen")}.get(status, status)


class PlanPanel(QWidget):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.plan: dict[str, Any] | None = None
        self.pending: tuple[str, str] | None = None  # select this row once the reload shows it
        self.agency_names: dict[str, str] = {}
        self.kinds: dict[tuple[str, str], tuple[str | None, bool]] = {}  # (GOAL/MEASURE, id) -> kind, health
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.state = QLabel(self)
        self.state.setObjectName("planState")
        self.state.setStyleSheet("font-size: 12pt; font-weight: bold;")
        head.addWidget(self.state, 1)
        self.create_button = QPushButton(self.tr("Hilfeplan anlegen"), self)
        self.create_button.setObjectName("createPlan")
        self.create_button.clicked.connect(self.create_plan)
        head.addWidget(self.create_button)
        head.addWidget(QLabel(self.tr("Überprüfung am:"), self))
        self.review = date_field(self, name="planReview")
        head.addWidget(self.review)
        self.review_button = QPushButton(self.tr("Speichern"), self)
        self.review_button.clicked.connect(self.save_review)
        head.addWidget(self.review_button)
        self.agree_button = QPushButton(self.tr("Als vereinbart markieren"), self)
        self.agree_button.setObjectName("agreePlan")
        self.agree_button.clicked.connect(lambda: self.update_plan(status="agreed"))
        head.addWidget(self.agree_button)
        self.print_button = QPushButton(self.tr("Vereinbarung als PDF …"), self)
        self.print_button.setObjectName("printPlan")
        self.print_button.clicked.connect(lambda: self.save_agreement())
        head.addWidget(self.print_button)
        layout.addLayout(head)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("planTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Ziel / Maßnahme"), self.tr("Wer"), self.tr("Bis wann"), self.tr("Stand")])
        self.tree.setColumnWidth(0, 430)
        self.tree.setColumnWidth(1, 260)
        self.tree.setColumnWidth(2, 90)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda *_a: self._selection())
        layout.addWidget(self.tree, 1)
        goal_row = QHBoxLayout()
        self.goal_text = QLineEdit(self)
        self.goal_text.setObjectName("goalText")
        self.goal_text.setPlaceholderText(self.tr("Neues Ziel, in den Worten der Person, z. B. „Ich habe eine eigene "
                                                  "Wohnung“"))
        # kind of data and health flag of the new goal: proposed from its text, editable
        self.goal_disclosure = DisclosureFields(self)
        self.goal_disclosure.setObjectName("goalDisclosure")
        self.goal_text.textChanged.connect(self.goal_disclosure.propose)
        self.goal_button = QPushButton(self.tr("Ziel hinzufügen"), self)
        self.goal_button.setObjectName("addGoal")
        self.goal_button.clicked.connect(self.add_goal)
        self.goal_status = QComboBox(self)
        for status in GOAL_STATUSES:
            self.goal_status.addItem(plan_print.goal_status_label(status), status)
        self.goal_status_button = QPushButton(self.tr("Stand des Ziels setzen"), self)
        self.goal_status_button.clicked.connect(self.set_goal_status)
        for w in (self.goal_text, self.goal_disclosure, self.goal_button, self.goal_status, self.goal_status_button):
            goal_row.addWidget(w)
        goal_row.setStretch(0, 1)
        layout.addLayout(goal_row)
        measure_row = QHBoxLayout()
        self.what = QLineEdit(self)
        self.what.setObjectName("measureWhat")
        self.what.setPlaceholderText(self.tr("Maßnahme zum gewählten Ziel: was ist zu tun?"))
        self.who_agency = AgencyCombo(self)
        self.who_agency.setObjectName("measureAgency")
        self.who = QLineEdit(self)
        self.who.setObjectName("measureWho")
        self.who.setPlaceholderText(self.tr("Person / Funktion"))
        self.due = date_field(self, name="measureDue")
        self.due.setPlaceholderText(self.tr("bis wann"))
        # as its goal's unless chosen here
        self.measure_disclosure = DisclosureFields(self)
        self.measure_disclosure.setObjectName("measureDisclosure")
        self.measure_disclosure.setToolTip(self.tr("Art der Daten der neuen Maßnahme; ohne Wahl wie beim Ziel."))
        self.measure_button = QPushButton(self.tr("Maßnahme hinzufügen"), self)
        self.measure_button.setObjectName("addMeasure")
        self.measure_button.clicked.connect(self.add_measure)
        for w in (self.what, self.who_agency, self.who, self.due, self.measure_disclosure, self.measure_button):
            measure_row.addWidget(w)
        measure_row.setStretch(0, 2)
        measure_row.setStretch(1, 1)
        layout.addLayout(measure_row)
        bottom = QHBoxLayout()
        self.message = message_label(self)
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("Art der Daten der Auswahl:"), self))
        self.chosen = DisclosureFields(self)  # the chosen goal or measure: changed at once, undoable
        self.chosen.setObjectName("chosenPlanDisclosure")
        self.chosen.changed.connect(self.set_disclosure)
        bottom.addWidget(self.chosen)
        self.done_button = QPushButton(self.tr("Maßnahme erledigt"), self)
        self.done_button.setObjectName("measureDone")
        self.done_button.clicked.connect(lambda: self.set_measure_status("done"))
        self.cancel_button = QPushButton(self.tr("Maßnahme entfällt"), self)
        self.cancel_button.clicked.connect(lambda: self.set_measure_status("cancelled"))
        bottom.addWidget(self.done_button)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        self._selection()

    # -- showing ---------------------------------------------------------------------------
    def set_agencies(self, rows) -> None:
        self.who_agency.set_agencies(rows, blank=self.tr("– keine Stelle –"))
        self.agency_names = {a.id: a.name for a in rows}

    def show_cycle(self, data: CycleView) -> None:
        selected, self.pending = self.pending or self.selected(), None
        self.plan = data.current_plan
        has = self.plan is not None
        self.create_button.setVisible(not has)
        for w in (self.review, self.review_button, self.agree_button, self.print_button, self.tree, self.goal_text,
                  self.goal_disclosure, self.goal_button):
            w.setEnabled(has)
        if not has:
            self.state.setText(self.tr("Noch kein Hilfeplan"))
            self.tree.clear()
            self._selection()
            return
        plan = self.plan
        if plan["status"] == "agreed" and plan["agreed_on"]:
            text = self.tr("Hilfeplan – vereinbart am {date}").format(date=text_of(plan["agreed_on"]))
        else:
            text = self.tr("Hilfeplan – {status}").format(status=plan_status_label(plan["status"]))
        self.state.setText(text)
        self.review.setText(text_of(plan["review_on"]))
        self.agree_button.setVisible(plan["status"] == "draft")
        self.tree.clear()
        self.kinds = {}
        today = date.today()
        for n, goal in enumerate(plan["goals"], 1):
            item = QTreeWidgetItem(self.tree, [f"{n}. {goal['text']}", "", text_of(goal["review_on"]),
                                               plan_print.goal_status_label(goal["status"])])
            item.setData(0, Qt.ItemDataRole.UserRole, (GOAL, goal["id"]))
            self.kinds[(GOAL, goal["id"])] = (goal["data_kind"], bool(goal["health"]))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for m in goal["measures"]:
                who = ", ".join(x for x in (self.agency_names.get(m["who_agency_id"] or "", ""), m["who"]) if x)
                child = QTreeWidgetItem(item, [m["what"], who, text_of(m["due"]), measure_status_label(m["status"])])
                child.setData(0, Qt.ItemDataRole.UserRole, (MEASURE, m["id"]))
                self.kinds[(MEASURE, m["id"])] = (m["data_kind"], bool(m["health"]))
                if m["status"] == "open" and m["due"] is not None and m["due"] < today:
                    for col in range(4):
                        child.setForeground(col, QBrush(OVERDUE))
                    child.setToolTip(2, self.tr("überfällig"))
            item.setExpanded(True)
        if selected:
            self.select(*selected)
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._selection()

    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, kind: str, row_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            goal = self.tree.topLevelItem(i)
            for item in [goal] + [goal.child(j) for j in range(goal.childCount())]:
                if item.data(0, Qt.ItemDataRole.UserRole) == (kind, row_id):
                    self.tree.setCurrentItem(item)
                    return

    def _goal_id(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole)[1]

    def _selection(self) -> None:
        chosen = self.selected()
        has_goal = self._goal_id() is not None
        for w in (self.what, self.who_agency, self.who, self.due, self.measure_button, self.goal_status,
                  self.goal_status_button):
            w.setEnabled(has_goal)
        for w in (self.done_button, self.cancel_button):
            w.setEnabled(chosen is not None and chosen[0] == MEASURE)
        self.measure_disclosure.setEnabled(has_goal)
        known = self.kinds.get(tuple(chosen)) if chosen is not None else None
        self.chosen.setEnabled(known is not None)
        self.chosen.set_values(*(known or (None, False)))

    # -- changing --------------------------------------------------------------------------
    def _run(self, fn, on_done=None) -> None:
        def done(result) -> None:
            self._say("", False)
            if on_done is not None:
                on_done(result)

        self.view.run_change(fn, on_done=done, on_error=lambda text: self._say(text, True))

    def create_plan(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        self._run(lambda: plans.create_plan(store, client_id))

    def save_review(self) -> None:
        self.update_plan(review_on=self.review.text() or None)

    def update_plan(self, **fields: Any) -> None:
        if self.plan is None:
            return
        store, plan_id = self.view.store, self.plan["id"]
        self._run(lambda: plans.update_plan(store, plan_id, **fields))

    def add_goal(self) -> None:
        if self.plan is None:
            return
        store, plan_id, text = self.view.store, self.plan["id"], self.goal_text.text()
        chosen = self.goal_disclosure.values() if self.goal_disclosure.touched else {}

        def done(goal_id: str) -> None:
            self.goal_text.clear()
            self.goal_disclosure.touched = False
            self.goal_disclosure.set_values(None, False)
            self.pending = (GOAL, goal_id)

        self._run(lambda: plans.add_goal(store, plan_id, text, **chosen), on_done=done)

    def set_goal_status(self) -> None:
        goal_id = self._goal_id()
        if goal_id is not None:
            store, status = self.view.store, self.goal_status.currentData()
            self._run(lambda: plans.update_goal(store, goal_id, status=status))

    def add_measure(self) -> None:
        goal_id = self._goal_id()
        if goal_id is None:
            return
        store = self.view.store
        what, who, agency, due = self.what.text(), self.who.text() or None, self.who_agency.agency_id(), self.due.text()
        chosen = self.measure_disclosure.values() if self.measure_disclosure.touched else {}

        def done(measure_id: str) -> None:
            self.what.clear()
            self.who.clear()
            self.due.clear()
            self.measure_disclosure.touched = False
            self.measure_disclosure.set_values(None, False)
            self.pending = (MEASURE, measure_id)

        self._run(lambda: plans.add_measure(store, goal_id, what, who=who, who_agency_id=agency, due=due or None,
                                            **chosen), on_done=done)

    def set_disclosure(self) -> None:
        """Change the kind of data and health flag of the chosen goal or measure (undoable)."""
        chosen = self.selected()
        if chosen is None:
            return
        kind, row_id = chosen
        store, values = self.view.store, self.chosen.values()
        self.view.run_edit(lambda: content_marks.set_disclosure(store, ENTITY[kind], row_id, values["data_kind"],
                                                                values["health"]),
                           on_error=lambda text: self._say(text, True))

    def set_measure_status(self, status: str) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] != MEASURE:
            return
        store = self.view.store
        self._run(lambda: plans.set_measure_status(store, chosen[1], status))

    def save_agreement(self, path=None) -> None:
        if self.plan is None:
            return
        store, client_id, plan_id = self.view.store, self.view.client_id, self.plan["id"]
        number = self.view.rec.client["case_number"] if self.view.rec else "Zielvereinbarung"
        save_pdf(self, self.view.worker, lambda: plan_print.render(store, client_id, plan_id),
                 f"Zielvereinbarung_{number}.pdf", lambda text, error: self._say(text, error), path=path)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #2f5d50;")
        show_message(self.message, text)
