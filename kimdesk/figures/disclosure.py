"""Small-number suppression for anonymous reports (committee report, school-entry report).

Rules (binding for every figure that leaves the team):

1. **Primary suppression.** No count of 1 to 4 people is shown — not in a cell, not in a
   row or column total, not as the grand total. Such a cell reads ``< 5``. Zero is shown
   as 0 (an empty cell names nobody).
2. **Secondary suppression.** A suppressed cell must not be recoverable from the totals. The
   table is read as a whole with its margins (row totals, column totals, grand total): a
   reader knows every shown number, that every ``< 5`` cell holds 1–4, and — because the
   rules are public and zeros are always shown — that every other hidden cell (``x``) holds
   at least 5. Every hidden cell is protected when some other filling of the hidden cells,
   consistent with all of that, gives it a different value. This module proves it for each
   hidden cell by a *rectangle* of hidden cells (two rows × two columns, margins included):
   moving +t, −t, −t, +t around it keeps every row and column sum, and ``protect`` checks that
   some t ≠ 0 keeps all four cells inside what the reader knows. When a hidden cell has no
   such rectangle, the cheapest complement is hidden too (fewest totals, fewest cells,
   smallest counts; never a zero). When no complement can protect it, every non-zero cell
   is hidden; when even that cannot be proven safe, the whole table is blocked (every cell
   ``x``, the reader learns nothing but its layout).
3. **Statistics.** A median, percentile or mean over fewer than 5 people is not shown
   (``suppress_statistic``).
4. **No persons.** Tables hold counts per group label only — no names, dates of birth,
   case numbers or phone numbers ever enter them.
5. **Columns on their own.** Where the columns do not add up to anything (months ×
   "opened / closed"), no row total is published and ``protect_columns`` protects each
   column with its total on its own, instead of hiding cells against a row total nobody sees.
6. **People, not rows.** Where a table counts things a person can have several of (needs,
   case openings), the caller passes ``people``: how many different people stand behind each
   cell, margins included. A cell with fewer than 5 people is hidden as ``< 5`` whatever its
   count. The proof of rule 2 still only moves such a cell within 1–4, a subset of what a
   reader can assume, so it stays sound.

7. **One publication.** Tables published for the same period and reporting day are protected
   together (``Publication``): each figure has a key (what it counts, e.g. "waiting, IFK, all
   municipalities"); a figure hidden in one table is hidden in every other table that holds it
   (``protect(hide=…)``), and that table then protects it against its own margins. Repeated until
   no table shows what another hides, so no figure is printed in one report and hidden in another.
8. **Coarser, not emptier.** When a detailed table would hide most of its non-zero cells or a
   publishable total, ``most_detailed`` prints the most detailed of its coarser versions that does
   not (e.g. the total, then by school form, then by municipality); a total of 5 or more is printed.

``ProtectedTable`` never hands out the value of a hidden cell: renderers call
``display``/``grid``/``as_dict`` and cannot print a suppressed number by mistake.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from math import inf
from typing import Any

from kimdesk.i18n import translate

THRESHOLD = 5
TOTAL = "__total__"
SHOWN, PRIMARY, SECONDARY, BLOCKED = "shown", "primary", "secondary", "blocked"

Interval = tuple[float, float]
Cell = tuple[int, int]


def total_label() -> str:
    return translate("Disclosure", "Insgesamt")


def legend(threshold: int = THRESHOLD) -> str:
    return translate("Disclosure", "< {n}: weniger als {n} Personen, aus Datenschutzgründen nicht ausgewiesen; "
                                   "x: gesperrt, damit sich kleine Zahlen nicht aus den Summen errechnen lassen."
                     ).format(n=threshold)


@dataclass
class ProtectedTable:
    """A table of counts with margins after suppression. Hidden values are not reachable."""

    rows: list[str]
    cols: list[str]
    threshold: int
    _values: dict[Cell, int] = field(repr=False)
    _state: dict[Cell, str]
    blocked: bool = False  # nothing could be shown safely: every cell reads "x"

    @property
    def width(self) -> int:
        return len(self.cols) + 1

    @property
    def height(self) -> int:
        return len(self.rows) + 1

    def _index(self, row: str, col: str) -> Cell:
        i = len(self.rows) if row == TOTAL else self.rows.index(row)
        j = len(self.cols) if col == TOTAL else self.cols.index(col)
        return i, j

    def state(self, row: str, col: str) -> str:
        return BLOCKED if self.blocked else self._state[self._index(row, col)]

    def value(self, row: str, col: str) -> int | None:
        """The count, or None when it is hidden."""
        cell = self._index(row, col)
        return self._values[cell] if self.state(row, col) == SHOWN else None

    def display(self, row: str, col: str) -> str:
        cell = self._index(row, col)
        state = self.state(row, col)
        if state == BLOCKED:
            return "x"
        if state == PRIMARY:
            return f"< {self.threshold}"
        if state == SECONDARY:
            return "x"
        return str(self._values[cell])

    def hidden(self) -> list[tuple[str, str, str]]:
        """(row, column, state) of every hidden cell, margins included."""
        labels_r = self.rows + [TOTAL]
        labels_c = self.cols + [TOTAL]
        return [(labels_r[i], labels_c[j], BLOCKED if self.blocked else s)
                for (i, j), s in sorted(self._state.items()) if s != SHOWN or self.blocked]

    def grid(self, corner: str = "") -> list[list[str]]:
        """Header row, then one row per label and the totals row; the last column is the total."""
        head = [corner] + list(self.cols) + [total_label()]
        out = [head]
        for row in self.rows + [TOTAL]:
            label = total_label() if row == TOTAL else row
            out.append([label] + [self.display(row, col) for col in self.cols + [TOTAL]])
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"rows": list(self.rows), "cols": list(self.cols),
                "cells": [[self.display(r, c) for c in self.cols + [TOTAL]] for r in self.rows + [TOTAL]],
                "threshold": self.threshold, "blocked": self.blocked}


def suppress_statistic(n: int, value: float | None, threshold: int = THRESHOLD) -> float | None:
    """A statistic over ``n`` people, or None when fewer than ``threshold`` people stand behind it."""
    return value if n >= threshold and value is not None else None


# -- the algorithm ----------------------------------------------------------------------------
def _sign(cell: Cell, height: int, width: int) -> int:
    """Orientation in the balanced table: inner cells and the grand total +1, margins −1."""
    i, j = cell
    return -1 if (i == height - 1) != (j == width - 1) else 1


def _allowed(value: int, state: str, m: int, threshold: int) -> list[Interval]:
    """Steps t (the cell changes by m·t, m = ±1) that keep it inside what a reader knows."""
    if state == PRIMARY:
        lo, hi = 1 - value, threshold - 1 - value
        return [(lo, hi)] if m == 1 else [(-hi, -lo)]
    # hidden complement (never a zero): at least ``threshold``
    return [(threshold - value, inf)] if m == 1 else [(-inf, value - threshold)]


def _intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    out = []
    for lo1, hi1 in a:
        for lo2, hi2 in b:
            lo, hi = max(lo1, lo2), min(hi1, hi2)
            if lo <= hi:
                out.append((lo, hi))
    return out


def _nonzero_step(intervals: list[Interval]) -> bool:
    return any(lo <= hi and not (lo == 0 and hi == 0) for lo, hi in intervals)


class _Grid:
    def __init__(self, values: dict[Cell, int], height: int, width: int, threshold: int):
        self.values, self.height, self.width, self.threshold = values, height, width, threshold

    def rectangle_moves(self, corners: list[tuple[Cell, int]], state: dict[Cell, str]) -> bool:
        steps: list[Interval] = [(-inf, inf)]
        for cell, coef in corners:
            m = coef * _sign(cell, self.height, self.width)
            steps = _intersect(steps, _allowed(self.values[cell], state[cell], m, self.threshold))
            if not steps:
                return False
        return _nonzero_step(steps)

    def rectangles(self, cell: Cell) -> list[list[tuple[Cell, int]]]:
        i, j = cell
        return [[((i, j), 1), ((i, l), -1), ((k, j), -1), ((k, l), 1)]
                for k in range(self.height) if k != i for l in range(self.width) if l != j]

    def protected(self, cell: Cell, state: dict[Cell, str]) -> bool:
        return any(all(state[c] != SHOWN for c, _ in rect) and self.rectangle_moves(rect, state)
                   for rect in self.rectangles(cell))

    def cheapest_complement(self, cell: Cell, state: dict[Cell, str]) -> list[Cell] | None:
        best, best_cost = None, None
        for rect in self.rectangles(cell):
            new = [c for c, _ in rect if state[c] == SHOWN]
            if any(self.values[c] == 0 for c in new):
                continue
            trial = dict(state)
            trial.update({c: SECONDARY for c in new})
            if not self.rectangle_moves(rect, trial):
                continue
            margins = sum(1 for c in new if c[0] == self.height - 1 or c[1] == self.width - 1)
            cost = (margins, len(new), sum(self.values[c] for c in new), sorted(new))
            if best_cost is None or cost < best_cost:
                best, best_cost = new, cost
        return best


def protect(rows: Sequence[str], cols: Sequence[str], counts: Mapping[tuple[str, str], int], *,
            threshold: int = THRESHOLD, people: Mapping[tuple[str, str], int] | None = None,
            hide: Iterable[tuple[str, str]] = ()) -> ProtectedTable:
    """Margins, primary and secondary suppression for the table ``counts[(row, col)]`` (missing = 0).

    ``people[(row, col)]`` (``TOTAL`` for margins) is how many different people stand behind a
    cell when that can be fewer than its count (rule 6); a missing entry means "as many as counted".
    ``hide`` names cells (``TOTAL`` for margins) that another published table hides (rule 7): they
    are hidden here too and protected like any other hidden cell; a zero stays shown.
    """
    rows, cols = list(rows), list(cols)
    height, width = len(rows) + 1, len(cols) + 1
    values: dict[Cell, int] = {}
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            n = int(counts.get((r, c), 0))
            if n < 0:
                raise ValueError("counts must not be negative")
            values[(i, j)] = n
    for i in range(len(rows)):
        values[(i, width - 1)] = sum(values[(i, j)] for j in range(len(cols)))
    for j in range(len(cols)):
        values[(height - 1, j)] = sum(values[(i, j)] for i in range(len(rows)))
    values[(height - 1, width - 1)] = sum(values[(i, width - 1)] for i in range(len(rows)))
    state = {cell: PRIMARY if 0 < v < threshold else SHOWN for cell, v in values.items()}
    if people:
        labels_r, labels_c = rows + [TOTAL], cols + [TOTAL]
        for (i, j), v in values.items():
            if v > 0 and people.get((labels_r[i], labels_c[j]), v) < threshold:
                state[(i, j)] = PRIMARY
    labels_r, labels_c = rows + [TOTAL], cols + [TOTAL]
    for r, c in hide:
        if r in labels_r and c in labels_c:
            cell = (labels_r.index(r), labels_c.index(c))
            if state[cell] == SHOWN and values[cell] > 0:
                state[cell] = SECONDARY
    grid = _Grid(values, height, width, threshold)

    def exposed() -> list[Cell]:
        return [c for c in sorted(state) if state[c] != SHOWN and not grid.protected(c, state)]

    while todo := exposed():
        complement = grid.cheapest_complement(todo[0], state)
        if complement is None:  # no complement protects it: hide every non-zero cell, audit once more
            state.update({c: SECONDARY for c, s in state.items() if s == SHOWN and values[c] > 0})
            break
        state.update({c: SECONDARY for c in complement})
    blocked = bool(exposed())
    return ProtectedTable(rows, cols, threshold, values, state, blocked)


def protect_columns(rows: Sequence[str], cols: Sequence[str], counts: Mapping[tuple[str, str], int], *,
                    threshold: int = THRESHOLD, people: Mapping[tuple[str, str], int] | None = None,
                    hide: Iterable[tuple[str, str]] = ()) -> ProtectedTable:
    """Rule 5: each column with its total protected on its own; row totals are not published.

    The returned table hides every row total (and the grand total) as ``x``, so a renderer
    that printed them by mistake would still show nothing recoverable.
    """
    rows, cols = list(rows), list(cols)
    height, width = len(rows) + 1, len(cols) + 1
    values: dict[Cell, int] = {}
    state: dict[Cell, str] = {}
    for j, col in enumerate(cols):
        col_people = None
        if people is not None:
            col_people = {}
            for r in rows + [TOTAL]:
                if (r, col) in people:
                    col_people[(r, col)] = col_people[(r, TOTAL)] = people[(r, col)]
        part = protect(rows, [col], {(r, col): counts.get((r, col), 0) for r in rows}, threshold=threshold,
                       people=col_people, hide=[(r, c) for r, c in hide if c == col])
        for i in range(height):
            inner, dup = part._state[(i, 0)], part._state[(i, 1)]  # the duplicate row total of a 1-column table
            values[(i, j)] = part._values[(i, 0)]
            hidden = SECONDARY if part.blocked and part._values[(i, 0)] else (inner if inner != SHOWN else dup)
            state[(i, j)] = hidden
    for i in range(height):
        values[(i, width - 1)] = sum(values[(i, j)] for j in range(len(cols)))
        state[(i, width - 1)] = SECONDARY
    return ProtectedTable(rows, cols, threshold, values, state)


# -- rule 8: the most detailed table that protects everyone ----------------------------------------
Key = tuple[Any, ...]


@dataclass
class Level:
    """One way to cut the same people: ``rows`` × ``cols`` with ``counts``; ``key`` names each cell's figure."""

    name: str
    rows: list[str]
    cols: list[str]
    counts: dict[tuple[str, str], int]
    key: Callable[[str, str], Key]  # (row or TOTAL, col or TOTAL) → the figure it shows
    columns_alone: bool = False  # one column of counts (rule 5 layout, no printed row total)


