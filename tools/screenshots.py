"""Render the screenshots in ``docs/screenshots`` from a demo profile: ``make screenshots``.

The real widgets are drawn offscreen (``QT_QPA_PLATFORM=offscreen``) on a throw-away demo
profile: the client list, the intake wizard (needs step, with the responsibility finder's
proposals), a client record and its responsibility map (a person with a gap and Pingpong).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 768)  # a small laptop screen: if it fits here, it fits


def main() -> int:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kimdesk.models import Client
    from kimdesk.services import responsibilities as rs
    from kimdesk.ui import i18n as ui_i18n
    from kimdesk.ui.app import open_demo
    from kimdesk.ui.main_window import MainWindow
    from kimdesk.ui.worker import DbWorker

    ui_i18n.install(os.environ.get("KIMDESK_LANG", "de"))
    store, profile, folder = open_demo(400)
    try:
        window = MainWindow(store, profile=profile, profile_label=app.translate("App", "Demo-Profil (Beispieldaten)"),
                            worker=DbWorker(synchronous=True), demo=True)
        window.skip_close_check = True
        window.resize(*SIZE)
        window.show()

        def settle() -> None:
            for _ in range(30):
                app.processEvents()

        def shot(name: str) -> None:
            settle()
            path = OUT / f"{name}.png"
            image = window.grab().toImage()
            image.convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)  # no alpha: smaller
            print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")

        OUT.mkdir(parents=True, exist_ok=True)
        window.client_list.status.setCurrentIndex(window.client_list.status.findData("open"))
        window.client_list.open_needs.setChecked(True)
        window.client_list.table.selectRow(2)
        shot("client-list")

        intake = window.new_intake()
        w = intake.wizard
        for field, value in (("given_name", "Olena"), ("family_name", "Shevchenko"), ("birth_date", "1987"),
                             ("languages", ["Ukrainisch", "Russisch"]), ("interpreter_needed", True),
                             ("interpreter_language", "Ukrainisch"),
                             ("residence_status", "Aufenthaltserlaubnis § 24 AufenthG (vorübergehender Schutz)"),
                             ("municipality", "Eschweiler")):
            w.set(field, value)
        i = w.add_item("members")
        w.set_item("members", i, "given_name", "Sofiia")
        w.set_item("members", i, "birth_date", "2013")
        for step in ("household", "languages", "residence", "needs"):
            while w.current != step:
                intake.next()
        page = intake.pages["needs"]
        for category in ("Existenzsicherung", "Integrationskurs", "Wohnung"):
            index = page.rows.add()
            page.rows.widgets[index]["category"].setCurrentText(category)
        page.rows.widgets[2]["description"].setText("Wohnung zu klein, Mietvertrag läuft aus")
        shot("intake-wizard")
        intake.cancelled.emit()

        with store.session(write=False) as s:
            ids = list(s.scalars(select(Client.id).where(Client.status == "open").order_by(Client.case_number)))
        target = next((cid for cid in ids if (m := rs.client_map(store, cid)).pingpongs and m.gaps
                       and 4 <= len(m.needs) <= 5), None)
        target = target or next(cid for cid in ids if rs.client_map(store, cid).pingpongs)
        view = window.open_client(target)
        shot("client-record")
        view.tabs.setCurrentWidget(view.needs)
        node = next(n for n in view.needs.cmap.needs if n.pingpong.flagged)
        view.needs.select(node.need_id)
        shot("responsibility-map")
        window.close()
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
