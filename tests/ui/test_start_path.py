"""What the desktop start builds before its first paint: nothing the first screen does not show.

PySide6 makes a class (and its enums) the first time it is used; a dialog class named at the top of
the start path costs its build on the way to the window although no dialog is on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from kimdesk.store import deferred_imports
from kimdesk.store.profile import Profile, init_profile
from tests.conftest import ROOT

# ``kimdesk gui --exit-when-shown`` in its own process; when the first page is on screen it prints the
# Qt widget classes and the enum classes PySide6 has built by then, the modules in the order they were
# first looked for, and the deferred modules still waiting when the lean read had the key and the first page
SHOWN = """
import enum, json, sys
built = []  # the enum classes PySide6 has built (through enum's functional API), by name
make_enum = enum.EnumType.__call__
def making(cls, value, names=None, *args, **kwargs):
    if names is not None:
        built.append(value)
    return make_enum(cls, value, names, *args, **kwargs)
enum.EnumType.__call__ = making
imported = []  # every module name in the order it is first looked for
class Watch:
    def find_spec(self, name, path=None, target=None):
        imported.append(name)
sys.meta_path.insert(0, Watch())
import kimdesk.ui.app as app
said = app.say_shown
def say_shown():
    widgets = sys.modules["PySide6.QtWidgets"].__dict__
    print("CLASSES " + json.dumps(sorted(n for n, v in widgets.items() if isinstance(v, type))), flush=True)
    core = sys.modules["PySide6.QtCore"].__dict__
    print("CORE " + json.dumps(sorted(n for n, v in core.items() if isinstance(v, type))), flush=True)
    print("ENUMS " + json.dumps(built), flush=True)
    print("IMPORTED " + json.dumps(imported), flush=True)
    print("WAITING " + json.dumps(read_with), flush=True)
    said()
app.say_shown = say_shown
read_with = []
first_read = app.first_paint_or_ask
def first_paint_or_ask(ctx):
    from kimdesk.store import deferred_imports
    result = first_read(ctx)
    read_with.extend(deferred_imports.waiting())  # as the key and the first page were read
    return result
app.first_paint_or_ask = first_paint_or_ask
from kimdesk.cli import main
raise SystemExit(main(["--data-dir", sys.argv[1], "gui", "--exit-when-shown"]))
"""


def _shown(data_dir) -> list[str]:
    init_profile(Profile(data_dir, "default"), "eine lange Passphrase", remember=True).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SHOWN, str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "KIMDESK_READY" in lines  # the first paint's path (the store opened behind the window)
    return lines


def test_no_message_box_is_built_before_the_first_paint(data_dir):
    lines = _shown(data_dir)
    classes = json.loads(next(x for x in lines if x.startswith("CLASSES ")).split(" ", 1)[1])
    assert "QMainWindow" in classes and "QListWidget" in classes  # the window is there
    assert "QMessageBox" not in classes  # only where opening the store failed


def test_the_key_is_read_without_keyrings_unused_modules(data_dir):
    """keyring's modules for other work (HTTP, entry points, its config file when there is none) wait until
    the window is painted."""
    lines = _shown(data_dir)
    waiting = json.loads(next(x for x in lines if x.startswith("WAITING ")).split(" ", 1)[1])
    assert waiting == sorted(["configparser", "importlib_metadata", "more_itertools", "subprocess", "urllib.request",
                              deferred_imports._TARFILE])


def test_the_frame_builds_no_enums_it_does_not_show(data_dir):
    """PySide6 builds a class's enums when it is first named or used, or an event of its kind reaches
    Python: the frame's buttons and menu entries are made without QIcon's (``QAction(parent)`` and
    ``setText``), the navigation's rows without QListWidgetItem's, the records' closing tabs wait for
    ``attach`` (QTabBar's), and the search field's event filter for the paint (the events' own, and QEvent's
    Type that it compares with)."""
    lines = _shown(data_dir)
    enums = json.loads(next(x for x in lines if x.startswith("ENUMS ")).split(" ", 1)[1])
    assert not {"ButtonPosition", "SurfaceEventType", "ScrollState"} & set(enums)  # QTabBar's, events'
    assert enums.count("ItemType") == 1  # QStandardItem's (the first page's items), not QListWidgetItem's too
    assert enums.count("ThemeIcon") == 1  # QIcon's once (the window icon), not again per button or action
    core = json.loads(next(x for x in lines if x.startswith("CORE ")).split(" ", 1)[1])
    assert "QObject" in core and "QEvent" not in core  # QEvent's Type (~180 members) waits for the search's filter


def test_the_lean_reads_modules_are_imported_before_pyside6(data_dir):
    """Once PySide6 is loaded its import hook reads the source of each module an import statement names:
    keyring, its helpers and sqlcipher3 come before it (``first_page.preload``), read by nobody."""
    lines = _shown(data_dir)
    imported = json.loads(next(x for x in lines if x.startswith("IMPORTED ")).split(" ", 1)[1])
    for name in ("keyring", "jaraco.context", "backports.tarfile", "sqlcipher3", "kimdesk.store.keyfile"):
        assert imported.index(name) < imported.index("PySide6"), name


# ``python -m kimdesk gui --exit-when-shown`` through the program's entry (``kimdesk/__main__.py``), counting the
# cycle collector's runs from there until the first page is on screen
COLLECTIONS = """
import gc, runpy, sys
runs = []
import kimdesk.ui.app as app
from kimdesk.ui import collector
said = app.say_shown
def say_shown():
    print(f"COLLECTIONS {len(runs)} AUTOMATIC {gc.isenabled()} COLLECTOR {collector.installed() is not None}",
          flush=True)
    said()
app.say_shown = say_shown
sys.argv = ["kimdesk", "--data-dir", sys.argv[1], "gui", "--exit-when-shown"]
gc.collect()  # counts from zero: the entry's own first lines allocate far less than a collection's threshold
gc.callbacks.append(lambda phase, info: runs.append(info["generation"]) if phase == "start" else None)
runpy.run_module("kimdesk", run_name="__main__", alter_sys=True)
"""


def test_the_start_runs_no_cycle_collection_before_the_first_paint(data_dir):
    """Importing the modules and building the window make long-lived objects, not garbage: the program's entry
    pauses the collector (``store.gc_pause.pause_start``) until the desktop's own collector takes over
    (about 35 collections before, some 5 ms of CPU on the way to the window)."""
    init_profile(Profile(data_dir, "default"), "eine lange Passphrase", remember=True).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", COLLECTIONS, str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "KIMDESK_READY" in out.stdout.splitlines()  # the first paint's path
    line = next(x for x in out.stdout.splitlines() if x.startswith("COLLECTIONS "))
    assert line == "COLLECTIONS 0 AUTOMATIC False COLLECTOR True"
