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
        # PySide6 builds the Qt namespace (~90 enum classes, ~20 ms) the first time the name is imported
        seen["qt_namespace_when_shown"] = "Qt" in sys.modules["PySide6.QtCore"].__dict__
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
    assert seen["qt_namespace_when_shown"] is False  # nor the Qt namespace's enums: built behind it if needed
    assert "Passphrase" in seen["after_wrong"]  # a wrong one is said in the dialog and can be retried
    assert "KIMDESK_SHOWN" in out.stdout and seen["code"] == 0  # then the window with the list
    assert seen["size"][0] <= 1366 and seen["size"][1] <= 768


# the unlock dialog alone in a fresh process: what it loads before it is on screen, and the checkbox
# "remember the key" once the keyring has answered on its thread
ASKING = """
import json, sys
from types import SimpleNamespace
from PySide6.QtWidgets import QApplication
from kimdesk.ui import unlock_dialog

app = QApplication(sys.argv[:1])
seen = {}
shown = unlock_dialog.UnlockDialog.showEvent

def on_show(self, event):
    shown(self, event)
    if "keyring_when_shown" not in seen:
        seen["keyring_when_shown"] = [m for m in ("keyring", "kimdesk.store.secrets") if m in sys.modules]
        seen["enabled_when_shown"] = self.remember.isEnabled()

unlock_dialog.UnlockDialog.showEvent = on_show
dialog = unlock_dialog.UnlockDialog(SimpleNamespace(name="default"))
dialog.keyring_known.connect(lambda secure: (seen.setdefault("answer", secure), app.quit()))
dialog.show()
if "answer" not in seen:
    app.exec()
seen["enabled"] = dialog.remember.isEnabled()
dialog.keyring_thread.join(60)  # as the app does before it goes on: no thread still running at exit
seen["thread_done"] = not dialog.keyring_thread.is_alive()

print("SEEN " + json.dumps(seen), flush=True)
"""


def _asking(backend: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND=backend)
    out = subprocess.run([sys.executable, "-c", ASKING], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(next(x for x in out.stdout.splitlines() if x.startswith("SEEN "))[5:])


def test_the_keyring_is_asked_behind_the_unlock_dialog_and_offers_remembering():
    seen = _asking("tests.support.file_keyring.FileKeyring")
    assert seen["keyring_when_shown"] == []  # keyring is not loaded on the UI thread before the dialog shows
    assert seen["enabled_when_shown"] is False  # nothing offered before the answer
    assert seen["answer"] is True and seen["enabled"] is True  # a secure keyring: "remember" offered
    assert seen["thread_done"]


def test_without_a_secure_keyring_remembering_stays_off():
    seen = _asking("keyring.backends.fail.Keyring")
    assert seen["keyring_when_shown"] == []
    assert seen["answer"] is False and seen["enabled"] is False
