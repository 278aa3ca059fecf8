"""Running the command line in tests: in-process (fast) or as a real subprocess."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """``kimdesk ARGS`` in this process (environment changes are undone afterwards)."""
    from kimdesk.cli import main

    saved = dict(os.environ)
    os.environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main([str(a) for a in args])
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return Result(code, out.getvalue(), err.getvalue())


def run_subprocess(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> Result:
    """``python -m kimdesk ARGS`` as its own process, as a script or an admin would run it."""
    full = dict(os.environ) | (env or {}) | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "kimdesk", *map(str, args)], capture_output=True, text=True,
                          env=full, timeout=timeout, cwd=ROOT)
    return Result(proc.returncode, proc.stdout, proc.stderr)
