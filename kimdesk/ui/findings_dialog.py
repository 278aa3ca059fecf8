"""The register of structural findings (*generative Themen*): list, add and edit, link cases, export.

Cases are linked by their case number and only counted in the exports (CSV and PDF for the
steering group), where 1–4 cases read "< 5".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kimdesk.models.findings import FINDING_STATUSES
from kimdesk.services.casework import findings
from kimdesk.store.store import Store
from kimdesk.ui.messages import describe
from kimdesk.ui.widgets import Column, RowsModel, day_text, fit_to_screen, make_table, message_label, show_message
from kimdesk.ui.worker import DbWorker
from kimdesk.ui.save_dialog import ask_save_path


class FindingsDialog(QDialog):
    def __init__(self, store: Store, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findingsDialog")
        self.setWindowTitle(self.tr("Strukturelle Themen"))
        fit_to_screen(self, 1100, 640, parent)
        self.store, self.worker = store, worker
        self.current: findings.Finding | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Probleme, die viele Fälle teilen (generative Themen), für die Lenkungsgruppe. "
                               "Fälle werden hier verknüpft und in den Listen nur gezählt."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = RowsModel([
            Column(self.tr("Thema"), lambda f: f.title, 300),
            Column(self.tr("Fälle"), lambda f: f.cases, 50),
            Column(self.tr("Stand"), lambda f: findings.status_label(f.status), 140),
            Column(self.tr("erfasst"), lambda f: f.noted_on),
        ], self)
        self.table = make_table(self.model, split)
        self.table.setObjectName("findingsTable")
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._pick(cur.row()))
        split.addWidget(self.table)
        box = QWidget(split)
        form = QFormLayout(box)
        self.title = QLineEdit(box)
        self.title.setObjectName("findingTitle")
        self.title.setPlaceholderText(self.tr("z. B. Keine IFK-Plätze in Stolberg"))
        form.addRow(self.tr("Thema:"), self.title)
        self.description = QPlainTextEdit(box)
        self.description.setMaximumHeight(90)
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("Beschreibung:"), self.description)
        self.reviewed = QCheckBox(self.tr("Beschreibung zur Veröffentlichung geprüft (nur dann in Listen und "
                                          "Berichten)"), box)
        form.addRow("", self.reviewed)
        self.domains = QLineEdit(box)
        self.domains.setPlaceholderText(self.tr("z. B. SchulG NRW, SGB VIII"))
        form.addRow(self.tr("Rechtskreise:"), self.domains)
        self.municipalities = QLineEdit(box)
        self.municipalities.setPlaceholderText(self.tr("z. B. Stolberg, Eschweiler"))
        form.addRow(self.tr("Kommunen:"), self.municipalities)
        self.status = QComboBox(box)
        for status in FINDING_STATUSES:
            self.status.addItem(findings.status_label(status), status)
        self.raised = QLineEdit(box)
        self.raised.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        row = QHBoxLayout()
        row.addWidget(self.status)
        row.addWidget(QLabel(self.tr("in der Lenkungsgruppe am:"), box))
        row.addWidget(self.raised)
        form.addRow(self.tr("Stand:"), row)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Neues Thema"), box)
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("Speichern"), box)
        self.save_button.setObjectName("saveFinding")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.cases = QListWidget(box)
        self.cases.setObjectName("findingCases")
        self.cases.setMaximumHeight(120)
        form.addRow(self.tr("Verknüpfte Fälle:"), self.cases)
        link = QHBoxLayout()
        self.case_number = QLineEdit(box)
        self.case_number.setObjectName("findingCaseNumber")
        self.case_number.setPlaceholderText(self.tr("Aktenzeichen"))
        self.link_button = QPushButton(self.tr("Fall verknüpfen"), box)
        self.link_button.setObjectName("linkCase")
        self.link_button.clicked.connect(self.link)
        self.unlink_button = QPushButton(self.tr("Verknüpfung lösen"), box)
        self.unlink_button.clicked.connect(self.unlink)
        for w in (self.case_number, self.link_button, self.unlink_button):
            link.addWidget(w)
        form.addRow(link)
        self.message = message_label(box)
        form.addRow(self.message)
        split.addWidget(box)
        split.setSizes([520, 560])
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.csv_button = QPushButton(self.tr("Liste als CSV …"), self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button = QPushButton(self.tr("Liste als PDF …"), self)
        self.pdf_button.setObjectName("findingsPdf")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.close_button.clicked.connect(self.accept)
        for b in (self.csv_button, self.pdf_button, self.close_button):
            bottom.addWidget(b)
        layout.addLayout(bottom)
        self.new()
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        store = self.store

        def load(_job):
            with store.connection() as conn:
                return findings.register(conn)

        def show(rows) -> None:
            self.model.set_rows(rows)
            wanted = select or (self.current.id if self.current else None)
            for i, f in enumerate(rows):
                if f.id == wanted:
                    self.table.selectRow(i)

        self.worker.submit(load, show, self._fail, label="findings")

    def _pick(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        f = self.model.row(row)
        self.current = f
        self.title.setText(f.title)
        self.description.setPlainText(f.description or "")
        self.reviewed.setChecked(f.reviewed)
        self.domains.setText(", ".join(f.legal_domains))
        self.municipalities.setText(", ".join(f.municipalities))
        self.status.setCurrentIndex(max(0, self.status.findData(f.status)))
        self.raised.setText(day_text(f.raised_on))
        self._show_cases()

    def _show_cases(self) -> None:
        self.cases.clear()
        for w in (self.case_number, self.link_button, self.unlink_button):
            w.setEnabled(self.current is not None)
        if self.current is None:
            return
        store, finding_id = self.store, self.current.id

        def load(_job):
            with store.connection() as conn:
                return findings.linked_cases(conn, finding_id)

        def show(rows) -> None:
            self.cases.clear()
            for client_id, number in rows:
                self.cases.addItem(number)
                self.cases.item(self.cases.count() - 1).setData(Qt.ItemDataRole.UserRole, client_id)

        self.worker.submit(load, show, self._fail, label="finding-cases")

    # -- changing --------------------------------------------------------------------------
    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        for w in (self.title, self.domains, self.municipalities, self.raised):
            w.clear()
        self.description.clear()
        self.reviewed.setChecked(False)
        self.status.setCurrentIndex(0)
        self._show_cases()
        self.title.setFocus()

    def _fields(self) -> dict:
        split = lambda text: [p.strip() for p in text.split(",") if p.strip()]  # noqa: E731
        return {"title": self.title.text(), "description": self.description.toPlainText() or None,
                "legal_domains": split(self.domains.text()), "municipalities": split(self.municipalities.text()),
                "status": self.status.currentData(), "raised_on": self.raised.text() or None,
                "reviewed": self.reviewed.isChecked()}

    def save(self) -> None:
        store, fields, current = self.store, self._fields(), self.current

        def work(_job) -> str:
            if current is None:
                return findings.add_finding(store, fields)
            findings.update_finding(store, current.id, fields)
            return current.id

        self.worker.submit(work, lambda fid: (self._say(""), self.reload(fid)), self._fail,
                           label="finding-save")

    def link(self) -> None:
        if self.current is None:
            return
        store, finding_id, number = self.store, self.current.id, self.case_number.text()
        self.worker.submit(lambda _job: findings.link_case_number(store, finding_id, number),
                           lambda _id: (self.case_number.clear(), self._say(""),
                                        self.reload(finding_id), self._show_cases()), self._fail, label="finding-link")

    def unlink(self) -> None:
        item = self.cases.currentItem()
        if self.current is None or item is None:
            return
        store, finding_id, client_id = self.store, self.current.id, item.data(Qt.ItemDataRole.UserRole)
        self.worker.submit(lambda _job: findings.unlink_case(store, finding_id, client_id),
                           lambda _r: (self.reload(finding_id), self._show_cases()), self._fail, label="finding-unlink")

    def export(self, kind: str, path: Path | None = None) -> None:
        if path is None:
            pattern = self.tr("PDF-Dokumente (*.pdf)") if kind == "pdf" else self.tr("CSV-Dateien (*.csv)")
            ask_save_path(self, self.tr("Liste speichern"), f"Strukturelle_Themen.{kind}", pattern, f".{kind}",
                          then=lambda chosen: self.export(kind, chosen))
            return
        store, rows = self.store, list(self.model.rows)

        def work(_job) -> int:
            return findings.export_pdf(store, path) if kind == "pdf" else findings.export_csv(rows, path)

        self.worker.submit(work, lambda n: self._say(self.tr("{n} Themen gespeichert: {path}").format(n=n, path=path)),
                           self._fail, label="findings-export")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #2f5d50;")
        show_message(self.message, text)

    def _fail(self, exc: BaseException) -> None:
        self._say(describe(exc), error=True)
