"""Start of the desktop app: QApplication, translations, opening the profile, the main window.

Without ``--demo``: the first-run wizard creates the profile (or opens the demo); later starts open it with
KIMDESK_PASSPHRASE or the key in the OS keyring, else ask in the unlock dialog. With
``--demo``: a throw-away profile with synthetic data and no dialog in front. The app runs
Qt's own event loop and exits 0 when the application quits.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from kimdesk.errors import ExitCode, KimdeskError, WrongPassphrase

DEMO_PASSPHRASE = "kimdesk-demo"
DEMO = "demo"  # the first-run wizard's "Demo-Profil ausprobieren"


def open_demo(clients: int):
    """A throw-away profile in the temp dir, filled with synthetic people (no keyring entry)."""
    from kimdesk.services.clients_intake import catalogue
    from kimdesk.services.admin import demo
    from kimdesk.store.profile import Profile, init_profile

    folder = Path(tempfile.mkdtemp(prefix="kimdesk-demo-"))
    profile = Profile(folder, "demo")
    store = init_profile(profile, DEMO_PASSPHRASE, remember=False, check_strength=False)  # published on purpose
    catalogue.seed_agencies(store)
    demo.generate(store, clients, seed=7)
    return store, profile, folder


def off_the_ui_thread(fn, text: str):
    """Run ``fn()`` (opening a profile, the demo data, the first reads) on the runner's database
    worker while a busy window turns; no main window and its worker exist yet. Returns the
    result or raises the job's error, on the UI thread."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from kimdesk.ui.runner import runner_for

    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    runner_for(None).submit(lambda _job: fn(), lambda result: finished("result", result),
                            lambda exc: finished("error", exc), label="start")
    if not outcome:  # an inline worker (the tests) answers at once, and needs no busy window
        busy = QProgressDialog(text, "", 0, 0)
        busy.setObjectName("startBusy")
        busy.setWindowTitle("KIMdesk")
        busy.setCancelButton(None)
        busy.setMinimumDuration(300)
        busy.setWindowModality(Qt.WindowModality.ApplicationModal)
        loop.exec()
        busy.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def first_reads(store) -> tuple[str, str | None]:
    """The language and the user's name, read before the window is built in that language."""
    from kimdesk.services.admin import settings

    return settings.LANGUAGE.get(store), settings.USER_NAME.get(store) or None


class Shell:
    """Owns the open store and the current main window (rebuilt when the language changes)."""

    def __init__(self, store, profile, *, label: str, hint: str = "", demo: bool = False):
        self.store, self.profile, self.label, self.hint, self.demo = store, profile, label, hint, demo
        self.window: Any = None

    def build(self, state: dict | None = None):
        from kimdesk.ui.main_window import MainWindow

        window = MainWindow(self.store, profile=self.profile, profile_label=self.label, lock_hint=self.hint,
                            demo=self.demo)
        window.language_changed.connect(self.change_language)
        if state is not None:
            window.restore_workspace(state)
        self.window = window
        window.start_sync()
        return window

    def change_language(self, language: str) -> None:
        from kimdesk.ui import i18n as ui_i18n

        old = self.window
        state = old.workspace_state()
        ui_i18n.install(language)
        self.label = profile_label(self.profile, demo=self.demo)  # in the new language
        new = self.build(state)
        new.setGeometry(old.geometry())
        new.show()
        old.skip_close_check = True
        old.close()
        old.deleteLater()


def profile_label(profile, *, demo: bool = False) -> str:
    """The status bar's profile text, in the current language."""
    from PySide6.QtCore import QCoreApplication

    if demo:
        return QCoreApplication.translate("App", "Demo-Profil (Beispieldaten)")
    return QCoreApplication.translate("App", "Profil: {name}").format(name=profile.name)


def _open_profile(ctx, app, on_first_run=None) -> tuple[Any, Any] | int:
    """The open store and profile (or an exit code, or DEMO); ``on_first_run(setup)`` hears what the
    first-run wizard set up (a CSV file for the team's catalogue waits for the window)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog, QMessageBox

    from kimdesk.store.profile import open_profile
    from kimdesk.ui.start import FirstRunDialog, UnlockDialog

    profile = ctx.profile
    if not profile.exists():
        dialog = FirstRunDialog(profile)
        dialog.exec()  # cancelled once the profile exists: team and share can wait
        if dialog.demo:
            return DEMO
        if dialog.store is None:
            return int(ExitCode.OK)
        if on_first_run is not None:
            on_first_run(dialog.setup)
        return dialog.store, profile
    passphrase = ctx.passphrase_from_env()
    try:
        return off_the_ui_thread(lambda: open_profile(profile, passphrase=passphrase, prompt=None),
                                 QCoreApplication.translate("App", "Profil wird geöffnet …")), profile
    except WrongPassphrase as exc:
        reason = str(exc) if ctx.passphrase_from_env() else ""
    except KimdeskError as exc:
        QMessageBox.critical(None, "KIMdesk", str(exc))
        return int(exc.exit_code)
    dialog = UnlockDialog(profile, reason=reason)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return int(ExitCode.OK)
    return dialog.store, profile


def run(ctx, *, demo: bool = False, demo_clients: int = 300, exit_when_shown: bool = False) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from kimdesk.paths import resource_path
    from kimdesk.ui import crash
    from kimdesk.ui import i18n as ui_i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KIMdesk")
    app.setOrganizationName("KIMdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kimdesk.png"))))
    crash.install()
    ui_i18n.install()
    cleanup: Path | None = None
    store = None
    try:
        first_run: list[Any] = []
        opened = None if demo else _open_profile(ctx, app, first_run.append)
        if opened == DEMO:
            demo = True
        if demo:
            store, profile, cleanup = off_the_ui_thread(
                lambda: open_demo(demo_clients), QCoreApplication.translate("App", "Demo-Profil wird erstellt …"))
            label = profile_label(profile, demo=True)
            hint = QCoreApplication.translate("App", "Demo-Profil: die Passphrase lautet „{passphrase}“.").format(
                passphrase=DEMO_PASSPHRASE)
        else:
            if isinstance(opened, int):
                return opened
            store, profile = opened
            label = profile_label(profile)
            hint = ""
        language, store.actor = off_the_ui_thread(lambda: first_reads(store),
                                                  QCoreApplication.translate("App", "Profil wird geöffnet …"))
        if language != ui_i18n.i18n.language():
            ui_i18n.install(language)
        shell = Shell(store, profile, label=label, hint=hint, demo=demo)
        window = shell.build()
        if exit_when_shown:  # benchmarks: the list's first page is on screen, then quit
            window.client_list.model.shown.connect(
                lambda _n: QTimer.singleShot(0, lambda: (print("KIMDESK_SHOWN", flush=True), app.quit())))
        window.show_first()
        if first_run and first_run[0].catalogue_csv is not None:  # the team's catalogue from a CSV file
            window.import_agency_catalogue(first_run[0].catalogue_csv)
        if not demo:  # the daily encrypted backup, on the database worker
            from kimdesk.services.admin import backup

            window.worker.submit(lambda _job: backup.create_if_due(store))
        code = app.exec()
        return ExitCode.OK if code == 0 else ExitCode.FAILURE
    finally:
        if store is not None:
            store.close()
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)
