"""Start of the desktop app: QApplication, translations, opening the profile, the main window.

Without ``--demo``: the first-run wizard creates the profile (or opens the demo); later starts open it with
KIMDESK_PASSPHRASE or the key in the OS keyring, else ask in the unlock dialog. With
``--demo``: a throw-away profile with synthetic data and no dialog in front. The app runs
Qt's own event loop and exits 0 when the application quits.

First paint before the ORM: importing SQLAlchemy and the models is half of the start-up time,
so an existing profile whose key is at hand (KIMDESK_PASSPHRASE, or the keyring) is painted
from the lean read of ``store.first_page`` – language, user name, window geometry and the
client list's first page, read through ``sqlcipher3`` – in the window's frame
(``MainWindow(None, first_rows=…)``). The profile is then opened with the same key on a
thread (``open_profile(key=…)``: SQLAlchemy, the models, migrations check, the sync engine
and the UI pages' modules load there) and the window is attached to the store on the UI
thread; the count and everything else follow through the worker as before.

The lean read runs on a plain thread too, while the event loop turns before the window
exists (the runner's worker cannot carry it: its module imports the store layer, i.e.
SQLAlchemy). The runner rule holds: no database work on the UI thread. Whenever the lean
read cannot answer with certainty (first run, the demo, no key at hand, an upgrade due,
a wrong key) the full path below runs as before and explains or asks.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any

from kimdesk.errors import ExitCode, KimdeskError, WrongPassphrase

DEMO_PASSPHRASE = "kimdesk-demo"
DEMO = "demo"  # the first-run wizard's "Demo-Profil ausprobieren"


def open_demo(clients: int):
    """A throw-away profile in the temp dir, filled with synthetic people (no keyring entry)."""
    from kimdesk.services.clients_intake import catalogue
    from kimdesk.services.admin import demo
    import tempfile

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
    from PySide6.QtCore import QEventLoop

    from kimdesk.ui.runner import runner_for

    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    runner_for(None).submit(lambda _job: (_realize_deferred(), fn())[1], lambda result: finished("result", result),
                            lambda exc: finished("error", exc), label="start")
    if not outcome:  # an inline worker (the tests) answers at once, and needs no busy window
        busy = _busy_window(text)
        loop.exec()
        busy.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


class Beside:
    """``fn()`` on a thread of its own, started at once – even before PySide6 is imported – and waited
    for with ``wait`` while the event loop turns. For the first paint: the runner's worker cannot
    carry it, its module imports the ORM."""

    def __init__(self, fn, name: str = "kimdesk-first-paint"):
        self._lock = threading.Lock()
        self._done = False
        self._notify: Any = None
        self._signal: Any = None
        self.outcome: dict[str, Any] = {}
        threading.Thread(target=self._work, args=(fn,), name=name, daemon=True).start()

    def _work(self, fn) -> None:
        try:
            self.outcome["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.outcome["error"] = exc
        with self._lock:
            self._done = True
            notify = self._notify
        if notify is not None:
            notify()

    def wait(self, text: str = ""):
        """The result, or the job's error raised here, on the UI thread; a busy window after 300 ms
        when ``text``. Nothing of Qt is touched when the result is already there (the usual case: the
        read started before PySide6 was imported); importing the ``Qt`` namespace alone builds ~90 enum
        classes (about 20 ms), which the unlock dialog's path does not otherwise need before it is shown."""
        with self._lock:
            running = not self._done
        if running:
            self._wait_for_it(text)
        if "error" in self.outcome:
            raise self.outcome["error"]
        return self.outcome.get("result")

    def _wait_for_it(self, text: str) -> None:
        from PySide6.QtCore import QEventLoop, QObject, Signal

        class Done(QObject):
            finished = Signal()

        loop = QEventLoop()
        done = self._signal = Done()  # kept with this object: the thread may still be inside emit()
        # emitted on the reading thread, so queued to the loop's (the UI) thread: no connection type
        # spelled out, as naming one imports the Qt namespace (its ~90 enums) before the window
        done.finished.connect(loop.quit)
        with self._lock:
            running = not self._done
            if running:
                self._notify = done.finished.emit
        if running:
            busy = None
            if text:
                busy = _busy_window(text)
            loop.exec()
            if busy is not None:
                busy.close()


