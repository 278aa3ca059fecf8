"""The merge function on its own: a join-semilattice (commutative, associative, idempotent),
order-free folding, the tombstone rule, and conflict detection that ignores arrival order."""

from __future__ import annotations

import functools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kimdesk.sync import merge
from kimdesk.sync.merge import GENESIS, Version, fold, resolve, saw, single

devices = st.sampled_from(["a", "b", "c"])
values = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["x", "y"]), st.lists(st.integers(0, 2), max_size=2))
datas = st.dictionaries(st.sampled_from(["name", "phone", "deleted"]), values, min_size=1, max_size=3).map(
    lambda d: {**d, "deleted": d["deleted"] in (1, True)} if "deleted" in d else d)
changes = st.tuples(st.integers(0, 6), devices, datas)
states = st.lists(changes, max_size=6).map(fold)


@given(states, states)
def test_merge_is_commutative(a, b):
    assert merge.merge(a, b) == merge.merge(b, a)


@given(states, states, states)
def test_merge_is_associative(a, b, c):
    assert merge.merge(merge.merge(a, b), c) == merge.merge(a, merge.merge(b, c))


@given(states)
def test_merge_is_idempotent(a):
    assert merge.merge(a, a) == a


@given(st.lists(changes, max_size=8), st.randoms(use_true_random=False))
def test_fold_ignores_order_and_equals_merging_single_changes(items, rnd):
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert fold(items) == fold(shuffled)
    assert fold(items) == functools.reduce(merge.merge, (single(*c) for c in items), merge.EMPTY)


def test_last_writer_wins_and_device_breaks_ties():
    state = fold([(5, "a", {"name": "A"}), (7, "b", {"name": "B"}), (7, "a", {"name": "A2"})])
    assert state.values()["name"] == "B"


def test_tombstones_beat_older_edits_but_not_newer_ones():
    create = (1, "a", {"name": "x", "deleted": False})
    assert fold([create, (2, "b", {"name": "y"}), (3, "a", {"deleted": True})]).deleted
    assert not fold([create, (3, "a", {"deleted": True}), (4, "b", {"name": "y"})]).deleted
    assert not fold([create, (3, "a", {"deleted": True}), (4, "b", {"deleted": False})]).deleted
    assert fold([create, (3, "a", {"deleted": True}), (4, "b", {"name": "y", "deleted": True})]).deleted


# -- causality ----------------------------------------------------------------------------------
def v(stamp, device, data, segment=None, vector=None):
    return Version(stamp, device, data, segment, vector or {})


def test_saw():
    x = v(10, "a", {"n": 1}, segment=3)
    assert saw(v(20, "b", {"n": 2}, vector={"a": 3}), x)
    assert not saw(v(20, "b", {"n": 2}, vector={"a": 2}), x)
    assert saw(v(11, "a", {"n": 2}), x)  # a device saw its own earlier changes
    assert not saw(v(20, "b", {"n": 2}, vector={"a": 9}), v(10, "a", {}))  # never sent: nobody saw it
    assert saw(v(1, "b", {}), v(1, GENESIS, {}))  # the catalogue: known to all


def test_concurrent_different_values_lose_by_key_and_equal_values_do_not():
    a = v(10, "a", {"phone": "1"}, segment=1)
    b = v(12, "b", {"phone": "2"}, segment=1)
    loss, = resolve([a, b]).losses
    assert (loss.field, loss.lost, loss.kept, loss.loser.device) == ("phone", "1", "2", "a")
    assert resolve([a, v(12, "b", {"phone": "1"}, segment=1)]).losses == []
    assert resolve([a, v(12, "b", {"phone": "2"}, segment=1, vector={"a": 1})]).losses == []


def test_winner_that_knew_the_losers_value_is_no_conflict():
    """Both laptops imported phone=1; b changed it having seen its own 1: a's 1 is not lost."""
    seed_a = v(1, "a", {"phone": "1"}, segment=1)
    seed_b = v(1, "b", {"phone": "1"}, segment=1)
    edit_b = v(5, "b", {"phone": "2"}, segment=2)
    assert resolve([seed_a, seed_b, edit_b]).losses == []


def _history(rnd: random.Random, n: int) -> list[Version]:
    """Random changes of three devices with plausible knowledge vectors."""
    out, seg, know = [], {"a": 0, "b": 0, "c": 0}, {"a": {}, "b": {}, "c": {}}
    stamp = 0
    for _ in range(n):
        d = rnd.choice("abc")
        if rnd.random() < 0.3:  # d learns what another device sent
            other = rnd.choice([x for x in "abc" if x != d])
            know[d] = {**know[d], other: seg[other]}
            continue
        stamp += rnd.randint(0, 2)
        seg[d] += 1
        data = {rnd.choice(["name", "phone"]): rnd.choice(["x", "y", "z"])}
        if rnd.random() < 0.15:
            data = {"deleted": rnd.random() < 0.7}
        out.append(v(stamp, d, data, segment=seg[d], vector=dict(know[d])))
    return out


@settings(max_examples=200)
@given(st.randoms(use_true_random=False), st.integers(1, 12))
def test_conflicts_do_not_depend_on_arrival_order(rnd, n):
    versions = _history(rnd, n)
    shuffled = list(versions)
    rnd.shuffle(shuffled)

    def key(outcome):
        return sorted((x.field, x.loser.key, repr(x.lost), repr(x.kept)) for x in outcome.losses)

    assert key(resolve(versions)) == key(resolve(shuffled))
    assert resolve(versions).values == resolve(shuffled).values
    final = next((x for x in versions if "name" in x.data), None)
    if final is not None:
        assert key(resolve(versions, final)) == key(resolve(shuffled, final))
        assert resolve(versions, final).values == resolve(shuffled, final).values


def test_finalised_protocol_counts_only_what_its_finalisation_saw():
    create = v(1, "a", {"title": "TOP 1", "deleted": False}, segment=1)
    final = v(5, "a", {"status": "final"}, segment=2)
    concurrent = v(6, "b", {"title": "geändert"}, segment=1, vector={"a": 1})
    after = v(9, "b", {"title": "danach"}, segment=2, vector={"a": 2})
    out = resolve([create, final, concurrent], final)
    assert out.values["title"] == "TOP 1"
    assert [(x.kind, x.lost) for x in out.losses] == [("final", "geändert")]
    assert resolve([create, final, concurrent, after], final).values["title"] == "danach"
