"""Sync: one laptop importing 100,000 changes of four others, beside reading and decrypting
the same segments (the floor: file I/O, AES-GCM, zlib, JSON), and a round with nothing to do.

Targets: import within 2× of a bulk insert of the same rows into the same schema (measured in
the same run, wall and CPU; beside it the old segment-by-segment path); a no-op round on a
folder under 0.2 s. Sizes: 10,000 and 100,000 changes.

Then a new laptop joining a team at the issue's scale (``join_at_scale``): 100,000 people
with histories, 17 changes each (``team_history``, 1.7 million changes as the issue measured),
and the follow-ups their laptop's deadline rules created (that laptop before its round: built
once per size and kept in the fixture cache), sent and snapshotted by its round (measured every
run, in its own process: wall, CPU, peak memory); a fresh laptop joins from that snapshot, twice,
each in its own process with the hooks the app installs (``kimdesk.wiring``: deadline rules and
the needs' standings after the copy, timed apart): wall, CPU and peak memory (goals < 30 s and
≤ 500 MB).
``KIMDESK_BENCH_PEOPLE`` sets the number of people (default 100,000); the catch-up above runs
at its own sizes, once (without a size or at 100,000).
The segments are written as the other laptops would write them (sealed with the team key):
people taken in, their needs, and edits of single fields, in segments of 1,000 changes.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import date

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import people, record, scratch_dir


def _person(rng: random.Random, device: str, n: int) -> dict:
    return {"case_number": f"26-{device[:4].upper()}-{n:05d}", "given_name": rng.choice(["Mohammed", "Olena", "Aylin"]),
            "family_name": f"Muster-{n}", "native_name": None, "birth_date": f"{rng.randint(1960, 2015)}",
            "gender": None, "nationality": "SY", "languages": ["ar", "de"], "interpreter_needed": True,
            "interpreter_language": "ar", "residence_status": "Aufenthaltserlaubnis", "residence_paragraph": "§ 25",
            "residence_valid_until": "2027-05-31", "municipality": "Aachen", "address": "Hauptstraße 1",
            "phone": "0151 2345678", "email": None, "household_id": None, "case_manager": "Frau Kaya",
            "status": "open", "opened_on": date.today().isoformat(), "closed_on": None, "deleted": False}


def make_segments(root, team, devices: int, per_device: int, seed: int = 7) -> int:
    from kimdesk.sync import envelope, layout
    from kimdesk.sync.envelope import Header
    from kimdesk.sync.targets import FolderTarget

    target = FolderTarget(root)
    target.write(layout.INFO, envelope.seal(team.key, Header("info", team.id), {"created": 1}))
    rng = random.Random(seed)
    stamp = int(time.time() * 1000) << 16
    total = 0
    for _ in range(devices):
        device = str(uuid.uuid4())
        target.mkdir(layout.device_dir(device))
        people: list[str] = []
        changes = []
        seq = 0
        for n in range(per_device):
            stamp += 1
            roll = rng.random()
            if roll < 0.4 or not people:
                rid = str(uuid.uuid4())
                people.append(rid)
                changes.append(["client", rid, stamp, "Frau Kaya", None, _person(rng, device, n)])
            elif roll < 0.7:
                changes.append(["need", str(uuid.uuid4()), stamp, "Frau Kaya", None, {
                    "client_id": rng.choice(people), "category": "Schule", "description": "IFK-Platz",
                    "status": "open", "opened_on": None, "closed_on": None, "not_for_immigration_office": False,
                    "deleted": False}])
            else:
                changes.append(["client", rng.choice(people), stamp, "Frau Kaya", None,
                                {"municipality": rng.choice(["Alsdorf", "Stolberg", "Monschau"])}])
            if len(changes) == 1000 or n == per_device - 1:
                seq += 1
                body = {"requires": {}, "vectors": {}, "changes": changes, "erasures": []}
                target.write(layout.segment_path(device, seq),
                             envelope.seal(team.key, Header("segment", team.id, device, seq), body))
                total += len(changes)
                changes = []
    return total


def raw_read(root, team) -> tuple[float, int]:
    """Read, decrypt, decompress and parse every segment: the floor for applying them."""
    from kimdesk.sync import envelope, layout
    from kimdesk.sync.targets import FolderTarget

    target = FolderTarget(root)
    started = time.perf_counter()
    count = 0
    for d in target.list(layout.DEVICES):
        for f in sorted(target.list(layout.device_dir(d.name)), key=lambda e: e.name):
            seq = layout.parse_segment(f.name)
            if seq is None:
                continue
            doc = envelope.open_sealed(team.key, target.read(f"{layout.device_dir(d.name)}/{f.name}"), team=team.id,
                                       kind="segment", device=d.name, seq=seq)
            count += len(doc["changes"])
    return time.perf_counter() - started, count


def bulk_baseline(store, fresh) -> tuple[float, float, int]:
    """The physical floor: the rows the import left (people, needs, the change journal) inserted
    with ``executemany`` into a fresh profile of the same schema (its indexes and the search-key
    trigger), one transaction; (wall, CPU, rows)."""
    tables = ("client", "need", "change")
    data = {}
    with store.connection() as conn:
        for name in tables:
            cursor = conn.exec_driver_sql(f'SELECT * FROM "{name}"')
            data[name] = ([c[0] for c in cursor.cursor.description], cursor.fetchall())
    started, cpu = time.perf_counter(), time.process_time()
    with fresh.connection(write=True) as conn:
        for name in tables:
            cols, rows = data[name]
            sql = f'INSERT INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({",".join("?" * len(cols))})'
            for start in range(0, len(rows), 5000):
                conn.exec_driver_sql(sql, [tuple(r) for r in rows[start:start + 5000]])
    return time.perf_counter() - started, time.process_time() - cpu, sum(len(r) for _c, r in data.values())


def table_digests(store) -> dict[str, tuple[int, str]]:
    """Every table's rows as a count and a digest (sorted, so insertion order does not count),
    to show that two ways of applying the same segments leave the same database. Left out:
    the audit entries' time and chained hash (they differ by the clock) and the settings (the
    profile's own ids, the round's report)."""
    import hashlib

    out = {}
    with store.connection() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            if name == "setting":
                continue
            cursor = conn.exec_driver_sql(f'SELECT * FROM "{name}"')
            keep = [i for i, c in enumerate(cursor.cursor.description) if not (name == "audit" and c[0] in ("at", "hash"))]
            rows = sorted(repr(tuple(r[i] for i in keep)) for r in cursor.fetchall())
            out[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return out


def _import(tmp, name: str, share, laptop_team, lean: bool):
    from kimdesk.store.profile import Profile, init_profile
    from kimdesk.sync import receive, service, team
    from kimdesk.sync.targets import FolderTarget

    store = init_profile(Profile(tmp / name), "benchmark passphrase", remember=False)
    team._save(store, laptop_team)
    receive.LEAN_APPLY = lean
    try:
        started, cpu = time.perf_counter(), time.process_time()
        report = service.run(store, FolderTarget(share), confirm_deletions=True)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        receive.LEAN_APPLY = True
    return store, report, wall, cpu


def main(quick: bool = False) -> None:
    if quick or people(100_000) == 100_000:  # its own sizes: once, not again at every size of ``--sizes``
        segments(quick)
    join_at_scale(quick)


def segments(quick: bool = False) -> None:
    """One laptop importing the segments of four others, beside a bulk insert of the same rows."""
    from kimdesk.store.profile import Profile, init_profile
    from kimdesk.sync import service, team
    from kimdesk.sync.targets import FolderTarget

    for devices, per_device in ((2, 1_000),) if quick else ((4, 2_500), (4, 25_000)):
        with scratch_dir("sync") as tmp:
            share = tmp / "share"
            share.mkdir()
            maker = init_profile(Profile(tmp / "maker"), "benchmark passphrase", remember=False)
            laptop_team = team.create(maker)
            maker.close()
            t0 = time.perf_counter()
            total = make_segments(share, laptop_team, devices, per_device)
            print(f"   {total:,} changes of {devices} laptops (written in {time.perf_counter() - t0:.1f} s)")
            raw_s, raw_n = min((raw_read(share, laptop_team) for _ in range(2)), key=lambda r: r[0])
            assert raw_n == total
            old, old_report, old_s, old_cpu = _import(tmp, "old", share, laptop_team, lean=False)
            old_tables = table_digests(old)
            old.close()
            store, report, import_s, import_cpu = _import(tmp, "lean", share, laptop_team, lean=True)
            assert report.received_changes == old_report.received_changes == total, report.lines()
            differ = [t for t, d in table_digests(store).items() if old_tables.get(t) != d]
            assert not differ, f"the lean apply left other rows than the old path in {differ}"
            print(f"   tables after apply: identical on both paths ({len(old_tables)} tables, "
                  f"{sum(n for n, _d in old_tables.values()):,} rows)")
            fresh = init_profile(Profile(tmp / "bulk"), "benchmark passphrase", remember=False)
            bulk_s, bulk_cpu, rows = bulk_baseline(store, fresh)
            fresh.close()
            print(f"   raw read+decrypt : {raw_s:7.2f} s  {raw_n / raw_s:10,.0f} changes/s")
            print(f"   bulk insert      : {bulk_s:7.2f} s wall {bulk_cpu:7.2f} s CPU  ({rows:,} rows: people, "
                  "needs, journal)")
            print(f"   import, old path : {old_s:7.2f} s wall {old_cpu:7.2f} s CPU  {total / old_s:10,.0f} changes/s"
                  f"   {old_s / bulk_s:5.2f}× / {old_cpu / bulk_cpu:5.2f}× bulk (wall/CPU), {old_s / raw_s:5.1f}× raw")
            print(f"   import (apply)   : {import_s:7.2f} s wall {import_cpu:7.2f} s CPU  {total / import_s:10,.0f} "
                  f"changes/s   {import_s / bulk_s:5.2f}× / {import_cpu / bulk_cpu:5.2f}× bulk (wall/CPU), "
                  f"{import_s / raw_s:5.1f}× raw   (target ≤ 2× bulk)")
            noop = []
            for _ in range(5):
                started = time.perf_counter()
                r = service.run(store, FolderTarget(share))
                noop.append(time.perf_counter() - started)
                assert r.received_changes == 0 and r.sent_changes == 0
            print(f"   no-op round      : median {statistics.median(noop) * 1000:6.1f} ms, "
                  f"max {max(noop) * 1000:6.1f} ms   (target < 200 ms)")
            record("sync import ≤ 2× a bulk insert (baseline: bulk insert, CPU)", bulk_cpu, import_cpu, "s", import_cpu <= 2 * bulk_cpu, size=devices * per_device)
            record("idle sync round < 200 ms (median)", None, statistics.median(noop) * 1000, "ms", statistics.median(noop) < 0.2, size=devices * per_device)
            store.close()


JOIN_CHILD = r"""
import json, sys, time
from pathlib import Path
from benchmarks.common import peak_rss_mb
from kimdesk.store.profile import Profile, init_profile
from kimdesk.sync import layout, service, settings, team as teams
from kimdesk.sync.targets import FolderTarget

