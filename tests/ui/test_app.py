"""`kimdesk gui --demo`: the main window with no dialog in front, exit 0 on QApplication.quit().

Run in its own process: after QApplication.quit() Qt's application object stays in its
quitting state, which would upset every later widget test in the same process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
seen = {}
tries = [0]

def inspect_then_quit():
    tries[0] += 1
    try:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        seen["main_windows"] = len(windows)
        seen["modal"] = QApplication.activeModalWidget() is not None
        seen["rows"] = windows[0].client_list.model.total() if windows else 0
        if seen["rows"] < 25 and tries[0] < 200:  # the list loads on the database worker
            QTimer.singleShot(100, inspect_then_quit)
            return
    except Exception as exc:
        seen["error"] = repr(exc)
    QApplication.quit()

QTimer.singleShot(500, inspect_then_quit)
from kimdesk.cli import main
code = main(["--data-dir", sys.argv[1], "gui", "--demo", "--demo-clients", "25"])
print("RESULT " + json.dumps(seen))
sys.exit(code)
"""


def test_demo_opens_main_window_without_dialog_and_quits_with_0(tmp_path: Path):
    data_dir = tmp_path / "never-created"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(data_dir)], capture_output=True, text=True,
                          env=env, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stderr
    line = next(l for l in proc.stdout.splitlines() if l.startswith("RESULT "))
    seen = json.loads(line[len("RESULT "):])
    assert seen == {"main_windows": 1, "modal": False, "rows": seen["rows"]} and seen["rows"] >= 25
    assert not data_dir.exists()  # the demo never touches the real data dir
