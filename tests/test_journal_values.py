"""The journal's values in their stored form (store.journal_values, migration 0040).

The codec round-trips every JSON value exactly (field order too: the audit digest lists the
fields in order), its format is frozen, damaged bytes are one German line, the migration goes
up and down with the decoded journal unchanged, and an erasure leaves no trace in the bytes.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimdesk.models import synced_classes, synced_columns
from kimdesk.services.clients_intake import clients, history, responsibilities
from kimdesk.store import audit, journal_values
from kimdesk.store.journal_codes import TEXT_FORM, row_key
from kimdesk.store.journal_values import FIELDS, WORDS, JournalDamaged, as_json, decode, encode
from tests.support import journal
from tests.support.migrations import downgrade

# format 1 is frozen: stored rows hold these indexes (append new names and words at the ends only)
FORMAT_1_DIGESTS = ("3cb5485c4ed8982e", "1c413775a80511c9")  # FIELDS[:157], WORDS[:72]

json_scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
                | st.floats(allow_nan=False) | st.text() | st.sampled_from(WORDS)
                | st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper())
                | st.dates().map(date.isoformat)
                | st.datetimes().map(lambda t: t.replace(microsecond=0).isoformat())
                | st.datetimes().map(lambda t: t.isoformat())
                | st.text(alphabet="0123456789-T:W", min_size=8, max_size=21))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
field_names = st.sampled_from(FIELDS) | st.text(max_size=12)


def _digest(names: tuple[str, ...]) -> str:
    return hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(field_names, json_values, max_size=10))
def test_any_values_round_trip_exactly_with_their_order(data):
    stored = encode(data)
    back = decode(stored)
    assert back == data and list(back) == list(data)
    assert json.dumps(back, sort_keys=True) == json.dumps(data, sort_keys=True)  # 1 and 1.0, True and 1 kept apart
    assert decode(json.dumps(data, ensure_ascii=False)) == data  # a row from before 0040
    assert json.loads(as_json(stored)) == data


def test_large_text_and_every_script_round_trip():
    data = {"summary": "Ä€😀" * 50_000, "notes": "عربي ትግርኛ Ελληνικά", "title": "\ud800 lone", "x": "", "count": 2**64}
    assert decode(encode(data)) == data


def test_the_frozen_tables_of_format_1():
    assert len(FIELDS) >= 157 and len(WORDS) >= 72
    assert _digest(FIELDS[:157]) == FORMAT_1_DIGESTS[0] and _digest(WORDS[:72]) == FORMAT_1_DIGESTS[1]
    assert len(set(FIELDS)) == len(FIELDS) and len(set(WORDS)) == len(WORDS)


def test_every_synced_column_has_a_code():
    """A new column still round-trips by name; this asks to append it to FIELDS (compact)."""
    missing = {c for cls in synced_classes().values() for c in synced_columns(cls)} - set(FIELDS)
    assert not missing, f"append to journal_values.FIELDS: {sorted(missing)}"


def test_the_compact_form_is_smaller_than_json():
    data = {"client_id": str(uuid.uuid4()), "status": "in_progress", "opened_on": "2024-07-29",
            "recorded_at": "2024-06-05T09:00:00", "description": "Existenzsicherung"}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    assert len(encode(data)) == 57 and len(text) > 2.5 * 57  # the format pinned: 57 bytes for this change


@pytest.mark.parametrize("bad", [b"", b"\x02\x00", b"\x01\x01\x02\x06\x05ab", b"\x01\x01\x02\x07\x00",
                                 b"\x01\x01\x02\x0c\xff\x7f", b"\x01\x01\xff\x7f\x00", b"\x01\x00\x00",
                                 b"\x01\x01\x02\x63", b"\x01\x01\x02\x08\x00", b"\x01\x01\x02" + b"\x0a\x01" * 100_000,
                                 b"\x01\x01\x02\x06\x02\xff\xfe", "[1]", "{bad", 17, None])
def test_damaged_values_are_one_german_line(bad):
    with pytest.raises(JournalDamaged, match="Änderungsprotokoll enthält unlesbare Werte"):
        decode(bad)


def test_the_journal_stores_the_compact_form_and_sql_reads_it_as_json(store):
    cid = clients.create_client(store, {"given_name": "Anna", "family_name": "Weber", "birth_date": "1990-02-03"})
    with store.connection() as conn:
        stored = conn.exec_driver_sql("SELECT data FROM change WHERE row_key = ?", (row_key(cid),)).scalar_one()
        # a local write stores format 2 where deflating pays, else 1 (tests/test_journal_values_deflate.py)
        plain = encode(decode(stored))
        assert isinstance(stored, bytes) and plain[0] == journal_values.VERSION
        assert stored == journal_values.pack(decode(stored)) and stored[0] in (journal_values.VERSION,
                                                                              journal_values.DEFLATED)
        assert b"Weber" in plain and b"family_name" not in plain and b"1990-02-03" not in plain
        text = conn.exec_driver_sql(f"SELECT data FROM {TEXT_FORM} WHERE row_id = ?", (cid,)).scalar_one()
        assert json.loads(text) == decode(stored)
        assert conn.exec_driver_sql("SELECT kimdesk_journal_pack(kimdesk_journal_json(?))", (stored,)).scalar() == plain
    assert history.versions(store, "client", cid)[0].fields["birth_date"] == "1990-02-03"


def _decoded_digest(conn) -> str:
    rows = conn.exec_driver_sql("SELECT seq, data FROM change ORDER BY seq").all()
    return hashlib.sha256(json.dumps([(seq, decode(data)) for seq, data in rows], ensure_ascii=False)
                          .encode()).hexdigest()


def test_the_migration_goes_down_to_json_and_up_again_with_the_values_unchanged(store):
    store.actor = "Herr Said"
    cid = clients.create_client(store, {"given_name": "Olga", "family_name": "Before", "languages": ["Russisch"]})
    responsibilities.add_need(store, cid, {"category": "Sprache"})
    clients.update_client(store, cid, {"municipality": "Alsdorf"})
    with store.connection(write=True) as conn:
        journal.insert(conn, "agency", "privacy.dpo", '{"name":"Ä","extra_field":{"a":[1,2.5,null]}}', 10, "other")
        before = _decoded_digest(conn)
        rows = conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one()
        assert audit.verify(conn).ok
    downgrade(store.engine, "0039")
    with store.engine.connect() as conn:
        kinds = conn.exec_driver_sql("SELECT DISTINCT typeof(data) FROM change").scalars().all()
        assert kinds == ["text"]
        assert _decoded_digest(conn) == before
        assert all(json.loads(t) == decode(t) for t in conn.exec_driver_sql("SELECT data FROM change").scalars())
    from kimdesk.store import migrate

    migrate.upgrade(store.engine)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT DISTINCT typeof(data) FROM change").scalars().all() == ["blob"]
        assert conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one() == rows
        assert _decoded_digest(conn) == before
    assert history.versions(store, "client", cid)[-1].fields == {"municipality": "Alsdorf"}


def test_an_erasure_leaves_no_trace_in_the_stored_bytes(store):
    from kimdesk.models import ActionItem, AgendaItem, Conference, ConferenceClient
    from kimdesk.sync import erasure

    name = "Zyxwvutsröm"
    cid = clients.create_client(store, {"given_name": "Ilse", "family_name": name})
    other = clients.create_client(store, {"given_name": "Bo", "family_name": "Keep"})
    with store.session() as s:
        conf = Conference(kind="case", date=date(2025, 1, 2))
        s.add(conf)
        s.flush()
        s.add(ConferenceClient(conference_id=conf.id, client_id=cid, case_number="K-1"))
        item = AgendaItem(conference_id=conf.id, title="TOP 1")
        s.add(item)
        s.flush()
        s.add(ActionItem(agenda_item_id=item.id, what="Anmeldung", client_id=cid))
        s.add(ActionItem(agenda_item_id=item.id, what="Keep", client_id=other))
    needles = (uuid.UUID(cid).bytes, cid.encode(), name.encode())

    def traces() -> int:
        with store.connection() as conn:
            # the stored bytes and, for a deflated row, its format 1 bytes (store.journal_values)
            return sum(any(n in bytes(d) or n in encode(decode(d)) for n in needles)
                       for d in conn.exec_driver_sql("SELECT data FROM change").scalars())

    assert traces() >= 3  # the test can fail: the client's row, the link and the action item name it
    with store.session() as s:
        erasure.erase_client(s, store, cid, "Löschantrag Art. 17 DSGVO")
    assert traces() == 0
    with store.connection() as conn:
        kept = [decode(d) for d in conn.exec_driver_sql("SELECT data FROM change").scalars()]
    assert any(v.get("client_id") == other for v in kept)  # the other person's values untouched
    assert any(v.get("case_number") == "K-1" and v.get("client_id") is None for v in kept)


def test_damaged_values_in_the_database_are_one_german_line_exit_2(tmp_path):
    res = journal.export_with_spoiled_change(tmp_path, "data", b"\x01\x05\x99")
    assert res.code == 2 and "unlesbare Werte" in res.err and len(res.err.strip().splitlines()) == 1
    assert "interner Fehler" not in res.err and not (tmp_path / "a.pdf").exists()
