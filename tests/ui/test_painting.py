"""The app paints without Qt's GUI thread pool (``kimdesk.ui.painting``), set before the application
exists: Qt reads the variable once, at the first large fill."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kimdesk.ui import painting

ROOT = Path(__file__).resolve().parents[2]


def test_paint_on_the_ui_thread_sets_the_variable_and_keeps_one_set_before(monkeypatch):
    monkeypatch.delenv(painting.NO_POOL, raising=False)
    painting.paint_on_the_ui_thread()
    assert os.environ[painting.NO_POOL] == "1"
    monkeypatch.setenv(painting.NO_POOL, "yes")
    painting.paint_on_the_ui_thread()
    assert os.environ[painting.NO_POOL] == "yes"


def test_the_app_turns_the_pool_off_before_its_application_exists(tmp_path):
    """``kimdesk gui`` as a user starts it: the variable is there when the QApplication is made."""
    script = ("import json, os, sys\nfrom PySide6 import QtWidgets\n"
              "seen = []\n"
              "class Recording(QtWidgets.QApplication):\n"
              "    def __init__(self, *a):\n"
              "        seen.append(os.environ.get('QT_NO_GUI_THREADPOOL'))\n"
              "        super().__init__(*a)\n"
              "QtWidgets.QApplication = Recording\n"
              "from kimdesk.cli import main\n"
              "code = main(['--data-dir', sys.argv[1], 'gui', '--demo', '--demo-clients', '5', '--exit-when-shown'])\n"
              "print('SEEN ' + json.dumps({'code': code, 'made': seen}), flush=True)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop(painting.NO_POOL, None)
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=180)
    assert out.returncode == 0, out.stderr
    seen = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("SEEN "))[5:])
    assert seen == {"code": 0, "made": ["1"]}
