"""The preview of a CSV import into the agency catalogue: what is new, what changes (old → new),
what the file gets wrong; "Übernehmen" writes exactly that (one undoable edit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.clients_intake import agency_import
from kimdesk.store.store import Store
from kimdesk.ui.messages import describe
from kimdesk.ui.widgets import fit_to_screen, message_label, show_message
from kimdesk.ui.worker import DbWorker


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, bool):
        return "✓" if value else "–"
    return "" if value is None else str(value)


class AgencyImportDialog(QDialog):
    imported = Signal(object)  # the Edit

    def __init__(self, store: Store, worker: DbWorker, plan: agency_import.Plan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agencyImport")
        self.setWindowTitle(self.tr("Stellen aus CSV importieren – Vorschau"))
        self.store, self.worker, self.plan = store, worker, plan
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("{new} neu, {changed} geändert, {same} unverändert, {bad} mit Fehlern").format(
            new=len(plan.new), changed=len(plan.changed), same=plan.unchanged, bad=len(plan.problems)), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importPreview")
        self.tree.setHeaderLabels([self.tr("Zeile"), self.tr("Stelle / Feld"), self.tr("bisher"), self.tr("neu")])
        new = QTreeWidgetItem(self.tree, ["", self.tr("Neu")])
        for c in plan.new:
            QTreeWidgetItem(new, [str(c.line), c.name, "", _text(c.fields.get("kind"))])
        changed = QTreeWidgetItem(self.tree, ["", self.tr("Geändert")])
        labels = self.field_labels()
        for c in plan.changed:
            item = QTreeWidgetItem(changed, [str(c.line), c.name])
            for key, value in c.fields.items():
                row = QTreeWidgetItem(item, ["", labels.get(key, key), _text(c.before.get(key)), _text(value)])
                for col in (2, 3):
                    row.setToolTip(col, row.text(col))
        problems = QTreeWidgetItem(self.tree, ["", self.tr("Fehler (werden nicht übernommen)")])
        for line, message in plan.problems:
            item = QTreeWidgetItem(problems, [self.tr("Zeile {line}: {message}").format(line=line, message=message)])
            item.setToolTip(0, item.text(0))
        self.tree.expandAll()
        for i in range(problems.childCount()):
            problems.child(i).setFirstColumnSpanned(True)  # the whole message, across the columns
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        if plan.ignored_columns:
            ignored = QLabel(self.tr("Nicht übernommene Spalten: {columns}").format(
                columns=", ".join(plan.ignored_columns)), self)
            ignored.setWordWrap(True)
            layout.addWidget(ignored)
        self.message = message_label(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(self.tr("Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(plan))
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 820, 560, parent)

    def field_labels(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "kind": self.tr("Art"), "legal_domain": self.tr("Rechtskreis"),
                "municipalities": self.tr("Kommunen"), "address": self.tr("Anschrift"), "phone": self.tr("Telefon"),
                "email": self.tr("E-Mail"), "contact_person": self.tr("Ansprechperson"),
                "is_public_body": self.tr("öffentliche Stelle"), "is_immigration_office": self.tr("Ausländerbehörde")}

    def apply(self) -> None:
        store, plan = self.store, self.plan
        self.apply_button.setEnabled(False)

        def done(edit) -> None:
            self.imported.emit(edit)
            self.accept()

        def failed(exc: BaseException) -> None:
            show_message(self.message, describe(exc))
            self.apply_button.setEnabled(True)

        self.worker.submit(lambda _job: agency_import.apply(store, plan), done, failed, label="agency-import")
