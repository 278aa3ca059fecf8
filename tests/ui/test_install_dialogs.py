"""Backups, About and the team dialog from the menus, as a counsellor uses them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kimdesk import __version__
from kimdesk.services.admin import backup, settings
from kimdesk.services.clients_intake import clients, search
from kimdesk.sync import service
from kimdesk.sync import team as teams
from kimdesk.ui.backups_dialog import RestoreDialog
from kimdesk.ui.settings_dialog import SettingsDialog
from tests.support.stores import PASSPHRASE


def names(store) -> list[str]:
    return sorted(n for n in ("Vorsicherung", "Nachsicherung")
                  if any(h.family_name == n for h in search.search(store, n)))


def test_backup_now_and_restore_from_the_app(qtbot, window, store, profile):
    clients.create_client(store, {"given_name": "Quirin", "family_name": "Vorsicherung"})
    window.findChild(type(window.backups_action), "backups").trigger()
    dialog = window.findChild(QDialog, "backupsDialog")
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    later = clients.create_client(store, {"given_name": "Nora", "family_name": "Nachsicherung"})
    window.open_client(later)
    assert len(window.tabs()) == 1
    old_device = store.device_id
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()

    confirm = RestoreDialog(profile, dialog.selected(), dialog)
    qtbot.addWidget(confirm)
    qtbot.keyClicks(confirm.passphrase, "nicht die Passphrase")
    confirm.confirm()
    assert confirm.result() != QDialog.DialogCode.Accepted and "Passphrase" in confirm.message.text()
    assert names(store) == ["Nachsicherung", "Vorsicherung"]  # nothing changed
    confirm.passphrase.setText(PASSPHRASE)
    confirm.confirm()
    assert confirm.result() == QDialog.DialogCode.Accepted
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        dialog.restore_selected(confirm=confirm)
    kept = Path(restored.args[0])
    assert kept.exists()
    assert store.is_open and store.device_id != old_device  # the same Store, reopened, a new device
    assert names(store) == ["Vorsicherung"]
    assert window.tabs() == [] and not window.locker.is_locked
    assert window.client_list.model.rowCount() >= 1
    assert dialog.isVisible() and "Wiederhergestellt" in dialog.info.text()
    assert confirm.passphrase.text() == ""


def test_keep_last_n_is_a_setting(qtbot, window, store):
    dialog = SettingsDialog(store, window)
    qtbot.addWidget(dialog)
    spin = dialog.editors[settings.BACKUP_KEEP.key]
    assert spin.value() == 7
    spin.setValue(2)
    dialog.save()
    assert settings.BACKUP_KEEP.get(store) == 2
    from datetime import datetime, timedelta

    for day in range(4):
        backup.create(store, now=datetime(2026, 5, 1, 8) + timedelta(days=day))
    assert len(backup.list_backups(store.path)) == 2


def test_about_shows_version_qt_libraries_and_places(qtbot, window, profile):
    from PySide6.QtCore import qVersion

    window.about_action.trigger()
    dialog = window.findChild(QDialog, "aboutDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.heading.text()
    assert f"KIMdesk {__version__}" in text and qVersion() in text
    rows = {dialog.libraries.item(i, 0).text(): dialog.libraries.item(i, 2).text()
            for i in range(dialog.libraries.rowCount())}
    assert rows["Qt / PySide6"] == "LGPL-3.0-only" and "SQLAlchemy" in rows
    assert str(profile.dir) in dialog.places.text()
    assert "Hilfe" in [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_team_dialog_writes_the_enrolment_and_another_laptop_joins(qtbot, window, store, make_store, tmp_path):
    from kimdesk.ui.team_dialog import TeamDialog

    created = teams.create(store)
    service.save_target(store, str(tmp_path))
    window.team_action.trigger()
    dialog = window.findChild(QDialog, "teamDialog")
    assert created.id in dialog.status.text() and dialog.export_button.isVisible()
    path = tmp_path / "team.kimdesk"
    dialog.file.setText(str(path))
    dialog.passphrase.setText("Passphrase des Teams")
    dialog.repeat.setText("Passphrase des Teamx")
    assert not dialog.export() and "stimmen nicht" in dialog.message.text() and not path.exists()
    dialog.passphrase.setText("Passphrase des Teams")
    dialog.repeat.setText("Passphrase des Teams")
    assert dialog.export() and path.exists()
    other = make_store("other")
    joining = TeamDialog(other)
    qtbot.addWidget(joining)
    joining.show()
    assert joining.join_button.isVisible() and not joining.export_button.isVisible()
    assert dialog.join_button.isVisible() and "Neue Anmeldedatei" in dialog.join_button.text()
    joining.file.setText(str(path))
    joining.passphrase.setText("Passphrase des Teams")
    assert joining.join()
    assert teams.require(other).id == created.id and service.configured_target(other) == str(tmp_path)
