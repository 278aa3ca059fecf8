"""Start of the desktop app: QApplication, translations, the profile, the main window."""

from __future__ import annotations

import secrets as pysecrets
import shutil
import sys
import tempfile
from pathlib import Path

from kimdesk.errors import ExitCode, KimdeskError


def _open_demo(clients: int):
    from kimdesk.services import catalogue, demo
    from kimdesk.store.profile import Profile, init_profile

    folder = Path(tempfile.mkdtemp(prefix="kimdesk-demo-"))
    profile = Profile(folder, "demo")
    # throw-away: a random passphrase nobody knows, no keyring entry
    store = init_profile(profile, pysecrets.token_urlsafe(24), remember=False)
    catalogue.seed_agencies(store)
    demo.generate(store, clients, seed=7)
    return store, folder


def run(ctx, *, demo: bool = False, demo_clients: int = 300) -> int:
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

    from kimdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KIMdesk")
    app.setOrganizationName("KIMdesk")
    cleanup: Path | None = None
    try:
        if demo:
            store, cleanup = _open_demo(demo_clients)
            label = app.tr("Demo-Profil (Beispieldaten)")
        else:
            def ask() -> str | None:
                text, ok = QInputDialog.getText(None, "KIMdesk", app.tr("Passphrase für das Profil:"),
                                                QLineEdit.EchoMode.Password)
                return text if ok else None

            from kimdesk.store.profile import open_profile

            try:
                store = open_profile(ctx.profile, passphrase=ctx.passphrase_from_env(), prompt=ask)
            except KimdeskError as exc:
                QMessageBox.critical(None, "KIMdesk", str(exc))
                return int(exc.exit_code)
            label = app.tr("Profil: {name}").format(name=ctx.profile_name)
        window = MainWindow(store, profile_label=label)
        window.show()
        code = app.exec()
        store.close()
        return ExitCode.OK if code == 0 else ExitCode.FAILURE
    finally:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)
