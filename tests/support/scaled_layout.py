"""The layout check on a real scaled screen, run in a process of its own.

``python -m tests.support.scaled_layout PROFILE_DIR`` opens the profile (passphrase
``stores.PASSPHRASE``) on whatever screen Qt was given – the test starts it with the offscreen
platform configured as a 1366×768 laptop and ``QT_SCALE_FACTOR=1.25`` – lays out the main window
(maximised, as on first start) with every page, record section and intake step, and every dialog
at the size it gives itself on that screen, and prints one JSON object: the screen as Qt sees it
and every problem ``layout.problems`` finds. Scaling is a process-wide setting fixed before the
QApplication exists, hence the subprocess.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(profile_dir: str) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kimdesk.services.clients_intake import agency_import, clients
    from kimdesk.store.profile import Profile, open_profile
    from kimdesk.ui import i18n as ui_i18n
    from kimdesk.ui.main_window import NAV, MainWindow
    from kimdesk.ui.worker import DbWorker
    from tests.support.conferences import make_case
    from tests.support.layout import SLACK, problems
    from tests.support.stores import PASSPHRASE

    ui_i18n.install("de")
    screen = app.primaryScreen()
    area = screen.availableGeometry()
    limit = (area.width(), area.height())
    profile = Profile(Path(profile_dir), "default")
    store = open_profile(profile, passphrase=PASSPHRASE, prompt=None)
    found: list[str] = []

    def check(top, where: str) -> None:
        app.processEvents()
        size = top.frameGeometry().size() if top.isWindow() else top.size()
        # 1366 / 1.25 = 1092.8: a maximised window may round one pixel past the screen's 1093
        if size.width() - limit[0] > SLACK or size.height() - limit[1] > SLACK:
            found.append(f"{where}: {size.width()}x{size.height()} is larger than the screen {limit[0]}x{limit[1]}")
        found.extend(f"{where}: {p}" for p in problems(top))

    try:
        cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
        case = make_case(store)
        window = MainWindow(store, profile=profile, profile_label="Profil: default", worker=DbWorker(synchronous=True))
        window.skip_close_check = True
        window.show_first()  # no geometry saved yet: maximised
        app.processEvents()
        for name in NAV:
            window.show_page(name)
            check(window, f"page {name}")
        view = window.open_client(cid)
        for i in range(view.tabs.count()):
            view.tabs.setCurrentIndex(i)
            check(window, f"record {view.tabs.tabText(i)}")
        intake = window.new_intake()
        for step in intake.wizard.visible_steps():
            intake.stack.setCurrentIndex(list(intake.pages).index(step))
            page = intake.page(step)
            if hasattr(page, "rows"):
                page.rows.add()
            check(window, f"intake {step}")
        dialogs = [getattr(window, name)() for name in (
            "open_settings", "open_backups", "open_team", "open_about", "open_findings", "open_retention",
            "quick_note", "open_guide", "open_shortcuts")]
        from kimdesk.ui.agency_import_dialog import AgencyImportDialog
        from kimdesk.ui.conferences.dialogs import ParticipantDialog
        from kimdesk.services.conferences_minutes import conference_queries

        plan = agency_import.plan(store, "Stelle;Telefon\nNeue Beratungsstelle;0241 1\nKaputt;abc\n".encode())
        dialogs.append(AgencyImportDialog(store, window.worker, plan, window))
        participant = ParticipantDialog(conference_queries.agency_choices(store),
                                        lambda a: conference_queries.consent_preview(store, case.conference_id, a),
                                        parent=window)
        dialogs.append(participant)
        for dialog in dialogs:
            dialog.show()
            if dialog is participant:  # no release: the long warning
                dialog.agency.setCurrentIndex(dialog.agency.findData(case.youth_office))
            check(dialog, f"dialog {dialog.objectName() or type(dialog).__name__}")
            dialog.close()
        team = window.open_team()
        team.create()  # "Neues Team gründen": the three fields appear
        check(team, "dialog team after founding")
        team.close()
        window.close()
    finally:
        store.close()
    print(json.dumps({"screen": [screen.geometry().width(), screen.geometry().height()],
                      "available": list(limit), "dpr": screen.devicePixelRatio(), "problems": found}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
