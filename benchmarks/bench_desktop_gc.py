"""The cycle collector in the desktop's own path: a sync catch-up and a file's import run on a
worker (``ui.worker.DbWorker``) while the app's collector (``ui.collector``) runs on the UI thread.

What it measures, each step in a child process of its own (a QApplication, offscreen, the collector
installed as ``app.py`` does): the op's CPU (the worker thread's, and the process's), the time in
collections per generation and thread (``gc.callbacks``, wall and the collecting thread's CPU), the
UI thread's stalls (the gaps between the ticks of a 16 ms timer: max and p99; collections and
stalls counted over the op and the collector's next two ticks after it; for each gap over 50 ms, where
the worker was when the UI thread ran again: a call into C that kept the interpreter lock, such as
one ``sorted`` of a catch-up's search keys before ``store.batch_order``), and what the
collector's checks spent outside collections (listing the oldest generation). Steps:

- catch-up: one laptop taking in 100,000 changes of four others (``bench_sync.make_segments``)
- import: ``exchange.import_file`` of an export of 10,000 people (``bench_reports.fixture``)

``KIMDESK_DESKTOP_GC_CODE`` (comma-separated source trees, default this one) runs each step for
every tree in turn, interleaved, ``KIMDESK_DESKTOP_GC_PAIRS`` times (default 3 with two trees, else 1): an A/B of two
versions of the collector on the same data. The segments and the export are built once and kept
beside the fixture cache. ``KIMDESK_DESKTOP_GC_RESIDENT=N``: the app holds N more small objects
meanwhile and has run a while (a full collection behind it, the oldest generation's count past its
threshold), as a window open for some minutes would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
RESIDENT = int(os.environ.get("KIMDESK_DESKTOP_GC_RESIDENT", "0"))

CHILD = r"""
import gc, json, shutil, statistics, sys, threading, time, traceback
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

step, data, tmp = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
app = QApplication([])
from kimdesk.ui import collector
from kimdesk.ui.worker import DbWorker
from kimdesk.store.profile import Profile, init_profile

if step == "catch-up":
    from kimdesk.sync import service, team as teams
    from kimdesk.sync.targets import FolderTarget
    shutil.copytree(data / "share", tmp / "share")
    store = init_profile(Profile(tmp / "laptop"), "benchmark passphrase", remember=False)
    team_id, key = json.loads((data / "team.json").read_text())
    teams._save(store, teams.Team(team_id, bytes.fromhex(key)))
    work = lambda: service.run(store, FolderTarget(tmp / "share"), confirm_deletions=True).received_changes
else:
    from kimdesk.services.clients_intake import exchange
    store = init_profile(Profile(tmp / "target"), "benchmark passphrase", remember=False)
    work = lambda: exchange.import_file(store, data / "export.json", 1 << 40).written

resident = [[i] for i in range(int(sys.argv[4]))]  # what a long-running window holds meanwhile

installed = collector.install(app)
gc.collect()
if resident:  # an app that has run a while: a full collection behind it, the oldest generation's count past its threshold
    installed._long_lived = len(gc.get_objects(2))
    for _ in range(installed.threshold[2] + 1):
        gc.collect(1)
events = []  # (generation, thread, wall, thread CPU)
started = {}

def watch(phase, info):
    if phase == "start":
        started[threading.get_ident()] = (time.perf_counter(), time.thread_time())
    else:
        wall, cpu = started.pop(threading.get_ident())
        events.append((info["generation"], threading.current_thread().name, time.perf_counter() - wall,
                       time.thread_time() - cpu))

checks = []  # (wall, CPU) of every collector check on the UI thread, collections included
check = installed.check
def timed_check():
    wall, cpu = time.perf_counter(), time.thread_time()
    check()
    checks.append((time.perf_counter() - wall, time.thread_time() - cpu))
installed._timer.timeout.disconnect()
installed._timer.timeout.connect(timed_check)

gaps, last, stalls = [], [None], []
def tick():
    now = time.perf_counter()
    if last[0] is not None:
        gaps.append(now - last[0])
        if now - last[0] > 0.05:  # where the worker is when the UI thread runs again: the call that held it
            for ident, frame in sys._current_frames().items():
                if ident != threading.main_thread().ident:
                    frames = traceback.extract_stack(frame)
                    where = ([f for f in frames if "kimdesk" in Path(f.filename).parts] or frames)[-1]
                    stalls.append(f"{(now - last[0]) * 1000:.0f} ms at {Path(where.filename).name}:{where.lineno} {where.name}")
    last[0] = now
ticker = QTimer()
ticker.setInterval(16)
ticker.timeout.connect(tick)

out = {}
def job(_job):
    cpu = time.thread_time()
    result = work()
    out["worker_cpu"] = time.thread_time() - cpu
    return result

