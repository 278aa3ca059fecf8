"""Saving exports: the export folder, the warning for cloud-synced folders, and a clear message
when the file is open in another program (issue 18)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kimdesk.services.admin import export_paths, settings
from kimdesk.ui import pages
from kimdesk.ui import save_dialog
from kimdesk.ui.messages import describe


@pytest.mark.parametrize(("path", "cloud"), [
    ("C:/Users/anna/OneDrive - StädteRegion Aachen/Dokumente/liste.csv", "OneDrive"),
    ("/home/anna/Nextcloud/KIM/liste.csv", "Nextcloud"),
    ("/home/anna/Dropbox/x.pdf", "Dropbox"),
    ("/Users/anna/Library/Mobile Documents/iCloud Drive/x.pdf", "iCloud Drive"),
    ("/home/anna/Dokumente/KIM/liste.csv", None),
    ("/home/anna/onedrive-notes.txt", None),  # a file called so is no sync folder
])
def test_cloud_folders_are_recognised(path, cloud):
    assert export_paths.cloud_service(path) == cloud


def test_save_dialogs_start_in_the_export_folder(store, tmp_path):
    assert export_paths.start_path(store, "a.pdf") == Path.home() / "a.pdf"
    settings.EXPORT_FOLDER.set(store, str(tmp_path))
    assert export_paths.start_path(store, "a.pdf") == tmp_path / "a.pdf"
    settings.EXPORT_FOLDER.set(store, str(tmp_path / "gone"))  # a folder that is not there (any more)
    assert export_paths.start_folder(store) == Path.home()


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        if button == QMessageBox.StandardButton.No:
            QTest.keyClick(box, Qt.Key.Key_Return)  # the default is "No"
        else:
            box.button(button).click()
    QTimer.singleShot(0, press)


def test_a_cloud_folder_asks_first_and_no_is_the_default(qtbot, tmp_path):
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.No, seen)
    assert not save_dialog.confirm_target(None, tmp_path / "OneDrive" / "liste.csv")
    assert "OneDrive" in seen[0] and "nicht verschlüsselt" in seen[0]
    _answer(QMessageBox.StandardButton.Yes, seen)
    assert save_dialog.confirm_target(None, tmp_path / "OneDrive" / "liste.csv")
    assert save_dialog.confirm_target(None, tmp_path / "Dokumente" / "liste.csv") and len(seen) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_file_that_cannot_be_written_gives_a_clear_message(qtbot, window, tmp_path):
    from kimdesk.services.schooling import school_entry

    target = tmp_path / "Warteliste.csv"
    target.write_text("alt")
    target.chmod(0o444)  # as a file Excel holds open is for everyone else
    try:
        school_entry.export_csv([], target)
    except OSError as exc:
        message = describe(exc)
    else:
        pytest.fail("the read-only file was overwritten")
    assert "in einem anderen Programm geöffnet" in message and "Warteliste.csv" in message
    assert "Interner Fehler" not in message and "Permission denied" not in message
    # the waiting list says it the same way, in a message box, and the UI goes on
    page = pages.real(window.waiting_page)
    page.export_csv(target)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "errorMessage" and w.isVisible())
    assert "in einem anderen Programm geöffnet" in box.text()
    box.close()


def test_a_windows_sharing_violation_reads_the_same():
    exc = PermissionError(13, "Der Prozess kann nicht auf die Datei zugreifen", "C:/Ausgaben/liste.pdf")
    exc.winerror = 32  # what Windows reports for a file open in another program
    assert "liste.pdf" in describe(exc) and "anderen Programm" in describe(exc)


def test_a_write_into_a_missing_place_is_no_internal_error(qtbot, window, tmp_path):
    not_a_folder = tmp_path / "datei.txt"
    not_a_folder.write_text("x")
    page = pages.real(window.waiting_page)
    page.export_csv(not_a_folder / "Warteliste.csv")  # its "folder" is a file
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "errorMessage" and w.isVisible())
    assert "Warteliste.csv" in box.text() and "Interner Fehler" not in box.text()
    box.close()


def test_agency_csv_import_with_preview(qtbot, window, store, tmp_path):
    from kimdesk.services.clients_intake import agencies

    source = tmp_path / "stellen.csv"
    source.write_text("Stelle;Art;Telefon;Öffnungszeiten\nJugendmigrationsdienst Beispiel;freier Träger;0241 5;Mo\n"
                      "Ohne Nummer;;abc;\n", encoding="utf-8")
    window.show_page("agencies")
    page = pages.real(window.agencies_page)
    before = len(agencies.list_agencies(store))
    page.import_csv(source)
    dialog = page.import_dialog
    qtbot.addWidget(dialog)
    assert "1 neu" in dialog.summary.text() and "1 mit Fehlern" in dialog.summary.text()
    assert len(agencies.list_agencies(store)) == before  # the preview wrote nothing
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Übernehmen is the default button
    names = [a.name for a in agencies.list_agencies(store)]
    assert len(names) == before + 1 and "Jugendmigrationsdienst Beispiel" in names
    assert window.undo_bar.isVisible()  # and it can be taken back
    qtbot.mouseClick(window.undo_bar.button, Qt.MouseButton.LeftButton)
    assert len(agencies.list_agencies(store)) == before


def test_a_bad_csv_is_said_on_the_page(qtbot, window, store, tmp_path):
    source = tmp_path / "kaputt.csv"
    source.write_bytes(b"Foo;Bar\n1;2\n")
    page = pages.real(window.agencies_page)
    page.import_csv(source)
    assert "Name" in page.message.text()


def test_emptying_the_catalogue_from_the_page_asks_and_can_be_undone(qtbot, window, store):
    from kimdesk.services.clients_intake import agencies

    total = len(agencies.list_agencies(store))
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.No, seen)  # Enter: the default is No
    pages.real(window.agencies_page).empty_catalogue()
    assert seen and len(agencies.list_agencies(store)) == total
    _answer(QMessageBox.StandardButton.Yes, seen)
    pages.real(window.agencies_page).empty_catalogue()
    assert agencies.list_agencies(store) == [] and window.undo_bar.isVisible()
    qtbot.mouseClick(window.undo_bar.button, Qt.MouseButton.LeftButton)
    assert len(agencies.list_agencies(store)) == total


def test_a_sharing_violation_names_the_program_that_holds_the_file(monkeypatch):
    """Windows' Restart Manager (RmGetList) names the application using a file: the message names it."""
    from functools import partial

    from kimdesk import paths
    from kimdesk.ui import messages

    asked = []

    def restart_manager(path):
        asked.append(path)
        return ["Microsoft Excel", "", "Microsoft Excel"]

    monkeypatch.setattr(messages, "programs_holding",
                        partial(paths.programs_holding, platform="win32", lister=restart_manager))
    exc = PermissionError(13, "Der Prozess kann nicht auf die Datei zugreifen", "C:/Ausgaben/liste.csv")
    exc.winerror = 32
    text = describe(exc)
    assert asked == ["C:/Ausgaben/liste.csv"]
    assert "liste.csv" in text and "in Microsoft Excel geöffnet" in text
    exc.winerror = None  # a plain permission problem: no Restart Manager question, the general message
    assert "anderen Programm" in describe(exc) and len(asked) == 1
