"""Backups in the app: the list of encrypted daily copies, one now, restore one.

Restoring asks for the passphrase and a confirmation, then closes the store the way locking
does (sync paused, background work finished, open records closed), replaces the database
(``services.backup.restore_into``) and opens it again in the same ``Store`` object, so every
page goes on with the restored data; the laptop continues under a new device id.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.admin import backup, settings
from kimdesk.ui.messages import show_error
from kimdesk.ui.runner import op
from kimdesk.ui.widgets import message_label, show_message


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


class RestoreDialog(QDialog):
    """Which backup, what is lost, and the passphrase (checked here; nothing changes on a wrong one)."""

    def __init__(self, profile, chosen: backup.Backup, parent: QWidget | None = None):
        super().__init__(parent)
        self.profile = profile
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "<p>Die Daten dieses Geräts werden auf den Stand vom <b>{when}</b> zurückgesetzt. Was Sie seitdem auf "
            "diesem Gerät eingegeben und noch nicht synchronisiert haben, geht verloren; was schon im gemeinsamen "
            "Ordner liegt, kommt bei der nächsten Synchronisation zurück.</p><p>Die jetzige Datenbank wird "
            "beiseitegelegt, nicht gelöscht.</p>").format(when=chosen.created.strftime("%d.%m.%Y %H:%M")), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase zur Bestätigung:"), self.passphrase)
        layout.addLayout(form)
        self.message = message_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Wiederherstellen"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def confirm(self) -> None:
        """The passphrase is checked on the worker (Argon2id takes a moment); accepted when right."""

        def wrong(text: str) -> None:
            self.ok.setEnabled(True)
            show_message(self.message, text)
            self.passphrase.selectAll()

        def right(_key) -> None:
            self.ok.setEnabled(True)
            self.accept()

        self.ok.setEnabled(False)
        passphrase = self.passphrase.text()
        op(self, lambda: backup.key_for(self.profile, passphrase), on_done=right, on_error=wrong,
           label="passphrase")


def restore_in_window(window: Any, path: Path, passphrase: str, *, on_done: Callable[[Path], None],
                      on_error: Callable[[str], None]) -> None:
    """Close everything like a lock, restore, reopen; the window shows the restored data.

    Runs on the window's database worker: the passphrase first (a wrong one stops there, nothing
    closed), then the restore; ``on_done(kept)`` or ``on_error(line)`` follow on the UI thread.
    """

    def checked(_key) -> None:
        state = window.prepare_lock()

        def restored(kept: Path) -> None:
            state.update(tabs=[], page=0, current=0, search="")  # the open records may not exist in the backup
            window.after_unlock(state)
            on_done(kept)

        def failed(text: str) -> None:
            window.after_unlock(state)
            on_error(text)

        op(window, lambda: backup.restore_into(window.store, window.profile, path, passphrase), on_done=restored,
           on_error=failed, label="restore")

    op(window, lambda: backup.key_for(window.profile, passphrase), on_done=checked, on_error=on_error,
       label="passphrase")


class BackupsDialog(QDialog):
    restored = Signal(str)  # where the previous database was kept

    def __init__(self, window: Any):
        super().__init__(window)
        self.window_ = window
        self.store, self.profile = window.store, window.profile
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Sicherungen"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.info)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels([self.tr("Angelegt"), self.tr("Größe")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.message = message_label(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Jetzt sichern"), self)
        self.create_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("Wiederherstellen …"), self)
        self.restore_button.setObjectName("restoreBackup")
        close = QPushButton(self.tr("Schließen"), self)
        row.addWidget(self.create_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.create_button.clicked.connect(self.create_now)
        self.restore_button.clicked.connect(self.restore_selected)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection)
        self.backups: list[backup.Backup] = []
        self.refresh()

    def refresh(self, *, then: Callable[[], None] | None = None) -> None:
        """Read the list and the setting on the worker; fill the table when they arrive."""
        store, db_path = self.store, self.profile.db_path

        def read() -> tuple[list[backup.Backup], int]:
            if not store.is_open:
                return [], 0
            return backup.list_backups(db_path), settings.BACKUP_KEEP.get(store)

        def show(found: tuple[list[backup.Backup], int]) -> None:
            self._show(*found)
            if then is not None:
                then()

        op(self, read, on_done=show, message=self.message, label="backups")

    def _show(self, backups: list[backup.Backup], keep: int) -> None:
        self.backups = backups
        self.info.setText(self.tr(
            "KIMdesk legt beim Start täglich eine verschlüsselte Sicherung an und behält die letzten {n} "
            "(Extras → Einstellungen). Ordner: {folder}").format(n=keep, folder=backup.folder_of(self.profile.db_path)))
        self.table.setRowCount(len(self.backups))
        for i, b in enumerate(self.backups):
            self.table.setItem(i, 0, QTableWidgetItem(b.created.strftime("%d.%m.%Y %H:%M:%S")))
            self.table.setItem(i, 1, QTableWidgetItem(_size(b.size)))
        self._selection()

    def _selection(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backup.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def create_now(self) -> None:
        self.create_button.setEnabled(False)

        def done(made) -> None:
            self.create_button.setEnabled(True)
            self.refresh()
            show_message(self.message, None)

        def failed(exc) -> None:
            self.create_button.setEnabled(True)
            show_error(self, exc)

        self.window_.worker.submit(lambda _job: backup.create(self.store), done, failed,
                                   label=self.tr("Sicherung"))

    def restore_selected(self, *, confirm: RestoreDialog | None = None) -> None:
        """Restore the chosen backup on the worker; ``restored`` says where the old database lies."""
        chosen = self.selected()
        if chosen is None:
            return
        dialog = confirm or RestoreDialog(self.profile, chosen, self)
        if confirm is None and dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase.text()
        dialog.passphrase.clear()
        self.restore_button.setEnabled(False)

        def done(kept: Path) -> None:
            def shown() -> None:
                self.info.setText(self.info.text() + "\n" + self.tr(
                    "Wiederhergestellt. Die vorherige Datenbank liegt unter {path}.").format(path=kept))
                self.restored.emit(str(kept))

            show_message(self.message, None)
            self.refresh(then=shown)

        def failed(text: str) -> None:
            self._selection()
            show_message(self.message, text)

        restore_in_window(self.window_, chosen.path, passphrase, on_done=done, on_error=failed)
