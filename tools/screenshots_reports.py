"""Regenerate docs/screenshots/ for the reports: committee report, school-entry report, reports view.

Run ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_reports.py``. Uses a throw-away
profile with demo data of a mid-sized district (2,500 invented people); needs ``pdftoppm``
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
    return sorted(OUT.glob(f"{stem}-*.png"))


def settle(ms: int = 150) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from kimdesk.services import catalogue, demo, print_settings, report_print
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
            page.set_period(*SCHOOL)
            loop.exec()
            page.tabs.setCurrentIndex(1)
            page.school_view.list.setCurrentRow(0)
            settle()
            page.grab().save(str(OUT / "reports-view-school-entry.png"))
            made += [OUT / "reports-view-committee.png", OUT / "reports-view-school-entry.png"]
            page.runner.shutdown()
            page.close()
        finally:
            store.close()
    for path in made:
        print(path.relative_to(ROOT), f"{path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
