"""What the desktop start builds before its first paint: nothing the first screen does not show.

PySide6 makes a class (and its enums) the first time it is used; a dialog class named at the top of
the start path costs its build on the way to the window although no dialog is on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from kimdesk.store.profile import Profile, init_profile
from tests.conftest import ROOT

# ``kimdesk gui --exit-when-shown`` in its own process; when the first page is on screen it prints the
# Qt widget classes PySide6 has built by then
SHOWN = """
import json, sys
import kimdesk.ui.app as app
said = app.say_shown
def say_shown():
    widgets = sys.modules["PySide6.QtWidgets"].__dict__
    print("CLASSES " + json.dumps(sorted(n for n, v in widgets.items() if isinstance(v, type))), flush=True)
    said()
app.say_shown = say_shown
from kimdesk.cli import main
raise SystemExit(main(["--data-dir", sys.argv[1], "gui", "--exit-when-shown"]))
"""


def test_no_message_box_is_built_before_the_first_paint(data_dir):
    init_profile(Profile(data_dir, "default"), "eine lange Passphrase", remember=True).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SHOWN, str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "KIMDESK_READY" in lines  # the first paint's path (the store opened behind the window)
    classes = json.loads(next(x for x in lines if x.startswith("CLASSES ")).split(" ", 1)[1])
    assert "QMainWindow" in classes and "QListWidget" in classes  # the window is there
    assert "QMessageBox" not in classes  # only where opening the store failed
