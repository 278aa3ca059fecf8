"""Render the screenshots in ``docs/screenshots`` from a demo profile: ``make screenshots``.

The real widgets are drawn offscreen (``QT_QPA_PLATFORM=offscreen``) on a throw-away demo
profile: the client list, the intake wizard (needs step, with the responsibility finder's
proposals), a client record and its responsibility map (a person with a gap and Pingpong),
the case cycle: a person's plan (*Hilfeplan*), the waiting list for school places and the
follow-ups the deadline rules created in the tasks view.
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
SIZE = (1366, 700)  # a 1366×768 laptop less task bar and title bar: if it fits here, it fits


def main() -> int:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kimdesk.models import Client
    from kimdesk.services.clients_intake import responsibilities as rs
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
        window._remove_tab(intake)  # without the question about the typed input

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
        _case_cycle(window, store, [c for c in ids if c != target], shot)
        window.close()
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _case_cycle(window, store, ids, shot) -> None:
    """A plan for one person (recorded through the services, as a counsellor would), then the lists."""
    from datetime import date, timedelta

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kimdesk.models import Agency
    from kimdesk.services.casework import case_cycle, plans
    from kimdesk.services.schooling import school_entry
    from kimdesk.ui import pages

    today = date.today()
    with store.session(write=False) as s:
        agencies = {a.kind: a.id for a in s.scalars(__import__("sqlalchemy").select(Agency))}
    with store.connection() as conn:
        waiting = {w.client_id for w in school_entry.waiting_list(conn)}
        phased = set(case_cycle.current_phases(conn))
    cid = next((c for c in ids if c not in waiting and c not in phased), None)
    if cid is None:  # the demo gives every open case a phase now: a fresh person for the plan
        from kimdesk.services.clients_intake import clients

        cid = clients.create_client(store, {"given_name": "Amina", "family_name": "Yusuf", "birth_date": "1990"})
    case_cycle.transition(store, cid, "clearing", today - timedelta(days=70), note="über die Migrationsberatung")
    case_cycle.transition(store, cid, "assessment", today - timedelta(days=60), indicated=True, agreed=True)
    case_cycle.transition(store, cid, "plan", today - timedelta(days=30))
    plan = plans.create_plan(store, cid, review_on=today + timedelta(days=45))
    plans.update_plan(store, plan, status="agreed", agreed_on=today - timedelta(days=28))
    goal = plans.add_goal(store, plan, "Der Lebensunterhalt ist ohne Lücke gesichert")
    done = plans.add_measure(store, goal, "Unterlagen für den Bürgergeld-Antrag zusammenstellen", who="die Person selbst",
                             due=today - timedelta(days=14))
    plans.set_measure_status(store, done, "done")
    plans.add_measure(store, goal, "Antrag auf Bürgergeld entscheiden", who_agency_id=agencies.get("Jobcenter"),
                      who="Leistungsabteilung", due=today - timedelta(days=3))
    goal = plans.add_goal(store, plan, "Ich spreche im Alltag Deutsch (B1)")
    plans.add_measure(store, goal, "Anmeldung zum Integrationskurs", who="Case Management", due=today + timedelta(days=10))
    goal = plans.add_goal(store, plan, "Die Familie hat eine eigene Wohnung")
    plans.add_measure(store, goal, "Wohnberechtigungsschein beantragen", who="die Person mit Case Management",
                      due=today + timedelta(days=21))
    view = window.open_client(cid)
    view.tabs.setCurrentWidget(view.cycle)
    view.cycle.inner.setCurrentWidget(view.cycle.plan)
    view.cycle.plan.tree.setCurrentItem(view.cycle.plan.tree.topLevelItem(1))  # the overdue measure shows red
    shot("case-plan")
    window.show_page("school")
    pages.real(window.waiting_page).table.selectRow(0)
    shot("waiting-list")
    window.show_page("tasks")
    page = pages.real(window.tasks_page)
    page.horizon.setCurrentIndex(page.horizon.findData(60))
    page.kind.setCurrentIndex(page.kind.findData("rule"))
    page.table.selectRow(0)
    shot("deadline-follow-ups")
    dialog = page.dismiss()  # a follow-up that does not apply: dismissed with a reason
    dialog.reason.setEditText("Person ist verzogen")
    for _ in range(30):
        QApplication.processEvents()
    path = OUT / "dismiss-follow-up.png"
    dialog.grab().toImage().convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
    print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main())
