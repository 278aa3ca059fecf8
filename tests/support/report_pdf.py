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
GAP = r"(?: [^\n]{0,300}?Seite \d+ von \d+[^\n]{0,300}?)??"  # rows are adjacent, or a page break lies between


def raw_text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.pdf"
        src.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-raw", str(src), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8")


def folded(pdf_text: str) -> str:
    """One line, single spaces, "< 5" as one token."""
    return re.sub(r"\s+", " ", pdf_text).replace("< 5", "<5")


def find_table(text: str, labels: list[str], width: int, after: str = "") -> dict[str, list[str]]:
    """Printed values per row label (in the text following ``after``); fails when the chain is not there."""
    if after:
        assert after in text, after
        text = text[text.index(after):]
    parts = [re.escape(label) + "".join(" " + VALUE for _ in range(width)) for label in labels]
    pattern = re.compile((GAP + " ").join(parts))
    # chart labels may start a chain that jumps into the table; the table itself is the tightest chain
    found = [m for start in re.finditer(r"(?<![\w.])" + re.escape(labels[0]), text)
             if (m := pattern.match(text, start.start()))]
    assert found, f"table with rows {labels[:3]}… ({width} values each) not found in the PDF text"

    def gaps(m: re.Match) -> int:  # characters between the rows (page furniture, chart text)
        values = m.groups()
        rows = sum(len(label) for label in labels) + sum(1 + len(v) for v in values) + len(labels) - 1
        return m.end() - m.start() - rows

    m = min(found, key=lambda m: (gaps(m), m.start()))  # the tightest chain, then the first
    values = list(m.groups())
    return {label: [v.replace("<5", "< 5") for v in values[i * width:(i + 1) * width]]
            for i, label in enumerate(labels)}


def number(text: str) -> float:
    """A printed number: 1.234 → 1234, 26,8 → 26.8."""
    return float(text.replace(".", "").replace(",", "."))