def beside_the_ui(fn, text: str = ""):
    """Run ``fn()`` on a thread of its own while the event loop turns (see ``Beside``)."""
    return Beside(fn).wait(text)


def read_first_paint(ctx):
    """The lean read (``store.first_page``) for an existing profile whose key is at hand, else None."""
    return first_paint_or_ask(ctx)[0]


def first_paint_or_ask(ctx) -> tuple[Any, bool]:
    """The lean read, and whether to ask for the passphrase at once: the profile is there, its key
    file reads, and no key is at hand (no KIMDESK_PASSPHRASE, nothing in the keyring) – then the
    unlock dialog comes before the database layer loads (``unlock_first``)."""
    from kimdesk.paths import DB_NAME, KEY_NAME
    from kimdesk.store import first_page
    from kimdesk.store.keyfile import KeyFile

    folder = ctx.data_dir / ctx.profile_name
    if not ((folder / DB_NAME).is_file() and (folder / KEY_NAME).is_file()):
        return None, False  # the first run, or a damaged profile: the full path
    passphrase = ctx.passphrase_from_env()
    if passphrase:
        key = first_page.key_from_passphrase(folder, passphrase)
        return (first_page.read(folder, key) if key is not None else None), False
    try:
        KeyFile.load(folder / KEY_NAME)
    except Exception:  # noqa: BLE001 - a damaged key file: the full path explains it
        return None, False
    key = first_page.key_from_keyring(folder)
    if key is None:
        return None, True
    return first_page.read(folder, key), False


# what ``MainWindow.attach`` and the list's attach import: loaded on the thread that opens the
# profile, so the UI thread only builds (the waiting list page alone pulls in the school-entry rules)
ATTACH_MODULES = ("kimdesk.services.admin.backup", "kimdesk.services.admin.settings",
                  "kimdesk.services.clients_intake.client_list", "kimdesk.ui.agencies_page", "kimdesk.ui.lock",
                  "kimdesk.ui.pages", "kimdesk.ui.sync.controller", "kimdesk.ui.tasks_page", "kimdesk.ui.undo_bar",
                  "kimdesk.ui.waiting_list_page")


def _import_attach_modules() -> None:
    from importlib import import_module

    for name in ATTACH_MODULES:
        import_module(name)


def _load_database_layer() -> None:
    """Behind the unlock dialog: what opening the profile and building the window import."""
    try:
        _realize_deferred()
        import kimdesk.store.profile  # noqa: F401
        import kimdesk.ui.main_window  # noqa: F401
        import kimdesk.ui.runner  # noqa: F401

        _import_attach_modules()
    except BaseException:  # noqa: BLE001 - the unlock's own import meets it again and reports it
        return


def unlock_first(ctx, *, exit_when_asked: bool = False) -> tuple[Any, Any] | int:
    """No key at hand: the unlock dialog comes up before SQLAlchemy, the models and the store are
    imported; they load on a thread behind it, and the passphrase opens the profile off the UI
    thread once they are there. Returns the open store and profile, or an exit code."""
    from types import SimpleNamespace

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from kimdesk.ui.own_thread import on_a_thread
    from kimdesk.ui.unlock_dialog import UnlockDialog, open_with_passphrase

    made: dict[str, Any] = {}

    def opener(passphrase: str, remember: bool):
        from kimdesk.store.profile import Profile  # waits for the loading thread if it is still at it

        profile = Profile(ctx.data_dir, ctx.profile_name)
        store = open_with_passphrase(profile, passphrase, remember)
        made["profile"] = profile
        return store

    dialog = UnlockDialog(SimpleNamespace(name=ctx.profile_name), opener=opener, run=on_a_thread)
    loading = threading.Thread(target=_load_database_layer, name="kimdesk-load", daemon=True)
    QTimer.singleShot(0, loading.start)  # once the dialog is on screen
    if exit_when_asked:  # benchmarks: a line once the dialog is on screen, then quit
        QTimer.singleShot(0, lambda: (say_shown(), dialog.reject()))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if loading.ident is not None:
        loading.join()
    if not accepted or dialog.store is None:
        return int(ExitCode.OK)
    return dialog.store, made["profile"]


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


