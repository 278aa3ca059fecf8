"""The floor plan in ``.importlinter`` holds, and a wrong-way import breaks it (with the chain named)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def lint(root: Path) -> subprocess.CompletedProcess:
    env = os.environ | {"PYTHONPATH": str(root)}
    return subprocess.run([str(LINT), "--no-cache", "--config", str(root / ".importlinter")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)


def test_floor_plan_is_kept():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_wrong_way_import_breaks_the_floor_plan(tmp_path):
    shutil.copy(ROOT / ".importlinter", tmp_path)
    shutil.copytree(ROOT / "kimdesk", tmp_path / "kimdesk", ignore=shutil.ignore_patterns("__pycache__"))
    values = tmp_path / "kimdesk/store/values.py"
    values.write_text(values.read_text(encoding="utf-8") + "\nimport kimdesk.services.clients_intake.clients  # noqa\n",
                      encoding="utf-8")
    result = lint(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert "kimdesk.store.values -> kimdesk.services.clients_intake.clients" in result.stdout


def test_qt_outside_ui_breaks_the_floor_plan(tmp_path):
    shutil.copy(ROOT / ".importlinter", tmp_path)
    shutil.copytree(ROOT / "kimdesk", tmp_path / "kimdesk", ignore=shutil.ignore_patterns("__pycache__"))
    tasks = tmp_path / "kimdesk/services/tasks_deadlines/tasks.py"
    tasks.write_text(tasks.read_text(encoding="utf-8") + "\nfrom PySide6 import QtCore  # noqa\n", encoding="utf-8")
    result = lint(tmp_path)
    assert result.returncode != 0
    assert "kimdesk.services.tasks_deadlines.tasks -> PySide6" in result.stdout
