"""The apply path converts each row id of a batch to its stored form once (``materialise.stored_keys``)
and hands that form on to the journal lookup, the row's read, insert and update: a catch-up of
100,000 changes converted every id two or three times. The rows, search keys and journal it leaves
are those of the writer (tests/sync/test_reference_ids_sync.py compares every converted column);
here: that the conversion is made once, and that an id that is no canonical UUID (kept as text)
goes through the same path beside 16-byte ones."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date

from kimdesk.models.types import stored_id
from kimdesk.services.clients_intake import clients, responsibilities, search
from kimdesk.store import journal_codes, search_keys
from kimdesk.sync import apply, materialise
from kimdesk.sync.apply import Batch, Incoming
from kimdesk.sync.targets import MemoryTarget
from tests.sync.support import sync


def _person(case: str, given: str, family: str) -> dict:
    return {"case_number": case, "given_name": given, "family_name": family, "native_name": None,
            "birth_date": "1990", "gender": None, "nationality": "SY", "languages": ["ar"],
            "interpreter_needed": False, "interpreter_language": None, "residence_status": None,
            "residence_paragraph": None, "residence_valid_until": None, "municipality": "Aachen",
            "address": None, "phone": None, "email": None, "household_id": None, "case_manager": None,
            "status": "open", "opened_on": "2026-05-04", "closed_on": None, "deleted": False}


def test_each_row_id_of_a_catch_up_is_converted_once(laptops, monkeypatch):
    share = MemoryTarget()
    a, b = laptops(2)
    people = [clients.create_client(a, {"given_name": f"Olena{i}", "family_name": "Muster"}) for i in range(6)]
    for cid in people[:4]:
        responsibilities.add_need(a, cid, {"category": "Schule", "description": "IFK-Platz"})
    sync(a, share)
    for cid in people[:3]:  # edits of people b holds already: rows with a history
        clients.update_client(a, cid, {"municipality": "Stolberg"})
    clients.update_client(a, people[0], {"family_name": "Wexmoor"})
    clients.create_client(a, {"given_name": "Zarah", "family_name": "Quendolin"})
    sync(a, share)

    converted: Counter = Counter()

    def counting(real):
        def convert(value):
            converted[value] += 1
            return real(value)
        return convert

    # every name a row id is converted through on the apply path, now and before
    monkeypatch.setattr(materialise, "row_key", counting(materialise.row_key))
    monkeypatch.setattr(materialise, "stored_id", counting(materialise.stored_id))
    monkeypatch.setattr(apply, "row_key", counting(journal_codes.row_key), raising=False)
    sync(b, share)  # one catch-up: both of a's rounds

    with b.connection() as conn:
        rows = {journal_codes.row_id_of(k) for (k,) in conn.exec_driver_sql("SELECT DISTINCT row_key FROM change")}
    assert set(people) <= rows and len(rows) >= 11  # people, needs and what their intake wrote
    assert converted, "the apply path converted no id"
    assert set(converted) <= rows
    assert max(converted.values()) == 1, {k: n for k, n in converted.items() if n > 1}
    assert [h.id for h in search.search(b, "Olena0 Wexmoor")] == [people[0]]


def test_ids_kept_as_text_and_16_byte_ids_in_one_batch(make_store):
    """A person whose id is no canonical UUID (an imported legacy id: stored as its text) taken in
    and renamed beside one with a canonical id: each row, journal key and search key holds its id
    in the stored form the ORM would give it."""
    store = make_store("apply-keys")
    canonical, legacy = str(uuid.uuid4()), "LEGACY-0042"
    device = str(uuid.uuid4())

    def batch(stamp: int, changes: list[tuple[str, dict]]) -> Batch:
        return Batch([Incoming("client", rid, data, stamp + i, device, stamp) for i, (rid, data) in enumerate(changes)])

    with store.connection(write=True) as conn:
        apply.apply_batch(conn, store, batch(1 << 20, [(canonical, _person("26-1", "Aylin", "Quendolin")),
                                                       (legacy, _person("26-2", "Mohammed", "Wexmoor"))]))
    with store.connection(write=True) as conn:
        apply.apply_batch(conn, store, batch(2 << 20, [(legacy, {"family_name": "Brightwater"}),
                                                       (canonical, {"given_name": "Olena"})]))
    with store.connection(write=True) as conn:
        stored = dict(conn.exec_driver_sql("SELECT given_name, id FROM client").all())
        keys = {journal_codes.row_id_of(k): k for (k,) in conn.exec_driver_sql("SELECT DISTINCT row_key FROM change")}
        kept = sorted(map(tuple, conn.exec_driver_sql("SELECT key, client_id FROM name_key").all()), key=repr)
        search_keys.rebuild(conn)
        rebuilt = sorted(map(tuple, conn.exec_driver_sql("SELECT key, client_id FROM name_key").all()), key=repr)
    assert stored == {"Olena": stored_id(canonical), "Mohammed": legacy}
    assert type(stored["Olena"]) is bytes and len(stored["Olena"]) == 16
    assert {i: keys.get(i) for i in (canonical, legacy)} == {canonical: stored_id(canonical), legacy: legacy}
    assert kept == rebuilt and {c for _k, c in kept} == {stored_id(canonical), legacy}
    assert [h.id for h in search.search(store, "Mohammed Brightwater")] == [legacy]
    assert [h.id for h in search.search(store, "Olena Quendolin")] == [canonical]
    assert search.search(store, "Wexmoor") == [] and search.search(store, "Aylin") == []
    with store.session() as session:  # the ORM reads both back by their text ids
        assert clients.get(session, legacy).family_name == "Brightwater"
        assert clients.get(session, canonical).opened_on == date(2026, 5, 4)
