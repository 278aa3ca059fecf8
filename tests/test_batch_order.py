"""Big batches sorted a bucket at a time (``store.batch_order``): the order SQLite gives, and no one
sort handed more than ``AT_ONCE`` rows (a sort keeps the interpreter lock until it returns, and the UI
thread stood still for a catch-up's whole sort of its search keys)."""

from __future__ import annotations

import builtins
import random
import uuid

import pytest

from kimdesk.store import batch_order, search_keys
from kimdesk.store.batch_order import AT_ONCE, in_order
from kimdesk.store.names import client_keys

NAMES = ["Mohammed", "Olena", "Jürgen", "Aylin", "Reza", "Ömer", "Łukasz", "Zainab", "Anna", "Bogdan"]


def _ids(rng: random.Random, n: int) -> list[bytes]:
    return [uuid.UUID(int=rng.getrandbits(128)).bytes for _ in range(n)]


def _key_pairs(rng: random.Random, people: int, *, legacy: int = 0) -> set[tuple[str, bytes | str]]:
    """Search-key pairs as ``search_keys.replace`` builds them, every person with a case number (so
    every ``ck2…`` key falls in one bucket); ``legacy`` people keep a text id."""
    ids: list[bytes | str] = [*_ids(rng, people - legacy), *(f"LEGACY-{i:05d}" for i in range(legacy))]
    return {(key, pid) for pid in ids
            for key in client_keys(rng.choice(NAMES), f"{rng.choice(NAMES)}{rng.randrange(500)}", None,
                                   f"K-2026-{rng.randrange(100_000):05d}")}


@pytest.fixture
def sorts(monkeypatch) -> list[int]:
    """The length of every list ``batch_order`` hands to ``sorted``."""
    handed: list[int] = []

    def recording(rows, **kw):
        rows = list(rows)
        handed.append(len(rows))
        return builtins.sorted(rows, **kw)

    monkeypatch.setattr(batch_order, "sorted", recording, raising=False)
    return handed


def test_ids_come_in_the_order_one_sort_gives_and_no_sort_takes_more_than_at_once(sorts):
    rng = random.Random(1)
    rows = [(pid, rng.randrange(9)) for pid in _ids(rng, 3 * AT_ONCE)]

    def first(row):
        return row[0]

    assert in_order(rows, first) == builtins.sorted(rows, key=first)
    assert max(sorts) <= AT_ONCE and sum(sorts[1:]) == len(rows)  # the first sort: the bucket names


def test_text_ids_before_the_16_byte_ones_as_sqlite_orders_them(sorts):
    rng = random.Random(2)
    rows = [(pid,) for pid in [*_ids(rng, 2 * AT_ONCE), *(f"LEGACY-{i}" for i in range(500))]]
    rng.shuffle(rows)
    key = search_keys._stored_order
    assert in_order(rows, key) == builtins.sorted(rows, key=key)
    assert [type(r[0]) for r in in_order(rows, key)[:500]] == [str] * 500
    assert max(sorts) <= AT_ONCE


@pytest.mark.parametrize("legacy", [0, 40])
def test_search_keys_in_key_order_by_buckets_of_three_letters(sorts, legacy):
    """Every bucket in order; the one bucket over ``AT_ONCE`` (every person's case key starts "ck2") in
    pieces of ``AT_ONCE``, each in order; together exactly the pairs given."""
    rng = random.Random(3)
    pairs = _key_pairs(rng, 2 * AT_ONCE + 777, legacy=legacy)
    key = search_keys._stored_order if legacy else None
    got = in_order(pairs, key, prefix=3)
    assert len(got) == len(pairs) and set(got) == pairs
    assert max(sorts) <= AT_ONCE
    starts = [k[:3] for k, _pid in got]
    assert starts == builtins.sorted(starts), "the buckets are not in key order"
    case_keys = [p for p in got if p[0].startswith("ck2")]
    assert len(case_keys) > AT_ONCE  # else this test shows nothing about pieces
    for at in range(0, len(case_keys), AT_ONCE):
        piece = case_keys[at:at + AT_ONCE]
        assert piece == builtins.sorted(piece, key=key)
    rest = [p for p in got if not p[0].startswith("ck2")]
    assert rest == builtins.sorted(rest, key=key)  # buckets under AT_ONCE: exactly one sort's order


def test_a_small_batch_is_one_sort(sorts):
    rows = [(b"\x02",), (b"\x01",), ("LEGACY",)]
    assert in_order(rows, search_keys._stored_order) == [("LEGACY",), (b"\x01",), (b"\x02",)]
    assert sorts == [3]


def test_replace_stores_a_catch_ups_keys_as_a_rebuild_does(make_store):
    """``search_keys.replace`` with more people than one sort takes: the key table equals a rebuild."""
    rng = random.Random(4)
    store = make_store("batch-order")
    people = [(pid, rng.choice(NAMES), f"{rng.choice(NAMES)}{i}", None, f"K-2026-{i:05d}")
              for i, pid in enumerate(_ids(rng, AT_ONCE // 4))]
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("DELETE FROM name_key")
        stored = search_keys.replace(conn, people, new=True)
        kept = builtins.sorted(map(tuple, conn.exec_driver_sql("SELECT key, client_id FROM name_key").all()))
        expected = builtins.sorted({(k, pid) for pid, g, f, n, c in people for k in client_keys(g, f, n, c)})
    assert stored == len(expected) > AT_ONCE
    assert kept == expected