mode, root, people = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
if mode == "build":  # the team's laptop before its round: from the fixture cache, or built and kept
    from benchmarks.team_history import first_laptop
    print(json.dumps(first_laptop(root, people)))
    sys.exit(0)
if mode == "first":  # the team's laptop (fixture of mode "build"): its round sends, snapshots and compacts
    from kimdesk.store.profile import open_profile
    store = open_profile(Profile(root / "first"), passphrase="benchmark passphrase", use_keyring=False)
    team = teams.current(store)
    (root / "team.json").write_text(json.dumps([team.id, team.key.hex()]))
    with store.connection() as conn:
        changes = conn.exec_driver_sql("SELECT count(*) FROM change WHERE segment IS NULL").scalar_one()
    settings.put(store, settings.SNAPSHOT_EVERY, 0)  # a snapshot in this round
    before = peak_rss_mb()
    import resource
    child_cpu = sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2])
    started, cpu, main = time.perf_counter(), time.process_time(), time.thread_time()
    report = service.run(store, FolderTarget(root / "share"))
    folder = root / "share" / layout.device_dir(store.device_id)
    out = {"changes": changes, "sent": report.sent_changes, "before_mb": before,
           "snapshot_mb": sum(f.stat().st_size for f in folder.glob("*.snapshot")) / 1e6,
           "segments_left": sum(1 for f in folder.iterdir() if layout.parse_segment(f.name) is not None)}
