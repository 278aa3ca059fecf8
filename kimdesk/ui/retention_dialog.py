"""The retention review list: closed cases past their retention period, deleted after a confirmation.

The same run as ``kimdesk retention run``: what is due is listed first; deleting asks once
more and then erases exactly the cases shown (if the list changed in the meantime, nothing
is deleted and the new list is shown), writing anonymous counts first so reports keep them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kimdesk.services.casework import retention
from kimdesk.store.store import Store
from kimdesk.ui.messages import describe
from kimdesk.ui.widgets import Column, RowsModel, fit_to_screen, make_table
from kimdesk.ui.worker import DbWorker


class RetentionDialog(QDialog):
    def __init__(self, store: Store, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Aufbewahrungsfristen prüfen"))
        fit_to_screen(self, 820, 520, parent)
        self.store, self.worker = store, worker
        self.due: retention.RetentionRun | None = None
        self.erased = 0
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Abgeschlossene Fälle, deren Aufbewahrungsfrist abgelaufen ist (Voreinstellung: Ende "
                               "des 5. Kalenderjahres nach Abschluss). Löschen entfernt die Personen mit allen Angaben "
                               "auf allen Geräten; für Berichte bleiben nur anonyme Zahlen."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel([
            Column(self.tr("Aktenzeichen"), lambda c: c.case_number, 140),
            Column(self.tr("Fallart"), lambda c: retention.case_type_label(c.case_type), 160),
            Column(self.tr("abgeschlossen am"), lambda c: c.closed_on, 130),
            Column(self.tr("löschbar ab"), lambda c: c.deletable_from),
        ], self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("retentionTable")
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addStretch(1)
        self.delete_button = QPushButton(self.tr("Fällige Fälle löschen …"), self)
        self.delete_button.setObjectName("retentionDelete")
        self.delete_button.setStyleSheet("QPushButton:enabled { color: #b00020; }")
        self.delete_button.clicked.connect(self.ask)
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.delete_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.refresh()

    def refresh(self, note: str = "") -> None:
        store = self.store
        self.worker.submit(lambda _job: retention.run(store, dry_run=True), lambda due: self._show(due, note),
                           self._fail, label="retention")

    def _show(self, due: retention.RetentionRun, note: str = "") -> None:
        self.due = due
        self.model.set_rows(due.cases)
        n, m = len(due.cases), len(due.first_contacts)
        text = (self.tr("{n} Fälle und {m} Erstkontakte sind zur Löschung fällig.").format(n=n, m=m)
                if n or m else self.tr("Zurzeit ist nichts zur Löschung fällig."))
        self.summary.setText(f"{note} {text}".strip())
        self.delete_button.setEnabled(bool(n or m))

    def ask(self) -> None:
        if self.due is None:
            return
        answer = QMessageBox.question(self, self.tr("Endgültig löschen"), self.tr(
            "{n} Fälle und {m} Erstkontakte jetzt endgültig löschen? Das lässt sich nicht rückgängig machen.").format(
            n=len(self.due.cases), m=len(self.due.first_contacts)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()

    def delete(self) -> None:
        """Erase exactly the cases shown; a list that changed meanwhile is shown again instead."""
        if self.due is None:
            return
        shown = {c.client_id for c in self.due.cases}, set(self.due.first_contacts)
        store = self.store

        def same(run: retention.RetentionRun) -> bool:
            return ({c.client_id for c in run.cases}, set(run.first_contacts)) == shown

        def done(run: retention.RetentionRun) -> None:
            if run.dry_run:  # the list changed: nothing deleted
                self._show(run, self.tr("Die Liste hat sich geändert; es wurde nichts gelöscht. Bitte prüfen und "
                                        "erneut löschen."))
                return
            self.erased += run.erased
            self.refresh(self.tr("{n} Fälle gelöscht; anonyme Zahlen bleiben für Berichte erhalten.").format(
                n=run.erased))

        self.worker.submit(lambda _job: retention.run(store, dry_run=False, confirm=same), done, self._fail,
                           label="retention-run")

    def _fail(self, exc: BaseException) -> None:
        self.summary.setText(describe(exc))
