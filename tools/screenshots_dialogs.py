"""Render the dialogs a counsellor meets at a 1366×768 laptop: ``python tools/screenshots_dialogs.py``.

The team dialog right after "Neues Team gründen" (its fields were squashed before), the
participant dialog with the warning of a missing release, the keyboard shortcut overview and
the preview of an agency import from CSV – real widgets, offscreen, on a throw-away demo profile.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def save(widget, name: str) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    for _ in range(30):
        QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
    print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB  {widget.width()}x{widget.height()}")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from datetime import date

    from kimdesk.services.clients_intake import agency_import, clients
    from kimdesk.services.conferences_minutes import conference_edit, conference_queries
    from kimdesk.sync import team
    from kimdesk.ui import i18n as ui_i18n
    from kimdesk.ui.agency_import_dialog import AgencyImportDialog
    from kimdesk.ui.app import open_demo
    from kimdesk.ui.conferences.dialogs import ParticipantDialog
    from kimdesk.ui.main_window import MainWindow
    from kimdesk.ui.worker import DbWorker

    ui_i18n.install(os.environ.get("KIMDESK_LANG", "de"))
    store, profile, folder = open_demo(60)
    work = Path(tempfile.mkdtemp(prefix="kimdesk-shots-"))
    try:
        window = MainWindow(store, profile=profile, profile_label=app.translate("App", "Demo-Profil (Beispieldaten)"),
                            worker=DbWorker(synchronous=True), demo=True)
        window.skip_close_check = True
        window.resize(1366, 700)
        window.show()
        if team.current(store) is None:
            dialog = window.open_team()
            dialog.create()  # "Neues Team gründen": the dialog grows to its new content
        else:
            dialog = window.open_team()
        save(dialog, "team-dialog-new-team")
        dialog.close()

        person = clients.create_client(store, {"given_name": "Mariam", "family_name": "Haidari"})
        conference_id = conference_edit.create_conference(store, {"kind": "case", "date": date.today()},
                                                          client_ids=[person])
        choices = conference_queries.agency_choices(store)
        missing = next((a for a in choices if conference_queries.consent_preview(
            store, conference_id, a.id).state == "missing"), choices[0])
        participant = ParticipantDialog(choices, lambda a: conference_queries.consent_preview(store, conference_id, a),
                                        {"name": "Zofia Wiśniewska", "function": "Fachdienst Jugend"}, window)
        participant.show()
        participant.agency.setCurrentIndex(participant.agency.findData(missing.id))
        save(participant, "participant-dialog")
        participant.close()

        shortcuts = window.open_shortcuts()
        save(shortcuts, "shortcuts")
        shortcuts.close()

        csv = work / "stellen.csv"
        csv.write_text("Stelle;Art;Rechtskreis;Kommunen;Telefon;Öffnungszeiten\n"
                       "Jugendmigrationsdienst Eschweiler;freier Träger;SGB VIII;Eschweiler;02403 1234;Mo–Do\n"
                       f"{choices[0].name};Jobcenter;SGB II;Aachen;0241 999-0;\n"
                       "Beratungsstelle ohne Nummer;freier Träger;;Aachen;abc;\n", encoding="utf-8")
        preview = AgencyImportDialog(store, window.worker, agency_import.plan(store, csv.read_bytes()), window)
        preview.show()
        save(preview, "agency-import")
        preview.close()
        window.close()
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
