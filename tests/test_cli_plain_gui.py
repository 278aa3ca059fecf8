"""A plain start of the desktop app is read without building argparse's parser, to the same namespace."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kimdesk import cli
from tests.conftest import ROOT

PLAIN = [
    [],
    ["gui"],
    ["--data-dir", "/tmp/kim data", "gui"],
    ["--data-dir=/tmp/kim", "--profile", "team", "gui", "--exit-when-shown"],
    ["--profile=x", "--data-dir", "rel/dir", "gui", "--demo", "--exit-when-asked", "--exit-when-shown"],
    ["--data-dir=-odd", "gui"],  # a value given with "=" may start with a dash, as in argparse
]
# argparse reads these (and explains what is wrong with them) as before
OTHERS = [
    ["--help"], ["--version"], ["gui", "--help"], ["init"], ["--data", "x", "gui"], ["gui", "--dem"],
    ["--data-dir", "--profile", "gui"], ["--data-dir"], ["--profile", "a", "--profile", "b", "gui"],
    ["gui", "--demo", "--demo"], ["--demo", "gui"], ["gui", "gui"], ["gui", "--demo-clients", "5"],
    ["--data-dir", "x"], ["--profile="], ["gui", "extra"], ["gui", "--demo=1"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_gui_start_reads_as_argparse_does(argv):
    fast = cli.plain_gui(argv)
    assert fast is not None
    parser = cli.build_parser()
    expected = parser.parse_args(argv)
    if expected.command is None:
        expected = parser.parse_args(["gui", *argv])
    assert vars(fast) == vars(expected)


@pytest.mark.parametrize("argv", OTHERS)
def test_anything_else_is_left_to_argparse(argv):
    assert cli.plain_gui(argv) is None


# ``kimdesk gui --exit-when-shown`` in its own process, counting the argparse parsers built before the window
COUNTED = """
import argparse, json, sys
built = []
init = argparse.ArgumentParser.__init__
def counted(self, *args, **kwargs):
    built.append(kwargs.get("prog") or (args[0] if args else ""))
    init(self, *args, **kwargs)
argparse.ArgumentParser.__init__ = counted
import kimdesk.ui.app as app
said = app.say_shown
def say_shown():
    print("PARSERS " + json.dumps(built), flush=True)
    said()
app.say_shown = say_shown
from kimdesk.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_the_desktop_start_builds_no_parser(data_dir):
    from kimdesk.store.profile import Profile, init_profile

    init_profile(Profile(data_dir, "default"), "eine lange Passphrase", remember=True).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", COUNTED, "--data-dir", str(data_dir), "gui", "--exit-when-shown"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("PARSERS "))
    assert json.loads(line.split(" ", 1)[1]) == []