def _hidden_inner(table: ProtectedTable) -> tuple[int, int]:
    """(hidden, non-zero) among the inner cells."""
    hidden = nonzero = 0
    for i in range(len(table.rows)):
        for j in range(len(table.cols)):
            if table._values[(i, j)] > 0:
                nonzero += 1
                hidden += table.blocked or table._state[(i, j)] != SHOWN
    return hidden, nonzero


def acceptable(table: ProtectedTable, columns_alone: bool = False) -> bool:
    """Shows at least half of its non-zero cells, is not blocked, and hides no publishable total."""
    if table.blocked:
        return False
    grand = table._index(TOTAL, table.cols[0] if columns_alone and len(table.cols) == 1 else TOTAL)
    if table._values[grand] >= table.threshold and table._state[grand] != SHOWN:
        return False
    hidden, nonzero = _hidden_inner(table)
    return 2 * hidden <= nonzero


def protect_level(level: Level, *, threshold: int = THRESHOLD, hidden_keys: Iterable[Key] = ()) -> ProtectedTable:
    keys = set(hidden_keys)
    hide = [(r, c) for r in level.rows + [TOTAL] for c in level.cols + [TOTAL] if level.key(r, c) in keys]
    make = protect_columns if level.columns_alone else protect
    return make(level.rows, level.cols, level.counts, threshold=threshold, hide=hide)


