"""Sync: one laptop importing 100,000 changes of four others, beside reading and decrypting
the same segments (the floor: file I/O, AES-GCM, zlib, JSON), and a round with nothing to do.

Targets: import within 3× of raw read+decrypt; a no-op round on a folder under 0.2 s.
The segments are written as the other laptops would write them (sealed with the team key):
people taken in, their needs, and edits of single fields, in segments of 1,000 changes.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import date

from benchmarks.common import scratch_dir


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


def main(quick: bool = False) -> None:
    from kimdesk.store.profile import Profile, init_profile
    from kimdesk.sync import service, settings, team
    from kimdesk.sync.targets import FolderTarget

    devices, per_device = (2, 1_000) if quick else (4, 25_000)
    with scratch_dir("sync") as tmp:
        share = tmp / "share"
        share.mkdir()
        store = init_profile(Profile(tmp / "data"), "benchmark passphrase", remember=False)
        laptop_team = team.create(store)
        settings.put(store, settings.SNAPSHOT_EVERY, 10_000)  # measure the import, not a snapshot
        t0 = time.perf_counter()
        total = make_segments(share, laptop_team, devices, per_device)
        print(f"   wrote {total:,} changes of {devices} laptops in {time.perf_counter() - t0:.1f} s")
        raw_s, raw_n = min((raw_read(share, laptop_team) for _ in range(2)), key=lambda r: r[0])
        assert raw_n == total
        started = time.perf_counter()
        report = service.run(store, FolderTarget(share), confirm_deletions=True)
        import_s = time.perf_counter() - started
        assert report.received_changes == total, report.lines()
        print(f"   raw read+decrypt : {raw_s:7.2f} s  {raw_n / raw_s:10,.0f} changes/s")
        print(f"   import (apply)   : {import_s:7.2f} s  {total / import_s:10,.0f} changes/s")
        print(f"   import / raw     : {import_s / raw_s:7.2f}×   (target ≤ 3×)")
        noop = []
        for _ in range(5):
            started = time.perf_counter()
            r = service.run(store, FolderTarget(share))
            noop.append(time.perf_counter() - started)
            assert r.received_changes == 0 and r.sent_changes == 0
        print(f"   no-op round      : median {statistics.median(noop) * 1000:6.1f} ms, "
              f"max {max(noop) * 1000:6.1f} ms   (target < 200 ms)")
        store.close()
