"""Starting the app: first-run wizard, unlock dialog (retry on a wrong passphrase), --demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kimdesk.store.profile import Profile, init_profile
from kimdesk.ui import app as app_module
from kimdesk.ui.start import UnlockDialog
from tests.support.cli import run_subprocess
from tests.support.stores import PASSPHRASE


class Ctx:
    def __init__(self, profile: Profile, env_passphrase: str | None = None):
        self.profile = profile
        self._env = env_passphrase

    def passphrase_from_env(self):
        return self._env


def _when_dialog(qtbot, act):
    """Run ``act(dialog)`` once the modal dialog is up (it runs its own event loop)."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            act(dialog)
    QTimer.singleShot(20, poll)


def test_unlock_dialog_retries_after_a_wrong_passphrase(qtbot, profile):
    dialog = UnlockDialog(profile)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "falsch falsch")
    dialog.unlock()
    assert dialog.store is None and not dialog.message.isHidden() and "Passphrase" in dialog.message.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.unlock()
    assert dialog.store is not None and dialog.store.is_open
    dialog.store.close()


def test_start_without_keyring_shows_the_unlock_dialog(qtbot, profile):
    seen = {}

    def act(dialog):
        seen["name"] = dialog.objectName()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock()

    _when_dialog(qtbot, act)
    store, opened = app_module._open_profile(Ctx(profile), QApplication.instance())
    assert seen["name"] == "unlockDialog" and store.is_open and opened == profile
    store.close()


def test_start_on_a_new_data_dir_shows_the_first_run_wizard(qtbot, data_dir):
    def act(dialog):
        assert dialog.objectName() == "firstRun"
        dialog.next()
        dialog.passphrase.setText("neue Passphrase 1")
        dialog.repeat.setText("neue Passphrase 1")
        dialog.next()  # the profile is created here
        dialog.team_page.later.setChecked(True)
        dialog.next()
        dialog.accept()

    _when_dialog(qtbot, act)
    store, profile = app_module._open_profile(Ctx(Profile(data_dir, "default")), QApplication.instance())
    assert profile.exists() and store.is_open
    store.close()


def test_the_demo_is_one_click_from_the_first_run_wizard(qtbot, data_dir):
    def act(dialog):
        qtbot.mouseClick(dialog.welcome.demo_button, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, act)
    profile = Profile(data_dir, "default")
    assert app_module._open_profile(Ctx(profile), QApplication.instance()) == app_module.DEMO
    assert not profile.exists() and not data_dir.exists()


def test_keyring_start_needs_no_dialog(qtbot, data_dir):
    profile = Profile(data_dir, "default")
    init_profile(profile, "eine lange Passphrase", remember=True).close()
    store, _ = app_module._open_profile(Ctx(profile), QApplication.instance())
    assert store.is_open and QApplication.activeModalWidget() is None
    store.close()


def test_gui_demo_opens_the_main_window_and_exits_zero(tmp_path):
    result = run_subprocess("gui", "--demo", "--demo-clients", "20", "--exit-when-shown", timeout=120)
    assert result.code == 0, result.err
    assert "KIMDESK_SHOWN" in result.out
    assert not any(p.name.startswith("kimdesk-demo-") for p in tmp_path.rglob("*"))  # the demo is cleaned up


def test_lock_screen_offers_the_keyring_when_it_holds_the_key(qtbot, data_dir, worker):
    from kimdesk.ui.main_window import MainWindow

    profile = Profile(data_dir, "default")
    store = init_profile(profile, "eine lange Passphrase", remember=True)
    win = MainWindow(store, profile=profile, worker=worker)
    win.skip_close_check = True
    qtbot.addWidget(win)
    win.show()
    win.lock()
    assert win.lock_screen.keyring_button.isVisible()
    qtbot.mouseClick(win.lock_screen.keyring_button, Qt.MouseButton.LeftButton)
    assert not win.locker.is_locked and store.is_open
    store.close()


def test_a_keyring_error_at_start_is_explained_in_the_unlock_dialog(
        qtbot, profile, monkeypatch, fail_on_logged_errors):
    """Windows Credential Manager error 1312 (no logon session: remote session, scheduled task) at start:
    the app does not crash, asks for the passphrase and says why the keyring did not open the profile."""
    import keyring

    from tests.support.windows_keyring import WinVaultKeyring

    keyring.set_keyring(WinVaultKeyring())
    monkeypatch.setenv("KIMDESK_TEST_KEYRING_WINERROR", "1312")
    seen = {}

    def act(dialog):
        seen["message"] = dialog.message.text()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock()

    _when_dialog(qtbot, act)
    store, _opened = app_module._open_profile(Ctx(profile), QApplication.instance())
    assert "1312" in seen["message"] and "Passphrase" in seen["message"]
    store.close()
    logged = fail_on_logged_errors.records
    assert logged and all(r.name == "kimdesk.store.secrets" for r in logged)  # the warning the log keeps
    logged.clear()


def test_unlock_dialog_derives_the_key_off_the_ui_thread(qtbot, profile, monkeypatch, default_runner):
    """Before any window: the runner's default worker opens the profile; the dialog waits meanwhile."""
    import threading

    from kimdesk.store import profile as profile_module
    from kimdesk.ui import runner
    from kimdesk.ui.worker import DbWorker

    threads = []
    real = profile_module.open_profile
    monkeypatch.setattr(profile_module, "open_profile",
                        lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k))[1])
    worker = DbWorker()
    runner.set_default(worker)
    try:
        dialog = UnlockDialog(profile)
        qtbot.addWidget(dialog)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock()
        assert dialog.busy and not dialog.ok_button.isEnabled() and dialog.message.text() == "Entsperren …"
        qtbot.waitUntil(lambda: dialog.store is not None, timeout=20000)
        assert not dialog.busy and dialog.store.is_open
        assert threads and threading.main_thread() not in threads
        dialog.store.close()
    finally:
        runner.set_default(default_runner)
        worker.shutdown()


def test_start_work_runs_on_the_worker_behind_a_busy_window(qtbot, store, default_runner):
    """Before any window (the keyring start, the demo, the language and name): the job runs on the
    runner's worker thread while the event loop turns; its result or its error comes back."""
    import threading

    from kimdesk.errors import KimdeskError
    from kimdesk.ui import runner
    from kimdesk.ui.worker import DbWorker

    worker = DbWorker()
    runner.set_default(worker)
    try:
        ticks, gate = [], threading.Event()

        def tick():
            ticks.append(1)
            if len(ticks) >= 3:
                gate.set()

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(5)

        def reads():
            gate.wait(10)  # the job finishes only once the UI thread's timer has ticked
            return threading.current_thread(), app_module.first_reads(store)

        thread, (language, actor) = app_module.off_the_ui_thread(reads, "Profil wird geöffnet …")
        timer.stop()
        assert thread is not threading.main_thread() and language == "de" and actor is None
        assert len(ticks) >= 3  # the event loop ran meanwhile

        def broken():
            raise KimdeskError("Das Profil ist beschädigt.")

        with pytest.raises(KimdeskError, match="beschädigt"):
            app_module.off_the_ui_thread(broken, "Profil wird geöffnet …")
    finally:
        runner.set_default(default_runner)
        worker.shutdown()
