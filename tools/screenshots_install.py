"""Render the screenshots of the user guide that concern installing and daily safety.

The first-run wizard (welcome, passphrase, team, share), the sync page with a conflict shown
side by side, the lock screen, backups, settings, the team dialog and "Über KIMdesk" — drawn
offscreen on throw-away profiles with invented people (``make screenshots`` runs this).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")  # nothing into a real keyring
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 700)  # a 1366×768 laptop less task bar and title bar


def save(widget, name: str) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    for _ in range(30):
        QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
    print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


def until(ready, what, seconds: float = 60) -> None:
    """Let the event loop run until ``ready()`` (a job on the runner's worker or a thread has answered);
    ``what()`` names what did not happen, asked when giving up."""
    import time

    from PySide6.QtWidgets import QApplication

    give_up = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > give_up:
            raise SystemExit(f"gave up waiting: {what()}")
        QApplication.processEvents()
        time.sleep(0.01)


def reach(wiz, step) -> None:
    """Until the wizard's job has gone on to ``step``."""
    until(lambda: wiz.step() is step, lambda: f"the wizard did not reach {step} (at {wiz.step()})")


def first_run(work: Path) -> None:
    from kimdesk.services.admin.first_run import Step
    from kimdesk.store.profile import Profile
    from kimdesk.ui.start import FirstRunDialog

    wiz = FirstRunDialog(Profile(work / "anna", "default"))
    wiz.resize(680, 500)
    wiz.show()
    save(wiz, "first-run-welcome")
    wiz.next()
    reach(wiz, Step.PASSPHRASE)
    wiz.passphrase.setText("Im Kreishaus gibt es dienstags Suppe")
    wiz.repeat.setText("Im Kreishaus gibt es dienstags Suppe")
    save(wiz, "first-run-passphrase")
    wiz.next()  # the profile is made on the worker; the wizard goes on by itself
    reach(wiz, Step.TEAM)
    wiz.team_page.enrolment.setText("/home/anna/team-kim.kimdesk")  # not the machine that renders it
    wiz.team_page.team_passphrase.setText("x" * 14)
    save(wiz, "first-run-team")
    wiz.team_page.create.setChecked(True)  # founding: the team's agency catalogue is chosen here
    save(wiz, "first-run-team-new")
    wiz.next()
    reach(wiz, Step.SHARE)
    share = work / "kim-sync"
    share.mkdir()
    wiz.share_page.target.setText(str(share))
    wiz.share_page.check()
    until(lambda: not wiz.share_page.checking(), lambda: "the share check (a thread of its own)", 30)
    save(wiz, "first-run-share")
    wiz.store.close()
    wiz.close()


def with_two_laptops(work: Path):
    """A demo laptop and a second one of its team with one conflict between them."""
    from sqlalchemy import select

    from kimdesk.models import Client
    from kimdesk.services.clients_intake import catalogue, clients
    from kimdesk.store.profile import Profile, init_profile
    from kimdesk.sync import service, team
    from kimdesk.ui.app import open_demo

    store, profile, folder = open_demo(120)
    team.create(store)
    share = work / "share"
    share.mkdir()
    service.save_target(store, str(share))
    service.run(store)
    other = init_profile(Profile(work / "ben", "default"), "Passphrase von Ben", remember=False)
    catalogue.seed_agencies(other)
    team._save(other, team.require(store))
    service.run(other, str(share))
    with store.session(write=False) as s:
        cid = s.scalars(select(Client.id).where(Client.status == "open").order_by(Client.case_number)).first()
    store.actor, other.actor = "Anna Kaya", "Ben Brandt"
    clients.update_client(store, cid, {"phone": "0241 555 1234"})
    clients.update_client(other, cid, {"phone": "0241 555 9876"})
    service.run(other, str(share))
    service.run(store)
    other.close()
    return store, profile, folder


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kimdesk.ui import i18n as ui_i18n
    from kimdesk.ui.main_window import MainWindow
    from kimdesk.ui.settings_dialog import SettingsDialog
    from kimdesk.ui.worker import DbWorker

    ui_i18n.install(os.environ.get("KIMDESK_LANG", "de"))
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kimdesk-shots-"))
    store = folder = None
    try:
        first_run(work)
        store, profile, folder = with_two_laptops(work)
        from kimdesk.services.admin import backup

        backup.create(store)
        window = MainWindow(store, profile=profile, profile_label=app.translate("App", "Profil: default"),
                            worker=DbWorker(synchronous=True))
        window.skip_close_check = True
        window.resize(*SIZE)
        window.show()
        window.show_page("sync")
        from kimdesk.ui import pages

        page = pages.real(window.sync_page)  # built when first shown
        page.refresh()
        if page.conflict_list.count():
            page.conflict_list.setCurrentRow(0)
        save(window, "sync-conflict")
        window.show_page("clients")
        window.lock()
        save(window, "lock-screen")
        window.locker.unlock("kimdesk-demo")
        dialog = window.open_backups()
        dialog.resize(620, 380)
        if dialog.table.rowCount():
            dialog.table.selectRow(0)
        save(dialog, "backups")
        dialog.close()
        settings = SettingsDialog(store, window)
        settings.show()
        save(settings, "settings")
        settings.close()
        team_dialog = window.open_team()
        save(team_dialog, "team-dialog")
        team_dialog.close()
        about = window.open_about()
        save(about, "about")
        about.close()
        window.close()
    finally:
        if store is not None:
            store.close()
        shutil.rmtree(work, ignore_errors=True)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
