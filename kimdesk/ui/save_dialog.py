"""Every "Speichern unter" of a plaintext export: it starts in the export folder (Einstellungen)
and warns before a file with personal data lands in a folder a cloud client synchronises.

The export folder is read on the database worker; the file dialog opens when it arrives and the
chosen path goes to ``then`` (nothing happens, or ``on_cancel()``, when the user cancels)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kimdesk.services.admin import export_paths


def _store(parent: QWidget | None):
    for widget in (parent, parent.window() if parent is not None else None):
        store = getattr(widget, "store", None)
        if store is not None:
            return store
    return None


def confirm_target(parent: QWidget | None, path: Path) -> bool:
    """True to write ``path``; a cloud-synced folder asks first (default: no)."""
    cloud = export_paths.cloud_service(path)
    if cloud is None:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, "KIMdesk", QCoreApplication.translate("SaveDialog", 
        "Der Ordner „{folder}“ wird mit {cloud} abgeglichen. Die Datei enthält personenbezogene Daten und ist "
        "nicht verschlüsselt – sie würde in die Cloud kopiert. Trotzdem hier speichern?").format(
        folder=str(path.parent), cloud=cloud),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("cloudWarning")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _from_start_folder(parent: QWidget | None, then: Callable[[Path], None]) -> None:
    """The export folder (a setting) read on the database worker, then ``then(folder)``."""
    from kimdesk.ui.runner import op

    store = _store(parent)
    if store is None:
        then(export_paths.start_folder(None))
        return
    op(parent, lambda: export_paths.start_folder(store), on_done=then, label="export folder")


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str = "", *,
                  then: Callable[[Path], None], on_cancel: Callable[[], None] | None = None) -> None:
    """Ask for the file to write (``suffix`` added when missing); ``then(path)`` once chosen and confirmed."""

    def ask(start: Path) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start / suggested), filters)
        path = Path(chosen) if chosen else None
        if path is not None and suffix and path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        if path is not None and confirm_target(parent, path):
            then(path)
        elif on_cancel is not None:
            on_cancel()

    _from_start_folder(parent, ask)


def ask_folder(parent: QWidget | None, title: str, *, then: Callable[[Path], None]) -> None:
    """Ask for a folder to write into; ``then(folder)`` once chosen and confirmed."""

    def ask(start: Path) -> None:
        folder = QFileDialog.getExistingDirectory(parent, title, str(start))
        if folder and confirm_target(parent, Path(folder) / "x"):
            then(Path(folder))

    _from_start_folder(parent, ask)
