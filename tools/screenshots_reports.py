"""Regenerate docs/screenshots/ for the reports: committee report, school-entry report, reports view.

Run ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_reports.py``. Uses a throw-away
profile with demo data of a mid-sized district (2,500 invented people), reviewed text sections
for the Sachstandsbericht and school places per intake as a coordination would enter them; needs ``pdftoppm``
(poppler-utils). PDF pages are rendered at 60 dpi (small files), the view at 1280 × 800.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2026, 3, 10)
PRINTED = datetime(2026, 3, 10, 9, 30)
COMMITTEE = (date(2025, 1, 1), date(2025, 12, 31))
SCHOOL = (date(2025, 8, 1), date(2026, 2, 28))


def pdf_pages(pdf: bytes, stem: str) -> list[Path]:
    for old in OUT.glob(f"{stem}-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(src), str(OUT / stem)], check=True)
    for page in OUT.glob(f"{stem}-0*.png"):  # pdftoppm pads to the page count's digits: keep names stable
        page.rename(page.with_name(f"{stem}-{int(page.stem.rsplit('-', 1)[1])}.png"))
    return sorted(OUT.glob(f"{stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def settle(ms: int = 150) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


TEXTS = {
    "introduction": "Der Ausschuss für Soziales und Integration hat um einen Sachstand zum Kommunalen "
                    "Integrationsmanagement gebeten, insbesondere zur Schulversorgung neu zugewanderter Kinder und "
                    "Jugendlicher. Dieser Bericht fasst die Fallarbeit des Jahres 2025 in anonymen Zahlen zusammen.",
    "developments": "Die Zahl der Aufnahmen ins Case Management ist über das Jahr gleichmäßig geblieben. Häufigster "
                    "Bedarf ist weiterhin die Existenzsicherung; bei Wohnung und Schulplatz warten Menschen am "
                    "längsten auf eine zuständige Stelle.",
    "findings": "Zwei Themen hat das Team an die Lenkungsgruppe gegeben: fehlende Plätze in Internationalen "
                "Förderklassen und Lücken beim Übergang vom AsylbLG ins SGB II.",
    "outlook": "2026 sollen zwei weitere Internationale Förderklassen starten. Das Team schlägt vor, die Plätze je "
               "Aufnahmetermin halbjährlich mit den Schulträgern abzustimmen.",
}


def _texts_and_places(store) -> None:
    """Reviewed text sections for the committee period, and the places the coordination entered."""
    from kimdesk.services.casework import findings
    from kimdesk.services.reports import report_texts
    from kimdesk.services.schooling import school_places

    for section, body in TEXTS.items():
        report_texts.save(store, *COMMITTEE, section, body, reviewed=True)
    with store.connection() as conn:  # read first: a write inside this read transaction cannot begin
        first = [item.id for item in findings.register(conn)[:1]]
    for finding_id in first:
        findings.update_finding(store, finding_id, {"reviewed": True})
    for form, muni, operator, day, places in (
            ("ifk", None, "region", date(2026, 8, 1), 48), ("ffm", None, "region", date(2026, 5, 1), 16),
            ("primary", "Aachen", "municipality", date(2026, 8, 1), 30),
            ("secondary", "Aachen", "municipality", date(2026, 8, 1), 24),
            ("secondary", "Eschweiler", "municipality", date(2026, 8, 1), 8)):
        school_places.save(store, {"school_form": form, "municipality": muni, "operator": operator,
                                   "intake_on": day, "places": places})


def main() -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from kimdesk.services.clients_intake import catalogue
    from kimdesk.services.admin import demo, print_settings
    from kimdesk.services.reports import report_print
    from kimdesk.store.profile import Profile, init_profile
    from kimdesk.ui.reports.page import ReportsPage

    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        store = init_profile(Profile(Path(folder), "shots"), "screenshot passphrase 1", remember=False)
        try:
            catalogue.seed_agencies(store)
            print_settings.set_organisation(store, "StädteRegion Aachen – Kommunales Integrationsmanagement")
            demo.generate(store, 2500, seed=11, today=TODAY)
            _texts_and_places(store)
            org = report_print.organisation(store)
            figures = report_print.committee_figures(store, *COMMITTEE, today=TODAY)
            made = pdf_pages(report_print.committee_pdf(figures, org, printed_at=PRINTED).pdf, "report-committee")
            school = report_print.school_entry_figures(store, *SCHOOL, today=TODAY)
            made += pdf_pages(report_print.school_entry_pdf(school, org, printed_at=PRINTED).pdf, "report-school-entry")

            page = ReportsPage(store, today=TODAY)
            page.resize(1280, 800)
            loop = QEventLoop()
            page.figures_ready.connect(loop.quit)
            page.show()
            loop.exec()
            page.set_period(*COMMITTEE)
            loop.exec()
            page.committee_view.list.setCurrentRow(2)
            settle()
            shots = [(OUT / "reports-view-committee.png", page)]
            page.grab().save(str(shots[0][0]))
            page.tabs.setCurrentIndex(2)  # the committee period's texts beside the places
            settle()
            page.grab().save(str(OUT / "reports-view-texts-and-places.png"))
            page.tabs.setCurrentIndex(0)
            page.set_period(*SCHOOL)
            loop.exec()
            page.tabs.setCurrentIndex(1)
            page.school_view.list.setCurrentRow(0)
            settle()
            page.grab().save(str(OUT / "reports-view-school-entry.png"))
            made += [OUT / "reports-view-committee.png", OUT / "reports-view-school-entry.png",
                     OUT / "reports-view-texts-and-places.png"]
            page.runner.shutdown()
            page.close()
        finally:
            store.close()
    for path in made:
        print(path.relative_to(ROOT), f"{path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
