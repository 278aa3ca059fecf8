"""The sorted-first-pages benchmark (``python -m benchmarks list_pages``) runs, measures every sort
order both ways, and the lean first read agrees with the list page by page."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.conftest import ROOT


def test_bench_list_pages_quick_runs(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               KIMDESK_BENCH_CACHE=str(tmp_path / "cache"))  # a test leaves no cache behind
    out = subprocess.run([sys.executable, "-m", "benchmarks", "list_pages", "--quick"], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    from kimdesk.services.clients_intake.client_list import COLUMNS

    for column in COLUMNS:
        for name in (column, f"{column} desc"):
            assert re.search(rf"^   {re.escape(name)} +\d+\.\d / +\d+\.\d +\d+\.\d / +\d+\.\d +\d+\.\d / +\d+\.\d$",
                             out.stdout, re.M), name
    assert "baseline: the list's count of living people" in out.stdout
    assert re.search(r"slowest first page by CPU: sorted by \w+( desc)?, \d+\.\d ms", out.stdout)
    assert "sorted first page, slowest order, CPU (baseline: the list's count)" in out.stdout  # the closing table