else:  # a new laptop joins, with the hooks the app installs (deadline rules, the needs' standings)
    from kimdesk import wiring
    from kimdesk.sync import hooks
    wiring.install()
    spent = [0.0, 0.0]
    def timed(fn):
        def hook(store, report):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                fn(store, report)
            finally:
                spent[0] += time.perf_counter() - wall
                spent[1] += time.process_time() - cpu
        return hook
    hooks.AFTER_APPLY[:] = [timed(fn) for fn in hooks.AFTER_APPLY]
    store = init_profile(Profile(root / mode), "benchmark passphrase", remember=False)
    team_id, key = json.loads((root / "team.json").read_text())
    teams._save(store, teams.Team(team_id, bytes.fromhex(key)))
    import os, resource
    from benchmarks import checks_child
    from kimdesk.sync import snapshot_check
    snapshot_check.serve = checks_child.serve  # the checks' child notes its own peak (checks_child)
    peak_file = root / f"{mode}.checks-peak"
    os.environ[checks_child.PEAK_FILE] = str(peak_file)
    before = peak_rss_mb()
    child_cpu = sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2])
    started, cpu, main = time.perf_counter(), time.process_time(), time.thread_time()
    report = service.run(store, FolderTarget(root / "share"), confirm_deletions=True)
    out = {"received": report.received_changes, "rejected": len(report.rejected), "before_mb": before,
           "from_snapshot": sum(1 for e in report.events if e.decision.value == "snapshot_applied"),
           "hooks_wall": spent[0], "hooks_cpu": spent[1]}
    with store.connection() as conn:
        out["people"] = conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one()
