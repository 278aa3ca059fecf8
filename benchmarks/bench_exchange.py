"""Export and import: peak memory and time of each, in a child process, beside opening the store.

The data set is the reports benchmark's (``bench_reports.build``: people, needs, requests and
their steps, school entries, conferences), bulk inserted. Each step runs in a fresh child
process that opens the store and reports its peak resident memory (``VmHWM``: ``ru_maxrss``
would also count the size of this parent at the fork) and CPU time; "open only" is the baseline (the interpreter, the libraries; opened with the raw key).

- export, whole document (before): ``json.dumps(export_document(...))`` written at once
- export, streamed (the app): ``exchange.export_file``, batches of 500 people
- import, whole document (before): ``json.loads`` of the file, then ``exchange.import_document``
  (what ``kimdesk import`` did before the streamed import)
- import, streamed (the app): ``exchange.import_file`` of that export into an empty store
- both imports exported again: the same bytes (the streamed import writes the same data; when the
  imports ran on either side of midnight, the same bytes but for the deadline rules' tasks: ``same_data``)

``KIMDESK_BENCH_PHASES=1`` adds the streamed import once more, phase by phase (``import_phases``; ``=only``:
that alone, ``KIMDESK_BENCH_TRACEMALLOC=1`` with the Python objects traced too).

``KIMDESK_BENCH_PEOPLE`` sets one size, else ``KIMDESK_BENCH_SIZES`` the sizes (default
``10000,100000``); ``KIMDESK_BENCH_IMPORT_MAX`` the largest size whose import is measured (default:
all), ``KIMDESK_BENCH_WHOLE_MAX`` the largest size whose whole-document steps (the baselines: gigabytes
at 100,000 people) are run (default: all); above it the import's baseline is "open only" and its
data is checked against the source's export instead. Goal (issue 19): peak memory of every command
≤ 500 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from benchmarks.bench_reports import fixture
from benchmarks.common import record, scratch_dir
from benchmarks.import_phases import show
from kimdesk.store.profile import Profile, init_profile

PASS = "benchmark passphrase 1"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from kimdesk.store.profile import Profile, _connect, _store
folder, step, file = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
profile = Profile(folder, {"import": "target", "import-document": "before", "export-target": "target",
                          "export-before": "before", "import-phases": "phases"}.get(step, "bench"))
store = _store(_connect(profile.db_path, bytes.fromhex(sys.stdin.read().strip())), profile)  # the raw key: no Argon2id
t0, c0 = time.perf_counter(), time.process_time()
if step == "export-document":
    from kimdesk.paths import atomic_write
    from kimdesk.services.clients_intake import exchange
    atomic_write(file, json.dumps(exchange.export_document(store), ensure_ascii=False, indent=1).encode("utf-8"))
elif step == "export-stream":
    from kimdesk.services.clients_intake import exchange
    exchange.export_file(store, file)
elif step == "import":
    from kimdesk.services.clients_intake import exchange
    exchange.import_file(store, file, 1 << 40)
elif step == "import-phases":
    from benchmarks.import_phases import traced_import
    phases = traced_import(store, file)
elif step == "import-document":
    from kimdesk.services.clients_intake import exchange
    exchange.import_document(store, json.loads(file.read_bytes()))
elif step.startswith("export-"):  # what an import wrote, exported again
    from kimdesk.services.clients_intake import exchange
    exchange.export_file(store, file.with_name(step + ".json"))
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
store.close()
# VmHWM: this process's own peak; ru_maxrss also counts the parent's size at fork (kept across exec)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"phases": phases if step == "import-phases" else None,
                  "rss_mb": hwm / 1024, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "wall": wall, "cpu": cpu}))
"""


def _key(folder: Path, name: str) -> str:
    from kimdesk.store.keyfile import KeyFile

    return KeyFile.load(Profile(folder, name).key_path).unwrap(PASS).hex()


def child(folder: Path, step: str, file: Path) -> dict:
    key = _key(folder, {"import": "target", "import-document": "before", "export-target": "target",
                        "export-before": "before", "import-phases": "phases"}.get(step, "bench"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder), step, str(file)], check=True, input=key,
                         capture_output=True, text=True, env=os.environ | {"PYTHONPATH": os.getcwd()})
    return json.loads(out.stdout.strip().splitlines()[-1])


def _without_tasks(export: bytes) -> bytes:
    """The export without its "tasks" collection (written between conferences and appointments)."""
    start = export.find(b'"tasks":')
    end = export.find(b'"appointments":', start)
    return export if start < 0 or end < 0 else export[:start] + export[end:]


