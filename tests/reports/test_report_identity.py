"""The committee and school-entry reports print exactly what they printed before an optimisation.

The data set is the benchmark's (``benchmarks.bench_reports.build``, seeded, 1,500 people, no
demo generator, so changes to the demo data do not move it); the expected strings were written
by the code before the need standings were made faster. A change to *what* a report says must
update ``data/report_identity.json`` on purpose (``KIMDESK_WRITE_IDENTITY=1``), with a reason in
the commit.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from benchmarks import bench_reports

EXPECTED = Path(__file__).parent / "data" / "report_identity.json"
PERIODS = {"five_years": (bench_reports.START, bench_reports.END), "one_year": (date(2025, 1, 1), date(2025, 12, 31))}


def test_reports_print_what_they_printed_before(store):
    bench_reports.build(store, 1500)
    got = {name: bench_reports.printed(store, lo, hi) for name, (lo, hi) in PERIODS.items()}
    got = json.loads(json.dumps(got, ensure_ascii=False))  # tuples as lists, as in the file
    if os.environ.get("KIMDESK_WRITE_IDENTITY"):
        EXPECTED.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    for name in PERIODS:
        assert got[name]["committee"] == expected[name]["committee"]
        assert got[name] == expected[name]
