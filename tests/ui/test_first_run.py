"""The first-run wizard, driven as a counsellor would on a clean account: profile, team, share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from kimdesk.services.admin.first_run import Step
from kimdesk.store import secrets
from kimdesk.store.keyfile import KeyFile
from kimdesk.store.profile import Profile, keyring_name
from kimdesk.sync import service
from kimdesk.sync import team as teams
from kimdesk.ui import pages
from kimdesk.ui.start import FirstRunDialog

PASS = "Im Kreishaus gibt es dienstags Suppe"


def wizard(qtbot, data_dir: Path) -> FirstRunDialog:
    wiz = FirstRunDialog(Profile(data_dir, "default"))
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def click(qtbot, wiz: FirstRunDialog, button: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wiz.button(button), Qt.MouseButton.LeftButton)


def through_passphrase(qtbot, wiz: FirstRunDialog, passphrase: str = PASS) -> None:
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.PASSPHRASE
    page = wiz.passphrase_page
    commit = wiz.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(page.passphrase, "kurz")
    assert "zu kurz" in page.strength.text() and not commit.isEnabled()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    assert page.strength.text() in ("gut", "sehr gut")
    qtbot.keyClicks(page.repeat, passphrase[:-1] + "x")
    assert "stimmen nicht" in page.message.text() and not commit.isEnabled()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, passphrase)
    assert commit.isEnabled() and page.remember.isChecked()  # the test keyring counts as secure
    click(qtbot, wiz, QWizard.WizardButton.CommitButton)
    assert wiz.step() is Step.TEAM and wiz.store is not None and wiz.profile.exists()


def test_create_profile_and_team_with_a_folder_share(qtbot, data_dir, tmp_path):
    share = tmp_path / "kim-sync"
    share.mkdir()
    wiz = wizard(qtbot, data_dir)
    through_passphrase(qtbot, wiz)
    key_id = keyring_name(KeyFile.load(wiz.profile.key_path).profile_id)
    assert secrets.get(key_id)  # remembered in the keyring
    qtbot.mouseClick(wiz.team_page.create, Qt.MouseButton.LeftButton)
    assert not wiz.team_page.join_box.isEnabled()
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.SHARE
    page = wiz.share_page
    # a folder that is not there: said so, and the wizard stays
    qtbot.keyClicks(page.target, str(tmp_path / "nicht-da"))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.checking())  # off the UI thread
    assert "nicht erreichbar" in page.result.text()
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.SHARE and page.message.isVisible()
    assert not page.password_row.isVisible()
    page.target.setText("smb://anna@fs.kreis.local/kim/sync")
    assert not page.password_row.isHidden()
    page.target.setText(str(share))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.checking())  # off the UI thread
    assert "leer" in page.result.text()
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.DONE
    summary = wiz.done_page.summary.text()
    assert str(share) in summary and "Team gegründet" in summary
    click(qtbot, wiz, QWizard.WizardButton.FinishButton)
    assert wiz.result() == QWizard.DialogCode.Accepted
    store = wiz.store
    assert teams.current(store) is not None and service.configured_target(store) == str(share)
    report = service.run(store)  # the share works: the first round sets it up
    assert report.complete and (share / "kimdesk-sync.info").exists()
    store.close()


def test_join_a_team_with_an_enrolment_file(qtbot, data_dir, tmp_path, make_store):
    share = tmp_path / "kim-sync"
    share.mkdir()
    first = make_store("first")
    created = teams.create(first)
    service.save_target(first, str(share))
    assert service.run(first).complete
    enrolment = tmp_path / "team.kimdesk"
    teams.export_enrolment(first, enrolment, "Passphrase des Teams", target=str(share), memory_kib=1024,
                           iterations=1)

    wiz = wizard(qtbot, data_dir)
    through_passphrase(qtbot, wiz)
    page = wiz.team_page
    assert page.join.isChecked()
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.TEAM and "Anmeldedatei" in page.message.text()
    page.enrolment.setText(str(enrolment))
    qtbot.keyClicks(page.team_passphrase, "falsche Passphrase")
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.TEAM and "Falsche Passphrase" in page.message.text()
    page.team_passphrase.clear()
    qtbot.keyClicks(page.team_passphrase, "Passphrase des Teams")
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.SHARE
    assert wiz.share_page.target.text() == str(share)  # the enrolment file brought the folder
    qtbot.mouseClick(wiz.share_page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wiz.share_page.checking())  # off the UI thread
    assert "Sync-Ordner Ihres Teams" in wiz.share_page.result.text()
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert "beigetreten" in wiz.done_page.summary.text()
    click(qtbot, wiz, QWizard.WizardButton.FinishButton)
    store = wiz.store
    assert teams.require(store).id == created.id
    assert service.run(store).complete
    store.close()


def test_a_share_of_another_team_is_refused(qtbot, data_dir, tmp_path, make_store):
    share = tmp_path / "fremd"
    share.mkdir()
    other = make_store("other")
    teams.create(other)
    service.run(other, str(share))
    wiz = wizard(qtbot, data_dir)
    through_passphrase(qtbot, wiz)
    qtbot.mouseClick(wiz.team_page.create, Qt.MouseButton.LeftButton)
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    wiz.share_page.target.setText(str(share))
    click(qtbot, wiz, QWizard.WizardButton.NextButton)  # Weiter checks first (off the UI thread)
    qtbot.waitUntil(lambda: not wiz.share_page.checking())
    assert wiz.step() is Step.SHARE and "anderen Team" in wiz.share_page.result.text()
    assert wiz.share_page.message.isVisible()
    assert service.configured_target(wiz.store) is None
    wiz.share_page.target.clear()  # later, then
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.DONE and "Synchronisation" in wiz.done_page.summary.text()
    wiz.store.close()


def test_demo_profile_is_one_click_away(qtbot, data_dir):
    wiz = wizard(qtbot, data_dir)
    qtbot.mouseClick(wiz.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert wiz.demo and wiz.result() == QWizard.DialogCode.Accepted
    assert wiz.store is None and not data_dir.exists()


def test_no_keyring_means_no_remember_box(qtbot, data_dir, monkeypatch):
    monkeypatch.setattr(secrets, "backend", lambda: None)
    wiz = wizard(qtbot, data_dir)
    wiz.next()
    assert not wiz.passphrase_page.remember.isEnabled() and not wiz.passphrase_page.remember.isChecked()
    wiz.passphrase.setText(PASS)
    wiz.repeat.setText(PASS)
    wiz.next()
    assert wiz.step() is Step.TEAM and not wiz.setup.remembered
    wiz.team_page.later.setChecked(True)
    wiz.next()
    assert wiz.step() is Step.DONE and "bei jedem Start" in wiz.done_page.summary.text()
    wiz.store.close()


def test_weak_passphrases_are_named_and_cannot_create_the_profile(qtbot, data_dir):
    wiz = wizard(qtbot, data_dir)
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    page = wiz.passphrase_page
    commit = wiz.button(QWizard.WizardButton.CommitButton)
    for weak, why in (("kimdesk-demo", "naheliegendes Wort"), ("password", "häufiges Passwort"),
                      ("abcdefghij", "Folge"), ("aaaaaaaaaa", "Wiederholungen")):
        page.passphrase.clear()
        page.repeat.clear()
        qtbot.keyClicks(page.passphrase, weak)
        qtbot.keyClicks(page.repeat, weak)
        assert page.strength.text().startswith("zu schwach") and why in page.strength.text(), weak
        assert not commit.isEnabled(), weak
    assert not Profile(data_dir, "default").exists()


def test_enter_on_the_welcome_page_goes_on_with_the_setup_not_into_the_demo(qtbot, data_dir):
    """Seen at 1366×768 with the keyboard alone: the demo button, the page's first button, had the
    focus, and Enter opened the demo profile. Weiter has it now; the demo is a Tab away."""
    from PySide6.QtWidgets import QApplication

    wiz = wizard(qtbot, data_dir)
    demo = []
    wiz.welcome.demo_button.clicked.connect(lambda: demo.append(1))
    nxt = wiz.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is nxt, timeout=2000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wiz.step() is Step.PASSPHRASE, timeout=2000)
    assert demo == [] and not wiz.demo
    click(qtbot, wiz, QWizard.WizardButton.BackButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is nxt, timeout=2000)  # again when it comes back
    for _ in range(6):  # the demo is reached with Tab, and Space opens it
        if QApplication.focusWidget() is wiz.welcome.demo_button:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wiz.welcome.demo_button
    QTest.keyClick(wiz.welcome.demo_button, Qt.Key.Key_Space)
    assert demo == [1] and wiz.demo


def checking_a_silent_server(qtbot, data_dir, port: int):
    """A new team's wizard on its share step, checking an SMB server at ``port`` (one that never answers)."""
    wiz = wizard(qtbot, data_dir)
    through_passphrase(qtbot, wiz)
    qtbot.mouseClick(wiz.team_page.create, Qt.MouseButton.LeftButton)
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    page = wiz.share_page
    page.target.setText(f"smb://anna@127.0.0.1:{port}/kim/sync")
    page.smb_password.setText("geheim")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    return wiz, page