def most_detailed(levels: Sequence[Level], *, threshold: int = THRESHOLD,
                  hidden_keys: Iterable[Key] = ()) -> tuple[Level, ProtectedTable]:
    """The first (most detailed) level whose protected table is ``acceptable``; else the last one."""
    keys = set(hidden_keys)
    for level in levels:
        table = protect_level(level, threshold=threshold, hidden_keys=keys)
        if acceptable(table, level.columns_alone) or level is levels[-1]:
            return level, table
    raise ValueError("no levels")


def cell_keys(level: Level, table: ProtectedTable) -> dict[tuple[str, str], Key]:
    """The figure behind each printed cell (a table of columns alone prints no row totals)."""
    cols = table.cols if level.columns_alone else table.cols + [TOTAL]
    return {(r, c): level.key(r, c) for r in table.rows + [TOTAL] for c in cols}


# -- rule 7: tables published together ---------------------------------------------------------
Builder = Callable[[set[Key]], tuple[ProtectedTable, dict[tuple[str, str], Key]]]


class Publication:
    """Every table published for one period and reporting day, protected together.

    A builder takes the keys hidden anywhere so far and returns its protected table with the key
    of each of its cells. ``run`` builds all, gathers what is hidden, and builds again until no
    table shows a figure another hides. Hidden keys only grow, so it ends.
    """

    def __init__(self, threshold: int = THRESHOLD):
        self.threshold = threshold
        self._builders: dict[str, Builder] = {}
        self.chosen: dict[str, Level] = {}  # the level each ``add_level`` table is printed at
        self.keys: dict[str, dict[tuple[str, str], Key]] = {}  # the figure behind each printed cell

    def add(self, name: str, builder: Builder) -> None:
        self._builders[name] = builder

    def add_level(self, name: str, levels: Sequence[Level]) -> None:
        def build(keys: set[Key]) -> tuple[ProtectedTable, dict[tuple[str, str], Key]]:
            level, table = most_detailed(levels, threshold=self.threshold, hidden_keys=keys)
            self.chosen[name] = level
            return table, cell_keys(level, table)
        self.add(name, build)

    def run(self) -> dict[str, ProtectedTable]:
        hidden: set[Key] = set()
        while True:
            built = {name: build(hidden) for name, build in self._builders.items()}
            now = {key for table, keys in built.values() for (r, c), key in keys.items()
                   if key is not None and table.state(r, c) != SHOWN}
            if now <= hidden:
                self.keys = {name: keys for name, (_table, keys) in built.items()}
                return {name: table for name, (table, _keys) in built.items()}
            hidden |= now
