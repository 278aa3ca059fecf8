"""The catalogue a founding laptop picks reaches the team: the seed's rows go as removals, the
template's rows as ordinary new rows; the shipped templates are valid data with no local details."""

from __future__ import annotations

import json

import pytest

from kimdesk.errors import BadInput
from kimdesk.paths import resource_path
from kimdesk.services.clients_intake import agencies, catalogue
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import sync

GENERIC = ("nrw_kreis", "nrw_kreisfreie_stadt")


@pytest.mark.parametrize("key", GENERIC)
def test_a_generic_template_reaches_a_laptop_that_joins(laptops, key):
    founder, joiner = laptops(2)
    assert {a.id for a in agencies.list_agencies(joiner)} == {a.id for a in agencies.list_agencies(founder)}
    edit = catalogue.apply_template(founder, key)
    removed, added = edit.result
    assert removed == 60 and added == len(catalogue.template_agencies(key))
    target = MemoryTarget()
    sync(founder, target)
    sync(joiner, target)
    assert sorted(a.name for a in agencies.list_agencies(joiner)) == sorted(
        a.name for a in agencies.list_agencies(founder))
    assert not any("Aachen" in a.name for a in agencies.list_agencies(joiner))


def test_the_empty_choice_empties_and_the_seed_choice_keeps(store):
    seeded = {a.id for a in agencies.list_agencies(store)}
    assert catalogue.apply_template(store, catalogue.SEED) is None
    assert {a.id for a in agencies.list_agencies(store)} == seeded
    edit = catalogue.apply_template(store, catalogue.EMPTY)
    assert edit.result == (len(seeded), 0) and agencies.list_agencies(store) == []


def test_an_unknown_template_is_refused(store):
    with pytest.raises(BadInput):
        catalogue.apply_template(store, "../agencies")
    assert agencies.list_agencies(store)


@pytest.mark.parametrize("key", GENERIC)
def test_a_generic_template_names_kinds_of_office_only(key):
    doc = json.loads(resource_path("catalogue", "templates", f"{key}.json").read_text(encoding="utf-8"))
    rows = catalogue.template_agencies(key)
    assert len(rows) == len(doc["agencies"]) >= 15
    names = [r["name"] for r in rows]
    assert len(set(names)) == len(names)  # the CSV import and the page match agencies by name
    kinds = {k for d in catalogue.legal_domains() for k in d["agency_kinds"]}
    codes = {d["code"] for d in catalogue.legal_domains()}
    for row in rows:
        assert row["kind"] in kinds and row["legal_domain"] in codes, row
        assert not row.get("municipalities") and not any(row.get(f) for f in ("address", "phone", "email",
                                                                                "contact_person", "opening_hours"))
    assert [r["name"] for r in rows if r["is_immigration_office"]] and all(
        r["kind"] in ("Ausländerbehörde", "BAMF") for r in rows if r["is_immigration_office"])
