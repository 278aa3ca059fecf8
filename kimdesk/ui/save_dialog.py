"""Every "Speichern unter" of a plaintext export: it starts in the export folder (Einstellungen)
and warns before a file with personal data lands in a folder a cloud client synchronises."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kimdesk.services import export_paths


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


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str = "") -> Path | None:
    """The file to write (``suffix`` added when missing), or None when cancelled or not confirmed."""
    start = export_paths.start_path(_store(parent), suggested)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not chosen:
        return None
    path = Path(chosen)
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path if confirm_target(parent, path) else None


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    start = export_paths.start_folder(_store(parent))
    folder = QFileDialog.getExistingDirectory(parent, title, str(start))
    if not folder:
        return None
    path = Path(folder)
    return path if confirm_target(parent, path / "x") else None
