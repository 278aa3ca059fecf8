"""The keyring hint (what went wrong, what it means) in the team dialog too, not only at unlock (issue 13)."""

from __future__ import annotations

import keyring

from kimdesk.sync import team as teams
from tests.support.windows_keyring import WinVaultKeyring


def test_a_refused_team_key_is_explained_in_the_team_dialog(qtbot, store, make_store, tmp_path, monkeypatch,
                                                            fail_on_logged_errors):
    """Windows Credential Manager error 1312 while joining: the join succeeds, the dialog says why
    the key is not in the keyring and that it is safe in the encrypted database."""
    from kimdesk.ui.team_dialog import TeamDialog

    created = teams.create(store)
    path = tmp_path / "team.kimdesk"
    teams.export_enrolment(store, path, "Passphrase des Teams für Düren", target=None)
    other = make_store("other")
    keyring.set_keyring(WinVaultKeyring())
    monkeypatch.setenv("KIMDESK_TEST_KEYRING_WINERROR", "1312")
    dialog = TeamDialog(other)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(path))
    dialog.passphrase.setText("Passphrase des Teams für Düren")
    assert dialog.join()
    assert teams.require(other).id == created.id
    text = dialog.message.text()
    assert dialog.message.isVisible() and "1312" in text and "verschlüsselten Datenbank" in text
    fail_on_logged_errors.records.clear()  # the keyring warning the log keeps


def test_no_hint_when_the_keyring_took_the_key(qtbot, store, make_store, tmp_path):
    from kimdesk.store import secrets
    from kimdesk.ui.team_dialog import TeamDialog

    teams.create(store)
    path = tmp_path / "team.kimdesk"
    teams.export_enrolment(store, path, "Passphrase des Teams für Düren", target=None)
    secrets._last_problem[0] = "ein alter Fehler vom Start"  # an earlier problem is not this join's
    dialog = TeamDialog(make_store("other"))
    qtbot.addWidget(dialog)
    dialog.file.setText(str(path))
    dialog.passphrase.setText("Passphrase des Teams für Düren")
    assert dialog.join()
    assert not dialog.message.text()
