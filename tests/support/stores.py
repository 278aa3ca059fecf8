"""Fast test stores (Anki's getEmptyCol idea): one profile built per session, copied per test."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

from kimdesk.store.profile import Profile, _connect, _store
from kimdesk.store.store import Store

PASSPHRASE = "test passphrase one"


def open_with_key(profile: Profile, key: bytes) -> Store:
    """Open without the Argon2id step (tests that are not about the passphrase)."""
    return _store(_connect(profile.db_path, key), profile)


def copy_profile(template: Profile, key: bytes, data_dir: Path, name: str = "default") -> Profile:
    """A copy of the template profile with a fresh device id (it is a different laptop)."""
    target = Profile(data_dir, name)
    shutil.copytree(template.dir, target.dir)
    store = open_with_key(target, key)
    with store.connection(write=True) as conn:
        store.set_setting(conn, "device_id", str(uuid.uuid4()))
    store.close()
    return target


def search_people_store(template_profile: tuple[Profile, bytes], data_dir: Path, extra: Iterable[dict] = ()) -> Store:
    """A copy of the template holding the search benchmark's 3,000 people (seed 3) and ``extra`` client
    rows: the data the search tests compare the ranking on."""
    from benchmarks.bench_search import people
    from benchmarks.common import bulk_insert
    from kimdesk.models import Client

    template, key = template_profile
    store = open_with_key(copy_profile(template, key, data_dir), key)
    bulk_insert(store, {Client: people(3_000, seed=3) + list(extra)})
    return store


def cycle_store(data_dir: Path, people: int, seed: int, passphrase: str) -> Store:
    """A profile holding the seeded offices and the cycle benchmark's ``people`` (``bench_cycle.build``):
    the data the deadline rules' tests compare the rules' occasions on."""
    from benchmarks.bench_cycle import build
    from kimdesk.services.clients_intake import catalogue
    from kimdesk.store.profile import init_profile

    store = init_profile(Profile(data_dir, "p"), passphrase, remember=False, check_strength=False)
    catalogue.seed_agencies(store)
    build(store, people, seed=seed)
    return store


def vary_people(conn, towns: list[str], seed: int = 5) -> None:
    """What the cycle fixture's people lack: BAMF decisions served around the benchmark's day,
    residence rules (to one of ``towns``, some ended) and deleted people, drawn by ``seed``."""
    import random
    from datetime import timedelta

    from sqlalchemy import text

    from benchmarks.bench_cycle import TODAY

    rng = random.Random(seed)
    kinds = ["asylum", "refugee", "subsidiary", "refused", "manifestly_unfounded", "inadmissible", "other"]
    for cid in list(conn.execute(text("SELECT id FROM client ORDER BY id")).scalars()):
        r = rng.random()
        if r < 0.08:
            served = TODAY - timedelta(days=rng.randint(-60, 200))
            conn.execute(text("UPDATE client SET bamf_decision = :k, bamf_decision_on = :d WHERE id = :id"),
                         {"k": rng.choice(kinds), "d": served.isoformat(), "id": cid})
        elif r < 0.14:
            until = TODAY + timedelta(days=rng.randint(-100, 300)) if rng.random() < 0.5 else None
            conn.execute(text("UPDATE client SET residence_rule_place = :p, residence_rule_until = :u WHERE id = :id"),
                         {"p": rng.choice(towns), "u": until and until.isoformat(), "id": cid})
        elif r < 0.17:
            conn.execute(text("UPDATE client SET deleted = 1 WHERE id = :id"), {"id": cid})
