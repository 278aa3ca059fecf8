"""No key at hand: the unlock dialog comes up before the database layer, which loads behind it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from kimdesk.store.profile import Profile, init_profile
from tests.conftest import ROOT

PASSPHRASE = "eine lange Passphrase"
# the desktop start as ``kimdesk gui --exit-when-shown``; the dialog is answered from its showEvent:
# first a wrong passphrase, then the right one
SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from kimdesk.ui import unlock_dialog
from kimdesk.cli import main

LAYER = ("sqlalchemy", "alembic", "kimdesk.models", "kimdesk.store.profile", "kimdesk.store.store", "kimdesk.sync.engine",
         "kimdesk.ui.runner")
seen = {}
shown = unlock_dialog.UnlockDialog.showEvent

def answer(dialog, step):
    if dialog.busy:
        QTimer.singleShot(20, lambda: answer(dialog, step))
        return
    if step == 0:
        dialog.passphrase.setText("falsche Passphrase")
    else:
        seen["after_wrong"] = dialog.message.text()
        dialog.passphrase.setText(sys.argv[2])
    dialog.unlock()
    if step == 0:
        QTimer.singleShot(20, lambda: answer(dialog, 1))

def on_show(self, event):
    shown(self, event)
    if "layer_when_shown" not in seen:
        seen["layer_when_shown"] = sorted(m for m in LAYER if m in sys.modules)
        seen["size"] = [self.width(), self.height()]
        QTimer.singleShot(0, lambda: answer(self, 0))

unlock_dialog.UnlockDialog.showEvent = on_show
code = main(["--data-dir", sys.argv[1], "gui", "--exit-when-shown"])
seen["code"] = code
print("SEEN " + json.dumps(seen), flush=True)
"""


def test_the_unlock_dialog_comes_before_the_database_layer(data_dir):
    init_profile(Profile(data_dir, "default"), PASSPHRASE, remember=False).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("KIMDESK_PASSPHRASE", None)
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(data_dir), PASSPHRASE], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=180)
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("SEEN "))
    seen = json.loads(line[5:])
    assert seen["layer_when_shown"] == []  # nothing of the database layer when the dialog is on screen
    assert "Passphrase" in seen["after_wrong"]  # a wrong one is said in the dialog and can be retried
    assert "KIMDESK_SHOWN" in out.stdout and seen["code"] == 0  # then the window with the list
    assert seen["size"][0] <= 1366 and seen["size"][1] <= 768
