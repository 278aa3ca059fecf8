"""The store benchmark's demo store, apart from the benchmark: the fixture cache keys an entry on
the file its builder is in, and the measurement's code may change without the store (at 200,000
people the better part of an hour of the demo generator) being built again.

``base(n)``: ``n`` demo people written through the real services (seed 11), kept in the cache;
``insert_slice``: the measured insert of ``k`` more (seed 12, their ids after the stored ones).
"""

from __future__ import annotations

import dataclasses
import os
import time

from kimdesk.services.admin import demo

PASS = "benchmark passphrase"
SLICE_ENV = "KIMDESK_BENCH_STORE_SLICE"  # people of the measured insert (default below)
SEED, SLICE_SEED = 11, 12
COUNTED = ("client", "household_member", "need", "responsibility", "responsibility_event", "consent",
           "counselling_contact", "task", "conference", "agenda_item", "action_item")


def slice_of(n: int) -> int:
    """The people whose insert is timed: the last ``min(5,000, n / 10)`` of the ``n`` (``KIMDESK_BENCH_STORE_SLICE``)."""
    return min(n, int(os.environ.get(SLICE_ENV) or min(5_000, max(1, n // 10))))


@dataclasses.dataclass
class _Later(demo._Ctx):
    """The demo generator's context with its id clock after every id of the base store: the slice's
    ids come later than those already stored, as a team's new people do (uuid7), not between them."""

    clock_ms: int = 1_800_000_000_000


def base(n: int, folder):
    """The SQLCipher store of ``n`` demo people written through the services (the demo generator,
    seed 11) and closed: built once per size and kept in the fixture cache."""
    from benchmarks.fixture_cache import REPO, fixture_profile

    def fill(store) -> dict:
        return {"made": demo.generate(store, n, seed=SEED)}

    return fixture_profile(folder, "store-demo", n, fill, seed=SEED, name="sqlcipher", passphrase=PASS,
                           sources=[REPO / "kimdesk" / "services"])


def rows(store) -> int:
    with store.connection() as conn:
        return sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in COUNTED)


def insert_slice(store, k: int) -> dict[str, float]:
    """The measured insert: ``k`` more demo people (seed 12, ids after the stored ones) through the
    services into ``store``, timed (wall and CPU) with the generator's closing deadline evaluation."""
    before = rows(store)
    saved, demo._Ctx = demo._Ctx, _Later
    try:
        started, cpu = time.perf_counter(), time.process_time()
        demo.generate(store, k, seed=SLICE_SEED)
        insert_s, insert_cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        demo._Ctx = saved
    return {"insert_s": insert_s, "insert_cpu": insert_cpu, "clients_per_s": k / insert_s,
            "rows_per_s": (rows(store) - before) / insert_s}
