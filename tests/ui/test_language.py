"""Language: German by default, English from the settings, pseudo-translation for layout checks."""

from __future__ import annotations

import pytest

from kimdesk import i18n
from kimdesk.services.clients_intake import responsibilities as rs
from kimdesk.services.admin import settings
from kimdesk.ui import i18n as ui_i18n
from kimdesk.ui.app import Shell
from kimdesk.ui.main_window import MainWindow


@pytest.fixture
def restore_language():
    yield
    ui_i18n.uninstall()


def test_switching_to_english_in_the_settings_rebuilds_the_window(qtbot, store, profile, restore_language):
    ui_i18n.install("de")
    shell = Shell(store, profile, label=f"Profil: {profile.name}")
    window = shell.build()  # not handed to qtbot: the switch below closes and deletes it
    window.skip_close_check = True
    assert window.nav.item(0).text() == "Klient:innen"
    from kimdesk.services.clients_intake import clients

    cid = clients.create_client(store, {"given_name": "Olena", "family_name": "Shevchenko"})
    window.open_client(cid)
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: "ui.language" in dialog.editors)  # read on the database worker
    dialog.editors["ui.language"].setCurrentIndex(dialog.editors["ui.language"].findData("en"))
    dialog.save()
    qtbot.waitUntil(lambda: shell.window is not window)  # saved on the worker, then rebuilt
    assert settings.LANGUAGE.get(store) == "en"
    new = shell.window
    new.skip_close_check = True
    qtbot.addWidget(new)
    assert new is not window
    assert new.nav.item(0).text() == "Clients" and new.nav.item(1).text() == "Tasks/follow-ups"
    view = new.record_tab(cid)  # what was open is open again
    assert view is not None and view.tabs.tabText(view.tabs.indexOf(view.needs)) == "Needs and responsibilities"
    qtbot.waitUntil(lambda: view.rec is not None)
    assert rs.status_label("declined") == "declined"  # the core follows through QCoreApplication.translate
    assert new.lock_state() == "unlocked"
    assert new._profile_label.text() == f"Profile: {profile.name}"  # not the German label of before
    qtbot.waitUntil(lambda: new.client_list.count_label.text() == "1 person")


def test_german_plural_forms_in_the_ui(qtbot, store, profile, restore_language, worker):
    ui_i18n.install("de")
    window = MainWindow(store, profile=profile, worker=worker)
    window.skip_close_check = True
    qtbot.addWidget(window)
    from kimdesk.services.clients_intake import clients

    clients.create_client(store, {"given_name": "A", "family_name": "B"})
    window.client_list.reload()
    assert window.client_list.count_label.text() == "1 Person"
    clients.create_client(store, {"given_name": "C", "family_name": "D"})
    window.client_list.reload()
    assert window.client_list.count_label.text() == "2 Personen"


def test_pseudo_translation_stretches_texts_and_keeps_placeholders(qtbot, store, profile, monkeypatch,
                                                                  restore_language, worker):
    monkeypatch.setenv("KIMDESK_PSEUDO", "1")
    ui_i18n.install("de")
    window = MainWindow(store, profile=profile, worker=worker)
    window.skip_close_check = True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    label = window.nav.item(0).text()
    assert label.startswith("[") and len(label) > len("Klient:innen") * 1.2
    window.set_sync_state("ok")
    assert "ok" in window.sync_state() and "{state}" not in window.sync_state()
    assert i18n.translate("Dates", "Das Jahr {year} ist nicht plausibel.").count("{year}") == 1
