"""The school-entry report (Übersicht Seiteneinsteiger …) read back from its PDF and checked.

Counts and waiting times are recomputed from the raw rows (``report_truth.school_entry``);
the printed cells must match under the suppression rules, no withheld cell may be
recoverable from the printed totals, and no person of the data set may appear.
"""

from __future__ import annotations

from datetime import date

import pytest

from kimdesk.services.reports import report_print
from tests.reports.test_committee_report import _expect, assert_no_person
from tests.support import pdf as pdf_support
from tests.support import report_truth as truth
from tests.support.reader import check_table
from tests.support.report_data import TODAY
from tests.support.report_pdf import find_table, folded, number, raw_text

START, END = date(2025, 8, 1), date(2026, 2, 28)


@pytest.fixture(scope="module")
def report(seeded):
    tables = report_print.school_entry_figures(seeded, START, END, today=TODAY)
    rendered = report_print.school_entry_pdf(tables, "Kreis Testland")
    with seeded.connection() as conn:
        expected = truth.school_entry(conn, START, END, TODAY)
    levels = {"waiting": tables.figures.waiting_level, "placed": tables.figures.placements_level}
    return {"pdf": rendered.pdf, "text": folded(raw_text(rendered.pdf)), "truth": expected, "levels": levels}


def at_level(table: truth.Table, level: str) -> truth.Table:
    """The truth cut as the report printed it: detail, by school form, by municipality or the total alone."""
    if level == "detail":
        return table
    label = lambda f: truth.FORM_LABELS[f]  # noqa: E731
    if level == "by_form":
        out = truth.Table([label(f) for f in table.cols], ["n"])
        pick = lambda r, c: label(c)  # noqa: E731
    elif level == "by_municipality":
        out = truth.Table(list(table.rows), ["n"])
        pick = lambda r, c: r  # noqa: E731
    else:
        out = truth.Table([truth.FORM_LABELS[None]], ["n"])
        pick = lambda r, c: truth.FORM_LABELS[None]  # noqa: E731
    for (r, c), n in table.count.items():
        out.count[(pick(r, c), "n")] += n
        out.who[(pick(r, c), "n")] |= table.who[(r, c)]
    return out


def _table(report, table: truth.Table, after: str, level: str = "detail") -> dict:
    single = level != "detail"
    rows = table.rows + ([truth.TOTAL] if level != "total" else [])
    cols = table.cols + ([] if single else [truth.TOTAL])
    found = find_table(report["text"], rows, len(cols), after)
    printed = {(r, c): found[r][j] for r in rows for j, c in enumerate(cols)}
    for (r, c), value in printed.items():
        _expect(value, *table.cell(r, c), where=(r, c))
    return printed


def test_title_period_and_fonts(report):
    assert "Übersicht Seiteneinsteiger und Internationale Förderklassen" in report["text"]
    assert "Berichtszeitraum 01.08.2025 bis 28.02.2026 · Stichtag 28.02.2026" in report["text"]
    pages = pdf_support.pages_text(report["pdf"])
    assert all(f"Seite {i} von {len(pages)}" in p and "Anonymisiert – keine Angaben zu Personen" in p for i, p in enumerate(pages, 1))
    assert "Vertraulich – Sozialdaten" not in report["text"]
    fonts = pdf_support.fonts(report["pdf"])
    assert all(fonts.values()) and not any(pdf_support.is_base14(f) for f in fonts)


def test_waiting_and_placements_match_an_independent_count(report):
    t = report["truth"]
    assert t["waiting"].cell(truth.TOTAL, truth.TOTAL)[0] >= 30 and t["placed"].cell(truth.TOTAL, truth.TOTAL)[0] >= 30
    levels = report["levels"]
    assert levels["waiting"] != "detail"  # 115 waiting over 8 municipalities × 6 forms: most cells would be hidden
    for key, after in (("waiting", "1. Wartend am Stichtag"), ("placed", "4. Aufnahmen im Zeitraum")):
        table = at_level(t[key], levels[key])
        printed = _table(report, table, after, levels[key])
        real = {cell: table.cell(*cell)[0] for cell in printed}
        assert check_table(printed, real, rows=table.rows, cols=table.cols, row_totals=levels[key] == "detail",
                           col_totals=levels[key] != "total") == []
    assert "sind zu wenige, um sie feiner aufzuteilen" in report["text"]


def test_waiting_times_match_an_independent_computation(report):
    t = report["truth"]
    labels = [truth.FORM_LABELS[f] for f in t["forms"]]
    placed = find_table(report["text"], labels, 4, "Wartezeit bis zur Aufnahme (Tage)")
    shown = 0
    for population, printed in (("placed", placed),):
        for form, label in zip(t["forms"], labels):
            got = printed[label]
            for i, (key, stat) in enumerate([("assignment", 0), ("registration", 0), ("assignment", 1),
                                              ("registration", 1)]):
                values = t["waits"].get((population, key, form), [])
                if len(values) < 5:
                    assert got[i] == "–", (label, key)
                else:
                    assert number(got[i]) == truth.stats(values)[stat], (label, key, stat)
                    shown += 1
    assert shown >= 8
    # the second table (waiting so far) follows the first: the same labels once more
    waiting = find_table(report["text"], labels, 4, "Bisherige Wartezeit")
    for form, label in zip(t["forms"], labels):
        for i, (key, stat) in enumerate([("assignment", 0), ("registration", 0), ("assignment", 1),
                                          ("registration", 1)]):
            values = t["waits"].get(("waiting", key, form), [])
            expected = "–" if len(values) < 5 else truth.stats(values)[stat]
            assert (waiting[label][i] if expected == "–" else number(waiting[label][i])) == expected, (label, key)


def test_no_person_appears_in_the_school_entry_pdf(report, seeded):
    assert_no_person(report["text"], seeded)
