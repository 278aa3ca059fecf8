"""Founding a team in the team dialog offers the wizard's catalogue choice: a template, empty, or a
CSV file whose import preview opens in the window; a bad file founds nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kimdesk.services.clients_intake import agencies
from kimdesk.services.admin.first_run import CSV
from kimdesk.sync import team
from kimdesk.ui import pages


def _choose(dialog, key: str) -> None:
    dialog.catalogue.setCurrentIndex(dialog.catalogue.findData(key))


def test_founding_with_a_template_starts_the_catalogue_with_it(qtbot, window, store):
    dialog = window.open_team()
    qtbot.addWidget(dialog)
    assert dialog.catalogue.isVisible() and not dialog.csv_file.isVisible()
    _choose(dialog, "nrw_kreisfreie_stadt")
    assert dialog.create()
    names = {a.name for a in agencies.list_agencies(store)}
    assert team.current(store) is not None and "Jugendamt der Stadt" in names
    assert "Jobcenter StädteRegion Aachen" not in names
    assert not dialog.catalogue.isVisible()  # a team exists: nothing more to choose


def test_founding_with_a_csv_file_opens_the_import_preview(qtbot, window, store, tmp_path):
    source = tmp_path / "stellen.csv"
    source.write_text("Stelle;Telefon\nJobcenter Kreis Kleve;02821 1\n", encoding="utf-8")
    dialog = window.open_team()
    qtbot.addWidget(dialog)
    _choose(dialog, CSV)
    assert dialog.csv_file.isVisible() and dialog.csv_browse.isVisible()
    dialog.csv_file.setText(str(source))
    assert dialog.create()
    assert team.current(store) is not None and agencies.list_agencies(store) == []  # nothing before "Übernehmen"
    qtbot.waitUntil(lambda: pages.real(window.agencies_page).import_dialog is not None
                    and pages.real(window.agencies_page).import_dialog.isVisible())
    preview = pages.real(window.agencies_page).import_dialog
    preview.apply_button.click()  # "Übernehmen"
    qtbot.waitUntil(lambda: {a.name for a in agencies.list_agencies(store)} == {"Jobcenter Kreis Kleve"})
    assert preview.result() == QDialog.DialogCode.Accepted


def test_a_bad_csv_file_founds_no_team(qtbot, window, store, tmp_path):
    bad = tmp_path / "kaputt.csv"
    bad.write_bytes(b"\x00\xff\xfe" * 100)
    before = {a.id for a in agencies.list_agencies(store)}
    dialog = window.open_team()
    qtbot.addWidget(dialog)
    _choose(dialog, CSV)
    dialog.csv_file.setText(str(bad))
    assert not dialog.create()
    assert dialog.message.isVisible() and dialog.message.text()
    assert team.current(store) is None and {a.id for a in agencies.list_agencies(store)} == before
    assert dialog.catalogue.isVisible()
