"""Peak memory of a sync, each in its own child process (``ru_maxrss``): a laptop's first sync
with all its people still unsent, a new laptop joining the share that sync wrote, the
first laptop writing a snapshot of its journal, and a new laptop joining from that snapshot
(JSON as before, a database as since issue 19: time, CPU and peak side by side).
``KIMDESK_BENCH_PEOPLE`` sets the sizes (default ``10000,100000``).

"before" writes everything as one segment (as KIMdesk did before segments were capped),
"after" caps segments at ``outbox.SEGMENT_CHANGES`` and streams the snapshot
(``snapshot.stream``). The fixture of the first sync is written into the change journal in chunks, so its own peak stays below the sync's; the figure printed
is the peak of the whole child and the peak before the sync started.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import scratch_dir
from benchmarks.common import record

CHILD = r"""
import json, random, resource, sys, time, uuid
from pathlib import Path
from kimdesk.store.journal_codes import Names, row_key
from kimdesk.store.journal_values import encode
from kimdesk.store.profile import Profile, init_profile
from kimdesk.sync import outbox, service, settings, team as teams
from kimdesk.sync.targets import FolderTarget
from benchmarks.bench_sync import _person

mode, root, people, cap = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
outbox.SEGMENT_CHANGES = cap
if mode.startswith("snapshot"):  # writing the first laptop's snapshot: whole (before) or streamed
    from kimdesk.store.profile import open_profile
    from kimdesk.sync import envelope, snapshot
    from kimdesk.sync.envelope import Header
    store = open_profile(Profile(root / "first"), passphrase="benchmark passphrase", use_keyring=False)
    team_id, key = json.loads((root / "team.json").read_text())
    key = bytes.fromhex(key)
    me = store.device_id
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu = time.perf_counter(), time.process_time()
    with store.connection() as conn:
        if mode == "snapshot-whole":
            body, covers = snapshot.build(conn, me)
            blob = envelope.seal(key, Header("snapshot", team_id, me, covers[me]), body)
            n = len(body["changes"])
        else:
            covers, counted = snapshot.coverage(conn, me), {}
            blob = envelope.seal_stream(key, Header("snapshot", team_id, me, covers[me]),
                                        snapshot.stream(conn, me, covers, counted))
            n = counted["changes"]
    print(json.dumps({"before_kib": before, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "wall": time.perf_counter() - started, "cpu": time.process_time() - cpu, "changes": n,
                      "mb": len(blob) / 1e6}))
    sys.exit(0)
if mode.startswith("publish-"):  # the first laptop writes its snapshot: JSON (before) or a database
    from kimdesk.store.profile import open_profile
    from kimdesk.sync import layout, publish
    publish.DATABASE_SNAPSHOTS = mode == "publish-db"
    store = open_profile(Profile(root / "first"), passphrase="benchmark passphrase", use_keyring=False)
    settings.put(store, settings.SNAPSHOT_EVERY, 0)  # now, whatever was written before
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu = time.perf_counter(), time.process_time()
    service.run(store, FolderTarget(root / "share"))
    folder = root / "share" / layout.device_dir(store.device_id)
    print(json.dumps({"before_kib": before, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "wall": time.perf_counter() - started, "cpu": time.process_time() - cpu,
                      "mb": sum(f.stat().st_size for f in folder.glob("*.snapshot")) / 1e6}))
    sys.exit(0)
store = init_profile(Profile(root / mode), "benchmark passphrase", remember=False)
if mode.startswith("snapjoin"):
    settings.put(store, settings.SNAPSHOT_GAIN, 1)  # start from the snapshot
settings.put(store, settings.SNAPSHOT_EVERY, 10_000)  # measure the segments, not a snapshot
if mode == "first":
    team = teams.create(store)
    (root / "team.json").write_text(json.dumps([team.id, team.key.hex()]))
    rng = random.Random(7)
    stamp, made, ids, n = int(time.time() * 1000) << 16, 0, [], 0
    with store.connection(write=True) as conn:
        while made < people:
            rows = []
            for _ in range(5000):
                stamp += 1
                n += 1
                roll = rng.random()
                if roll < 0.4 or not ids:
                    rid = str(uuid.uuid4()); ids.append(rid); made += 1
                    data = _person(rng, store.device_id, n)
                    entity = "client"
                elif roll < 0.7:
                    rid, entity = str(uuid.uuid4()), "need"
                    data = {"client_id": rng.choice(ids), "category": "Schule", "description": "IFK-Platz",
                            "status": "open", "deleted": False}
                else:
                    rid, entity = rng.choice(ids), "client"
                    data = {"municipality": rng.choice(["Alsdorf", "Stolberg", "Monschau"])}
                rows.append((entity, rid, encode(data), stamp, store.device_id, "Frau Kaya"))  # stored form (store.journal_values)
            names = Names(conn)  # the journal's stored form (store.journal_codes)
            conn.exec_driver_sql("INSERT INTO change(entity_code, row_key, data, stamp, device_code, actor_code) "
                                 "VALUES (?, ?, ?, ?, ?, ?)",
                                 [(names.code(e), row_key(r), d, st, names.code(dv), names.code(a))
                                  for e, r, d, st, dv, a in rows])
