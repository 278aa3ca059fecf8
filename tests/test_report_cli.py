"""``kimdesk report committee|school-entry``: files written, CSV equals the printed tables, bad input exits 2."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
import time_machine

from kimdesk.services.admin import demo
from kimdesk.services.reports import report_print
from tests.support.cli import run
from tests.support.stores import PASSPHRASE

ENV = {"KIMDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def filled(store, data_dir):
    demo.generate(store, 150, seed=4, today=date(2026, 3, 10))
    return data_dir


def kd(data_dir: Path, *args):
    return run("--data-dir", data_dir, *args, env=ENV)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.mark.parametrize("args, fragment", [
    (["--from", "2025-13-01", "--to", "2025-12-31"], "--from: „2025-13-01“ ist kein Datum"),
    (["--from", "2025-01-01", "--to", "31.12.2025"], "--to: „31.12.2025“ ist kein Datum"),
    (["--from", "2025-06-01", "--to", "2025-05-31"], "beginnt nach seinem Ende"),
    (["--from", "2025-01-01"], "Bitte den Zeitraum"),
])
@pytest.mark.parametrize("report", ["committee", "school-entry"])
def test_bad_period_is_exit_2_with_one_clear_line_and_nothing_written(filled, tmp_path, report, args, fragment):
    out = tmp_path / "out"
    out.mkdir()
    res = kd(filled, "report", report, *args, "-o", out / "r.pdf", "--csv", out / "csv")
    assert res.code == 2 and fragment in res.err and len(res.err.strip().splitlines()) == 1, res
    assert _files(out) == []


def test_missing_folder_or_no_output_is_bad_input(filled, tmp_path):
    res = kd(filled, "report", "committee", "--from", "2025-01-01", "--to", "2025-12-31", "-o",
             tmp_path / "nope" / "r.pdf")
    assert res.code == 2 and "existiert nicht" in res.err
    res = kd(filled, "report", "committee", "--from", "2025-01-01", "--to", "2025-12-31")
    assert res.code == 2 and "-o" in res.err


def test_uninitialised_data_dir_is_bad_input(tmp_path):
    res = kd(tmp_path / "nothing", "report", "committee", "--from", "2025-01-01", "--to", "2025-12-31", "-o",
             tmp_path / "r.pdf")
    assert res.code == 2 and not (tmp_path / "r.pdf").exists()


@time_machine.travel(datetime(2026, 3, 10, 9, 0), tick=False)
@pytest.mark.parametrize("report, title, prefix", [
    ("committee", "Sachstandsbericht", "sachstandsbericht_"),
    ("school-entry", "Übersicht Seiteneinsteiger", "seiteneinsteiger_"),
])
def test_pdf_and_csv_carry_the_same_printed_tables(filled, store, tmp_path, report, title, prefix):
    pdf, folder = tmp_path / "bericht.pdf", tmp_path / "tabellen"
    res = kd(filled, "report", report, "--from", "2025-01-01", "--to", "2025-12-31", "-o", pdf, "--csv", folder)
    assert res.code == 0, res.err
    assert title in res.out and pdf.read_bytes().startswith(b"%PDF")
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"
    if report == "committee":
        tables = report_print.committee_figures(store, date(2025, 1, 1), date(2025, 12, 31)).tables()
    else:
        tables = report_print.school_entry_figures(store, date(2025, 1, 1), date(2025, 12, 31)).tables()
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [f"{prefix}{i:02d}_{t.key}.csv" for i, t in enumerate(tables, 1)]
    for path, table in zip(files, tables):
        with path.open(encoding="utf-8-sig", newline="") as fh:
            assert list(csv.reader(fh, delimiter=";")) == table.grid(), path.name