def same_data(mine: bytes, theirs: bytes, *, whole: bool, one_day: bool) -> tuple[bool, str]:
    """Whether the streamed import's export equals the other one, and what it was compared with.

    ``whole``: the other is the whole-document import's export, else the source's own (whose tasks
    the target's deadline rules wrote anew). ``one_day``: both imports ran on one calendar day; the
    deadline rules an import runs write follow-up tasks dated by the day, so imports on either side
    of midnight differ in their tasks and only in them (a full run at 100,000 people crossed it)."""
    what = "the whole-document import's" if whole else "the source's"
    if whole and one_day:
        return mine == theirs, what
    why = "the imports on two days" if whole else "written anew by the target's deadline rules"
    return _without_tasks(mine) == _without_tasks(theirs), f"{what} (tasks set aside: {why})"


def main(quick: bool = False) -> None:
    sizes = [1_000] if quick else [int(s) for s in (os.environ.get("KIMDESK_BENCH_PEOPLE")
                                                   or os.environ.get("KIMDESK_BENCH_SIZES", "10000,100000")).split(",")]
    for n in sizes:
        with scratch_dir("exchange") as folder:
            started = time.perf_counter()
            store, _ = fixture(folder, n)
            store.close()
            for name in ("target", "before", "phases"):
                init_profile(Profile(folder, name), PASS, remember=False).close()
            print(f"   {n:,} people (bulk insert or cache, {time.perf_counter() - started:.0f} s)")
            file = folder / "export.json"
            whole = n <= int(os.environ.get("KIMDESK_BENCH_WHOLE_MAX", n))
            base = child(folder, "open", file)
            rows = {"open": ("open only (baseline)", base)}
            if whole:
                rows["export-document"] = ("export, whole document (before)", child(folder, "export-document", file))
            rows["export-stream"] = ("export, streamed (the app)", child(folder, "export-stream", file))
            size = file.stat().st_size / 1e6
            imported = n <= int(os.environ.get("KIMDESK_BENCH_IMPORT_MAX", n))
            phases = os.environ.get("KIMDESK_BENCH_PHASES", "")  # "1": also phase by phase; "only": just that
            traced, imported = imported and phases in ("1", "only"), imported and phases != "only"
            first_day = date.today()  # the deadline rules an import runs date their tasks by the day
            if imported and whole:
                rows["import-document"] = (f"import, whole document (before, {size:.0f} MB)",
                                           child(folder, "import-document", file))
            if imported:
                rows["import"] = (f"import, streamed (the app, {size:.0f} MB)", child(folder, "import", file))
            one_day = date.today() == first_day
            if traced:
                rows["import-phases"] = ("import, streamed, phase by phase", child(folder, "import-phases", file))
            for name, r in rows.values():
                print(f"     {name:40s} peak {r['rss_mb']:7.0f} MB  (+{r['rss_mb'] - base['rss_mb']:6.0f} MB over "
                      f"open)  wall {r['wall']:6.1f} s  CPU {r['cpu']:6.1f} s")
                if r.get("phases"):
                    show(r["phases"])
            if imported:
                child(folder, "export-target", file)
                if whole:
                    child(folder, "export-before", file)
                    other = folder / "export-before.json"
                else:
                    other = file
                same, what = same_data((folder / "export-target.json").read_bytes(), other.read_bytes(),
                                       whole=whole, one_day=one_day)
                print(f"   exported again, the streamed import's data and {what}: "
                      f"{'the same bytes' if same else 'DIFFERENT bytes'}")
                assert same, "the streamed import changed the data"
            export_peak = rows["export-stream"][1]["rss_mb"]
            before = rows.get("export-document", rows["open"])[1]
            record(f"export: peak memory ≤ 500 MB (baseline: {'whole document' if whole else 'open only'})",
                   before["rss_mb"], export_peak, "MB", export_peak <= 500, size=n)
            if imported:
                import_peak = rows["import"][1]["rss_mb"]
                before = rows.get("import-document", rows["open"])[1]
                label = "whole document" if whole else "open only"
                record(f"import: peak memory ≤ 500 MB (baseline: {label})", before["rss_mb"], import_peak,
                       "MB", import_peak <= 500, size=n)
                record(f"import: CPU time (baseline: {label})", before["cpu"], rows["import"][1]["cpu"], "s",
                       None, size=n)