# main_cpu: this thread's CPU alone; ``cpu`` adds the rest of the process and the checks' child process
# (snapshot_db.QuickCheck: waited for, so counted in RUSAGE_CHILDREN), ``checks_mb`` that child's peak
import resource
children = resource.getrusage(resource.RUSAGE_CHILDREN)
out.update(wall=time.perf_counter() - started,
           cpu=time.process_time() - cpu + children.ru_utime + children.ru_stime - child_cpu,
           main_cpu=time.thread_time() - main, peak_mb=peak_rss_mb())
if mode.startswith("join"):
    out["checks_mb"] = int(peak_file.read_text()) / 1024 if peak_file.exists() else 0.0
if mode == "join1":  # after the join (not in its figures): the idle packing of the joined journal, batch by batch
    from kimdesk.store import journal_packing

    def used():  # the file's size after VACUUM (SQLCipher; the driver connection is in autocommit)
        raw = store.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        return Profile(root / mode).db_path.stat().st_size
    out["pack_before"] = used()
    wall, cpu0, rewritten, batches = time.perf_counter(), time.process_time(), 0, 0
    while True:
        n, caught_up = journal_packing.pack_some(store)
        rewritten, batches = rewritten + n, batches + 1
        if caught_up:
            break
    out.update(pack_wall=time.perf_counter() - wall, pack_cpu=time.process_time() - cpu0, pack_rows=rewritten,
               pack_batches=batches, pack_after=used())