def _realize_deferred() -> None:
    """Behind the window: what the key's reading deferred (``store.deferred_imports``) is imported
    before other threads may want it, and the log file gets its rotation (``logs.rotate``)."""
    from kimdesk import logs
    from kimdesk.store import deferred_imports

    deferred_imports.realize()
    logs.rotate()


def say_shown() -> None:
    """Benchmarks (``--exit-when-shown``): the first page is on screen, with the CPU time spent so far
    and the number of modules loaded by then (all threads)."""
    print(f"KIMDESK_SHOWN cpu={time.process_time():.4f} modules={len(sys.modules)}", flush=True)


def stop_work(window) -> None:
    """Before the store closes: the window's sync lane and worker end (when the app quit without the
    window's own close, as ``--exit-when-shown`` does, a count may still be running on them)."""
    if window is None or getattr(window, "store", None) is None:
        return
    if getattr(window, "sync", None) is not None:
        window.sync.stop()
    if getattr(window, "packer", None) is not None:
        window.packer.stop()
    window.worker.shutdown()


def run_painted(ctx, app, painted, *, exit_when_shown: bool = False) -> int:
    """The window painted from the lean read, then the store opened behind it and attached."""
    # QMessageBox is imported where the opening failed: PySide6 builds a class and its enums on first use
    # (about 2 ms for this one), and no dialog is on the first screen
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

    from kimdesk.ui import i18n as ui_i18n
    from kimdesk.ui.main_window import MainWindow

    if painted.language != ui_i18n.i18n.language():
        ui_i18n.install(painted.language)
    label = QCoreApplication.translate("App", "Profil: {name}").format(name=ctx.profile_name)
    window = MainWindow(None, profile_label=label, first_rows=painted.rows)
    if exit_when_shown:  # benchmarks: a line when the first page is on screen, another when all is there
        window.client_list.model.shown.connect(
            lambda _n: QTimer.singleShot(0, say_shown))
    window.show_at(painted.geometry)
    window.client_list.model.announce()

    class Arrived(QObject):
        """Emitted on the opening thread, received by its slot on the UI thread (queued: the object lives
        there), with no connection type spelled out: naming one imports the Qt namespace before the paint."""

        done = Signal()

        @Slot()
        def land(self) -> None:
            attach()

    outcome: dict[str, Any] = {}
    arrived = Arrived()

    def open_behind() -> None:
        try:
            _realize_deferred()
            from kimdesk.store.profile import Profile, open_profile

            profile = Profile(ctx.data_dir, ctx.profile_name)
            outcome["store"] = open_profile(profile, key=painted.key)
            outcome["profile"] = profile
            _import_attach_modules()  # what ``attach`` imports, loaded here rather than on the UI thread
        except BaseException as exc:  # noqa: BLE001 - shown on the UI thread
            outcome["error"] = exc
        arrived.done.emit()

    shell = Shell(None, None, label=label)
    shell.window = window
    window.language_changed.connect(shell.change_language)

    def attach() -> None:
        painted.release()
        if "error" in outcome:
            error = outcome["error"]
            if not isinstance(error, KimdeskError):
                raise error  # a bug: the crash handler reports it
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, "KIMdesk", str(error))
            outcome["exit"] = int(error.exit_code)
            window.close()
            app.quit()
            return
        store, profile = outcome.pop("store"), outcome["profile"]
        store.actor = painted.user_name or None
        shell.store, shell.profile = store, profile
        window.attach(store, profile=profile)
        window.start_sync()
        from kimdesk.services.admin import backup

        window.worker.submit(lambda _job: backup.create_if_due(store))  # the daily encrypted backup
        if exit_when_shown:
            QTimer.singleShot(0, lambda: (print("KIMDESK_READY", flush=True), app.quit()))

    arrived.done.connect(arrived.land)
    behind = threading.Thread(target=open_behind, name="kimdesk-open", daemon=True)
    # started once the first page is handed to the screen, so its imports do not compete with the paint
    QTimer.singleShot(0, behind.start)
    try:
        code = app.exec()
    finally:
        if behind.ident is not None:
            behind.join()
        stop_work(shell.window)
        painted.release()
        if "store" in outcome:  # quit before it was attached
            outcome["store"].close()
        if shell.store is not None:
            shell.store.close()
    if "exit" in outcome:
        return outcome["exit"]
    return ExitCode.OK if code == 0 else ExitCode.FAILURE


