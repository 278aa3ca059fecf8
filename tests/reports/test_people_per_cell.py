"""``people_per_cell`` joins each row's and column's people once; the margins stay what joining every cell gives."""

from __future__ import annotations

import random

import pytest

from kimdesk.figures.disclosure import TOTAL
from kimdesk.figures.report_tables import people_per_cell


def naive(cells, rows, cols, extra):
    out = {}
    for r in rows + [TOTAL]:
        for c in cols + [TOTAL]:
            keys = [(rr, cc) for rr in (rows if r == TOTAL else [r]) for cc in (cols if c == TOTAL else [c])]
            out[(r, c)] = len(set().union(*(cells.get(k, set()) for k in keys))) + sum(extra.get(k, 0) for k in keys)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_margins_are_the_people_of_every_cell_they_sum(seed):
    rng = random.Random(seed)
    rows = [f"r{i}" for i in range(rng.randint(0, 6))]
    cols = [f"c{j}" for j in range(rng.randint(0, 5))]
    cells = {(r, c): {rng.randint(0, 30) for _ in range(rng.randint(0, 8))}
             for r in rows for c in cols if rng.random() < 0.8}
    cells[("elsewhere", "c0")] = {99}  # a cell outside the table counts nowhere
    extra = {(r, c): rng.randint(0, 3) for r in rows for c in cols if rng.random() < 0.3}
    assert people_per_cell(cells, rows, cols, extra) == naive(cells, rows, cols, extra)