loop = QEventLoop()
worker = DbWorker(name="kimdesk-sync")
gc.callbacks.append(watch)
ticker.start()
wall, cpu = time.perf_counter(), time.process_time()
worker.submit(job, lambda r: (out.__setitem__("result", r), loop.quit()), lambda e: (out.__setitem__("error", repr(e)), loop.quit()))
loop.exec()
out["wall"], out["cpu"] = time.perf_counter() - wall, time.process_time() - cpu
tail = QEventLoop()  # the collector's next ticks after the op: what it held back is collected then
QTimer.singleShot(collector.INTERVAL_MS * 2 + 200, tail.quit)
tail.exec()
ticker.stop()
gc.callbacks.remove(watch)
worker.shutdown()
store.close()
gaps.sort()
by = {}
for gen, thread, w, c in events:
    row = by.setdefault(f"{thread}:{gen}", [0, 0.0, 0.0, 0.0])
    row[0] += 1; row[1] += w; row[2] += c; row[3] = max(row[3], w)
out["collections"] = by
out["gc_wall"] = sum(e[2] for e in events)
out["gc_cpu"] = sum(e[3] for e in events)
out["checks"] = len(checks)
out["check_wall"] = sum(c[0] for c in checks)
out["check_max"] = max((c[0] for c in checks), default=0.0)
out["outside_gc"] = out["check_wall"] - sum(e[2] for e in events if e[1] == "MainThread")
out["gap_max"] = gaps[-1] if gaps else 0.0
out["gap_p99"] = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
out["gaps_over_50ms"] = sum(1 for g in gaps if g > 0.05)
out["ticks"] = len(gaps)
out["stalls"] = stalls
print("RESULT " + json.dumps(out), flush=True)
"""


def _data(cache: Path) -> Path:
    """The 100,000 changes' share and the 10,000 people's export, built once."""
    data = cache / ".desktop-gc"  # a dot: not a fixture entry, which the cache would prune
    if (data / "done").exists():
        return data
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    from benchmarks.bench_reports import fixture
    from benchmarks.bench_sync import make_segments
    from benchmarks.common import scratch_dir
    from kimdesk.services.clients_intake import exchange
    from kimdesk.store.profile import Profile, init_profile
    from kimdesk.sync import team

    with scratch_dir("desktop-gc") as tmp:
        maker = init_profile(Profile(tmp / "maker"), "benchmark passphrase", remember=False)
        laptop_team = team.create(maker)
        maker.close()
        (data / "share").mkdir()
        print(f"   {make_segments(data / 'share', laptop_team, 4, 25_000):,} changes written", flush=True)
        (data / "team.json").write_text(json.dumps([laptop_team.id, laptop_team.key.hex()]))
        store, _ = fixture(tmp, 10_000)
        exchange.export_file(store, data / "export.json")
        store.close()
    (data / "done").write_text("1")
    return data


def run(step: str, code: Path, data: Path) -> dict:
    from benchmarks.common import scratch_dir

    with scratch_dir("desktop-gc-run") as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD, step, str(data), str(tmp), str(RESIDENT)], capture_output=True, text=True,
                             env=os.environ | {"PYTHONPATH": str(code), "QT_QPA_PLATFORM": "offscreen"}, cwd=code)
    if out.returncode:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))[7:])


def show(step: str, code: Path, r: dict) -> None:
    gens = "  ".join(f"{k} {v[0]}× {v[1]:.2f} s (max {v[3] * 1000:.0f} ms)" for k, v in sorted(r["collections"].items()))
    print(f"   {step:8s} {code.name:22s} wall {r['wall']:6.2f} s  CPU {r['cpu']:6.2f} s (worker {r['worker_cpu']:6.2f})  "
          f"gc {r['gc_wall']:5.2f} s wall {r['gc_cpu']:5.2f} s CPU  checks {r['checks']} (outside gc "
          f"{r['outside_gc'] * 1000:5.0f} ms)  UI gap max {r['gap_max'] * 1000:5.0f} ms p99 {r['gap_p99'] * 1000:4.0f} ms "
          f">50 ms {r['gaps_over_50ms']}\n              {gens}", flush=True)
    for stall in r.get("stalls", []):  # the worker's place (its innermost frame) when the UI thread ran again
        print(f"              UI stall {stall}", flush=True)


def main(quick: bool = False) -> None:
    from benchmarks.fixture_cache import CACHE_ENV

    cache = Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "kimdesk-bench")
    data = _data(cache)
    codes = [Path(c) for c in os.environ.get("KIMDESK_DESKTOP_GC_CODE", str(HERE)).split(",")]
    pairs = int(os.environ.get("KIMDESK_DESKTOP_GC_PAIRS", "3" if len(codes) > 1 and not quick else "1"))
    steps = os.environ.get("KIMDESK_DESKTOP_GC_STEPS", "catch-up,import").split(",")
    for step in steps:
        for _ in range(pairs):
            for code in codes:
                show(step, code, run(step, code, data))
    print(f"   load: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"   ({time.perf_counter() - started:.0f} s)")