def run(ctx, *, demo: bool = False, demo_clients: int = 300, exit_when_shown: bool = False,
        exit_when_asked: bool = False) -> int:
    # the lean read starts before PySide6 is even imported (its modules before that: ``first_page.preload``);
    # the window waits for it below
    first_paint = None
    if not demo:
        from kimdesk.store import first_page

        first_page.preload()
        first_paint = Beside(lambda: first_paint_or_ask(ctx))
    from kimdesk.ui.painting import paint_on_the_ui_thread

    paint_on_the_ui_thread()  # before the first paint: no GUI thread pool for small fills
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from kimdesk.paths import resource_path
    from kimdesk.ui import collector, crash
    from kimdesk.ui import i18n as ui_i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    collector.install(app)  # cycles holding Qt objects are freed on the UI thread only, never on a worker
    app.setApplicationName("KIMdesk")
    app.setOrganizationName("KIMdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kimdesk.png"))))
    crash.install()
    ui_i18n.install()
    cleanup: Path | None = None
    store = shell = None
    ask_first = False
    if first_paint is not None:
        # the busy window only when Argon2id runs (a passphrase from the environment), as before
        try:
            painted, ask_first = first_paint.wait(QCoreApplication.translate("App", "Profil wird geöffnet …")
                                                  if ctx.passphrase_from_env() else "")
        except Exception:  # noqa: BLE001 - anything unforeseen: the full path opens (and explains) it
            painted = None
        if painted is not None:
            return run_painted(ctx, app, painted, exit_when_shown=exit_when_shown)
    try:
        first_run: list[Any] = []
        if ask_first:  # no key at hand: the unlock dialog before the database layer
            opened = unlock_first(ctx, exit_when_asked=exit_when_asked)
        else:
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
                lambda _n: QTimer.singleShot(0, lambda: (say_shown(), app.quit())))
        window.show_first()
        if first_run and first_run[0].catalogue_csv is not None:  # the team's catalogue from a CSV file
            window.import_agency_catalogue(first_run[0].catalogue_csv)
        if not demo:  # the daily encrypted backup, on the database worker
            from kimdesk.services.admin import backup

            window.worker.submit(lambda _job: backup.create_if_due(store))
        code = app.exec()
        return ExitCode.OK if code == 0 else ExitCode.FAILURE
    finally:
        stop_work(shell.window if shell is not None else None)  # the current window (after a language change)
        if store is not None:
            store.close()
        if cleanup is not None:
            import shutil

            shutil.rmtree(cleanup, ignore_errors=True)


def _busy_window(text: str) -> QProgressDialog:
    """The start's busy window: no cancel, shown only when the wait passes 300 ms."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    busy = QProgressDialog(text, "", 0, 0)
    busy.setObjectName("startBusy")
    busy.setWindowTitle("KIMdesk")
    busy.setCancelButton(None)
    busy.setMinimumDuration(300)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    return busy
