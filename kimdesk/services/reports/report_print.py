"""Producing the anonymous reports: figures from the store, the PDF, the CSV files.

One function per step, shared by the command line and the app's reports view: figures are
read in one read transaction (the slow part, run off the UI thread by the app), the PDF is
laid out from the figures alone, and CSV files carry the same printed strings. Nothing here
is personal, so unlike minutes these files are not recorded as an access in the audit chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from kimdesk.errors import BadInput
from kimdesk.i18n import translate
from kimdesk.paths import atomic_write
from kimdesk.reports.template import Rendered
from kimdesk.services.reports import committee
from kimdesk.services.admin import print_settings
from kimdesk.services.schooling import school_entry_report, school_entry_tables
from kimdesk.services.reports.committee import CommitteeFigures, standing_timeline
from kimdesk.figures.periods import check_period
from kimdesk.figures.report_tables import Grid, write_csvs
from kimdesk.services.schooling.school_entry_tables import SchoolEntryTables
from kimdesk.store.store import Store


def committee_figures(store: Store, date_from: date, date_to: date, *, today: date | None = None) -> CommitteeFigures:
    from kimdesk.services.casework import findings
    from kimdesk.services.reports import report_texts

    check_period(date_from, date_to)
    refresh_standings(store)
    with store.connection() as conn:
        result = committee.figures(conn, date_from, date_to, today=today)
        result.findings = findings.register(conn, include_resolved=False)
    result.texts = report_texts.publishable(report_texts.load(store, date_from, date_to))
    return result


def refresh_standings(store: Store) -> int:
    """Bring the needs' standing timeline up to date (``committee.standing_timeline``) before a
    report reads it: only needs written since the last report, and no write lock when none was."""
    with store.connection() as conn:
        if not conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM need_standing_dirty)").scalar():
            return 0
    with store.connection(write=True) as conn:
        return standing_timeline.refresh(conn)


def school_entry_figures(store: Store, date_from: date, date_to: date, *,
                         today: date | None = None) -> SchoolEntryTables:
    check_period(date_from, date_to)
    with store.connection() as conn:
        return school_entry_tables.build(school_entry_report.figures(conn, date_from, date_to, today=today))


def committee_pdf(figures: CommitteeFigures, organisation: str, *, printed_at: datetime | None = None) -> Rendered:
    from kimdesk.reports.committee import render_committee

    return render_committee(figures, organisation=organisation, printed_at=printed_at)


def school_entry_pdf(tables: SchoolEntryTables, organisation: str, *, printed_at: datetime | None = None) -> Rendered:
    from kimdesk.reports.school_entry import render_school_entry

    return render_school_entry(tables, organisation=organisation, printed_at=printed_at)


def organisation(store: Store) -> str:
    return print_settings.organisation(store)


def check_pdf_target(path: Path) -> Path:
    """The PDF's path must be a file in an existing folder (checked before any work)."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise BadInput(translate("Report", "Der Ordner {dir} existiert nicht.").format(dir=path.parent))
    if path.is_dir():
        raise BadInput(translate("Report", "{path} ist ein Ordner; bitte einen Dateinamen angeben.").format(path=path))
    return path


def check_csv_target(folder: Path) -> Path:
    folder = folder.expanduser()
    if folder.exists() and not folder.is_dir():
        raise BadInput(translate("Report", "{path} ist kein Ordner.").format(path=folder))
    if not folder.parent.is_dir():
        raise BadInput(translate("Report", "Der Ordner {dir} existiert nicht.").format(dir=folder.parent))
    return folder


def save_pdf(rendered: Rendered, path: Path) -> None:
    atomic_write(path, rendered.pdf)


def save_csv(tables: Sequence[Grid], folder: Path, prefix: str) -> list[Path]:
    """One CSV per table, named ``<prefix>NN_<table>.csv`` (UTF-8 with BOM, ``;``, mode 0600)."""
    return write_csvs(list(tables), folder, prefix)
