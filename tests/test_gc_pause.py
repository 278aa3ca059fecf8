"""Python's cycle collector is paused while bulk work holds many objects with next to no cycles
(``store.gc_pause``): the committee figures, a sync catch-up (``tests/sync/test_lean_apply.py``),
and a file's import; not the export, which makes a cycle per item. Back on afterwards, also after
an error; off where it was off."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from contextlib import ExitStack, nullcontext

import pytest

from kimdesk.errors import ValidationError
from kimdesk.services.clients_intake import clients, exchange, export_stream
from kimdesk.store import gc_pause
from kimdesk.store.gc_pause import active, no_cyclic_gc
from tests.conftest import ROOT
from tests.support.pauses import section_on_a_thread


@pytest.fixture
def collector_on():
    before = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if before else gc.disable)()


@pytest.mark.parametrize("was_on", [True, False])
@pytest.mark.parametrize("fails", [False, True])
def test_the_pause_restores_the_collector_also_after_an_error(was_on, fails):
    before = gc.isenabled()
    (gc.enable if was_on else gc.disable)()
    try:
        with pytest.raises(RuntimeError) if fails else nullcontext():
            with no_cyclic_gc():
                inside = gc.isenabled()
                if fails:
                    raise RuntimeError("disk gone")
        after = gc.isenabled()
    finally:
        (gc.enable if before else gc.disable)()
    assert inside is False
    assert after is was_on


def test_nested_sections_and_an_error_inside_end_with_the_outer_one(collector_on):
    with no_cyclic_gc():
        with pytest.raises(RuntimeError):
            with no_cyclic_gc():
                assert active() == 2
                raise RuntimeError("disk gone")
        assert active() == 1 and not gc.isenabled()
    assert active() == 0 and gc.isenabled()


def test_sections_on_two_threads_keep_the_collector_off_until_the_last_ends(collector_on):
    """The sync worker's catch-up and the database worker's import at once: the one that started
    first and ends first does not turn the collector back on under the other."""
    seen: dict[str, object] = {}
    with ExitStack() as later:  # the other thread's section outlives this one
        with no_cyclic_gc():
            end = later.enter_context(section_on_a_thread(
                lambda: seen.setdefault("other, last", (active(), gc.isenabled()))))
            assert active() == 2
        seen["first ended"] = (active(), gc.isenabled())
        end()
    assert seen == {"first ended": (1, False), "other, last": (1, False)}
    assert active() == 0 and gc.isenabled()


def test_the_import_runs_with_the_collector_paused_the_export_with_it_on(store, tmp_path, monkeypatch, collector_on):
    """The export makes a cycle per item (json's indenting encoder): paused, they stayed until its end
    (``tests/sync/test_paused_collector_garbage.py``)."""
    clients.create_client(store, {"given_name": "Olena", "family_name": "Shevchenko"})
    seen: dict[str, bool] = {}
    write, read = export_stream.write_export, exchange._read_into

    def writing(conn, out):
        seen["export"] = gc.isenabled()
        return write(conn, out)

    def reading(stage, members):
        seen["import"] = gc.isenabled()
        return read(stage, members)

    monkeypatch.setattr(export_stream, "write_export", writing)
    monkeypatch.setattr(exchange, "_read_into", reading)
    exchange.export_file(store, tmp_path / "export.json")
    assert gc.isenabled()
    exchange.import_file(store, tmp_path / "export.json")
    assert gc.isenabled()
    assert seen == {"export": True, "import": False}


def test_a_refused_import_leaves_the_collector_on(store, tmp_path, collector_on):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kimdesk-export", "clients": [', encoding="utf-8")
    with pytest.raises(ValidationError):
        exchange.import_file(store, bad)
    assert gc.isenabled()


# a command through the program's entry (``kimdesk/__main__.py``): whether the collector is on when the command
# runs (its log is set up right before) and after it
COMMAND = """
import gc, runpy, sys
import kimdesk.cli as cli
seen = []
setup = cli.setup_logging
cli.setup_logging = lambda *args, **kwargs: (seen.append(gc.isenabled()), setup(*args, **kwargs))[1]
sys.argv = ["kimdesk", "--data-dir", sys.argv[1], "doctor"]
try:
    runpy.run_module("kimdesk", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
print(f"RUNNING {seen} AFTER {gc.isenabled()}")
"""


def test_a_command_gets_the_collector_back_from_the_entrys_pause(tmp_path):
    """The program's entry pauses the collector for the start (``pause_start``); only the desktop app keeps it
    off (its own collector takes over), every other command runs with it on."""
    out = subprocess.run([sys.executable, "-c", COMMAND, str(tmp_path / "data")], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert out.stdout.splitlines()[-1] == "RUNNING [True] AFTER True", out.stderr


def test_the_start_pause_ends_only_where_it_began():
    """``end_start_pause`` turns the collector on only after the entry's own pause: ``cli.main`` called by a
    test with the collector off leaves it off."""
    before = gc.isenabled()
    try:
        gc.disable()
        gc_pause.end_start_pause()
        assert not gc.isenabled()
        gc.enable()
        gc_pause.pause_start()
        assert not gc.isenabled()
        gc_pause.end_start_pause()
        assert gc.isenabled()
        gc_pause.end_start_pause()
        assert gc.isenabled()
    finally:
        (gc.enable if before else gc.disable)()
