"""The catch-up's shortcuts give what the plain calls give: the JSON text of ``json.dumps``,
a ``merge.Version`` equal to the dataclass's own, and a table's per-shape store plan the
values ``_Table.stored`` and the defaults give."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimdesk.sync import json_encode, materialise, merge

DOCS = [{}, {"a": [1, 2.5, None, True, False], "b": "ü\"\n\t€", "c": {"x": 1e300, "y": -0.0}},
        {"languages": ["ar", "de"], "n": 10 ** 30}, "Straße", [], 3]


@pytest.mark.parametrize("doc", DOCS)
def test_the_encoders_write_what_json_dumps_writes(doc):
    assert json_encode.encoder(ensure_ascii=False)(doc) == json.dumps(doc, ensure_ascii=False)
    assert json_encode.encoder(ensure_ascii=True)(doc) == json.dumps(doc)


def test_an_unencodable_value_still_fails():
    with pytest.raises(TypeError):
        json_encode.encoder(ensure_ascii=False)({"when": object()})


def test_a_quick_version_is_the_dataclass():
    quick = merge.version(5, "dev", {"x": 1}, 2, {"other": 1}, "Frau Kaya")
    plain = merge.Version(5, "dev", {"x": 1}, 2, {"other": 1}, "Frau Kaya")
    assert quick == plain and repr(quick) == repr(plain) and quick.key == plain.key
    assert dataclasses.asdict(quick) == dataclasses.asdict(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.stamp = 6  # type: ignore[misc]


@pytest.mark.parametrize("values", [
    {"given_name": "Olena", "family_name": "Muster", "case_number": "26-1", "opened_on": "2026-01-02",
     "languages": ["uk"], "interpreter_needed": True, "residence_valid_until": None},
    {"municipality": "Alsdorf"},
    {"family_name": "Muster", "field_of_a_newer_kimdesk": 1, "deleted": True},
])
def test_a_shape_plan_stores_what_stored_and_the_defaults_give(values):
    info = materialise.table_info("client")
    how = info.shape(tuple(values))
    got = dict(values) if how.known else {k: v for k, v in values.items() if k in info.store_as}
    for k, convert in how.converted:
        if got[k] is not None:
            got[k] = convert(got[k])
    got[merge.DELETED] = 1 if values.get(merge.DELETED) is True else 0
    want = info.stored(values)
    want[merge.DELETED] = got[merge.DELETED]
    assert got == want
    assert how.complete == (info.required <= want.keys())
    for k, default in how.fill:
        got[k] = default
    assert got == {**info.stored_defaults, **want}
    assert how.keys == tuple(sorted(got))


_values = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["a", "b", "ü"]),
                    st.lists(st.integers(0, 2), max_size=2))
_change = st.tuples(st.integers(1, 4), st.sampled_from(["dev-a", "dev-b"]),
                    st.dictionaries(st.sampled_from(["given_name", "phone", merge.DELETED]), _values, max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.lists(_change, max_size=6))
def test_fold_values_is_the_fold_in_any_order(changes):
    """The quick fold (one update per change in key order) is ``fold(…).values()``, also with
    two changes of one key (the tie rule then decides, as before) and in reverse order."""
    want = merge.fold(changes).values()
    assert merge.fold_values(changes) == want
    assert merge.fold_values(iter(changes[::-1])) == want
