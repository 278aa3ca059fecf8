"""The reader who tries to recover a withheld number from a printed table.

Independent of ``kimdesk.services.disclosure``: given the printed cells of a table (and which
totals it prints), the reader knows every shown number, that ``< 5`` holds 1–4 people (or,
where one person can count several times, at least 1), that ``x`` holds at least 5, and
that printed rows and columns add up to their printed totals. A withheld cell is disclosed
when every filling consistent with all that gives it the same value. ``alternative`` searches
a filling that gives the cell another value than the truth (bounded backtracking).
"""

from __future__ import annotations

TOTAL = "Insgesamt"
Cell = tuple[str, str]


def _parse(text: str) -> int | None:
    return None if text in ("< 5", "x") else int(text.replace(".", ""))


def alternative(printed: dict[Cell, str], truth: dict[Cell, int], target: Cell, *, rows: list[str],
                cols: list[str], row_totals: bool, col_totals: bool, small_max: int | None = 4) -> bool:
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

    all_rows = rows + ([TOTAL] if col_totals else [])
    all_cols = cols + ([TOTAL] if row_totals else [])
    lines: list[list[tuple[Cell, int]]] = []
    if row_totals:
        lines += [[((r, c), 1) for c in cols] + [((r, TOTAL), -1)] for r in all_rows]
    if col_totals:
        lines += [[((r, c), 1) for r in rows] + [((TOTAL, c), -1)] for c in all_cols]
    domains = {c: domain(c) for c in hidden}
    if not domains[target]:
        return False
    order = [target] + sorted((c for c in hidden if c != target), key=lambda c: len(domains[c]))
    assignment = dict(known)

    def feasible() -> bool:
        for line in lines:
            lo = hi = 0
            for cell, coef in line:
                if cell in assignment:
                    lo += coef * assignment[cell]
                    hi += coef * assignment[cell]
                else:
                    d = domains[cell]
                    a, b = coef * min(d), coef * max(d)
                    lo, hi = lo + min(a, b), hi + max(a, b)
            if not lo <= 0 <= hi:
                return False
        return True

    budget = [200_000]

    def search(i: int) -> bool:
        budget[0] -= 1
        if budget[0] < 0:
            raise AssertionError(f"reader search for {target} did not finish")
        if i == len(order):
            return True
        cell = order[i]
        for v in domains[cell]:
            assignment[cell] = v
            if feasible() and search(i + 1):
                return True
        del assignment[cell]
        return False

    return feasible() and search(0)


def check_table(printed: dict[Cell, str], truth: dict[Cell, int], *, rows: list[str], cols: list[str],
                row_totals: bool, col_totals: bool, small_max: int | None = 4) -> list[Cell]:
    """Withheld cells the reader could recover exactly (should be empty)."""
    return [c for c, v in printed.items() if v in ("< 5", "x")
            and not alternative(printed, truth, c, rows=rows, cols=cols, row_totals=row_totals,
                                col_totals=col_totals, small_max=small_max)]
