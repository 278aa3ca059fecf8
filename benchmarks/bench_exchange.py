"""Export and import: peak memory and time of each, in a child process, beside opening the store.

The data set is the reports benchmark's (``bench_reports.build``: people, needs, requests and
their steps, school entries, conferences), bulk inserted. Each step runs in a fresh child
process that opens the store and reports its peak resident memory (``VmHWM``: ``ru_maxrss``
would also count the size of this parent at the fork) and CPU time; "open only" is the baseline (the interpreter, the libraries; opened with the raw key).

- export, whole document (before): ``json.dumps(export_document(...))`` written at once
- export, streamed (the app): ``exchange.export_file``, batches of 500 people
- import (the app): ``exchange.import_file`` of that export into an empty store

``KIMDESK_BENCH_SIZES`` sets the sizes (default ``10000,100000``); ``KIMDESK_BENCH_IMPORT_MAX``
the largest size whose import is measured (default: all).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.bench_reports import build
from benchmarks.common import scratch_dir
from kimdesk.services.clients_intake import catalogue
from kimdesk.store.profile import Profile, init_profile

PASS = "benchmark passphrase 1"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from kimdesk.store.profile import Profile, _connect, _store
folder, step, file = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
profile = Profile(folder, "bench" if step != "import" else "target")
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
    exchange.import_file(store, file)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
store.close()
# VmHWM: this process's own peak; ru_maxrss also counts the parent's size at fork (kept across exec)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"rss_mb": hwm / 1024, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "wall": wall, "cpu": cpu}))
"""


def _key(folder: Path, name: str) -> str:
    from kimdesk.store.keyfile import KeyFile

    return KeyFile.load(Profile(folder, name).key_path).unwrap(PASS).hex()


def child(folder: Path, step: str, file: Path) -> dict:
    key = _key(folder, "target" if step == "import" else "bench")
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder), step, str(file)], check=True, input=key,
                         capture_output=True, text=True, env=os.environ | {"PYTHONPATH": os.getcwd()})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(quick: bool = False) -> None:
    sizes = [1_000] if quick else [int(s) for s in os.environ.get("KIMDESK_BENCH_SIZES", "10000,100000").split(",")]
    for n in sizes:
        with scratch_dir("exchange") as folder:
            store = init_profile(Profile(folder, "bench"), PASS, remember=False)
            catalogue.seed_agencies(store)
            started = time.perf_counter()
            build(store, n)
            store.close()
            init_profile(Profile(folder, "target"), PASS, remember=False).close()
            print(f"   {n:,} people (bulk insert {time.perf_counter() - started:.0f} s)")
            file = folder / "export.json"
            base = child(folder, "open", file)
            rows = [("open only (baseline)", base)]
            rows.append(("export, whole document (before)", child(folder, "export-document", file)))
            rows.append(("export, streamed (the app)", child(folder, "export-stream", file)))
            size = file.stat().st_size / 1e6
            if n <= int(os.environ.get("KIMDESK_BENCH_IMPORT_MAX", n)):
                rows.append((f"import of that export ({size:.0f} MB)", child(folder, "import", file)))
            for name, r in rows:
                print(f"     {name:34s} peak {r['rss_mb']:7.0f} MB  (+{r['rss_mb'] - base['rss_mb']:6.0f} MB over "
                      f"open)  wall {r['wall']:6.1f} s  CPU {r['cpu']:6.1f} s")
