"""Showing errors: a one-line message for errors a user can act on, a short notice for bugs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kimdesk.errors import KimdeskError

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    if isinstance(exc, KimdeskError):
        return str(exc)
    log.error("internal error %s", type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate("Messages", "Interner Fehler ({kind}). Es wurde nichts gespeichert; "
                                      "Details stehen im Protokoll.").format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Non-blocking message box (``open``), so a lock can hide it without losing anything."""
    box = QMessageBox(QMessageBox.Icon.Warning, "KIMdesk", describe(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.open()


def show_notice(parent: QWidget | None, text: str) -> None:
    """Non-blocking notice of something the user should know that is not an error."""
    box = QMessageBox(QMessageBox.Icon.Information, "KIMdesk", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notice")
    box.open()
