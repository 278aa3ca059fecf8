"""CSV files for spreadsheet programs: UTF-8 with BOM, semicolons, written privately.

German spreadsheet programs expect ``;`` and recognise UTF-8 by its BOM. A cell that begins
with ``=``, ``+``, ``-`` or ``@`` would be run as a formula when opened, so it is prefixed
with an apostrophe (OWASP's advice against CSV injection). Files are written by temp file
and rename with mode 0600 — a list for the team may still hold social data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from kimdesk.paths import atomic_write

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return buf.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    atomic_write(path, ("\ufeff" + to_csv(header, rows)).encode("utf-8"))
