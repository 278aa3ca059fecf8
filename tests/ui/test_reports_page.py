"""The reports view: the period drives the figures, computed off the UI thread; CSV and PDF export."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QFileDialog

from kimdesk.services.admin import demo
from kimdesk.services.reports import report_print
from kimdesk.ui.reports.page import ReportsPage

TODAY = date(2026, 3, 10)
WAIT = 30_000


@pytest.fixture
def filled(store):
    demo.generate(store, 250, seed=9, today=TODAY)
    return store


@pytest.fixture
def page(qtbot, filled):
    view = ReportsPage(filled, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.figures_ready, timeout=WAIT):
        view.show()
    yield view
    view.shutdown()


def _key_figures(view) -> list[tuple[str, str]]:
    grid = view.committee_view.key_grid
    labels = [grid.itemAt(i).widget().text() for i in range(grid.count())]
    return list(zip(labels[0::2], labels[1::2]))


def test_period_change_updates_figures_tables_and_key_figures(qtbot, page, filled):
    assert page.figures.date_to == TODAY  # the default: the last twelve months
    with qtbot.waitSignal(page.figures_ready, timeout=WAIT):
        page.set_period(date(2024, 1, 1), date(2024, 12, 31))
    expected = report_print.committee_figures(filled, date(2024, 1, 1), date(2024, 12, 31), today=TODAY)
    assert (page.figures.date_from, page.figures.date_to) == (date(2024, 1, 1), date(2024, 12, 31))
    assert page.committee_view.model.grid() == expected.tables()[0].grid()
    assert _key_figures(page) == expected.key_figures()
    page.committee_view.list.setCurrentRow(2)
    assert page.committee_view.model.grid() == expected.needs.by_category.grid()
    school = report_print.school_entry_figures(filled, date(2024, 1, 1), date(2024, 12, 31), today=TODAY)
    page.tabs.setCurrentIndex(1)
    page.school_view.list.setCurrentRow(1)
    assert page.school_view.model.grid() == school.placements.grid()
    # typing a date into the filter recomputes too
    with qtbot.waitSignal(page.figures_ready, timeout=WAIT):
        page.date_to.setDate(QDate(2025, 12, 31))
        page.date_from.setDate(QDate(2025, 1, 1))
    assert (page.figures.date_from, page.figures.date_to) == (date(2025, 1, 1), date(2025, 12, 31))
    assert page.preset.currentData() == "custom"
    # a period that ends before it begins is refused in one line, the figures stay
    page.date_from.setDate(QDate(2026, 1, 1))
    qtbot.waitUntil(lambda: "beginnt nach seinem Ende" in page.status.text(), timeout=WAIT)
    assert page.figures.date_from == date(2025, 1, 1)
    assert page.committee_view.model.grid() != []


def test_event_loop_keeps_turning_while_figures_compute(qtbot, page, monkeypatch, suite_heap_set_aside):
    real = report_print.committee_figures
    threads = []

    def slow(*args, **kwargs):
        threads.append(threading.current_thread())
        time.sleep(0.8)
        return real(*args, **kwargs)

    monkeypatch.setattr(report_print, "committee_figures", slow)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    started = time.perf_counter()
    with qtbot.waitSignal(page.figures_ready, timeout=WAIT):
        page.set_period(date(2023, 1, 1), date(2023, 12, 31))
        qtbot.waitUntil(lambda: page.runner.busy, timeout=WAIT)
        assert not page.pdf_button.isEnabled() and page.progress.isVisible()
    timer.stop()
    assert threads and all(t is not threading.main_thread() for t in threads)
    during = [t for t in ticks if t - started < 0.8]
    assert len(during) >= 15, len(during)  # ~40 possible: the UI thread was never blocked for long
    assert page.pdf_button.isEnabled() and not page.progress.isVisible()


def test_a_superseded_period_is_never_shown(qtbot, page):
    with qtbot.waitSignal(page.figures_ready, timeout=WAIT):
        page.set_period(date(2022, 1, 1), date(2022, 12, 31))
        page.refresh()  # at once, not debounced
        page.set_period(date(2021, 1, 1), date(2021, 6, 30))
        page.refresh()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=WAIT)
    qtbot.wait(300)  # the debounced refresh may still come; it is the same period
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=WAIT)
    assert (page.figures.date_from, page.figures.date_to) == (date(2021, 1, 1), date(2021, 6, 30))


def test_csv_and_pdf_of_the_current_report(qtbot, page, tmp_path, monkeypatch):
    folder, pdf = tmp_path / "tabellen", tmp_path / "bericht.pdf"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    page.csv_button.click()
    names = sorted(p.name for p in folder.iterdir())
    assert names[0] == "sachstandsbericht_01_fallentwicklung.csv" and len(names) == 13
    page.tabs.setCurrentIndex(1)
    page.pdf_button.click()
    qtbot.waitUntil(pdf.exists, timeout=WAIT)
    assert pdf.read_bytes().startswith(b"%PDF") and "Seiteneinsteiger" in page.status.text()


def test_period_change_pending_at_shutdown_never_runs(qtbot, filled):
    """A window closed within the debounce delay of a period change: nothing is computed afterwards."""
    view = ReportsPage(filled, today=TODAY)
    qtbot.addWidget(view)
    view.set_period(date(2024, 1, 1), date(2024, 12, 31))  # starts the 250 ms debounce
    view.shutdown()
    qtbot.wait(400)  # past the debounce: an exception in the event loop would fail this test
    assert view.figures is None
    assert not view.runner.busy
    with pytest.raises(RuntimeError):
        view.runner.submit("figures", lambda: None, lambda _r: None, lambda _m: None)


def test_the_report_shown_can_be_previewed_and_printed(qtbot, page, monkeypatch):
    from PySide6.QtGui import QPageLayout
    from reportlab.platypus import Paragraph

    from kimdesk.reports.template import PageSetup, render
    from kimdesk.ui.conferences import printing

    shown = []
    monkeypatch.setattr(printing, "preview",
                        lambda parent, rendered, store=None, **_kw: shown.append(("preview", rendered)))
    monkeypatch.setattr(printing, "print_with_dialog",
                        lambda parent, rendered, store=None, **_kw: shown.append(("print", rendered)) or True)
    page.preview_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT)
    page.print_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT)
    assert [kind for kind, _r in shown] == ["preview", "print"]
    assert shown[0][1].pdf.startswith(b"%PDF")

    def orientation(pdf: bytes):
        printer = printing.new_printer()
        printing._orient(printer, printing.PdfPages(pdf))
        return printer.pageLayout().orientation()

    assert orientation(shown[1][1].pdf) == QPageLayout.Orientation.Portrait
    wide = render(lambda s, g: [Paragraph("Lenkungsgruppe", s.body)], PageSetup("Befunde", wide=True)).pdf
    assert orientation(wide) == QPageLayout.Orientation.Landscape  # a wide report on landscape A4


def test_texts_and_school_places_are_entered_in_the_reports_page(qtbot, page, filled):
    from kimdesk.services.reports import report_texts
    from kimdesk.services.schooling import school_places

    page.tabs.setCurrentIndex(2)
    with qtbot.waitSignal(page.figures_ready, timeout=WAIT):
        page.set_period(date(2025, 1, 1), date(2025, 12, 31))
    editor = page.texts
    editor.section.setCurrentIndex(editor.section.findData("outlook"))
    editor.editor.setPlainText("2026 sollen zwei weitere IFK starten.")
    editor.reviewed.setChecked(True)
    with qtbot.waitSignal(page.figures_ready, timeout=WAIT):
        editor.save_button.click()
    saved = report_texts.load(filled, date(2025, 1, 1), date(2025, 12, 31))["outlook"]
    assert saved.text == "2026 sollen zwei weitere IFK starten." and saved.reviewed
    assert page.figures.texts["outlook"] == saved.text  # the report on screen has it
    editor.section.setCurrentIndex(editor.section.findData("introduction"))
    assert editor.editor.toPlainText() == "" and not editor.reviewed.isChecked()
    editor.section.setCurrentIndex(editor.section.findData("outlook"))
    assert editor.editor.toPlainText() == saved.text
    places = page.places
    places.form.setCurrentIndex(places.form.findData("ifk"))
    places.intake.setDate(QDate(2026, 8, 1))
    places.places.setValue(24)
    with qtbot.waitSignal(page.figures_ready, timeout=WAIT):
        places.add_button.click()
    assert places.table.rowCount() == 1 and places.table.item(0, 4).text() == "24"
    assert [(p.school_form, p.places, p.operator) for p in school_places.listing(filled)] == [("ifk", 24, "region")]
    places.operator.setCurrentIndex(places.operator.findData("municipality"))  # without a municipality: refused
    places.add_button.click()
    assert "braucht die Kommune" in places.status.text() and len(school_places.listing(filled)) == 1
    places.table.selectRow(0)
    places.remove_button.click()
    assert places.table.rowCount() == 0 and school_places.listing(filled) == []
