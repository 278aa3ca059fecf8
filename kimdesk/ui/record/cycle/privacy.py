"""Data protection of one record: who opened it, the Art. 15 export, and deleting the person for good.

Deleting is the same erasure as ``kimdesk client delete``: it removes the person and
everything that is theirs on this laptop and, through sync, on every other. It asks for a
reason and for the case number typed again, so it cannot happen by a slip of the mouse.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.casework import retention
from kimdesk.services.releases import subject_access
from kimdesk.ui.record.cycle.common import save_pdf
from kimdesk.ui.widgets import Column, RowsModel, make_table, message_label, show_message


def _when(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d.%m.%Y, %H:%M")
    except ValueError:
        return at


class DeleteDialog(QDialog):
    """Reason and the case number typed again; OK only when both are there."""

    def __init__(self, name: str, case_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deletePersonDialog")
        self.setWindowTitle(self.tr("Person endgültig löschen"))
        self.case_number = case_number
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "{name} (Az. {number}) wird mit allen Angaben gelöscht – Bedarfe, Kontakte, Einwilligungen, Plan, "
            "Verlauf und frühere Werte –, auf diesem Gerät und mit der nächsten Synchronisation auf allen anderen. "
            "Protokolle behalten nur das Aktenzeichen. Das lässt sich nicht rückgängig machen.").format(
            name=name, number=case_number), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("deleteReason")
        self.reason.setPlaceholderText(self.tr("z. B. Löschantrag der Person vom …"))
        self.reason.setMaximumHeight(70)
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("Grund:"), self.reason)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("deleteConfirm")
        self.confirm.setPlaceholderText(case_number)
        form.addRow(self.tr("Zur Bestätigung das Aktenzeichen eingeben:"), self.confirm)
        layout.addLayout(form)
        self.message = message_label(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Endgültig löschen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("deleteOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip())
                           and self.confirm.text().strip() == self.case_number)

    def fail(self, message: str) -> None:
        show_message(self.message, message)
        self.open()


class PrivacyPanel(QWidget):
    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.dialog: DeleteDialog | None = None
        layout = QVBoxLayout(self)
        export = QGroupBox(self.tr("Auskunft nach Art. 15 DSGVO"), self)
        col = QVBoxLayout(export)
        hint = QLabel(self.tr("Alles, was über die Person gespeichert ist, auf Deutsch als PDF: Angaben, Verlauf, "
                              "Konferenzen, Einwilligungen, Zugriffe und Änderungen."), export)
        hint.setWordWrap(True)
        col.addWidget(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("Auskunft (Art. 15) als PDF …"), export)
        self.export_button.setObjectName("exportArt15")
        self.export_button.clicked.connect(lambda: self.export())
        row.addWidget(self.export_button)
        col.addLayout(row)
        layout.addWidget(export)
        seen = QGroupBox(self.tr("Zugriffe auf diese Akte"), self)
        col = QVBoxLayout(seen)
        self.access = RowsModel([
            Column(self.tr("Zeitpunkt"), lambda a: _when(a.at), 150),
            Column(self.tr("Benutzer:in"), lambda a: a.actor or self.tr("(nicht eingetragen)"), 200),
            Column(self.tr("Gerät"), lambda a: a.device),
        ], seen)
        self.access_table = make_table(self.access, seen)
        self.access_table.setObjectName("accessTable")
        col.addWidget(self.access_table)
        layout.addWidget(seen, 1)
        danger = QGroupBox(self.tr("Löschen"), self)
        col = QVBoxLayout(danger)
        hint = QLabel(self.tr("Auf Antrag der Person (Art. 17 DSGVO) oder wenn nichts mehr aufbewahrt werden darf. "
                              "Fälle nach Ablauf der Aufbewahrungsfrist löscht die Prüfliste unter Extras."), danger)
        hint.setWordWrap(True)
        col.addWidget(hint)
        row = QHBoxLayout()
        self.message = message_label(danger)
        row.addWidget(self.message, 1)
        row.addStretch(1)
        self.delete_button = QPushButton(self.tr("Person endgültig löschen …"), danger)
        self.delete_button.setObjectName("deletePerson")
        self.delete_button.setStyleSheet("QPushButton:enabled { color: #b00020; }")
        self.delete_button.clicked.connect(self.ask_delete)
        row.addWidget(self.delete_button)
        col.addLayout(row)
        layout.addWidget(danger)

    def show_access(self, rows) -> None:
        self.access.set_rows(rows)

    def export(self, path=None) -> None:
        store, client_id = self.view.store, self.view.client_id
        number = self.view.rec.client["case_number"] if self.view.rec else "Person"
        save_pdf(self, self.view.worker, lambda: subject_access.export(store, client_id)[0],
                 f"Auskunft_Art15_{number}.pdf", self._say, path=path)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #2f5d50;")
        show_message(self.message, text)

    def ask_delete(self) -> DeleteDialog | None:
        rec = self.view.rec
        if rec is None:
            return None
        dialog = DeleteDialog(rec.display_name, rec.client["case_number"], self)
        store, client_id = self.view.store, self.view.client_id

        def accepted() -> None:
            reason = dialog.reason.toPlainText().strip()
            self.view.worker.submit(lambda _job: retention.delete_person(store, client_id, reason),
                                    lambda _counts: self.view.erased.emit(client_id),
                                    lambda exc: dialog.fail(str(exc)), label="erase")

        dialog.accepted.connect(accepted)
        self.dialog = dialog
        dialog.open()
        return dialog
