"""The reports view: period filter, committee report and school-entry overview, CSV and PDF.

Everything shown comes from the Qt-free report services (``report_print``); figures and PDFs
are made off the UI thread (``ReportRunner`` on the runner's render pool; the letterhead is read
there too) while the window stays responsive. The tables and charts show the printed strings
only, so the view can never reveal a withheld value.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.reports import report_print
from kimdesk.services.reports.committee import CommitteeFigures
from kimdesk.figures.periods import day_text
from kimdesk.services.schooling.school_entry_tables import SchoolEntryTables
from kimdesk.store.store import Store
from kimdesk.ui.conferences import printing
from kimdesk.ui.reports.browser import FigureBrowser, figure_entry, stat_entry
from kimdesk.ui.reports.editors import ReportTextEditor, SchoolPlacesEditor
from kimdesk.ui.reports.worker import ReportRunner
from kimdesk.ui.messages import describe
from kimdesk.ui.save_dialog import ask_folder, ask_save_path

COMMITTEE, SCHOOL = 0, 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def preset_period(key: str, today: date) -> tuple[date, date]:
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "this_year":
        return date(today.year, 1, 1), today
    if key == "last_quarter":
        q = (today.month - 1) // 3
        end = date(today.year, q * 3 + 1, 1) - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    if key == "five_years":
        return date(today.year - 5, 1, 1), today
    return today - timedelta(days=365), today  # last 12 months


class ReportsPage(QWidget):
    """``figures_ready`` fires on the UI thread whenever new figures are shown."""

    figures_ready = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.figures: CommitteeFigures | None = None
        self.school: SchoolEntryTables | None = None
        self.runner = ReportRunner(self)
        self.runner.busy_changed.connect(self._busy)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Zeitraum:"), self))
        self.preset = QComboBox(self)
        for key, label in (("twelve_months", self.tr("Letzte 12 Monate")), ("this_year", self.tr("Laufendes Jahr")),
                           ("last_year", self.tr("Letztes Kalenderjahr")), ("last_quarter", self.tr("Letztes Quartal")),
                           ("five_years", self.tr("Letzte fünf Jahre")), ("custom", self.tr("Eigener Zeitraum"))):
            self.preset.addItem(label, key)
        bar.addWidget(self.preset)
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        bar.addWidget(QLabel(self.tr("von"), self))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("bis"), self))
        bar.addWidget(self.date_to)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        bar.addWidget(self.progress)
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)
        # the outputs in a row of their own, at the right: beside the period they made the page 1,260 px
        # wide, and at 1366×768 "Drucken …" lay off the screen, behind a sideways scroll
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.csv_button = QPushButton(self.tr("Tabellen als CSV …"), self)
        self.pdf_button = QPushButton(self.tr("Als PDF speichern …"), self)
        self.preview_button = QPushButton(self.tr("Druckvorschau"), self)
        self.preview_button.setObjectName("reportPreview")
        self.print_button = QPushButton(self.tr("Drucken …"), self)
        self.print_button.setObjectName("reportPrint")
        for button in (self.csv_button, self.pdf_button, self.preview_button, self.print_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.tabs = QTabWidget(self)
        self.committee_view, self.school_view = FigureBrowser(self), FigureBrowser(self)
        self.tabs.addTab(self.committee_view, self.tr("Sachstandsbericht"))
        self.tabs.addTab(self.school_view, self.tr("Seiteneinsteiger und Internationale Förderklassen"))
        entries = QWidget(self)
        side = QHBoxLayout(entries)
        self.texts = ReportTextEditor(store, self.period, entries)
        self.places = SchoolPlacesEditor(store, entries)
        side.addWidget(self.texts, 1)
        side.addWidget(self.places, 1)
        self.tabs.addTab(entries, self.tr("Texte und Schulplätze"))
        layout.addWidget(self.tabs, 1)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self.texts.saved.connect(self._debounce.start)
        self.places.changed.connect(self._debounce.start)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.preview_button.clicked.connect(lambda: self.print_pdf("preview"))
        self.print_button.clicked.connect(lambda: self.print_pdf("print"))
        self._apply_preset()

    def shutdown(self) -> None:
        """For the main window's ordered shutdown: wait for a running computation, drop its result.

        A period change still waiting in the debounce timer is cancelled: the store may be locked next.
        """
        self._debounce.stop()
        self.runner.shutdown()

    def before_lock(self) -> None:
        """The store is about to close: a pending period change waits, running work finishes."""
        self._debounce.stop()
        self.runner.wait_idle()

    def after_unlock(self) -> None:
        """Figures for the period on screen (a change made just before locking included)."""
        self.refresh()

    # -- period -----------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def set_period(self, date_from: date, date_to: date) -> None:
        """Show a period of one's own (as if typed); the figures follow shortly."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self._set_dates(date_from, date_to)
        self._debounce.start()

    def _set_dates(self, date_from: date, date_to: date) -> None:
        for edit, day in ((self.date_from, date_from), (self.date_to, date_to)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        self._set_dates(*preset_period(key, self.today or date.today()))
        self._debounce.start()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self._debounce.start()

    # -- figures ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.runner.closed:
            return  # the window is closing; the store may already be locked
        date_from, date_to = self.period()
        if date_from > date_to:
            self.status.setText(self.tr("Der Zeitraum beginnt nach seinem Ende."))
            return
        store, today = self.store, self.today

        def compute() -> tuple[CommitteeFigures, SchoolEntryTables]:  # runs in the background: no widgets here
            return (report_print.committee_figures(store, date_from, date_to, today=today),
                    report_print.school_entry_figures(store, date_from, date_to, today=today))

        self.status.setText(self.tr("Zahlen werden berechnet …"))
        self.texts.load()
        self.places.load()
        self.runner.submit("figures", compute, self._show, self._failed)

    def _show(self, result: tuple[CommitteeFigures, SchoolEntryTables]) -> None:
        self.figures, self.school = result
        f, x = result
        unit = {"month": self.tr("Monat"), "quarter": self.tr("Quartal"), "year": self.tr("Jahr")}[f.unit]
        self.committee_view.set_entries(f.key_figures(), [
            figure_entry(self.tr("Fallentwicklung"), f.cases.over_time, f.cases.over_time.cols, self.tr(
                "Fälle, die je {unit} ins Case Management aufgenommen (auch wieder aufgenommen) oder abgeschlossen "
                "wurden.").format(unit=unit)),
            figure_entry(self.tr("Personen nach Kommune"), f.cases.by_municipality, note=self.tr(
                "Personen, deren Fall im Zeitraum offen war, nach ihrer heutigen Wohnkommune.")),
            figure_entry(self.tr("Bedarfe nach Kategorie"), f.needs.by_category, note=self.tr(
                "Bedarfe, die im Zeitraum offen waren, und ihr Stand am Stichtag: übernommen, angefragt, ohne "
                "zuständige Stelle (Versorgungslücke) oder ohne Stelle erledigt.")),
            figure_entry(self.tr("Bedarfe nach Rechtskreis"), f.needs.by_domain, f.needs.by_domain.cols, self.tr(
                "Dieselben Bedarfe nach dem Rechtskreis der Stelle, die sie übernommen hat oder bei der die Anfrage "
                "liegt.")),
            stat_entry(self.tr("Wartezeit bis zur Übernahme"), f.needs.waits, self.tr(
                "Tage vom Öffnen eines Bedarfs bis zur ersten Zusage einer Stelle (Zusagen im Zeitraum); letzte "
                "Zeile: Anmeldung bis Aufnahme in eine Schule.")),
            figure_entry(self.tr("Ämter-Pingpong"), f.needs.pingpong, note=self.tr(
                "Bedarfe, die dreimal oder öfter abgelehnt oder weitergeleitet wurden oder wieder bei einer Stelle "
                "landeten, die sie schon abgelehnt hatte.")),
            figure_entry(self.tr("Konferenzen"), f.meetings.conferences, note=self.tr(
                "Fallkonferenzen und Netzwerktreffen im Zeitraum.")),
            figure_entry(self.tr("Vereinbarte Aufgaben"), f.meetings.actions, note=self.tr(
                "In Konferenzen vereinbarte Aufgaben mit Frist im Zeitraum und ihr Stand am Stichtag.")),
        ] + ([
            figure_entry(self.tr("Personen nach Alter"), f.sachstand.ages, note=self.tr(
                "Dieselben Personen wie nach Kommune, nach Alter am Stichtag.")),
            figure_entry(self.tr("Personen nach Aufenthaltsstatus"), f.sachstand.residence, note=self.tr(
                "Dieselben Personen, nach Aufenthaltsstatus in Gruppen.")),
            figure_entry(self.tr("Abschlüsse nach Zielerreichung"), f.sachstand.goals, note=self.tr(
                "Im Zeitraum abgeschlossene Fälle nach der vermerkten Zielerreichung.")),
            figure_entry(self.tr("Abschlüsse nach Grund"), f.sachstand.reasons, note=self.tr(
                "Im Zeitraum abgeschlossene Fälle nach dem Grund (Gründe des Katalogs).")),
            stat_entry(self.tr("Ausländerbehörde (Modul 3)"), f.sachstand.module3, self.tr(
                "Fälle, Fallkonferenzen und Schweigepflichtentbindungen mit der Ausländerbehörde im Zeitraum.")),
        ] if f.sachstand is not None else []))
        self.school_view.set_entries(x.key_figures(), [
            figure_entry(self.tr("Wartend am Stichtag"), x.waiting, note=self.tr(
                "Zugewiesen oder angemeldet bis zum Stichtag und noch ohne Schulplatz, nach Kommune und "
                "gewünschter Schulform.")),
            figure_entry(self.tr("Aufnahmen im Zeitraum"), x.placements, note=self.tr(
                "In eine Schule aufgenommen im Zeitraum, nach Kommune und Schulform.")),
            stat_entry(self.tr("Wartezeit bis zur Aufnahme"), x.placed_waits, self.tr(
                "Tage bis zur Aufnahme, ab Zuweisung und ab Anmeldung (Median und 90-%-Wert).")),
            stat_entry(self.tr("Bisherige Wartezeit"), x.waiting_waits, self.tr(
                "Wie lange die am Stichtag Wartenden bisher warten.")),
        ] + [entry for entry in (
            stat_entry(self.tr("Überblick nach Schulform"), x.overview, x.headline()) if x.overview else None,
            figure_entry(self.tr("Wartende nach Schulträger"), x.operators, note=self.tr(
                "Wartende am Stichtag nach dem Träger der gewünschten Schulform.")) if x.operators else None,
            stat_entry(self.tr("Plätze nach Schulträger"), x.operators_places, self.tr(
                "Plätze der nächsten Aufnahme, wie von der Koordinierung erfasst.")) if x.operators_places else None,
            figure_entry(self.tr("Wartende nach Schulpflicht"), x.duty, note=self.tr(
                "Wartende am Stichtag, ob im Alter der Vollzeitschulpflicht (6 bis 15 Jahre).")) if x.duty else None,
        ) if entry is not None])
        self.status.setText(self.tr("Stichtag {day} · berechnet in {seconds} s").format(
            day=day_text(f.as_of), seconds=f"{f.seconds:.1f}".replace(".", ",")))
        self.figures_ready.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Die Zahlen konnten nicht berechnet werden: {message}").format(message=message))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.csv_button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy and printing.can_preview())
        self.print_button.setEnabled(not busy and printing.can_preview())

    # -- export --------------------------------------------------------------------------------
    def _current(self):
        if self.tabs.currentIndex() == SCHOOL:
            return self.school, "seiteneinsteiger_", self.tr("Übersicht Seiteneinsteiger")
        return self.figures, "sachstandsbericht_", self.tr("Sachstandsbericht")

    def export_csv(self) -> None:
        figures, prefix, _what = self._current()
        if figures is None:
            return

        def write(folder: Path) -> None:
            try:
                paths = report_print.save_csv(figures.tables(), folder, prefix)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("CSV"), describe(exc))
                return
            self.status.setText(self.tr("{n} CSV-Dateien gespeichert in {dir}").format(n=len(paths), dir=folder))

        ask_folder(self, self.tr("Ordner für die CSV-Dateien"), then=write)

    def save_pdf(self) -> None:
        figures, prefix, what = self._current()
        if figures is None:
            return
        date_from, date_to = self.period()
        suggested = f"{prefix.rstrip('_')}_{date_from.isoformat()}_{date_to.isoformat()}.pdf"
        ask_save_path(self, self.tr("Als PDF speichern"), suggested, self.tr("PDF-Dokumente (*.pdf)"), ".pdf",
                      then=lambda target: self._save_pdf_to(figures, what, target))

    def _save_pdf_to(self, figures, what: str, target: Path) -> None:  # noqa: ANN001 - the figures shown
        store = self.store
        render = (report_print.school_entry_pdf if figures is self.school else report_print.committee_pdf)
        self.status.setText(self.tr("PDF wird erstellt …"))

        def done(rendered) -> None:
            try:
                report_print.save_pdf(rendered, target)
            except OSError as exc:  # e.g. the old PDF is still open in a viewer
                QMessageBox.warning(self, self.tr("PDF"), describe(exc))
                self.status.clear()
                return
            self.status.setText(self.tr("{what} gespeichert: {path}").format(what=what, path=target))

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("PDF"), self.tr("Das PDF konnte nicht erstellt werden: {message}").format(
                message=message))

        self.runner.submit("pdf", lambda: render(figures, report_print.organisation(store)), done, failed)

    def print_pdf(self, action: str) -> None:
        """Druckvorschau or Drucken of the report shown (A4 landscape as rendered; the last printer)."""
        figures, _prefix, _what = self._current()
        if figures is None:
            return
        store = self.store
        render = (report_print.school_entry_pdf if figures is self.school else report_print.committee_pdf)
        self.status.setText(self.tr("PDF wird erstellt …"))

        def done(rendered) -> None:
            self.status.setText("")

            def cannot(exc: OSError) -> None:
                QMessageBox.warning(self, self.tr("Drucken"), self.tr("Drucken nicht möglich: {message}").format(
                    message=exc.strerror or exc))

            if action == "preview":
                printing.preview(self, rendered, self.store, on_error=cannot)
            else:
                printing.print_with_dialog(self, rendered, self.store, on_error=cannot)

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("PDF"), self.tr("Das PDF konnte nicht erstellt werden: {message}").format(
                message=message))

        self.runner.submit("pdf", lambda: render(figures, report_print.organisation(store)), done, failed)
