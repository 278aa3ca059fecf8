"""The assessment: residence status and benefit system each with their dated history, and the situation.

A new status or benefit system is a new dated row (``assessment.record_residence`` /
``record_benefit``), so the record shows when Gestattung became Aufenthaltserlaubnis and
AsylbLG became SGB II; the situation (household, school and language, health, housing,
resources, offices involved) is saved as a new dated assessment.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kimdesk.models.assessment import BENEFIT_SYSTEMS, LANGUAGE_LEVELS
from kimdesk.services.casework import assessment
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.casework.cycle_view import CycleView
from kimdesk.ui.record.cycle.common import date_field, text_of
from kimdesk.ui.widgets import AgencyCombo, Column, RowsModel, make_table, message_label, selected_row, show_message
from kimdesk.ui.fields import combo_value, fill_values


class AssessmentPanel(QScrollArea):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.agency_names: dict[str, str] = {}
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self._residence_box(body))
        layout.addWidget(self._benefit_box(body))
        layout.addWidget(self._situation_box(body))
        layout.addStretch(1)
        self.setWidget(body)

    # -- residence -------------------------------------------------------------------------
    def _residence_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Aufenthaltsstatus – Verlauf"), parent)
        col = QVBoxLayout(box)
        self.residence = RowsModel([
            Column(self.tr("Status"), lambda r: catalogue.shown(r["status"]), 300),
            Column(self.tr("Rechtsgrundlage"), lambda r: r["paragraph"] or "", 150),
            Column(self.tr("gültig ab"), lambda r: r["valid_from"], 90),
            Column(self.tr("gültig bis"), lambda r: r["valid_until"], 90),
            Column(self.tr("Vermerk"), lambda r: r["note"] or ""),
        ], box)
        self.residence_table = make_table(self.residence, box)
        self.residence_table.setObjectName("residenceTable")
        self.residence_table.setMaximumHeight(130)
        col.addWidget(self.residence_table)
        row = QHBoxLayout()
        self.res_status = QComboBox(box)
        self.res_status.setObjectName("residenceStatus")
        self.res_status.setEditable(True)
        fill_values(self.res_status, catalogue.vocabulary("residence_status"))
        self.res_paragraph = QComboBox(box)
        self.res_paragraph.setEditable(True)
        self.res_paragraph.addItems([""] + catalogue.vocabulary("residence_paragraph"))
        self.res_from = date_field(box, date.today(), name="residenceFrom")
        self.res_until = date_field(box, name="residenceUntil")
        self.res_until.setPlaceholderText(self.tr("gültig bis"))
        self.res_button = QPushButton(self.tr("Neuen Status erfassen"), box)
        self.res_button.setObjectName("addResidence")
        self.res_button.clicked.connect(self.add_residence)
        self.res_status.lineEdit().setPlaceholderText(self.tr("neuer Status, z. B. Aufenthaltserlaubnis"))
        self.res_paragraph.lineEdit().setPlaceholderText(self.tr("Rechtsgrundlage"))
        for w in (self.res_status, self.res_paragraph, QLabel(self.tr("ab"), box), self.res_from, self.res_until,
                  self.res_button):
            row.addWidget(w)
        row.setStretch(0, 2)
        row.setStretch(1, 1)
        col.addLayout(row)
        self.res_message = message_label(box)
        col.addWidget(self.res_message)
        return box

    def add_residence(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        status, paragraph = combo_value(self.res_status), self.res_paragraph.currentText() or None
        start, until = self.res_from.text(), self.res_until.text() or None

        def done(_result) -> None:
            self.res_status.setCurrentText("")
            self.res_until.clear()
            show_message(self.res_message, "")

        self.view.run_change(lambda: assessment.record_residence(store, client_id, status, start, valid_until=until,
                                                                 paragraph=paragraph),
                             on_done=done, on_error=lambda text: show_message(self.res_message, text))

    # -- benefits --------------------------------------------------------------------------
    def _benefit_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Leistungen (Rechtskreis) – Verlauf"), parent)
        col = QVBoxLayout(box)
        self.benefits = RowsModel([
            Column(self.tr("Rechtskreis"), lambda r: system_label(r["system"]), 110),
            Column(self.tr("Stelle"), lambda r: self.agency_names.get(r["agency_id"] or "", ""), 230),
            Column(self.tr("beantragt"), lambda r: r["applied_on"], 90),
            Column(self.tr("bewilligt"), lambda r: r["approved_on"] or (self.tr("steht aus") if r["applied_on"] else ""),
                   90),
            Column(self.tr("seit"), lambda r: r["since"], 90),
            Column(self.tr("bis"), lambda r: r["until"]),
        ], box)
        self.benefit_table = make_table(self.benefits, box)
        self.benefit_table.setObjectName("benefitTable")
        self.benefit_table.setMaximumHeight(130)
        col.addWidget(self.benefit_table)
        row = QHBoxLayout()
        self.ben_system = QComboBox(box)
        self.ben_system.setObjectName("benefitSystem")
        for system in BENEFIT_SYSTEMS:
            self.ben_system.addItem(system_label(system), system)
        self.ben_agency = AgencyCombo(box)
        self.ben_agency.lineEdit().setPlaceholderText(self.tr("zuständige Stelle, z. B. Jobcenter"))
        self.ben_since = date_field(box, date.today(), name="benefitSince")
        self.ben_applied = date_field(box, name="benefitApplied")
        self.ben_applied.setPlaceholderText(self.tr("beantragt am"))
        self.ben_button = QPushButton(self.tr("Neuen Leistungsbezug erfassen"), box)
        self.ben_button.setObjectName("addBenefit")
        self.ben_button.clicked.connect(self.add_benefit)
        for w in (self.ben_system, self.ben_agency, QLabel(self.tr("seit"), box), self.ben_since, self.ben_applied,
                  self.ben_button):
            row.addWidget(w)
        row.setStretch(1, 1)
        col.addLayout(row)
        approve = QHBoxLayout()
        approve.addWidget(QLabel(self.tr("Für den gewählten Eintrag:"), box))
        self.ben_approved = date_field(box, date.today(), name="benefitApproved")
        self.approve_button = QPushButton(self.tr("Bewilligung eintragen"), box)
        self.approve_button.clicked.connect(lambda: self.update_benefit("approved_on", self.ben_approved.text()))
        self.end_button = QPushButton(self.tr("Ende eintragen"), box)
        self.end_button.clicked.connect(lambda: self.update_benefit("until", self.ben_approved.text()))
        for w in (self.ben_approved, self.approve_button, self.end_button):
            approve.addWidget(w)
        approve.addStretch(1)
        col.addLayout(approve)
        self.ben_message = message_label(box)
        col.addWidget(self.ben_message)
        return box

    def add_benefit(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        system, agency_id = self.ben_system.currentData(), self.ben_agency.agency_id()
        since, applied = self.ben_since.text(), self.ben_applied.text() or None
        self.view.run_change(lambda: assessment.record_benefit(store, client_id, system, since, applied_on=applied,
                                                               agency_id=agency_id),
                             on_done=lambda _r: show_message(self.ben_message, ""),
                             on_error=lambda text: show_message(self.ben_message, text))

    def update_benefit(self, field: str, value: str) -> None:
        row = selected_row(self.benefit_table)
        if row is None:
            show_message(self.ben_message, self.tr("Bitte zuerst einen Eintrag in der Tabelle wählen."))
            return
        store = self.view.store
        self.view.run_change(lambda: assessment.update_benefit(store, row["id"], **{field: value}),
                             on_done=lambda _r: show_message(self.ben_message, ""),
                             on_error=lambda text: show_message(self.ben_message, text))

    # -- the situation ---------------------------------------------------------------------
    def _situation_box(self, parent: QWidget) -> QGroupBox:
        self.situation = QGroupBox(self.tr("Lage der Person"), parent)
        form = QFormLayout(self.situation)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, label in (("household", self.tr("Haushalt:")), ("school", self.tr("Schule und Bildung:")),
                           ("health", self.tr("Gesundheit:")), ("housing", self.tr("Wohnen:")),
                           ("resources", self.tr("Ressourcen:")), ("note", self.tr("Vermerk:"))):
            edit = QPlainTextEdit(self.situation)
            edit.setObjectName(f"assessment_{key}")
            edit.setMaximumHeight(52)
            edit.setTabChangesFocus(True)
            form.addRow(label, edit)
            self.texts[key] = edit
            if key == "health":
                hint = QLabel(self.tr("Gesundheitsangaben gehen nie an die Ausländerbehörde (§ 203 StGB)."),
                              self.situation)
                hint.setStyleSheet("color: #555;")
                form.addRow("", hint)
        self.language = QComboBox(self.situation)
        self.language.addItem(self.tr("nicht erfasst"), None)
        for level in LANGUAGE_LEVELS:
            self.language.addItem(language_label(level), level)
        form.addRow(self.tr("Deutschkenntnisse:"), self.language)
        self.offices = QListWidget(self.situation)
        self.offices.setObjectName("officesInvolved")
        self.offices.setMaximumHeight(110)
        form.addRow(self.tr("Beteiligte Stellen:"), self.offices)
        row = QHBoxLayout()
        self.ass_day = date_field(self.situation, date.today(), name="assessmentDate")
        self.ass_button = QPushButton(self.tr("Assessment speichern"), self.situation)
        self.ass_button.setObjectName("saveAssessment")
        self.ass_button.clicked.connect(self.save_assessment)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Stand vom:"), self.situation))
        row.addWidget(self.ass_day)
        row.addWidget(self.ass_button)
        form.addRow(row)
        self.ass_message = message_label(self.situation)
        form.addRow(self.ass_message)
        return self.situation

    def set_agencies(self, rows) -> None:
        self.ben_agency.set_agencies(rows)
        self.agency_names = {a.id: a.name for a in rows}
        checked = self.checked_offices()
        self.offices.clear()
        for a in sorted(rows, key=lambda a: a.name.casefold()):
            item = QListWidgetItem(a.name, self.offices)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.id in checked else Qt.CheckState.Unchecked)

    def checked_offices(self) -> list[str]:
        return [self.offices.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.offices.count())
                if self.offices.item(i).checkState() == Qt.CheckState.Checked]

    def save_assessment(self) -> None:
        store, client_id = self.view.store, self.view.client_id
        fields: dict[str, Any] = {k: w.toPlainText() or None for k, w in self.texts.items()}
        fields["language_level"] = self.language.currentData()
        fields["offices_involved"] = self.checked_offices()
        day = self.ass_day.text()
        self.view.run_change(lambda: assessment.save_assessment(store, client_id, day, fields),
                             on_done=lambda _r: show_message(self.ass_message, ""),
                             on_error=lambda text: show_message(self.ass_message, text))

    def show_cycle(self, data: CycleView) -> None:
        self.residence.set_rows(list(reversed(data.residence)))
        self.benefits.set_rows(list(reversed(data.benefits)))
        latest = data.assessment
        self.situation.setTitle(self.tr("Lage der Person – Assessment vom {date}").format(date=text_of(latest["on"]))
                                if latest else self.tr("Lage der Person – noch kein Assessment"))
        for key, edit in self.texts.items():
            edit.setPlainText((latest or {}).get(key) or "")
        self.language.setCurrentIndex(max(0, self.language.findData((latest or {}).get("language_level"))))
        wanted = set((latest or {}).get("offices_involved") or [])
        for i in range(self.offices.count()):
            item = self.offices.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)


def system_label(system: str) -> str:
    from kimdesk.i18n import translate

    return translate("CycleTab", "keine Leistung") if system == "none" else system


def language_label(level: str) -> str:
    from kimdesk.i18n import translate

    return {"none": translate("CycleTab", "keine"), "native": translate("CycleTab", "Muttersprache")}.get(level, level)

