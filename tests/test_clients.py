"""Client records: validation a counsellor understands, case numbers unique across laptops."""

from __future__ import annotations

import pytest

from kimdesk.errors import ValidationError
from kimdesk.models import Client
from kimdesk.models import partial_date
from kimdesk.services.clients_intake import clients


def test_case_numbers_unique_across_laptops_numbering_offline(make_store):
    a, b = make_store("a"), make_store("b")
    numbers = set()
    for s in (a, b):
        for i in range(20):
            cid = clients.create_client(s, {"given_name": f"P{i}", "family_name": "X"})
            with s.session(write=False) as sess:
                numbers.add(sess.get(Client, cid).case_number)
    assert len(numbers) == 40


@pytest.mark.parametrize("field, value, fragment", [
    ("birth_date", "1990-13", "Monat 13"),
    ("birth_date", "31.02.1990", "Tag"),
    ("birth_date", "gestern", "kein Datum"),
    ("birth_date", "2999", "nicht plausibel"),
    ("phone", "call me maybe", "Telefonnummer"),
    ("email", "nobody", "E-Mail"),
    ("family_name", "x" * 201, "zu lang"),
    ("residence_valid_until", "2026-02-30", "kein gültiges Datum"),
    ("languages", 5, "Liste"),
])
def test_bad_values_are_refused_with_a_clear_message(store, field, value, fragment):
    with pytest.raises(ValidationError) as err:
        clients.create_client(store, {"given_name": "A", "family_name": "B", field: value})
    assert fragment in str(err.value)
    assert err.value.field == field
    assert clients.count(store) == 0


def test_partial_birth_dates():
    assert partial_date.parse("1990") == "1990"
    assert partial_date.parse("03.1990") == "1990-03"
    assert partial_date.parse("14.03.1990") == "1990-03-14"
    assert partial_date.display("1990-03") == "03.1990"
    from datetime import date

    assert partial_date.age_on("2008", date(2026, 6, 1)) == 18
    assert partial_date.age_on("2008-07-01", date(2026, 6, 1)) == 17


def test_update_returns_previous_values_for_undo(store):
    cid = clients.create_client(store, {"given_name": "Iryna", "family_name": "Melnyk", "municipality": "Aachen"})
    previous = clients.update_client(store, cid, {"municipality": "Würselen", "given_name": "Iryna"})
    assert previous == {"municipality": "Aachen"}
    clients.update_client(store, cid, previous)
    with store.session(write=False) as s:
        assert s.get(Client, cid).municipality == "Aachen"


def test_unknown_field_is_an_error_not_silently_dropped(store):
    with pytest.raises(ValidationError, match="Unbekanntes Feld"):
        clients.create_client(store, {"given_name": "A", "family_name": "B", "shoe_size": 44})
