"""The committee report's module 3 and conferences tables as a reader holds them (``tests.support.reader``)."""

from __future__ import annotations

from kimdesk.figures.disclosure import TOTAL
from tests.support import reader
from tests.support.reader import Published


def module3_published(f) -> list[Published]:
    """Module 3 and the conferences table as a reader holds them, each printed cell named by its figure."""
    keys = f.sachstand.module3_keys
    conf = f.meetings.conferences.table
    printed = {(r, "n"): conf.display(r, "n") for r in conf.rows} | {(reader.TOTAL, "n"): conf.display(TOTAL, "n")}
    real = {(r, "n"): conf._values[conf._index(r, "n")] for r in conf.rows}
    real[(reader.TOTAL, "n")] = conf._values[conf._index(TOTAL, "n")]
    figure = {(reader.TOTAL if r == TOTAL else r, c): k for (r, c), k in keys["conferences"].items()}
    tables = []
    m3 = f.sachstand.module3
    for (r, c), key in keys["module3"].items():
        # a count of its own: no line binds it, so its true value (unknown here) does not matter; a count
        # linked to the conferences table takes that table's true value (listed after, so it wins)
        label = {"cases": 0, "conferences": 1, "releases": 2}[c]
        tables.append(Published(f"module3 {c}", [c], ["n"], {(c, "n"): m3.rows[label][1]}, {(c, "n"): key},
                                {(c, "n"): -1}, False, False))
    return tables + [Published("conferences", list(conf.rows), ["n"], printed, figure, real, False, True)]
