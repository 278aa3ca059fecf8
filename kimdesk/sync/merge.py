"""The merge, as pure functions: no database, no files, so it can be tested for its algebra.

A row's state is a join-semilattice built from its changes:

* every field (except ``deleted``) holds the value of the change with the highest key
  ``(stamp, device)`` that set it — last writer wins, the device id breaks ties;
* ``deleted`` is a tombstone rule, not a plain field: a row is deleted iff its newest change
  with ``deleted = true`` is newer than every other change of the row (one that sets other
  fields or ``deleted = false``). A deletion beats older edits, a newer edit brings the row
  back, and a device that never saw the deletion cannot lose its edit silently.

``merge`` is commutative, associative and idempotent, so devices that hold the same changes
hold the same rows whatever order the changes arrived in.

Conflicts need causality, not stamps: a change *saw* another when its writer had applied it
(knowledge vectors, see ``saw``). Two changes of one field that did not see each other and
carry different values are concurrent; the lower key loses and is reported — unless the
winner's writer had knowingly replaced the same value written independently (two laptops
that imported the same file).
The conflict set is a function of the set of changes, so it converges as well.

A finalised conference protocol is protected by ``split_final``: only changes the
finalising change saw, or that saw it, count; the others become conflicts of kind ``final``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

DELETED = "deleted"
# pseudo device of rows every laptop creates identically (the shipped agency catalogue):
# their changes are known to everybody and older than any edit
GENESIS = "genesis"


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Entry:
    """The value one change gave one field, with the key that orders it."""

    stamp: int
    device: str
    value: Any

    def beats(self, other: Entry) -> bool:
        if self.stamp != other.stamp:
            return self.stamp > other.stamp
        if self.device != other.device:
            return self.device > other.device
        # one device never gives two values the same stamp; decide anyway, so merge is total
        return _canon(self.value) > _canon(other.value)


Key = tuple[int, str]


def _max_key(a: Key | None, b: Key | None) -> Key | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if a > b else b


@dataclass(frozen=True)
class RowState:
    """What the changes of one row add up to."""

    fields: Mapping[str, Entry] = field(default_factory=dict)
    deleted_at: Key | None = None  # newest change with deleted = true
    alive_at: Key | None = None  # newest other change

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None and (self.alive_at is None or self.deleted_at > self.alive_at)

    def values(self) -> dict[str, Any]:
        out = {name: e.value for name, e in self.fields.items()}
        out[DELETED] = self.deleted
        return out


EMPTY = RowState()


def single(stamp: int, device: str, data: Mapping[str, Any]) -> RowState:
    """The state of one change alone."""
    key = (stamp, device)
    fields = {name: Entry(stamp, device, value) for name, value in data.items() if name != DELETED}
    if data.get(DELETED) is True:
        return RowState(fields, deleted_at=key)
    return RowState(fields, alive_at=key)


def merge(a: RowState, b: RowState) -> RowState:
    """Join of two states: per field the winning entry, tombstone keys by maximum."""
    if a is b:
        return a
    fields = dict(a.fields)
    for name, entry in b.fields.items():
        mine = fields.get(name)
        if mine is None or entry.beats(mine):
            fields[name] = entry
    return RowState(fields, _max_key(a.deleted_at, b.deleted_at), _max_key(a.alive_at, b.alive_at))


def fold(changes: Iterable[tuple[int, str, Mapping[str, Any]]]) -> RowState:
    """The state of a row from its changes (stamp, device, data), in any order."""
    best, deleted_at, alive_at = _fold(changes)
    return RowState({name: Entry(*won) for name, won in best.items()}, deleted_at, alive_at)


def fold_values(changes: Iterable[tuple[int, str, Mapping[str, Any]]]) -> dict[str, Any]:
    """``fold(changes).values()`` without building an ``Entry`` per field (a catch-up folds
    tens of thousands of rows)."""
    items = changes if isinstance(changes, list) else list(changes)
    keys = [(stamp, device) for stamp, device, _data in items]
    if len(set(keys)) == len(keys):  # no two with one key (always, but for a damaged share): no tie to break
        # in key order each field's last setter is its winner: one ``update`` per change
        out: dict[str, Any] = {}
        deleted_at: Key | None = None
        alive_at: Key | None = None
        for key, (_stamp, _device, data) in sorted(zip(keys, items), key=_first):
            out.update(data)
            if data.get(DELETED) is True:
                deleted_at = key
            else:
                alive_at = key
        out.pop(DELETED, None)
    else:
        best, deleted_at, alive_at = _fold(items)
        out = {name: won[2] for name, won in best.items()}
    out[DELETED] = deleted_at is not None and (alive_at is None or deleted_at > alive_at)
    return out


def _first(pair: tuple) -> Any:
    return pair[0]


def _fold(changes: Iterable[tuple[int, str, Mapping[str, Any]]]) -> tuple[dict[str, tuple[int, str, Any]],
                                                                          Key | None, Key | None]:
    """Per field the winning (stamp, device, value) by the rule of ``Entry.beats``; the tombstone keys."""
    best: dict[str, tuple[int, str, Any]] = {}
    deleted_at: Key | None = None
    alive_at: Key | None = None
    for stamp, device, data in changes:
        key = (stamp, device)
        for name, value in data.items():
            if name == DELETED:
                continue
            mine = best.get(name)
            if mine is None:
                best[name] = (stamp, device, value)
                continue
            theirs = (mine[0], mine[1])
            if key > theirs or (key == theirs and _canon(value) > _canon(mine[2])):
                best[name] = (stamp, device, value)
        if data.get(DELETED) is True:
            deleted_at = key if deleted_at is None or key > deleted_at else deleted_at
        else:
            alive_at = key if alive_at is None or key > alive_at else alive_at
    return best, deleted_at, alive_at


# -- causality and conflicts -------------------------------------------------------------------
@dataclass(frozen=True)
class Version:
    """A change as the conflict rules see it."""

    stamp: int
    device: str
    data: Mapping[str, Any]
    segment: int | None = None  # the sender's segment (None: not sent yet / local only)
    vector: Mapping[str, int] = field(default_factory=dict)  # what its writer had applied
    actor: str | None = None

    @property
    def key(self) -> Key:
        return (self.stamp, self.device)


_new = object.__new__


def version(stamp: int, device: str, data: Mapping[str, Any], segment: int | None,
            vector: Mapping[str, int], actor: str | None) -> Version:
    """``Version(…)`` with every field given, for the loops of a catch-up (100,000 changes): the
    frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; this fills
    the instance's ``__dict__`` at once (the same object, compared and read the same way)."""
    v = _new(Version)
    v.__dict__.update(stamp=stamp, device=device, data=data, segment=segment, vector=vector, actor=actor)
    return v


