"""Python's cyclic collector runs on the UI thread only (``kimdesk.ui.collector``).

The cause of the rare segfaults in the UI tests: a collection started by a worker thread's
allocations freed the Qt objects of an earlier window's reference cycles on that worker thread
(a QTimer left registered with the UI thread's dispatcher, QObjects whose events the UI thread was
delivering). These tests fail, without the collector, on a collection seen on the worker thread.
``KIMDESK_GC_STRESS_ROUNDS`` runs the stress test longer (default: a few bounded rounds).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading

from PySide6.QtCore import QEventLoop, QObject, Qt

from kimdesk.ui import app as app_module
from kimdesk.ui import collector, runner
from kimdesk.ui.worker import DbWorker
from tests.conftest import ROOT
from tests.support.pauses import section_on_a_thread

ROUNDS = int(os.environ.get("KIMDESK_GC_STRESS_ROUNDS", "3"))


class _Cycle:
    """Holds Qt objects and itself, as a closed window's widgets and their slots do."""


def _churn(n: int = 20_000) -> list[list[int]]:
    """Allocations enough to pass the collector's first threshold many times over (the counts
    fall again as they are freed: kept while they should count)."""
    return [[i] for i in range(n)]


class _Collections:
    """Which threads ran a collection while it is watched."""

    def __init__(self) -> None:
        self.threads: list[str] = []

    def __call__(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self.threads.append(threading.current_thread().name)

    def __enter__(self) -> _Collections:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_exc) -> None:
        gc.callbacks.remove(self)


def test_qt_objects_in_a_cycle_are_freed_on_the_ui_thread_while_the_worker_opens_the_store(qtbot, profile,
                                                                                           template_profile):
    """The round-6 crash: the worker opened a SQLCipher connection while a collection freed Qt objects."""
    from tests.support.stores import open_with_key

    freed: list[str] = []
    gc.collect()  # the cycle below is the youngest garbage: the first collection anywhere frees it
    cycle = _Cycle()
    cycle.me = cycle
    cycle.loop, cycle.relay = QEventLoop(), QObject()
    for obj in (cycle.loop, cycle.relay):
        obj.destroyed.connect(lambda *_: freed.append(threading.current_thread().name),
                              Qt.ConnectionType.DirectConnection)
    del cycle, obj

    kept: list = []

    def opening(_job) -> None:
        store = open_with_key(profile, template_profile[1])
        try:
            app_module.first_reads(store)
        finally:
            store.close()
        kept.append(_churn())

    worker = DbWorker(name="kimdesk-db-test")
    try:
        with _Collections() as collections:
            worker.submit(opening)
            assert worker.wait_idle(60)
            qtbot.waitUntil(lambda: len(freed) == 2, timeout=5000)  # the collector's timer, on the event loop
    finally:
        worker.shutdown()
    assert freed == ["MainThread", "MainThread"]
    assert len(kept[0]) == 20_000 and collections.threads and set(collections.threads) == {"MainThread"}


def test_start_work_behind_a_busy_window_never_collects_on_the_worker(qtbot, store, default_runner):
    """Stress: the start's ``off_the_ui_thread`` (busy window, event loop) on the real worker, failing
    and succeeding in turn; a failure's traceback keeps its busy window and event loop in a cycle."""
    from kimdesk.errors import KimdeskError

    worker = DbWorker()
    runner.set_default(worker)
    try:
        with _Collections() as collections:
            kept: list = []
            for _round in range(ROUNDS):
                def broken():
                    kept.append(_churn(2_000))
                    raise KimdeskError("Das Profil ist beschädigt.")

                try:
                    app_module.off_the_ui_thread(broken, "Profil wird geöffnet …")
                except KimdeskError:
                    pass
                language, _actor = app_module.off_the_ui_thread(lambda: (kept.append(_churn()), app_module.first_reads(store))[1],
                                                                "Profil wird geöffnet …")
                assert language == "de"
            qtbot.wait(collector.INTERVAL_MS + 100)  # the UI thread's turn
    finally:
        runner.set_default(default_runner)
        worker.shutdown()
    assert len(kept) == 2 * ROUNDS and collections.threads and set(collections.threads) == {"MainThread"}


def test_the_collector_collects_by_pythons_thresholds(qapp):
    installed = collector.installed()
    assert installed is not None and not gc.isenabled()  # the UI tests run as the app does
    before = list(installed.collections)
    gc.collect()
    kept = _churn(installed.threshold[0] * 3)
    installed.check()
    assert installed.collections[0] + installed.collections[1] + installed.collections[2] == sum(before) + 1
    assert gc.get_count()[0] < installed.threshold[0]
    installed.check()  # nothing new allocated to speak of: no collection
    assert sum(installed.collections) == sum(before) + 1 and len(kept) == installed.threshold[0] * 3


def test_the_app_installs_the_collector(tmp_path):
    script = ("import gc, json, sys\nfrom kimdesk.cli import main\nfrom kimdesk.ui import collector\n"
              "code = main(['--data-dir', sys.argv[1], 'gui', '--demo', '--demo-clients', '5', '--exit-when-shown'])\n"
              "print('SEEN ' + json.dumps({'code': code, 'installed': collector.installed() is not None,"
              " 'automatic': gc.isenabled()}), flush=True)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=180)
    assert out.returncode == 0, out.stderr
    seen = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("SEEN "))[5:])
    assert seen == {"code": 0, "installed": True, "automatic": False}


