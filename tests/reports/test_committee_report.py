"""The committee report against an independent computation, read back from the printed PDF.

The figures are recomputed from the raw rows by ``tests.support.report_truth`` (not by the
report's code); every printed cell must be the true count, or "< 5" where 1–4 people stand
behind it, or "x" (then at least 5). A reader who knows the rules must not be able to
recover any withheld cell from the printed totals, and no person of the data set may appear.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import text

from kimdesk.services.clients_intake import catalogue
from kimdesk.services.reports import report_print
from tests.support import pdf as pdf_support
from tests.support import report_truth as truth
from tests.support.reader import check_table
from tests.support.report_data import FREE_TEXT_NAME, TODAY
from tests.support.report_pdf import find_table, folded, number, raw_text

START, END = date(2025, 1, 1), date(2025, 12, 31)
STATE_COLS = ["accepted", "pending", "gap", "done_without"]


@pytest.fixture(scope="module")
def report(seeded):
    figures = report_print.committee_figures(seeded, START, END, today=TODAY)
    rendered = report_print.committee_pdf(figures, "Kreis Testland")
    with seeded.connection() as conn:
        over, munis = truth.cases(conn, START, END)
        needs = truth.needs(conn, START, END)
        conf, actions = truth.meetings(conn, START, END)
    return {"pdf": rendered.pdf, "text": folded(raw_text(rendered.pdf)), "figures": figures, "over": over,
            "munis": munis, "needs": needs, "conf": conf, "actions": actions}


def _expect(printed: str, count: int, people: int, where) -> None:
    if 0 < people < 5 or 0 < count < 5:
        assert printed == "< 5", (where, count, people, printed)
    elif printed == "x":
        assert count >= 5 and people >= 5, where
    else:
        assert printed != "< 5", (where, count, people)
        assert number(printed) == count, (where, count, printed)


def _printed(report, table: truth.Table, *, row_totals: bool, col_totals: bool = True):
    rows = table.rows + ([truth.TOTAL] if col_totals else [])
    cols = table.cols + ([truth.TOTAL] if row_totals else [])
    found = find_table(report["text"], rows, len(cols))
    printed = {(r, c): found[r][j] for r in rows for j, c in enumerate(cols)}
    for (r, c), value in printed.items():
        _expect(value, *table.cell(r, c), where=(r, c))
    return printed


def test_title_period_and_furniture(report):
    text = report["text"]
    assert "Sachstandsbericht Kommunales Integrationsmanagement" in text
    assert "Berichtszeitraum 01.01.2025 bis 31.12.2025" in text
    pages = pdf_support.pages_text(report["pdf"])
    # an anonymous report for a public committee: no "Sozialdaten" notice, the anonymity said on every page
    assert len(pages) >= 5 and all(f"von {len(pages)}" in p and "Anonymisiert – keine Angaben zu Personen" in p for p in pages)
    assert "Vertraulich – Sozialdaten" not in text
    fonts = pdf_support.fonts(report["pdf"])
    assert fonts and all(fonts.values()) and not any(pdf_support.is_base14(f) for f in fonts)


def test_cases_and_people_match_an_independent_count(report):
    over, munis = report["over"], report["munis"]
    assert "2025: gelöschte Akten" in over.rows and over.cell("2025: gelöschte Akten", "closed")[0] == 9
    assert over.cell(truth.TOTAL, "opened")[0] >= 40 and over.cell("Jun 2025", "opened")[0] >= 1
    _printed(report, over, row_totals=False)
    _printed(report, munis, row_totals=False)
    assert munis.cell("Monschau", "n")[0] >= 6


def test_needs_match_an_independent_computation(report):
    needs = report["needs"]
    cat = needs["by_category"]
    assert cat.cols == STATE_COLS + ["erased"] and "andere Kategorie" in cat.rows
    assert cat.cell("Wohnung", "erased")[0] == 7
    assert all(cat.cell(truth.TOTAL, c)[0] >= 20 for c in STATE_COLS)
    _printed(report, cat, row_totals=True)
    _printed(report, needs["by_domain"], row_totals=True)
    ping = needs["pingpong"]
    assert ping.cell(truth.TOTAL, "n")[0] >= 10
    _printed(report, ping, row_totals=False)
    # the key figures repeat the printed totals
    gaps = cat.cell(truth.TOTAL, "gap")[0]
    assert f"Bedarfe ohne zuständige Stelle {truth_number(gaps)}" in report["text"]


def truth_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def test_waiting_times_match_an_independent_computation(report):
    needs = report["needs"]
    rows = needs["wait_rows"]
    assert truth.SCHOOL_ROW in rows and len(rows) >= 8
    found = find_table(report["text"], rows, 3)
    shown = 0
    for row in rows:
        values, people = needs["waits"][row], len(needs["wait_people"][row])
        count, median, p90 = found[row]
        if row == truth.SCHOOL_ROW:  # the school-entry report's figure: every placement of the period
            _expect(count, len(needs["school_placed"]), len(needs["school_placed"]), row)
        else:
            _expect(count, len(values), people, row)
        if people < 5:
            assert (median, p90) == ("–", "–"), row
        else:
            assert (number(median), number(p90)) == truth.stats(values), row
            shown += 1
    assert shown >= 5


def test_conferences_and_action_items_match(report):
    conf, actions = report["conf"], report["actions"]
    assert conf.cell("Netzwerktreffen", "n")[0] == 1 and conf.cell("Fallkonferenzen", "n")[0] >= 5
    _printed(report, conf, row_totals=False)
    assert actions.cell(truth.TOTAL, "n")[0] >= 10
    _printed(report, actions, row_totals=False)


def test_no_withheld_cell_can_be_recovered_from_the_printed_totals(report):
    needs = report["needs"]
    checks = [(report["over"], False, None), (report["munis"], False, 4), (needs["by_category"], True, None),
              (needs["by_domain"], True, None), (needs["pingpong"], False, None), (report["conf"], False, None),
              (report["actions"], False, None)]
    withheld = 0
    for table, row_totals, small_max in checks:
        printed = _printed(report, table, row_totals=row_totals)
        real = {cell: table.cell(*cell)[0] for cell in printed}
        withheld += sum(v in ("< 5", "x") for v in printed.values())
        cols = table.cols
        assert check_table({(r, c if c in cols else truth.TOTAL): v for (r, c), v in printed.items()}, real,
                           rows=table.rows, cols=cols, row_totals=row_totals, col_totals=True,
                           small_max=small_max) == [], table.rows[:3]
    assert withheld >= 10  # the data set does exercise the suppression


def test_no_person_appears_in_the_pdf(report, seeded):
    assert_no_person(report["text"], seeded)
    assert FREE_TEXT_NAME not in report["text"]


def assert_no_person(pdf_text: str, store) -> None:
    """No client or staff name, case number, birth date or phone number of the data set."""
    with store.connection() as conn:
        q = lambda sql: [r[0] for r in conn.execute(text(sql)) if r[0]]  # noqa: E731
        names = set(q("SELECT given_name FROM client") + q("SELECT family_name FROM client")
                    + q("SELECT native_name FROM client") + q("SELECT case_manager FROM client")
                    + q("SELECT moderator FROM conference") + q("SELECT minute_taker FROM conference")
                    + q("SELECT name FROM participant") + q("SELECT staff FROM counselling_contact")
                    + q("SELECT given_name FROM household_member") + q("SELECT family_name FROM household_member")
                    + q("SELECT who FROM action_item WHERE who_agency_id IS NULL"))
    # (the catalogue's agency "contact persons" are functions such as "Eingangszone", not people)
        numbers = set(q("SELECT case_number FROM client"))
        phones = set(q("SELECT phone FROM client") + q("SELECT phone FROM agency"))
        births = set(q("SELECT birth_date FROM client") + q("SELECT birth_date FROM household_member"))
    assert len(names) > 50 and len(numbers) > 50 and len(phones) > 50
    folded_text = " " + pdf_text + " "
    # the report's own words that happen to be someone's name too (the month "Jan", a municipality) are no leak
    vocabulary = set(truth.MONTHS) | set(catalogue.municipalities()) | {
        w for c in catalogue.need_categories() for w in c.split()}
    assert {"Jan", "Aachen"} <= vocabulary
    for name in names - vocabulary:
        assert not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", folded_text), name
    for value in numbers | phones:
        assert value not in pdf_text, value
    for born in births:
        parts = born.split("-")
        if len(parts) >= 2:  # a year alone is just a year
            for form in (born, ".".join(reversed(parts))):
                assert not re.search(r"(?<![\d.-])" + re.escape(form) + r"(?![\d.-])", pdf_text), born


def test_cycle_collector_is_back_on_after_the_figures_also_after_an_error(seeded, monkeypatch):
    """The figures switch Python's cycle collector off while they run (speed); it must come back."""
    import gc

    from kimdesk.services.reports.committee import needs

    assert gc.isenabled()
    report_print.committee_figures(seeded, START, END, today=TODAY)
    assert gc.isenabled()

    def broken(*_args, **_kwargs):
        assert not gc.isenabled()  # off while the figures are computed
        raise RuntimeError("disk gone")

    monkeypatch.setattr(needs, "figures", broken)
    with pytest.raises(RuntimeError, match="disk gone"):
        report_print.committee_figures(seeded, START, END, today=TODAY)
    assert gc.isenabled()
