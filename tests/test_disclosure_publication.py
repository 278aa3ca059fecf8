"""Rules 7 and 8 of ``disclosure``: tables published together, and the coarser cut when needed.

The reader (``tests.support.reader``, independent of the engine) holds every table at once;
a figure printed in two tables is one unknown bound by the margins of both.
"""

from __future__ import annotations

import random

import pytest

from kimdesk.figures.disclosure import SHOWN, TOTAL, Level, Publication, most_detailed, protect
from kimdesk.services.schooling.school_entry_report import _grid_levels
from tests.support import reader
from tests.support.reader import Published, check_publication, disagreements

# 54 people: the detailed table hides the totals of forms b (6) and c (9) to protect the 1 in r2 × b;
# a table by form printed beside it, protected on its own, would show them: 6 − 5 = 1.
LEAKY = {("r1", "a"): 20, ("r1", "b"): 5, ("r1", "c"): 0, ("r1", "d"): 0,
         ("r2", "a"): 7, ("r2", "b"): 1, ("r2", "c"): 9, ("r2", "d"): 12}
ROWS, COLS = ["r1", "r2"], ["a", "b", "c", "d"]


def _by_form(counts, cols):
    by = {(c, "n"): sum(n for (_r, cc), n in counts.items() if cc == c) for c in cols}
    return [Level("detail", cols, ["n"], by, lambda r, c: ("w", "*", "*" if r == TOTAL else r), columns_alone=True)]


def _published(name, level, table) -> Published:
    cols = table.cols if level.columns_alone else table.cols + [TOTAL]
    cells = [(r, c) for r in table.rows + [TOTAL] for c in cols]
    conv = lambda cell: tuple(reader.TOTAL if x == TOTAL else x for x in cell)  # noqa: E731
    return Published(name, list(table.rows), list(table.cols), {conv(c): table.display(*c) for c in cells},
                     {conv(c): level.key(*c) for c in cells},
                     {conv(c): table._values[table._index(*c)] for c in cells}, not level.columns_alone, True)


def _both(counts, rows, cols, together: bool):
    grid, by_form = _grid_levels("w", rows, cols, counts, "*", "*"), _by_form(counts, cols)
    if together:
        pub = Publication()
        pub.add_level("grid", grid)
        pub.add_level("form", by_form)
        tables = pub.run()
        return [_published("grid", pub.chosen["grid"], tables["grid"]),
                _published("form", pub.chosen["form"], tables["form"])]
    out = []
    for name, levels in (("grid", grid), ("form", by_form)):
        level, table = most_detailed(levels)
        out.append(_published(name, level, table))
    return out


def test_tables_protected_apart_disclose_what_they_protect_together():
    apart = _both(LEAKY, ROWS, COLS, together=False)
    assert disagreements(apart)  # the form totals: "x" in one table, 6 and 9 in the other
    assert ("w", "r2", "b") in check_publication(apart)  # ... and the reader finds the 1
    together = _both(LEAKY, ROWS, COLS, together=True)
    assert disagreements(together) == [] and check_publication(together) == []
    grid = together[0]
    assert grid.printed[(reader.TOTAL, reader.TOTAL)] == "54"


@pytest.mark.parametrize("seed", range(40))
def test_random_tables_published_together_disclose_nothing(seed):
    rng = random.Random(seed)
    rows, cols = ROWS + ["r3", "r4"][:rng.randint(0, 2)], COLS[:rng.randint(2, 4)]
    counts = {(r, c): rng.choice([0, 0, 1, 2, 3, 5, 6, 7, 9, 12, 20]) for r in rows for c in cols}
    tables = _both(counts, rows, cols, together=True)
    assert disagreements(tables) == []
    assert check_publication(tables) == [], counts
    total = sum(counts.values())
    if total >= 5:  # a publishable total is never hidden
        assert all(t.printed[(reader.TOTAL, reader.TOTAL if t.row_totals else "n")] == str(total) for t in tables)


def test_five_people_fall_back_to_the_total():
    counts = {("Aachen", "ifk"): 2, ("Eschweiler", "ifk"): 1, ("Stolberg", "primary"): 1, ("Aachen", "secondary"): 1}
    level, table = most_detailed(_grid_levels("w", ["Aachen", "Eschweiler", "Stolberg"],
                                              ["primary", "secondary", "ifk"], counts, "*", "*"))
    assert level.name == "total" and table.display("*", "n") == "5" and table.display(TOTAL, "n") == "5"


def test_hide_makes_a_shown_cell_hidden_and_protects_it():
    counts = {("a", "x"): 10, ("a", "y"): 12, ("b", "x"): 9, ("b", "y"): 20}
    plain = protect(["a", "b"], ["x", "y"], counts)
    assert plain.hidden() == []
    forced = protect(["a", "b"], ["x", "y"], counts, hide=[(TOTAL, "x")])
    assert forced.state(TOTAL, "x") != SHOWN
    assert len(forced.hidden()) >= 4 and not forced.blocked  # a rectangle around it, the grand total kept
    assert forced.display(TOTAL, TOTAL) == "51"