def test_the_app_quits_while_the_keyring_thread_still_answers(data_dir):
    """No key at hand, the unlock dialog is closed at once while its keyring thread is still at work:
    the app does not wait for it, and exits cleanly (with the collector no collection starts there)."""
    from kimdesk.store.profile import Profile, init_profile

    init_profile(Profile(data_dir, "default"), "eine lange Passphrase", remember=False).close()
    script = ("import json, sys\nfrom kimdesk.ui import unlock_dialog\nfrom kimdesk.cli import main\n"
              "made = []\norig = unlock_dialog.UnlockDialog.__init__\n"
              "def init(self, *a, **k):\n    orig(self, *a, **k)\n    made.append(self)\n"
              "unlock_dialog.UnlockDialog.__init__ = init\n"
              "code = main(['--data-dir', sys.argv[1], 'gui', '--exit-when-asked'])\n"
              "print('SEEN ' + json.dumps({'code': code, 'alive': made[0].keyring_thread.is_alive()}), flush=True)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="tests.support.slow_keyring.SlowKeyring")
    env.pop("KIMDESK_PASSPHRASE", None)
    out = subprocess.run([sys.executable, "-c", script, str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("SEEN "))[5:])
    assert seen == {"code": 0, "alive": True}  # quit without waiting for the keyring's answer


def _past_every_threshold(installed: collector.GarbageCollector) -> list[list[int]]:
    """The counts of all three generations past their thresholds, a full collection due: the next
    check would run one."""
    first, second, third = installed.threshold
    for _ in range(third + 1):
        gc.collect(1)
    for _ in range(second + 1):
        gc.collect(0)
    installed._long_lived, installed._pending = 0, 1
    return _churn(first * 3)


def test_bulk_work_on_a_worker_holds_the_ui_collector_back_until_it_ends(qtbot, qapp):
    """A catch-up or an import on a worker (``no_cyclic_gc``): the UI thread's timer runs no collection,
    full or young, while it holds its heap; the first tick after it ends collects, on the UI thread."""
    from kimdesk.store.gc_pause import active

    installed = collector.installed()
    with section_on_a_thread() as end:
        kept = _past_every_threshold(installed)
        before, held = list(installed.collections), installed.held_back
        with _Collections() as collections:
            installed.check()
            qtbot.wait(collector.INTERVAL_MS * 2 + 100)  # the timer's own ticks too
            assert collections.threads == [] and installed.collections == before
            assert installed.held_back >= held + 2 and active() == 1
            end()
            assert active() == 0
            qtbot.waitUntil(lambda: installed.collections[2] == before[2] + 1, timeout=collector.INTERVAL_MS * 4)
    assert set(collections.threads) == {"MainThread"} and installed.collections[:2] == before[:2]
    assert gc.get_count()[0] < installed.threshold[0] and len(kept) == installed.threshold[0] * 3


def test_nested_and_concurrent_pauses_hold_the_collector_back_until_the_last_ends(qapp):
    from kimdesk.store.gc_pause import active, no_cyclic_gc

    installed = collector.installed()
    with section_on_a_thread() as end:
        with no_cyclic_gc():
            with no_cyclic_gc():
                assert active() == 3
            kept = _past_every_threshold(installed)
            before = list(installed.collections)
        assert active() == 1  # the other thread's section is still open
        installed.check()
        assert installed.collections == before
        end()
        assert active() == 0
        installed.check()
        assert installed.collections[2] == before[2] + 1
    assert not gc.isenabled() and len(kept) == installed.threshold[0] * 3  # the desktop's collector keeps it off


def _old_rule(installed: collector.GarbageCollector) -> bool:
    """The rule as first written: the oldest generation listed, its growth since the last full collection."""
    return len(gc.get_objects(2)) - installed._long_lived > installed._long_lived // 4


def test_the_rule_against_quadratic_full_collections_counts_without_listing_the_heap(qapp, monkeypatch):
    """Python's rule (CPython's gcmodule.c): a full collection once the objects that reached the oldest
    generation since the last are a quarter of those it held then. Counted from the middle generation's
    collections, it decides as listing the oldest generation did (nothing of it freed meanwhile), also
    for the tuples of atoms that a collection stops tracking, and no longer lists it per check."""
    installed = collector.GarbageCollector(qapp)
    try:
        installed._collect(2)
        total = installed._long_lived
        assert total == len(gc.get_objects(2)) > 1000
        kept: list = []
        decisions = []
        listed: list[int] = []
        listing = gc.get_objects

        def spy(generation=None):
            listed.append(generation)
            return listing(generation)

        for share in (0.1, 0.1, 0.1, 0.1):
            kept.append([(i, str(i)) for i in range(int(total * 0.3))])  # untracked by the collection: no count
            kept.append([[i] for i in range(int(total * share))])
            monkeypatch.setattr(gc, "get_objects", spy)
            installed._collect(1)
            new = installed._full_due()
            monkeypatch.setattr(gc, "get_objects", listing)
            decisions.append((new, _old_rule(installed)))
        assert decisions == [(False, False), (False, False), (True, True), (True, True)]
        assert 2 not in listed and abs(installed._pending - (len(gc.get_objects(2)) - total)) < total * 0.02
        installed._collect(2)
        assert installed._pending == 0 and installed._long_lived == len(gc.get_objects(2))
        assert not installed._full_due() and not _old_rule(installed)
    finally:
        installed.setParent(None)