def saw(x: Version, y: Version) -> bool:
    """Had the writer of ``x`` applied ``y`` when writing ``x``?"""
    if y.device == GENESIS:
        return True
    if x.device == y.device:
        return x.stamp >= y.stamp
    if y.segment is None:
        return False
    return x.vector.get(y.device, 0) >= y.segment


def concurrent(x: Version, y: Version) -> bool:
    return not saw(x, y) and not saw(y, x)


@dataclass(frozen=True)
class Loss:
    """A value that lost: ``loser`` set ``field`` to ``lost``; ``kept`` is what stayed."""

    field: str
    kind: str  # field / delete / final
    loser: Version
    lost: Any
    kept: Any
    winner: Version | None


def _knew_value(w: Version, loser: Version, name: str, versions: Sequence[Version]) -> bool:
    """Had ``w``'s writer knowingly replaced the same value, written independently of ``loser``?

    Two laptops importing the same file write the same value without seeing each other; when
    one of them then edits it, the other's identical value is not lost information.
    """
    value = loser.data[name]
    return any(v is not loser and v.data.get(name, _MISSING) == value and saw(w, v) and concurrent(v, loser)
               for v in versions if name in v.data)


_MISSING = object()


def _total_order(v: Version) -> tuple[int, str, int, str]:
    """(stamp, device) first; the rest only makes the order total, as ``Entry.beats`` does."""
    return (v.stamp, v.device, -1 if v.segment is None else v.segment, _canon(dict(v.data)))


