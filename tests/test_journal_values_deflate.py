"""Format 2 of the journal's values (store.journal_values): format 1's body raw-deflated against a
frozen dictionary. Every format round-trips to the same values (field order too: the audit digest
lists fields in order), the dictionary is frozen, damaged bytes are one German line, local writes
store it, migration 0045 goes down to format 1 and up again with the decoded journal unchanged,
and the encrypted file holds no plaintext (deflate is not encryption: SQLCipher encrypts pages).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimdesk.services.clients_intake import clients, history, responsibilities
from kimdesk.store import audit, journal_values
from kimdesk.store.journal_codes import row_key
from kimdesk.store.journal_values import (DEFLATED, DICTIONARY, VERSION, JournalDamaged, decode, deflated, encode,
                                          pack, plain, repack)
from tests.support.migrations import downgrade
from tests.test_journal_values import field_names, json_values

# format 2 is frozen: stored rows can only be inflated with these very bytes and this window
FORMAT_2_DIGEST = "c81f19a48ec714c466344efdf9b1ac8b5fabd756ddf90d76c4c7d0abf4695a16"

A_CREATE = {"case_number": "26-IS-000123", "given_name": "Olena", "family_name": "Kovalenko",
            "birth_date": "1988-04-02", "gender": "weiblich", "nationality": "UA", "languages": ["uk", "de"],
            "interpreter_needed": True, "residence_status": "Aufenthaltserlaubnis",
            "residence_paragraph": "§ 24 AufenthG", "residence_valid_until": "2027-03-04", "municipality": "Aachen",
            "status": "open", "opened_on": "2025-02-03", "household_id": str(uuid.uuid4())}


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(field_names, json_values, max_size=10))
def test_every_format_round_trips_to_the_same_values_in_order(data):
    one = encode(data)
    stored = pack(data)
    assert stored[0] in (VERSION, DEFLATED) and len(stored) <= len(one)
    for form in (stored, one, json.dumps(data, ensure_ascii=False)):
        back = decode(form)
        assert back == data and list(back) == list(data)
        assert json.dumps(back, sort_keys=True) == json.dumps(data, sort_keys=True)  # 1 and 1.0 kept apart
        assert repack(form) == stored  # the idle packing: any format to the smallest
        assert plain(stored) == one


def test_the_frozen_dictionary_and_window_of_format_2():
    assert hashlib.sha256(DICTIONARY).hexdigest() == FORMAT_2_DIGEST and len(DICTIONARY) <= 2048
    assert journal_values._WBITS == -11
    # a value deflated today is pinned: the same dictionary and settings give the same bytes
    assert hashlib.sha256(pack(A_CREATE)).hexdigest()[:16] == hashlib.sha256(
        b"\x02" + _raw_deflate(encode(A_CREATE)[1:])).hexdigest()[:16]
    # migration 0045 inflates with its own copy: the same bytes
    m = importlib.import_module("kimdesk.store.migrations.versions.0045_journal_values_deflated")
    assert m._DICTIONARY == DICTIONARY and m._WBITS == journal_values._WBITS
    assert m._format_1(pack(A_CREATE)) == encode(A_CREATE)


def _raw_deflate(body: bytes) -> bytes:
    import zlib

    z = zlib.compressobj(9, zlib.DEFLATED, -11, 1, zlib.Z_DEFAULT_STRATEGY, DICTIONARY)
    return z.compress(body) + z.flush()


def test_a_create_deflates_and_a_tiny_change_stays_format_1():
    stored = pack(A_CREATE)
    assert stored[0] == DEFLATED and len(stored) < 0.8 * len(encode(A_CREATE))
    tiny = {"status": "in_progress"}
    assert pack(tiny) == encode(tiny) and deflated(encode(tiny)) == encode(tiny)


@pytest.mark.parametrize("bad", [b"\x02", b"\x02\xff\xff\xff", pack(A_CREATE)[:-3], pack(A_CREATE) + b"\x00",
                                 b"\x02" + _raw_deflate(b"\x01\x01\x02\x63"), b"\x03\x00"])
def test_damaged_format_2_is_one_german_line(bad):
    with pytest.raises(JournalDamaged, match="Änderungsprotokoll enthält unlesbare Werte"):
        decode(bad)


def test_local_writes_store_format_2(store):
    cid = clients.create_client(store, {k: v for k, v in A_CREATE.items() if k not in ("case_number", "household_id")})
    with store.connection() as conn:
        stored = conn.exec_driver_sql("SELECT data FROM change WHERE row_key = ?", (row_key(cid),)).scalar_one()
    assert stored[0] == DEFLATED and b"Kovalenko" not in stored and b"Kovalenko" in plain(stored)
    assert history.versions(store, "client", cid)[0].fields["family_name"] == "Kovalenko"


def _decoded(conn) -> list:
    return [(seq, decode(d), stamp) for seq, d, stamp in
            conn.exec_driver_sql("SELECT seq, data, stamp FROM change ORDER BY seq")]


def test_migration_0045_goes_down_to_format_1_and_up_with_the_journal_unchanged(store):
    from kimdesk.store import journal_packing, migrate
    from kimdesk.store.options import JOURNAL_PACKED

    cid = clients.create_client(store, {k: v for k, v in A_CREATE.items() if k not in ("case_number", "household_id")})
    responsibilities.add_need(store, cid, {"category": "Sprache", "description": "Integrationskurs"})
    clients.update_client(store, cid, {"municipality": "Alsdorf"})
    journal_packing.pack_some(store)
    with store.connection() as conn:
        before = _decoded(conn)
        kinds = {bytes(d)[:1] for d in conn.exec_driver_sql("SELECT data FROM change").scalars()}
        assert b"\x02" in kinds  # the test can fail
        assert audit.verify(conn).ok and JOURNAL_PACKED.read(store, conn) > 0
    downgrade(store.engine, migrate.script().get_revision("0045").down_revision)  # the revision below
    with store.engine.connect() as conn:
        kinds = {bytes(d)[:1] for d in conn.exec_driver_sql("SELECT data FROM change").scalars()}
        assert kinds == {b"\x01"}  # what the version before reads
        assert _decoded(conn) == before
        assert conn.exec_driver_sql("SELECT count(*) FROM setting WHERE key = 'journal.packed_seq'").scalar() == 0
    migrate.upgrade(store.engine)
    with store.engine.connect() as conn:
        assert _decoded(conn) == before
    assert journal_packing.pack_some(store)[0] > 0  # packed again from the start
    with store.connection() as conn:
        assert _decoded(conn) == before and audit.verify(conn).ok


def test_no_plaintext_in_the_encrypted_file(store, profile):
    name = "Qwertzuiopü"
    cid = clients.create_client(store, {"given_name": name, "family_name": name + "x"})
    assert history.versions(store, "client", cid)[0].fields["given_name"] == name  # written (file or WAL)
    db = profile.db_path
    files = [p for p in db.parent.iterdir() if p.is_file()]
    assert db in files
    for path in files:
        blob = path.read_bytes()
        assert name.encode() not in blob and name.encode("utf-16-le") not in blob, path