def test_an_unreachable_server_never_freezes_the_wizard(qtbot, data_dir, monkeypatch):
    """A server that accepts the connection and then says nothing: the check runs off the UI
    thread, the wizard keeps answering, and after the wizard's time limit it says so."""
    import socket

    from kimdesk.ui import first_run_pages

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts (in the kernel's backlog) and never answers
    port = silent.getsockname()[1]
    monkeypatch.setattr(first_run_pages, "SHARE_CHECK_SECONDS", 1)
    try:
        wiz, page = checking_a_silent_server(qtbot, data_dir, port)
        assert page.checking() and "geprüft" in page.result.text()  # back at once: the UI thread is free
        assert not page.check_button.isEnabled()
        qtbot.waitUntil(lambda: "Keine Antwort" in page.result.text(), timeout=5000)
        assert not page.checking() and page.check_button.isEnabled() and wiz.step() is Step.SHARE
        page.target.clear()  # later, then
        click(qtbot, wiz, QWizard.WizardButton.NextButton)
        assert wiz.step() is Step.DONE
        wiz.store.close()
    finally:
        silent.close()


def test_a_wizard_closed_while_the_share_check_waits_ignores_the_late_answer(qtbot, data_dir):
    """The counsellor closes the wizard while a silent server keeps the check waiting; when the
    server finally gives up (here: closes), the check's thread answers a deleted page. The answer
    is dropped: no crash (a CI worker once died here), no error from a deleted widget."""
    import socket
    import threading

    import shiboken6

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        wiz, page = checking_a_silent_server(qtbot, data_dir, silent.getsockname()[1])
        checks = [t for t in threading.enumerate() if t.name == "kimdesk-share-check"]
        assert len(checks) == 1 and page.checking()
        wiz.store.close()
        wiz.close()
        shiboken6.delete(wiz)
        assert not shiboken6.isValid(page)
    finally:
        silent.close()  # the connection waiting in its backlog is reset: the check answers now
    checks[0].join(timeout=30)
    assert not checks[0].is_alive()
    qtbot.wait(50)  # the answer's turn on the UI thread: dropped (pytest-qt fails on an error there)


def founding(qtbot, data_dir, choice: str) -> FirstRunDialog:
    """Through the passphrase to "Ein neues Team gründen" with the catalogue ``choice`` picked."""
    from kimdesk.services.clients_intake import agencies

    wiz = wizard(qtbot, data_dir)
    through_passphrase(qtbot, wiz)
    page = wiz.team_page
    assert not page.catalogue_box.isEnabled()  # joining: the team's catalogue comes with the team
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert page.catalogue_box.isEnabled()
    assert agencies.list_agencies(wiz.store)  # the seed, until the team decides
    page.catalogue.setCurrentIndex(page.catalogue.findData(choice))
    return wiz


def test_a_new_team_can_start_with_an_empty_agency_catalogue(qtbot, data_dir):
    from kimdesk.services.clients_intake import agencies

    wiz = founding(qtbot, data_dir, "empty")
    assert not wiz.team_page.catalogue_csv.isVisible()
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.SHARE and agencies.list_agencies(wiz.store) == []
    assert wiz.setup.catalogue_csv is None
    wiz.store.close()


def test_a_new_team_can_start_with_the_generic_nrw_template(qtbot, data_dir):
    """The default for a new team: the kinds of office of a Kreis in NRW, nobody's addresses."""
    from kimdesk.services.clients_intake import agencies

    wiz = founding(qtbot, data_dir, "nrw_kreis")
    assert wiz.team_page.catalogue.currentIndex() == 0  # the first offer, and the default
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.SHARE
    rows = agencies.list_agencies(wiz.store)
    kinds = {r.kind for r in rows}
    assert {"Jobcenter", "Ausländerbehörde", "Jugendamt", "Sozialamt", "Leistungsbehörde", "Wohngeldstelle",
            "Kommunales Integrationszentrum"} <= kinds
    assert not any("Aachen" in r.name for r in rows)
    assert all(not r.municipalities and not r.phone and not r.address for r in rows)
    wiz.store.close()


def test_a_new_team_can_keep_the_aachen_example(qtbot, data_dir):
    from kimdesk.services.clients_intake import agencies

    wiz = founding(qtbot, data_dir, "staedteregion_aachen")
    before = {r.id for r in agencies.list_agencies(wiz.store)}
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.SHARE and {r.id for r in agencies.list_agencies(wiz.store)} == before
    assert any(r.name == "Jobcenter StädteRegion Aachen" for r in agencies.list_agencies(wiz.store))
    wiz.store.close()


def test_a_new_team_can_start_from_a_csv_file_through_the_import_preview(qtbot, data_dir, tmp_path, worker):
    from kimdesk.services.clients_intake import agencies
    from kimdesk.ui.main_window import MainWindow

    bad = tmp_path / "kaputt.csv"
    bad.write_bytes(b"Foo;Bar\n1;2\n")
    good = tmp_path / "stellen.csv"
    good.write_text("Stelle;Art;Rechtskreis\nJobcenter Kreis Kleve;Jobcenter;SGB II\n"
                    "Ausländerbehörde Kreis Kleve;Ausländerbehörde;AufenthG / AsylG\n", encoding="utf-8")
    wiz = founding(qtbot, data_dir, "csv")
    page = wiz.team_page
    assert page.catalogue_csv.isVisible()
    seeded = len(agencies.list_agencies(wiz.store))
    click(qtbot, wiz, QWizard.WizardButton.NextButton)  # no file chosen: says so, stays
    assert wiz.step() is Step.TEAM and "CSV-Datei" in page.message.text()
    page.catalogue_csv.setText(str(bad))
    click(qtbot, wiz, QWizard.WizardButton.NextButton)  # not a catalogue: says why, nothing changed
    assert wiz.step() is Step.TEAM and "Name" in page.message.text()
    assert teams.current(wiz.store) is None and len(agencies.list_agencies(wiz.store)) == seeded
    page.catalogue_csv.setText(str(tmp_path / "fehlt.csv"))
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.TEAM and "nicht lesbar" in page.message.text()
    page.catalogue_csv.setText(str(good))
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.step() is Step.SHARE and agencies.list_agencies(wiz.store) == []
    assert wiz.setup.catalogue_csv == good
    # the window opens the agencies page's import preview with that file (as app.run does)
    window = MainWindow(wiz.store, worker=worker)
    window.skip_close_check = True
    qtbot.addWidget(window)
    window.import_agency_catalogue(wiz.setup.catalogue_csv)
    dialog = pages.real(window.agencies_page).import_dialog
    qtbot.addWidget(dialog)
    assert window.current_page() == "agencies" and "2 neu" in dialog.summary.text()
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Übernehmen
    assert sorted(a.name for a in agencies.list_agencies(wiz.store)) == ["Ausländerbehörde Kreis Kleve",
                                                                       "Jobcenter Kreis Kleve"]
    wiz.store.close()


def test_profile_and_team_are_made_off_the_ui_thread_while_the_wizard_waits(qtbot, data_dir, monkeypatch,
                                                                           default_runner):
    """A real database worker: "Profil anlegen" and the team's "Weiter" return at once, the buttons wait
    with a busy line, and the wizard goes on by itself when the job is done (Enter = Weiter too)."""
    import threading

    from kimdesk.services.admin import first_run
    from kimdesk.ui import runner
    from kimdesk.ui.worker import DbWorker

    threads: dict[str, threading.Thread] = {}
    gate = threading.Event()
    real_create, real_team = first_run.Setup.create_profile, first_run.Setup.set_up_team

    def create(self, *args, **kwargs):
        threads["profile"] = threading.current_thread()
        gate.wait(20)  # held until the test has seen the wizard waiting
        return real_create(self, *args, **kwargs)

    def team(self, *args, **kwargs):
        threads["team"] = threading.current_thread()
        return real_team(self, *args, **kwargs)

    monkeypatch.setattr(first_run.Setup, "create_profile", create)
    monkeypatch.setattr(first_run.Setup, "set_up_team", team)
    worker = DbWorker()
    runner.set_default(worker)
    try:
        wiz = wizard(qtbot, data_dir)
        click(qtbot, wiz, QWizard.WizardButton.NextButton)
        page = wiz.passphrase_page
        qtbot.keyClicks(page.passphrase, PASS)
        qtbot.keyClicks(page.repeat, PASS)
        commit = wiz.button(QWizard.WizardButton.CommitButton)
        qtbot.keyClick(page.repeat, Qt.Key.Key_Return)  # Enter = Profil anlegen
        assert wiz.step() is Step.PASSPHRASE and page.running
        assert not commit.isEnabled() and not wiz.button(QWizard.WizardButton.CancelButton).isEnabled()
        assert page.message.text() == "Profil wird angelegt …"
        wiz.reject()  # Escape waits too: the profile is half made
        assert wiz.isVisible()
        gate.set()
        qtbot.waitUntil(lambda: wiz.step() is Step.TEAM, timeout=20000)
        assert wiz.store is not None and not page.running and page.passphrase.text() == ""
        assert wiz.button(QWizard.WizardButton.CancelButton).isEnabled()
        qtbot.mouseClick(wiz.team_page.create, Qt.MouseButton.LeftButton)
        click(qtbot, wiz, QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda: wiz.step() is Step.SHARE, timeout=20000)
        assert threads["profile"] is not threading.main_thread() and threads["team"] is not threading.main_thread()
        wiz.store.close()
    finally:
        runner.set_default(default_runner)
        worker.shutdown()


def test_a_failed_team_step_off_the_ui_thread_shows_its_line_and_stays(qtbot, data_dir, tmp_path, default_runner):
    from kimdesk.ui import runner
    from kimdesk.ui.worker import DbWorker

    worker = DbWorker()
    runner.set_default(worker)
    try:
        wiz = wizard(qtbot, data_dir)
        through_passphrase_waiting(qtbot, wiz)
        wiz.team_page.enrolment.setText(str(tmp_path / "fehlt.kimdesk"))
        wiz.team_page.team_passphrase.setText("egal")
        click(qtbot, wiz, QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda: not wiz.team_page.running, timeout=20000)
        assert wiz.step() is Step.TEAM and wiz.team_page.message.isVisible()
        assert wiz.team_page.message.text() not in ("", "Team wird eingerichtet …")
        assert "Interner Fehler" not in wiz.team_page.message.text()
        assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()
        wiz.store.close()
    finally:
        runner.set_default(default_runner)
        worker.shutdown()


def through_passphrase_waiting(qtbot, wiz: FirstRunDialog) -> None:
    click(qtbot, wiz, QWizard.WizardButton.NextButton)
    wiz.passphrase_page.passphrase.setText(PASS)
    wiz.passphrase_page.repeat.setText(PASS)
    click(qtbot, wiz, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wiz.step() is Step.TEAM, timeout=20000)