def field_conflicts(versions: Sequence[Version]) -> list[Loss]:
    """Concurrent changes of the same field with different values: the lower key loses."""
    if len({v.device for v in versions}) < 2:
        return []
    ordered = sorted(versions, key=_total_order)
    names = {n for v in ordered for n in v.data if n != DELETED}
    out: list[Loss] = []
    for name in sorted(names):
        setters = [v for v in ordered if name in v.data]
        for i, loser in enumerate(setters):
            lost = loser.data[name]
            winner = None
            for w in setters[i + 1:]:
                if w.data[name] != lost and concurrent(w, loser) and not _knew_value(w, loser, name, setters):
                    winner = w  # keep the highest
            if winner is not None:
                out.append(Loss(name, "field", loser, lost, winner.data[name], winner))
    out += _delete_conflicts(ordered)
    return out


def _delete_conflicts(ordered: Sequence[Version]) -> list[Loss]:
    deletes = [v for v in ordered if v.data.get(DELETED) is True]
    if not deletes:
        return []
    others = [v for v in ordered if v.data.get(DELETED) is not True]
    out: list[Loss] = []
    for group, opponents, lost in ((others, deletes, False), (deletes, others, True)):
        for loser in group:
            winner = None
            for w in opponents:
                if w.key > loser.key and concurrent(w, loser):
                    winner = w
            if winner is not None:
                out.append(Loss(DELETED, "delete", loser, lost, not lost, winner))
    return out


def split_final(versions: Sequence[Version], final: Version) -> tuple[list[Version], list[Version]]:
    """Changes that count for a finalised protocol, and those concurrent with its finalisation."""
    included, excluded = [], []
    for v in versions:
        (included if saw(final, v) or saw(v, final) else excluded).append(v)
    return included, excluded


def final_conflicts(included: Sequence[Version], excluded: Sequence[Version]) -> list[Loss]:
    """Every value of a change concurrent with the finalisation that differs from the protocol."""
    state = fold((v.stamp, v.device, v.data) for v in included)
    hidden = not included
    out: list[Loss] = []
    for v in sorted(excluded, key=_total_order):
        for name, value in sorted(v.data.items()):
            if name == DELETED:
                kept: Any = True if hidden else state.deleted
            else:
                entry = state.fields.get(name)
                kept = entry.value if entry is not None else None
            if value != kept:
                out.append(Loss(name, "final", v, value, kept, None))
    return out


@dataclass
class Outcome:
    """The materialised values of a row and the conflicts its changes contain."""

    values: dict[str, Any]
    losses: list[Loss]
    hidden: bool = False  # a row added concurrently to the finalisation of its protocol


def resolve(versions: Sequence[Version], final: Version | None = None) -> Outcome:
    """Materialise one row from all its changes (``final``: its protocol's finalising change)."""
    if final is None and len(versions) == 1:  # most rows of a catch-up: one change, nothing to decide
        values = dict(versions[0].data)
        values[DELETED] = values.get(DELETED) is True
        return Outcome(values, [])
    if final is None:
        return Outcome(fold_values((v.stamp, v.device, v.data) for v in versions), field_conflicts(versions))
    included, excluded = split_final(versions, final)
    if not included:
        state = fold((v.stamp, v.device, v.data) for v in versions)
        values = state.values()
        values[DELETED] = True
        return Outcome(values, final_conflicts(included, excluded), hidden=True)
    state = fold((v.stamp, v.device, v.data) for v in included)
    return Outcome(state.values(), field_conflicts(included) + final_conflicts(included, excluded))
