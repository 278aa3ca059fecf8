"""Reading the tables of an anonymous report back from its PDF (the text a reader gets).

``pdftotext -raw`` keeps the order in which the page was drawn, so a table's rows come out
as "label value value …" (a wrapped label spreads over lines, which whitespace folding undoes).
A table is found as the *whole chain* of its expected row labels, each followed by exactly
its number of printed values, in order, adjacent or with a page break between them; of all
such chains the tightest is the table (chart labels and axis ticks only start looser ones).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

VALUE = r"(<5|x|–|\d{1,3}(?:\.\d{3})*(?:,\d)?|\d+(?:,\d)?)"
PAGE = re.compile(r"Seite \d+ von \d+")  # the footer: a page break lies between two rows


def raw_text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.pdf"
        src.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-raw", str(src), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8")


def folded(pdf_text: str) -> str:
    """One line, single spaces, "< 5" as one token."""
    return re.sub(r"\s+", " ", pdf_text).replace("< 5", "<5")


def _chain(text: str, start: int, rows: list[re.Pattern]) -> tuple[list[str], int] | None:
    """Match the rows one after another from ``start``: adjacent, or after one page break."""
    values: list[str] = []
    pos, gaps = start, 0
    for i, row in enumerate(rows):
        m = row.match(text, pos)
        if m is None and i:
            page = PAGE.search(text, pos, pos + 400)
            if page is not None:
                nxt = row.search(text, page.end(), page.end() + 400)
                if nxt is not None:
                    gaps += nxt.start() - pos
                    m = nxt
        if m is None:
            return None
        values += list(m.groups())
        pos = m.end()
    return values, gaps


def find_table(text: str, labels: list[str], width: int, after: str = "") -> dict[str, list[str]]:
    """Printed values per row label (in the text following ``after``); fails when the chain is not there."""
    if after:
        assert after in text, after
        text = text[text.index(after):]
    rows = [re.compile(("" if i == 0 else " ") + re.escape(label) + "".join(" " + VALUE for _ in range(width))
                       + r"(?![\w,])") for i, label in enumerate(labels)]
    # chart labels may start a chain that jumps into the table; the table itself is the tightest chain
    found = [(chain[1], start.start(), chain[0]) for start in re.finditer(r"(?<![\w.])" + re.escape(labels[0]), text)
             if (chain := _chain(text, start.start(), rows))]
    assert found, f"table with rows {labels[:3]}… ({width} values each) not found in the PDF text"
    values = min(found, key=lambda f: (f[0], f[1]))[2]  # the tightest chain, then the first
    return {label: [v.replace("<5", "< 5") for v in values[i * width:(i + 1) * width]]
            for i, label in enumerate(labels)}


def number(text: str) -> float:
    """A printed number: 1.234 → 1234, 26,8 → 26.8."""
    return float(text.replace(".", "").replace(",", "."))
