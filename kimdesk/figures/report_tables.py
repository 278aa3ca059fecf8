"""Tables as every output shows them: the PDF, the CSV files and the app's table views.

A ``FigureTable`` wraps a ``ProtectedTable`` (counts after suppression) with its title,
labels and which margins are meaningful: a table of months × "opened / closed" has column
totals but no useful row total (opened + closed is no figure), so the row-total column is
left out. Leaving a margin out only tells a reader less than the suppression assumed.
A ``StatTable`` holds medians and percentiles (already suppressed) beside counts.
Every output reads ``grid()`` — display strings only, a hidden value is never reachable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kimdesk.i18n import translate
from kimdesk.figures import disclosure
from kimdesk.figures.csv_export import write_csv
from kimdesk.figures.disclosure import TOTAL, ProtectedTable

MISSING = "–"  # a statistic not shown (fewer than 5 people) or without data


def number(value: int) -> str:
    """German thousands separator: 12.345."""
    return f"{value:,}".replace(",", ".")


def decimal(value: float | None) -> str:
    """A statistic in days with one decimal, German comma; ``–`` when suppressed or empty."""
    if value is None:
        return MISSING
    text = f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return text[:-2] if text.endswith(",0") else text


def people_per_cell(cells: dict[tuple[str, str], set[str]], rows: Iterable[str], cols: Iterable[str],
            extra: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """Distinct people per cell and margin: live people by id, erased ones by their count.

    Each row's and each column's people are joined once, and the grand total from the rows' (the
    sets hold tens of thousands of ids at 100,000 people: joining every cell again for every margin
    cost a tenth of the committee report)."""
    rows, cols = list(rows), list(cols)
    empty: set[str] = set()
    out: dict[tuple[str, str], int] = {}
    everyone: set[str] = set()
    everyone_extra = 0
    for r in rows:
        row_ids: set[str] = set()
        row_extra = 0
        for c in cols:
            ids = cells.get((r, c), empty)
            n = extra.get((r, c), 0)
            out[(r, c)] = len(ids) + n
            row_ids |= ids
            row_extra += n
        out[(r, TOTAL)] = len(row_ids) + row_extra
        everyone |= row_ids
        everyone_extra += row_extra
    for c in cols:
        col_ids: set[str] = set()
        col_extra = 0
        for r in rows:
            col_ids |= cells.get((r, c), empty)
            col_extra += extra.get((r, c), 0)
        out[(TOTAL, c)] = len(col_ids) + col_extra
    out[(TOTAL, TOTAL)] = len(everyone) + everyone_extra
    return out


def count_text(n: int, people: int, threshold: int = disclosure.THRESHOLD) -> str:
    """A count printed on its own, with no total it could be recovered from: only rule 1 applies."""
    return f"< {threshold}" if 0 < people < threshold or 0 < n < threshold else number(n)


class Grid(Protocol):
    key: str
    title: str
    note: str

    def grid(self) -> list[list[str]]: ...


@dataclass(frozen=True)
class ChartPoint:
    label: str  # short label for an axis
    value: float | None  # None: hidden (suppressed) or not shown
    text: str  # what the table prints: "17", "< 5", "x", "–"


@dataclass
class FigureTable:
    key: str  # stable name: CSV file, UI tab
    title: str
    corner: str  # header of the label column
    table: ProtectedTable
    row_totals: bool = True
    col_totals: bool = True
    short: dict[str, str] = field(default_factory=dict)  # row label → chart label
    note: str = ""
    col_labels: dict[str, str] = field(default_factory=dict)  # column key → header text
    row_labels: dict[str, str] = field(default_factory=dict)  # row key → label printed
    reporting_day: bool = False  # counts people on one day (a longer period would not help)

    @property
    def rows(self) -> list[str]:
        return list(self.table.rows)

    @property
    def cols(self) -> list[str]:
        return list(self.table.cols)

    def display(self, row: str, col: str) -> str:
        value = self.table.value(row, col)
        return self.table.display(row, col) if value is None else number(value)

    def value(self, row: str, col: str) -> int | None:
        return self.table.value(row, col)

    def header(self) -> list[str]:
        head = [self.corner] + [self.col_labels.get(c, c) for c in self.cols]
        return head + [disclosure.total_label()] if self.row_totals else head

    def grid(self) -> list[list[str]]:
        cols = self.cols + ([TOTAL] if self.row_totals else [])
        rows = self.rows + ([TOTAL] if self.col_totals else [])
        out = [self.header()]
        for row in rows:
            label = disclosure.total_label() if row == TOTAL else self.row_labels.get(row, row)
            out.append([label] + [self.display(row, col) for col in cols])
        return out

    def series(self, col: str = TOTAL) -> list[ChartPoint]:
        """One column (default: the row totals) for a chart, row by row, without the total row."""
        return [ChartPoint(self.short.get(r, self.row_labels.get(r, r)), self.value(r, col), self.display(r, col))
                for r in self.rows]

    def total(self, col: str | None = None) -> str:
        """A column total as printed; by default the grand total, or the only column's total."""
        if col is None:
            col = TOTAL if self.row_totals else self.cols[0]
        return self.display(TOTAL, col)

    def has_hidden(self) -> bool:
        return bool(self.table.hidden())

    @property
    def blocked(self) -> bool:
        return self.table.blocked

    def blocked_note(self) -> str:
        """Why a table shows only "x": said wherever it is shown, so nobody mistakes it for an error."""
        if not self.blocked:
            return ""
        if self.reporting_day:
            return translate("Report", "Diese Tabelle kann nicht ausgewiesen werden: Am Stichtag verteilen sich zu "
                                       "wenige Personen auf zu viele Felder, so dass sich aus jeder Zahl kleine Gruppen "
                                       "errechnen ließen.")
        return translate("Report", "Diese Tabelle kann nicht ausgewiesen werden: Zu wenige Personen verteilen sich auf "
                                   "zu viele Felder, so dass sich aus jeder Zahl kleine Gruppen errechnen ließen. Ein "
                                   "längerer Zeitraum hilft.")


@dataclass
class StatTable:
    """Rows of (label, count as printed, statistics as printed); the counts come from a FigureTable."""

    key: str
    title: str
    header: list[str]
    rows: list[list[str]]
    series: list[tuple[str, list[ChartPoint]]] = field(default_factory=list)  # (name, points) for a chart
    note: str = ""

    def grid(self) -> list[list[str]]:
        return [list(self.header)] + [list(r) for r in self.rows]


def write_csvs(tables: list[Grid], folder: Path, prefix: str = "") -> list[Path]:
    """One CSV per table (``NN_key.csv``), the same display strings as the PDF, mode 0600."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    paths = []
    for n, table in enumerate(tables, 1):
        grid = table.grid()
        path = folder / f"{prefix}{n:02d}_{table.key}.csv"
        write_csv(path, grid[0], grid[1:])
        paths.append(path)
    return paths


def legend() -> str:
    return translate("Report", "„< 5“: weniger als 5 Personen; „x“: gesperrt, damit sich kleine Zahlen nicht aus "
                               "den Summen errechnen lassen; „–“: Kennzahl nicht ausgewiesen (weniger als 5 Personen "
                               "oder keine Daten).")
