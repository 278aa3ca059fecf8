"""The "Fallverlauf" tab of a record: phases, assessment, plan, school entry and data protection.

It shows one ``cycle_view.CycleView`` (read with the record on the database worker) in its
panels; every change is one service call through the record view, which then reloads.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kimdesk.services.casework.cycle_view import CycleView
from kimdesk.ui.record.cycle.assessment import AssessmentPanel
from kimdesk.ui.record.cycle.phases import PhasesPanel
from kimdesk.ui.record.cycle.plan import PlanPanel
from kimdesk.ui.record.cycle.privacy import PrivacyPanel
from kimdesk.ui.record.cycle.school import SchoolPanel
from kimdesk.ui.record.section import NothingUnsaved


class CycleTab(QWidget, NothingUnsaved):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.inner = QTabWidget(self)
        self.inner.setObjectName("cycleTabs")
        self.phases = PhasesPanel(view, self.inner)
        self.assessment = AssessmentPanel(view, self.inner)
        self.plan = PlanPanel(view, self.inner)
        self.school = SchoolPanel(view, self.inner)
        self.privacy = PrivacyPanel(view, self.inner)
        for widget, label in ((self.phases, self.tr("Phasen")), (self.assessment, self.tr("Assessment")),
                              (self.plan, self.tr("Hilfeplan")), (self.school, self.tr("Schulzugang")),
                              (self.privacy, self.tr("Datenschutz"))):
            self.inner.addTab(widget, label)
        layout.addWidget(self.inner)

    def set_agencies(self, rows) -> None:
        self.assessment.set_agencies(rows)
        self.plan.set_agencies(rows)

    def show_cycle(self, data: CycleView, opened: list[Any]) -> None:
        for panel in (self.phases, self.assessment, self.plan, self.school):
            panel.show_cycle(data)
        self.privacy.show_access(opened)

    def show_record(self, _rec) -> None:
        pass

