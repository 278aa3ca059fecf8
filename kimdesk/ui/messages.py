"""Showing errors: a one-line message for errors a user can act on, a short notice for bugs."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kimdesk.errors import KimdeskError
from kimdesk.paths import programs_holding

log = logging.getLogger(__name__)


SHARING_VIOLATION = (32, 33)  # Windows: the file is open in another program (ERROR_SHARING/LOCK_VIOLATION)


def file_problem(exc: OSError) -> str:
    """Writing a file went wrong: say what a person can do about it, not "Zugriff verweigert"."""
    name = Path(exc.filename).name if exc.filename else ""
    if (getattr(exc, "winerror", None) in SHARING_VIOLATION or isinstance(exc, PermissionError)
            or exc.errno in (errno.EBUSY, errno.ETXTBSY, errno.EACCES, errno.EROFS)):
        holders = programs_holding(exc.filename) if getattr(exc, "winerror", None) in SHARING_VIOLATION else []
        if holders:
            return QCoreApplication.translate("Messages", "Die Datei „{name}“ ist in {programs} geöffnet. Bitte dort "
                                              "schließen und noch einmal speichern – oder einen anderen Namen "
                                              "wählen.").format(name=name, programs=", ".join(holders))
        return QCoreApplication.translate("Messages", "Die Datei „{name}“ ist in einem anderen Programm geöffnet (z. B. "
                                          "Excel oder ein PDF-Betrachter) oder schreibgeschützt. Bitte dort schließen "
                                          "und noch einmal speichern – oder einen anderen Namen wählen.").format(name=name)
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("Messages", "Auf dem Datenträger ist kein Platz mehr für „{name}“.").format(
            name=name)
    if exc.errno == errno.ENOENT:
        return QCoreApplication.translate("Messages", "Den Ordner für „{name}“ gibt es nicht (mehr).").format(name=name)
    return QCoreApplication.translate("Messages", "„{name}“ konnte nicht geschrieben werden ({reason}).").format(
        name=name, reason=exc.strerror or type(exc).__name__)


def describe(exc: BaseException) -> str:
    if isinstance(exc, KimdeskError):
        return str(exc)
    if isinstance(exc, OSError) and exc.filename:
        return file_problem(exc)
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
