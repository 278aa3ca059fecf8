"""Small-number suppression: no cell under 5, and no hidden cell recoverable from the totals.

The recoverability check here is independent of ``disclosure``'s rectangle reasoning: a
small constraint solver plays the reader, who knows every shown number, that ``< 5`` cells
hold 1–4, that ``x`` cells hold at least 5 (zeros are always shown) — or, in a blocked table, that
every cell holds anything from 0 up — and that rows and columns add up to their totals. For every hidden cell it searches another filling of all hidden cells that gives
that cell a different value; a hidden cell without one would be disclosed.
"""

from __future__ import annotations

import random

import pytest

from kimdesk.figures.disclosure import BLOCKED, PRIMARY, SECONDARY, SHOWN, TOTAL, protect, suppress_statistic

T = 5


def _labels(table):
    return table.rows + [TOTAL], table.cols + [TOTAL]


def _truth(rows, cols, counts):
    values = {}
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            values[(i, j)] = counts.get((r, c), 0)
    R, C = len(rows), len(cols)
    for i in range(R):
        values[(i, C)] = sum(values[(i, j)] for j in range(C))
    for j in range(C):
        values[(R, j)] = sum(values[(i, j)] for i in range(R))
    values[(R, C)] = sum(values[(i, C)] for i in range(R))
    return values


def reader_alternative(table, truth, target, cap):
    """A filling of the hidden cells consistent with everything published where ``target`` differs."""
    rl, cl = _labels(table)
    R, C = len(table.rows), len(table.cols)
    state = {(i, j): table.state(rl[i], cl[j]) for i in range(R + 1) for j in range(C + 1)}
    known = {cell: table.value(rl[cell[0]], cl[cell[1]]) for cell, s in state.items() if s == SHOWN}
    assert all(known[c] == truth[c] for c in known)
    hidden = [c for c, s in state.items() if s != SHOWN]

    def domain(cell):
        if state[cell] == PRIMARY:
            vals = list(range(1, T))
        elif state[cell] == BLOCKED:
            vals = list(range(0, cap + 1))
        else:
            vals = list(range(T, cap + 1))
        if cell == target:
            vals = [v for v in vals if v != truth[cell]]
        return sorted(vals, key=lambda v: abs(v - truth[cell]))

    lines = [[((i, j), 1) for j in range(C)] + [((i, C), -1)] for i in range(R + 1)]
    lines += [[((i, j), 1) for i in range(R)] + [((R, j), -1)] for j in range(C + 1)]
    domains = {c: domain(c) for c in hidden}
    order = [target] + sorted((c for c in hidden if c != target), key=lambda c: len(domains[c]))
    assignment = dict(known)

    def bounds_ok():
        for line in lines:
            lo = hi = 0
            for cell, coef in line:
                if cell in assignment:
                    lo += coef * assignment[cell]
                    hi += coef * assignment[cell]
                else:
                    d = domains[cell]
                    a, b = coef * min(d), coef * max(d)
                    lo += min(a, b)
                    hi += max(a, b)
            if not lo <= 0 <= hi:
                return False
        return True

    def search(k):
        if k == len(order):
            return True
        cell = order[k]
        for v in domains[cell]:
            assignment[cell] = v
            if bounds_ok() and search(k + 1):
                return True
            del assignment[cell]
        return False

    return search(0)


def assert_protected(rows, cols, counts):
    table = protect(rows, cols, counts)
    truth = _truth(rows, cols, counts)
    rl, cl = _labels(table)
    for (i, j), v in truth.items():
        s = table.state(rl[i], cl[j])
        shown = table.display(rl[i], cl[j])
        if table.blocked:
            assert s == BLOCKED and shown == "x"
        elif 0 < v < T:
            assert s == PRIMARY and shown == "< 5"
        elif s == SHOWN:
            assert shown == str(v)
        else:
            assert s == SECONDARY and shown == "x" and v >= T
    cap = max(truth.values()) + 6
    for (i, j) in truth:
        if table.state(rl[i], cl[j]) != SHOWN:
            assert reader_alternative(table, truth, (i, j), cap), (counts, (i, j), table.grid())
    return table


def test_primary_suppression_alone_would_be_recoverable_from_the_total():
    counts = {("Aachen", "ifk"): 3, ("Aachen", "other"): 10, ("Alsdorf", "ifk"): 8, ("Alsdorf", "other"): 12}
    table = assert_protected(["Aachen", "Alsdorf"], ["ifk", "other"], counts)
    # 13 − 10 would give the 3 away: the complement is hidden too
    assert table.display("Aachen", "ifk") == "< 5"
    hidden = {(r, c) for r, c, _s in table.hidden()}
    assert len(hidden) >= 4
    grid = table.grid()
    assert grid[0][-1] == "Insgesamt" and grid[-1][0] == "Insgesamt"


def test_line_rule_is_not_enough_when_bounds_pin_a_cell():
    # every line holds two hidden cells, yet 1 and 4 inside a 2×2 block would be pinned:
    # a + b = 11, c + d = 14, a + c = 11 with a, d in 1..4 gives a = 1. protect must avoid it.
    assert_protected(["A", "B"], ["x", "y"], {("A", "x"): 1, ("A", "y"): 10, ("B", "x"): 10, ("B", "y"): 4})


def test_small_totals_are_suppressed_too_and_zero_is_shown():
    table = assert_protected(["A", "B", "C"], ["x", "y"], {("A", "x"): 2, ("B", "x"): 9, ("B", "y"): 7, ("C", "y"): 6})
    assert table.display("A", TOTAL) == "< 5" and table.display("A", "y") in ("0", "x")
    assert table.display("C", "x") in ("0", "x")


def test_one_column_table_and_all_small_table():
    assert_protected(["A", "B", "C"], ["n"], {("A", "n"): 3, ("B", "n"): 10, ("C", "n"): 8})
    table = assert_protected(["A", "B"], ["x", "y"], {("A", "x"): 1, ("B", "y"): 2})
    assert table.value(TOTAL, TOTAL) is None  # 3 people in all: nothing countable is shown
    assert table.as_dict()["cells"][-1][-1] == "< 5"


@pytest.mark.parametrize("seed", range(6))
def test_random_tables_never_disclose_a_hidden_cell(seed):
    rng = random.Random(seed)
    for _ in range(30):
        rows = [f"r{i}" for i in range(rng.randint(1, 4))]
        cols = [f"c{j}" for j in range(rng.randint(1, 3))]
        counts = {(r, c): rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20]) for r in rows for c in cols}
        assert_protected(rows, cols, counts)


def test_hidden_values_are_not_reachable_through_the_table():
    table = protect(["A", "B"], ["x", "y"], {("A", "x"): 3, ("A", "y"): 10, ("B", "x"): 8, ("B", "y"): 12})
    assert table.as_dict()["cells"][0] == ["< 5", "x", "13"]  # what renderers read holds no 3 and no 10
    assert table.value("A", "x") is None and table.value("A", "y") is None and table.value("A", TOTAL) == 13
    assert "_values" not in repr(table)


def test_statistics_over_fewer_than_five_people_are_suppressed():
    assert suppress_statistic(4, 120.0) is None
    assert suppress_statistic(5, 120.0) == 120.0
    assert suppress_statistic(9, None) is None