else:
    team_id, key = json.loads((root / "team.json").read_text())
    teams._save(store, teams.Team(team_id, bytes.fromhex(key)))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started, cpu = time.perf_counter(), time.process_time()
report = service.run(store, FolderTarget(root / "share"), confirm_deletions=True)
print(json.dumps({"before_kib": before, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "wall": time.perf_counter() - started, "cpu": time.process_time() - cpu,
                  "sent": report.sent_changes, "segments": report.sent_segments,
                  "received": report.received_changes, "rejected": len(report.rejected),
                  "from_snapshot": sum(1 for e in report.events if e.decision.value == "snapshot_applied")}))
"""


def _child(mode: str, root: Path, people: int, cap: int) -> dict:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
           "KIMDESK_TEST_KEYRING": str(root / "keyring.json")}
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(root), str(people), str(cap)],
                          capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(quick: bool = False) -> None:
    from kimdesk.sync import outbox

    sizes = (2_000,) if quick else tuple(int(n) for n in os.environ.get("KIMDESK_BENCH_PEOPLE", "10000,100000").split(","))
    for people in sizes:
        joins = {}
        for label, cap in (("before", 10**9), ("after", outbox.SEGMENT_CHANGES)):
            with scratch_dir("syncmem") as tmp:
                (tmp / "share").mkdir()
                t0 = time.perf_counter()
                first = _child("first", tmp, people, cap)
                join = _child("join", tmp, people, cap)
                assert join["received"] == first["sent"] and not join["rejected"], (first, join)
                joins[label] = join
                print(f"   {people:>7,} people, {label:6}: first sync {first['sent']:>8,} changes in "
                      f"{first['segments']:>3} segments: peak {first['peak_kib'] / 1024:7.0f} MB "
                      f"(fixture {first['before_kib'] / 1024:5.0f} MB), {first['cpu']:6.1f} s CPU | "
                      f"join: peak {join['peak_kib'] / 1024:7.0f} MB (empty {join['before_kib'] / 1024:5.0f} MB), "
                      f"{join['wall']:6.1f} s wall {join['cpu']:6.1f} s CPU   ({time.perf_counter() - t0:.0f} s)",
                      flush=True)
                snap = _child("snapshot-whole" if label == "before" else "snapshot-stream", tmp, people, cap)
                print(f"   {people:>7,} people, {label:6}: snapshot of {snap['changes']:>8,} changes "
                      f"({snap['mb']:.1f} MB sealed): peak {snap['peak_kib'] / 1024:7.0f} MB "
                      f"(opened {snap['before_kib'] / 1024:5.0f} MB), {snap['cpu']:6.1f} s CPU", flush=True)
                record(f"first sync, join, snapshot: largest peak memory ≤ 500 MB ({label})", None, (peak := max(first["peak_kib"], join["peak_kib"], snap["peak_kib"]) / 1024), "MB", peak <= 500, size=people)
                if label == "after":
                    # the same changes through capped segments and in one: CPU, as the machine is shared
                    ratio = joins["after"]["cpu"] / joins["before"]["cpu"]
                    print(f"   {people:>7,} people: catch-up through capped segments {ratio:.2f}× the CPU of one segment",
                          flush=True)
                    record("a catch-up through capped segments ≤ 1.5× the CPU of one segment (baseline: one segment)",
                           joins["before"]["cpu"], joins["after"]["cpu"], "s CPU", ratio <= 1.5, size=people)
                    joined = _joins_from_snapshots(tmp, people, cap)
                    record("a new laptop joins the team from the snapshot < 30 s (baseline: JSON snapshot)",
                           joined["json"]["wall"], joined["db"]["wall"], "s", joined["db"]["wall"] < 30, size=people)


def _joins_from_snapshots(tmp: Path, people: int, cap: int) -> dict[str, dict]:
    """A new laptop joining from the first laptop's snapshot: the JSON one (before) and the
    database one (after, ``snapshot_db``), on the same share and data, in the same run."""
    joined = {}
    for fmt in ("json", "db"):
        wrote = _child(f"publish-{fmt}", tmp, people, cap)
        join = _child(f"snapjoin-{fmt}", tmp, people, cap)
        assert join["from_snapshot"] == 1 and not join["rejected"], join
        print(f"   {people:>7,} people, snapshot {fmt:4}: written {wrote['wall']:6.1f} s wall {wrote['cpu']:6.1f} s CPU, "
              f"peak {wrote['peak_kib'] / 1024:6.0f} MB, {wrote['mb']:7.1f} MB on the share | "
              f"join from it: {join['wall']:6.1f} s wall {join['cpu']:6.1f} s CPU, "
              f"peak {join['peak_kib'] / 1024:6.0f} MB (empty {join['before_kib'] / 1024:5.0f} MB)", flush=True)
        joined[fmt] = join
    return joined
