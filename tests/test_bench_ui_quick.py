"""The UI benchmark script runs (``python -m benchmarks ui --quick``) and prints its figures."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_bench_ui_quick_runs(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               KIMDESK_BENCH_CACHE=str(tmp_path / "cache"))  # a test leaves no cache behind
    out = subprocess.run([sys.executable, "-m", "benchmarks", "ui", "--quick"], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    for figure in ("bare PySide6 window shown", "key from keyring", "where the first paint's time goes",
                   "+ the lean read of the first page", "unlock dialog, no key at hand", "ratio", "filter/search change", "p95",
                   "first page on screen", "keystroke -> first page repainted", "the slowest keystrokes",
                   "modules loaded when shown"):
        assert figure in out.stdout
