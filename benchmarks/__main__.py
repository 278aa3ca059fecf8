"""``python -m benchmarks [NAME ...] [--quick] [--sizes 10000,100000,200000]``: run the benchmark
modules, each in a child process of its own (its peak memory, ``VmHWM``, and CPU time are
reported per command), and close with one table of every goal beside its baseline measured in
the same run ("goal | baseline | now | ratio | met?"), per size.

``--sizes`` runs the modules that take a size (``KIMDESK_BENCH_PEOPLE``) once per size; the
others run once at their own sizes. Without it every module runs at its default size.

The data sets the modules share are built once per size and kept (``fixture_cache``); ``--no-cache``
builds them every time.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import pkgutil
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def available() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name[len("bench_"):] for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))


def sized(name: str) -> bool:
    """The module runs at the size ``KIMDESK_BENCH_PEOPLE`` asks for."""
    spec = importlib.util.find_spec(f"benchmarks.bench_{name}")
    return "KIMDESK_BENCH_PEOPLE" in Path(spec.origin).read_text(encoding="utf-8") or \
        "people(" in Path(spec.origin).read_text(encoding="utf-8")


def child(name: str, quick: bool) -> int:
    """Run one module here and record this command's peak memory and CPU time."""
    from benchmarks.common import peak_rss_mb, record

    module = importlib.import_module(f"benchmarks.bench_{name}")
    started, cpu = time.perf_counter(), time.process_time()
    module.main(quick=quick)
    wall = time.perf_counter() - started
    own = time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = peak_rss_mb()
    print(f"   ({wall:.1f} s wall, {own:.1f} s CPU here + {children.ru_utime + children.ru_stime:.1f} s in its "
          f"children; peak memory of the command {peak:.0f} MB)", flush=True)
    from benchmarks.fixture_cache import USED

    how = "fixture built here" if "built" in USED else "fixture from the cache" if USED else "fixture included"
    record(f"{name}: peak memory of the command ({how})", None, peak, "MB", None)
    return 0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help=f"which ones (default: all of {', '.join(available())})")
    parser.add_argument("--quick", action="store_true", help="small sizes: checks the scripts, not the figures")
    parser.add_argument("--sizes", default="", help="people, comma-separated (e.g. 10000,100000,200000), for the "
                                                    "modules that take a size")
    parser.add_argument("--no-cache", action="store_true", help="build every data set again (no fixture cache)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.no_cache:
        os.environ["KIMDESK_BENCH_CACHE"] = "off"
    if args.child:
        return child(args.names[0], args.quick)
    names = args.names or available()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()] if not args.quick else []
    from benchmarks.fixture_cache import cache_root

    root = cache_root()
    print(f"fixture cache: {root if root else 'off'}", flush=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kimdesk-bench-results-") as tmp:
        results = Path(tmp) / "results.jsonl"
        results.touch()
        failed = []
        for name in names:
            for size in (sizes if sizes and sized(name) else [None]):
                print(f"== {name}{f' at {size:,} people' if size else ''} ==", flush=True)
                env = os.environ | {"KIMDESK_BENCH_RESULTS": str(results), "KIMDESK_BENCH_MODULE": name,
                                    "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
                if size:
                    env["KIMDESK_BENCH_PEOPLE"] = str(size)
                command = [sys.executable, "-m", "benchmarks", name, "--child"] + (["--quick"] if args.quick else [])
                if subprocess.run(command, env=env, cwd=ROOT).returncode != 0:
                    failed.append(f"{name}{f' at {size:,}' if size else ''}")
        from benchmarks.common import summary_table

        entries = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines() if line.strip()]
        print("\n== goals: baseline and figure measured in the same run ==")
        print(summary_table(entries))
        print(f"\nwhole run: {time.perf_counter() - started:.0f} s wall, {_children_cpu():.0f} s CPU in its commands")
        if failed:
            print(f"\nfailed: {', '.join(failed)}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
