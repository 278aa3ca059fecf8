"""Disclosure extensions for the committee report: columns protected on their own, people per cell."""

from __future__ import annotations

import random

from kimdesk.figures.disclosure import SHOWN, TOTAL, protect, protect_columns
from tests.support.reader import check_table


def _printed(table, rows, cols, *, row_totals):
    out = {}
    for r in rows + [TOTAL]:
        for c in cols + ([TOTAL] if row_totals else []):
            out[(r if r != TOTAL else "Insgesamt", c if c != TOTAL else "Insgesamt")] = table.display(r, c)
    return out


def test_columns_on_their_own_hide_no_more_than_each_column_needs():
    rows = [f"m{i}" for i in range(6)]
    counts = {(r, "opened"): 20 + i for i, r in enumerate(rows)} | {(r, "closed"): (i % 4) + 1 for i, r in enumerate(rows)}
    table = protect_columns(rows, ["opened", "closed"], counts)
    assert all(table.state(r, "opened") == SHOWN for r in rows)  # the closings' small numbers hide no openings
    assert all(table.display(r, "closed") == "< 5" for r in rows)
    assert table.display(TOTAL, "opened") == str(sum(20 + i for i in range(6)))
    assert table.display("m0", TOTAL) == "x"  # row totals are never published


def test_random_column_tables_never_disclose_a_withheld_cell():
    rng = random.Random(5)
    for _ in range(60):
        rows = [f"r{i}" for i in range(rng.randint(2, 7))]
        cols = [f"c{j}" for j in range(rng.randint(1, 3))]
        counts = {(r, c): rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 14, 30]) for r in rows for c in cols}
        table = protect_columns(rows, cols, counts)
        printed = _printed(table, rows, cols, row_totals=False)
        truth = {}
        for (r, c) in printed:
            rr = rows if r == "Insgesamt" else [r]
            truth[(r, c)] = sum(counts[(x, c)] for x in rr)
        for (r, c), shown in printed.items():
            if 0 < truth[(r, c)] < 5:
                assert shown == "< 5"
        assert check_table(printed, truth, rows=rows, cols=cols, row_totals=False, col_totals=True) == []


def test_people_behind_a_cell_decide_not_its_count():
    rows, cols = ["a", "b", "c"], ["x", "y"]
    counts = {("a", "x"): 9, ("a", "y"): 20, ("b", "x"): 12, ("b", "y"): 30, ("c", "x"): 15, ("c", "y"): 25}
    people = {("a", "x"): 3}  # nine needs of three people
    table = protect(rows, cols, counts, people=people)
    assert table.display("a", "x") == "< 5"
    printed = _printed(table, rows, cols, row_totals=True)
    truth = {(r, c): sum(counts[(x, y)] for x in (rows if r == "Insgesamt" else [r])
                         for y in (cols if c == "Insgesamt" else [c])) for (r, c) in printed}
    assert check_table(printed, truth, rows=rows, cols=cols, row_totals=True, col_totals=True, small_max=None) == []
    assert sum(v in ("< 5", "x") for v in printed.values()) >= 4  # a rectangle at least