store.close()
print(json.dumps(out))
"""


def _join_child(mode: str, root: Path, n: int) -> dict:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
           "KIMDESK_TEST_KEYRING": str(root / "keyring.json")}
    done = subprocess.run([sys.executable, "-c", JOIN_CHILD, mode, str(root), str(n)],
                          capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def join_at_scale(quick: bool = False) -> None:
    """A new laptop joins a team of ``people`` people with histories from its snapshot, twice."""
    from benchmarks.team_history import CHANGES_PER_PERSON

    n = 300 if quick else people(100_000)
    with scratch_dir("syncjoin") as tmp:
        (tmp / "share").mkdir()
        first = _join_child("build", tmp, n) | _join_child("first", tmp, n)
        assert first["histories"] == n * CHANGES_PER_PERSON and first["changes"] == first["sent"], first
        print(f"   {n:,} people with histories: {first['histories']:,} changes and {first['follow_ups']:,} follow-ups "
              f"of the deadline rules, {first['changes']:,} changes in all (fixture built once in {first['fill']:.0f} s, "
              f"kept in the fixture cache); "
              f"their laptop's round (send, snapshot, compact): {first['wall']:6.1f} s wall {first['cpu']:6.1f} s CPU, "
              f"peak {first['peak_mb']:6.0f} MB; snapshot on the share {first['snapshot_mb']:7.1f} MB "
              f"({first['snapshot_mb'] * 1e6 / first['changes']:.0f} bytes per change), "
              f"{first['segments_left']} segments left", flush=True)
        for attempt in (1, 2):
            # the previous step's writes (the writer's round, the last join's packing: gigabytes) reach the
            # disk before the join is timed, not during it: a laptop joining a team finds no such backlog
            if hasattr(os, "sync"):
                os.sync()
            join = _join_child(f"join{attempt}", tmp, n)
            assert join["from_snapshot"] == 1 and not join["rejected"], join
            assert join["received"] == first["changes"] and join["people"] == n, join
            print(f"   join {attempt}: {join['wall']:6.1f} s wall {join['cpu']:6.1f} s CPU "
                  f"({join['main_cpu']:5.1f} s on the joining thread), peak {join['peak_mb']:6.0f} MB "
                  f"+ {join['checks_mb']:4.0f} MB of the checks' process "
                  f"(empty profile {join['before_mb']:5.0f} MB)   (targets < 30 s, ≤ 500 MB); of it the hooks after "
                  f"the copy (deadline rules, needs' standings) {join['hooks_wall']:6.1f} s wall "
                  f"{join['hooks_cpu']:6.1f} s CPU", flush=True)
            if "pack_rows" in join:
                print(f"   the joined journal packed afterwards (idle time, store.journal_packing): "
                      f"{join['pack_rows']:,} rows in {join['pack_batches']} batches, {join['pack_wall']:6.1f} s wall "
                      f"{join['pack_cpu']:6.1f} s CPU; the file after VACUUM {join['pack_before'] / n / 1024:.2f} KB a "
                      f"person before, {join['pack_after'] / n / 1024:.2f} KB after", flush=True)
                record("packing a joined laptop's journal, CPU", None, join["pack_cpu"], "s", None, size=n)
            record(f"a new laptop joins {first['changes']:,} changes from the snapshot < 30 s (run {attempt})",
                   None, join["wall"], "s", join["wall"] < 30, size=n)
            record(f"… its CPU time (run {attempt}; wall on 2 loaded cores is CPU-starved)", None, join["cpu"], "s",
                   None, size=n)
            record(f"… of it on the joining thread (the rest on the second core: the file's checks in their process; run {attempt})",
                   None, join["main_cpu"], "s", None, size=n)
            record(f"… of it the hooks after the copy, CPU (run {attempt})", None, join["hooks_cpu"], "s", None, size=n)
            both = join["peak_mb"] + join["checks_mb"]  # the checks' process runs beside the join
            record(f"joining from the snapshot: peak memory ≤ 500 MB, with the checks' process (run {attempt})", None,
                   both, "MB", both <= 500, size=n)
        record("snapshot first written: peak memory ≤ 500 MB", None, first["peak_mb"], "MB", first["peak_mb"] <= 500,
               size=n)
        record("snapshot on the share, bytes per change", None, first["snapshot_mb"] * 1e6 / first["changes"], "B",
               None, size=n)
