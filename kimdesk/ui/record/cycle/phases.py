"""The phases of the case: where it stands, every dated transition, the next step, close and reopen.

Every move goes through ``case_cycle`` (never through the person's status field), so it is
dated, audited and synced; closing needs a reason, and a closed case can be reopened.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kimdesk.models.cycle import GOALS_REACHED, PHASES
from kimdesk.services.casework import case_cycle
from kimdesk.services.casework.cycle_view import CycleView
from kimdesk.ui.record.cycle.common import ReasonDialog, date_field, text_of
from kimdesk.ui.widgets import Column, RowsModel, make_table, message_label, show_message


def goals_label(value: str | None) -> str:
    from kimdesk.i18n import translate

    return {"all": translate("CycleTab", "alle erreicht"), "partly": translate("CycleTab", "teilweise erreicht"),
            "none": translate("CycleTab", "nicht erreicht"), "not_applicable": translate("CycleTab", "entfällt"),
            None: ""}.get(value, value or "")


class PhasesPanel(QWidget):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.data: CycleView | None = None
        self.dialog: ReasonDialog | None = None
        layout = QVBoxLayout(self)
        self.state = QLabel(self)
        self.state.setObjectName("phaseState")
        self.state.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.model = RowsModel([
            Column(self.tr("Datum"), lambda t: t.on, 90),
            Column(self.tr("von"), lambda t: case_cycle.phase_label(t.from_phase) if t.from_phase else "", 110),
            Column(self.tr("nach"), lambda t: case_cycle.phase_label(t.phase), 110),
            Column(self.tr("Grund / Vermerk"), self._why),
        ], self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("phasesTable")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Nächster Schritt:"), self))
        self.next_phase = QComboBox(self)
        self.next_phase.setObjectName("nextPhase")
        self.next_phase.currentIndexChanged.connect(lambda _i: self._update_checks())
        self.day = date_field(self, date.today(), name="phaseDate")
        self.note = QLineEdit(self)
        self.note.setObjectName("phaseNote")
        self.note.setPlaceholderText(self.tr("Vermerk (optional)"))
        self.indicated = QCheckBox(self.tr("Case Management angezeigt"), self)
        self.agreed = QCheckBox(self.tr("Person stimmt zu"), self)
        self.move_button = QPushButton(self.tr("Phase wechseln"), self)
        self.move_button.setObjectName("movePhase")
        self.move_button.clicked.connect(self.move)
        for w in (self.next_phase, self.day, self.note, self.indicated, self.agreed, self.move_button):
            row.addWidget(w)
        row.setStretch(3, 1)
        layout.addLayout(row)
        self.message = message_label(self)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = QPushButton(self.tr("Fall abschließen …"), self)
        self.close_button.setObjectName("closeCase")
        self.close_button.clicked.connect(self.ask_close)
        self.reopen_button = QPushButton(self.tr("Fall wieder öffnen …"), self)
        self.reopen_button.setObjectName("reopenCase")
        self.reopen_button.clicked.connect(self.ask_reopen)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.reopen_button)
        layout.addLayout(bottom)

    def _why(self, t: case_cycle.Transition) -> str:
        parts = [p for p in (t.reason, goals_label(t.goals_reached) and self.tr("Ziele: {goals}").format(
            goals=goals_label(t.goals_reached)), t.note) if p]
        if t.indicated is not None or t.agreed is not None:
            parts.append(self.tr("angezeigt: {i}, Zustimmung: {a}").format(
                i=self.tr("ja") if t.indicated else self.tr("nein"), a=self.tr("ja") if t.agreed else self.tr("nein")))
        return " · ".join(parts)

    # -- showing ---------------------------------------------------------------------------
    def show_cycle(self, data: CycleView) -> None:
        self.data = data
        self.model.set_rows(list(reversed(data.transitions)))
        if data.closed:
            last = data.transitions[-1] if data.transitions else None
            text = self.tr("Fall abgeschlossen am {date}").format(date=text_of(data.closed_on or (last and last.on)))
            if last is not None and last.reason:
                text += " – " + last.reason
        elif data.phase is None:
            text = self.tr("Phase noch nicht erfasst") + (
                self.tr(" · Fall eröffnet am {date}").format(date=text_of(data.opened_on)) if data.opened_on else "")
        else:
            text = self.tr("Aktuelle Phase: {phase}").format(phase=case_cycle.phase_label(data.phase))
            if data.opened_on:
                text += self.tr(" · Fall eröffnet am {date}").format(date=text_of(data.opened_on))
        self.state.setText(text)
        current = self.next_phase.currentData()
        self.next_phase.blockSignals(True)
        self.next_phase.clear()
        choices = data.next_phases if data.phase is not None else tuple(p for p in PHASES if p != "closed")
        for phase in choices:
            self.next_phase.addItem(case_cycle.phase_label(phase), phase)
        self.next_phase.setCurrentIndex(max(0, self.next_phase.findData(current)))
        self.next_phase.blockSignals(False)
        for w in (self.next_phase, self.day, self.note, self.move_button):
            w.setEnabled(not data.closed and bool(choices))
        self.close_button.setVisible(not data.closed)
        self.reopen_button.setVisible(data.closed)
        self._update_checks()

    def _update_checks(self) -> None:
        clearing = self.data is not None and self.data.phase == "clearing"
        self.indicated.setVisible(clearing)
        self.agreed.setVisible(clearing)

    # -- moving ----------------------------------------------------------------------------
    def move(self) -> None:
        phase = self.next_phase.currentData()
        if phase is None:
            return
        store, client_id = self.view.store, self.view.client_id
        fields = {"note": self.note.text() or None}
        if self.data is not None and self.data.phase == "clearing":
            fields |= {"indicated": self.indicated.isChecked(), "agreed": self.agreed.isChecked()}
        day = self.day.text()

        def done(_result) -> None:
            self.note.clear()
            show_message(self.message, "")

        self.view.run_change(lambda: case_cycle.transition(store, client_id, phase, _day(day), **fields),
                             on_done=done, on_error=lambda text: show_message(self.message, text))

    def ask_close(self) -> ReasonDialog:
        dialog = ReasonDialog(self.tr("Fall abschließen"), self.tr(
            "Zum Abschließen bitte den Grund angeben und ob die Ziele erreicht wurden. Der Fall kann später wieder "
            "geöffnet werden; nach Ablauf der Aufbewahrungsfrist wird er gelöscht."), self,
            choices=[(self.tr("Ziele erreicht:"), [(g, goals_label(g)) for g in GOALS_REACHED])])
        store, client_id = self.view.store, self.view.client_id

        def accepted() -> None:
            values = dialog.values()
            goals = values[self.tr("Ziele erreicht:")]
            self.view.run_change(lambda: case_cycle.close_case(store, client_id, values["reason"], _day(values["on"]),
                                                               goals_reached=goals), on_error=dialog.fail)

        dialog.accepted.connect(accepted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_reopen(self) -> ReasonDialog:
        dialog = ReasonDialog(self.tr("Fall wieder öffnen"), self.tr(
            "Der Fall beginnt wieder im Clearing oder im Assessment; der frühere Abschluss bleibt im Verlauf."), self,
            choices=[(self.tr("weiter mit:"), [(p, case_cycle.phase_label(p)) for p in ("clearing", "assessment")])],
            reason_required=False)
        store, client_id = self.view.store, self.view.client_id

        def accepted() -> None:
            values = dialog.values()
            self.view.run_change(lambda: case_cycle.reopen_case(
                store, client_id, _day(values["on"]), reason=values["reason"] or None,
                phase=values[self.tr("weiter mit:")]), on_error=dialog.fail)

        dialog.accepted.connect(accepted)
        self.dialog = dialog
        dialog.open()
        return dialog


def _day(text: str) -> date | None:
    from kimdesk.services.clients_intake import validation as v

    return v.day(text, "on")
