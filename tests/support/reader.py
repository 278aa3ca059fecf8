"""The reader who tries to recover a withheld number from a printed table.

Independent of ``kimdesk.figures.disclosure``: given the printed cells of a table (and which
totals it prints), the reader knows every shown number, that ``< 5`` holds 1–4 people (or,
where one person can count several times, at least 1), that ``x`` holds at least 5, and
that printed rows and columns add up to their printed totals. A withheld cell is disclosed
when every filling consistent with all that gives it the same value. ``alternative`` searches
a filling that gives the cell another value than the truth (bounded backtracking).
"""

from __future__ import annotations

from dataclasses import dataclass

TOTAL = "Insgesamt"
Cell = tuple[str, str]


def _parse(text: str) -> int | None:
    return None if text in ("< 5", "x") else int(text.replace(".", ""))


def alternative(printed: dict[Cell, str], truth: dict[Cell, int], target: Cell, *, rows: list[str],
                cols: list[str], row_totals: bool, col_totals: bool, small_max: int | None = 4) -> bool:
    all_rows = rows + ([TOTAL] if col_totals else [])
    all_cols = cols + ([TOTAL] if row_totals else [])
    lines: list[list[tuple[Cell, int]]] = []
    if row_totals:
        lines += [[((r, c), 1) for c in cols] + [((r, TOTAL), -1)] for r in all_rows]
    if col_totals:
        lines += [[((r, c), 1) for r in rows] + [((TOTAL, c), -1)] for c in all_cols]
    return search_alternative(printed, truth, target, lines, small_max)


def search_alternative(printed: dict, truth: dict, target, lines: list[list[tuple[object, int]]],
                       small_max: int | None = 4) -> bool:
    """A filling of the withheld values, consistent with every line (Σ coef · value = 0), where
    ``target`` differs from the truth. Values are any hashable names: cells of one table, or the
    figures of several tables published together."""
    cap = max(truth.values())
    known = {c: _parse(v) for c, v in printed.items() if _parse(v) is not None}
    hidden = [c for c, v in printed.items() if _parse(v) is None]

    def domain(cell: Cell) -> list[int]:
        if printed[cell] == "< 5":
            vals = list(range(1, (small_max or cap) + 1))
        else:
            vals = list(range(5, cap + 1))
        if cell == target:
            vals = [v for v in vals if v != truth[cell]]
        return sorted(vals, key=lambda v: abs(v - truth[cell]))

    domains = {c: domain(c) for c in hidden}
    if not domains[target]:
        return False
    sets = {c: set(d) for c, d in domains.items()}
    lines_of: dict[Cell, list[int]] = {}
    for k, line in enumerate(lines):
        for cell, _coef in line:
            lines_of.setdefault(cell, []).append(k)
    budget = [100_000]

    def propagate(assignment: dict[Cell, int]) -> dict[Cell, int] | None:
        """Fill every line with one open cell; None when a line cannot add up (bounds checked too)."""
        assignment = dict(assignment)
        changed = True
        while changed:
            changed = False
            for line in lines:
                open_cells = [(c, k) for c, k in line if c not in assignment]
                rest = sum(k * assignment[c] for c, k in line if c in assignment)
                if not open_cells:
                    if rest != 0:
                        return None
                    continue
                if len(open_cells) == 1:
                    cell, coef = open_cells[0]
                    value = -rest * coef
                    if value not in sets[cell]:
                        return None
                    assignment[cell] = value
                    changed = True
                    continue
                lo = hi = rest
                for cell, coef in open_cells:
                    a, b = coef * min(domains[cell]), coef * max(domains[cell])
                    lo, hi = lo + min(a, b), hi + max(a, b)
                if not lo <= 0 <= hi:
                    return None
        return assignment

    def search(assignment: dict[Cell, int]) -> bool:
        budget[0] -= 1
        if budget[0] < 0:
            raise AssertionError(f"reader search for {target} did not finish")
        done = propagate(assignment)
        if done is None:
            return False
        open_cells = [c for c in hidden if c not in done]
        if not open_cells:
            return True
        # the open cell whose lines are closest to being complete
        cell = target if target in open_cells else min(
            open_cells, key=lambda c: (min(sum(1 for x, _ in lines[k] if x not in done) for k in lines_of.get(c, [0]))
                                       if lines_of.get(c) else 99, len(domains[c])))
        return any(search({**done, cell: v}) for v in domains[cell])

    return search(dict(known))


def check_table(printed: dict[Cell, str], truth: dict[Cell, int], *, rows: list[str], cols: list[str],
                row_totals: bool, col_totals: bool, small_max: int | None = 4) -> list[Cell]:
    """Withheld cells the reader could recover exactly (should be empty)."""
    return [c for c, v in printed.items() if v in ("< 5", "x")
            and not alternative(printed, truth, c, rows=rows, cols=cols, row_totals=row_totals,
                                col_totals=col_totals, small_max=small_max)]


# -- several tables published together ---------------------------------------------------------
@dataclass
class Published:
    """One printed table: each printed cell's text and the figure it shows (a name shared across tables)."""

    name: str
    rows: list[str]
    cols: list[str]
    printed: dict[Cell, str]  # (row, col) → text, TOTAL for margins
    figure: dict[Cell, object]  # (row, col) → the figure's name
    real: dict[Cell, int]
    row_totals: bool = True
    col_totals: bool = True


def disagreements(tables: list[Published]) -> list[tuple[object, set[str]]]:
    """Figures printed differently in two places (e.g. shown in one report, hidden in another)."""
    seen: dict[object, set[str]] = {}
    for t in tables:
        for cell, text in t.printed.items():
            seen.setdefault(t.figure[cell], set()).add(text)
    return [(f, texts) for f, texts in seen.items() if len(texts) > 1]


def check_publication(tables: list[Published], small_max: int | None = 4) -> list[object]:
    """Withheld figures a reader of all the tables together could recover exactly (should be empty).

    The reader's unknowns are the figures, so a figure printed in two tables is one unknown bound
    by the lines of both: the margins of one table can pin what the other hides."""
    printed: dict[object, str] = {}
    truth: dict[object, int] = {}
    lines: list[list[tuple[object, int]]] = []
    for t in tables:
        for cell, text in t.printed.items():
            printed[t.figure[cell]] = text
            truth[t.figure[cell]] = t.real[cell]
        all_rows = t.rows + ([TOTAL] if t.col_totals else [])
        all_cols = t.cols + ([TOTAL] if t.row_totals else [])
        if t.row_totals:
            lines += [[(t.figure[(r, c)], 1) for c in t.cols] + [(t.figure[(r, TOTAL)], -1)] for r in all_rows]
        if t.col_totals:
            lines += [[(t.figure[(r, c)], 1) for r in t.rows] + [(t.figure[(TOTAL, c)], -1)] for c in all_cols]
    # a figure named twice in a line (a one-row table: its row is its total) counts once, coefficients added
    merged = []
    for line in lines:
        coef: dict[object, int] = {}
        for f, k in line:
            coef[f] = coef.get(f, 0) + k
        line = [(f, k) for f, k in coef.items() if k]
        if line:
            merged.append(line)
    lines = merged
    return [f for f, v in printed.items() if v in ("< 5", "x")
            and not search_alternative(printed, truth, f, lines, small_max)]
