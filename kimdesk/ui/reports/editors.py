"""What the coordination enters for the reports: the Sachstandsbericht's texts and the school places.

``ReportTextEditor`` edits the text sections saved with the period on screen; a section is
printed only when "geprüft" is ticked (free text could name someone). ``SchoolPlacesEditor``
is the small table of places per intake with their operator (*Schulträger*). Both only call
the Qt-free services (``report_texts``, ``school_places``), which check every value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.models.report_text import SECTIONS
from kimdesk.models.school import SCHOOL_FORMS
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.reports import report_texts
from kimdesk.services.schooling import school_places
from kimdesk.services.schooling.school_entry import form_label
from kimdesk.store.store import Store
from kimdesk.ui.runner import op


class ReportTextEditor(QGroupBox):
    """The four text sections of the Sachstandsbericht for one period."""

    saved = Signal()

    def __init__(self, store: Store, period: Callable[[], tuple[date, date]], parent: QWidget | None = None):
        super().__init__(self.tr("Texte des Sachstandsberichts"), parent)
        self.store, self.period = store, period
        self._loaded: dict[str, report_texts.Section] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.section = QComboBox(self)
        labels = report_texts.section_labels()
        for key in SECTIONS:
            self.section.addItem(labels[key], key)
        top.addWidget(QLabel(self.tr("Abschnitt:"), self))
        top.addWidget(self.section, 1)
        layout.addLayout(top)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("reportText")
        self.editor.setPlaceholderText(self.tr("Text für den Ausschuss – keine Namen oder Angaben zu Personen."))
        layout.addWidget(self.editor, 1)
        bottom = QHBoxLayout()
        self.reviewed = QCheckBox(self.tr("zur Veröffentlichung geprüft (nur dann im PDF)"), self)
        self.save_button = QPushButton(self.tr("Abschnitt speichern"), self)
        self.status = QLabel(self)
        bottom.addWidget(self.reviewed)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.section.currentIndexChanged.connect(self._show_section)
        self.save_button.clicked.connect(self.save)

    def load(self) -> None:
        """The sections saved for the period on screen."""
        date_from, date_to = self.period()
        if date_from > date_to:
            return
        store = self.store
        op(self, lambda: report_texts.load(store, date_from, date_to), on_done=self._loaded_sections,
           on_error=self.status.setText, label="report texts")

    def _loaded_sections(self, loaded: dict[str, report_texts.Section]) -> None:
        self._loaded = loaded
        self._show_section()

    def _show_section(self) -> None:
        current = self._loaded.get(self.section.currentData())
        self.editor.setPlainText(current.text if current else "")
        self.reviewed.setChecked(bool(current and current.reviewed))
        self.status.clear()

    def save(self) -> None:
        date_from, date_to = self.period()
        store, section, text, reviewed = (self.store, self.section.currentData(), self.editor.toPlainText(),
                                          self.reviewed.isChecked())

        def write() -> dict[str, report_texts.Section]:
            report_texts.save(store, date_from, date_to, section, text, reviewed=reviewed)
            return report_texts.load(store, date_from, date_to)

        def done(loaded: dict[str, report_texts.Section]) -> None:
            self._loaded = loaded
            self.status.setText(self.tr("Gespeichert."))
            self.saved.emit()

        op(self, write, on_done=done, on_error=self.status.setText, label="report texts")


class SchoolPlacesEditor(QGroupBox):
    """Places per intake, school form, municipality (or the whole region) and operator."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(self.tr("Schulplätze je Aufnahmetermin"), parent)
        self.store = store
        self.rows: list[school_places.Places] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Aufnahme"), self.tr("Schulform"), self.tr("Kommune"),
                                              self.tr("Schulträger"), self.tr("Plätze"), self.tr("Schule")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.form = QComboBox(self)
        for code in SCHOOL_FORMS:
            self.form.addItem(form_label(code), code)
        self.municipality = QComboBox(self)
        self.municipality.addItem(self.tr("ganze Region"), None)
        for name in catalogue.municipalities():
            self.municipality.addItem(name, name)
        self.operator = QComboBox(self)
        for code in ("region", "municipality"):
            self.operator.addItem(school_places.operator_label(code), code)
        self.intake = QDateEdit(self)
        self.intake.setCalendarPopup(True)
        self.intake.setDisplayFormat("dd.MM.yyyy")
        self.intake.setDate(QDate.currentDate())
        self.places = QSpinBox(self)
        self.places.setRange(0, school_places.MAX_PLACES)
        self.school = QLineEdit(self)
        self.school.setPlaceholderText(self.tr("optional, nur für das Team"))
        form.addRow(self.tr("Schulform"), self.form)
        form.addRow(self.tr("Kommune"), self.municipality)
        form.addRow(self.tr("Schulträger"), self.operator)
        form.addRow(self.tr("Aufnahme am"), self.intake)
        form.addRow(self.tr("Plätze"), self.places)
        form.addRow(self.tr("Schule"), self.school)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.status = QLabel(self)
        self.add_button = QPushButton(self.tr("Plätze hinzufügen"), self)
        self.remove_button = QPushButton(self.tr("Markierte entfernen"), self)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    def load(self) -> None:
        store = self.store
        op(self, lambda: school_places.listing(store), on_done=self._show, on_error=self.status.setText,
           label="school places")

    def _show(self, rows: list[school_places.Places]) -> None:
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = [r.intake_on.strftime("%d.%m.%Y"), form_label(r.school_form), r.municipality or self.tr(
                "ganze Region"), school_places.operator_label(r.operator), str(r.places), r.school or ""]
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))

    def add(self) -> None:
        day = self.intake.date()
        store, values = self.store, {
            "school_form": self.form.currentData(), "municipality": self.municipality.currentData(),
            "operator": self.operator.currentData(), "school": self.school.text(),
            "intake_on": date(day.year(), day.month(), day.day()), "places": self.places.value()}

        def write() -> list[school_places.Places]:
            school_places.save(store, values)
            return school_places.listing(store)

        def done(rows: list[school_places.Places]) -> None:
            self.status.setText(self.tr("Gespeichert."))
            self._show(rows)
            self.changed.emit()

        op(self, write, on_done=done, on_error=self.status.setText, label="school places")

    def remove(self) -> None:
        picked = sorted({i.row() for i in self.table.selectedIndexes()})
        if not picked:
            return
        store, ids = self.store, [self.rows[row].id for row in picked]

        def write() -> list[school_places.Places]:
            for place_id in ids:
                school_places.remove(store, place_id)
            return school_places.listing(store)

        def done(rows: list[school_places.Places]) -> None:
            self._show(rows)
            self.changed.emit()

        op(self, write, on_done=done, on_error=self.status.setText, label="school places")
