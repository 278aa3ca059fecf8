"""Row ids stored as 16 bytes (models.types.StoredId, migration 0041; issue 19, disk per person).

The column type round-trips canonical and any other ids exactly (the canonical ones as 16 bytes,
the others as the text they are), the bytes sort as the text does, its SQL forms agree with its
Python ones, and migration 0041 goes down to text and up again with every table unchanged once
decoded — with no UUID left as text in the converted columns after the upgrade.
"""

from __future__ import annotations

import hashlib
import json
import sqlcipher3.dbapi2 as sqlite3  # the SQLite of the app (unhex, 3.53)
import uuid
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, select

from kimdesk.models import CasePhase, CounsellingContact, ResponsibilityEvent, synced_classes
from kimdesk.models.types import UUID_GLOB, StoredId, id_text, id_text_sql, stored_id, stored_id_columns, stored_id_sql
from kimdesk.services.admin import demo
from kimdesk.store import migrate
from tests.support.migrations import downgrade
from tests.test_client_ids_as_bytes import CLIENT_COLUMNS

# the columns migration 0041 converts, as the models declare them
CONVERTED = {("responsibility_event", "id"), ("case_phase", "id"), ("counselling_contact", "id"), ("consent", "id"),
             ("plan_measure", "id"), ("residence_record", "id"), ("household_member", "id"), ("benefit_record", "id")}

canonical = st.uuids().map(str)
other_ids = (st.uuids().map(lambda u: str(u).upper()) | st.uuids().map(lambda u: u.hex)
             | st.text(max_size=40) | st.uuids().map(lambda u: "{" + str(u) + "}"))


def test_the_models_declare_the_converted_columns():
    from tests.test_plan_conference_ids_as_bytes import MODEL_COLUMNS as CONVERTED_0046
    from tests.test_reference_ids_as_bytes import MODEL_COLUMNS as CONVERTED_0044

    found = {(name, c) for name, cls in synced_classes().items() for c in stored_id_columns(cls.__table__)}
    # 0043: every column holding a person's id; 0046: every other team-data id and its holders
    assert found == CONVERTED | CLIENT_COLUMNS | CONVERTED_0044 | CONVERTED_0046
    for cls in (ResponsibilityEvent, CasePhase, CounsellingContact):
        assert str(cls.__table__.c.id.type.compile()) == "VARCHAR(36)"  # the declared schema is unchanged


@settings(max_examples=200, deadline=None)
@given(st.lists(canonical | other_ids, min_size=1, max_size=20, unique=True))
def test_ids_round_trip_through_the_column_type(ids):
    engine = create_engine("sqlite://")
    meta = MetaData()
    t = Table("t", meta, Column("n", Integer, primary_key=True), Column("id", StoredId()))
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(t.insert(), [{"n": n, "id": i} for n, i in enumerate(ids)])
        assert conn.execute(select(t.c.id).order_by(t.c.n)).scalars().all() == ids
        stored = conn.exec_driver_sql("SELECT id, typeof(id) FROM t ORDER BY n").all()
        for given_id, (raw, kind) in zip(ids, stored):
            is_canonical = _canonical(given_id)
            assert kind == ("blob" if is_canonical else "text")
            assert (raw == uuid.UUID(given_id).bytes) if is_canonical else (raw == given_id)
        for i in ids:  # a look-up by id finds exactly its row
            assert conn.execute(select(t.c.id).where(t.c.id == i)).scalars().all() == [i]


def _canonical(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except (ValueError, TypeError):
        return False


@settings(max_examples=200, deadline=None)
@given(st.lists(canonical, min_size=2, max_size=30, unique=True))
def test_the_bytes_sort_as_the_text_does(ids):
    assert sorted(ids) == [id_text(b) for b in sorted(stored_id(i) for i in ids)]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t(id VARCHAR(36) PRIMARY KEY)")
    db.executemany("INSERT INTO t VALUES (?)", [(stored_id(i),) for i in ids])
    assert [id_text(r[0]) for r in db.execute("SELECT id FROM t ORDER BY id")] == sorted(ids)


@settings(max_examples=200, deadline=None)
@given(canonical | other_ids)
def test_the_sql_forms_agree_with_the_python_ones(value):
    db = sqlite3.connect(":memory:")
    stored = db.execute(f"SELECT {stored_id_sql(':v')}", {"v": value}).fetchone()[0]
    assert stored == stored_id(value)
    assert db.execute(f"SELECT {id_text_sql(':v')}", {"v": stored}).fetchone()[0] == value


def _digest(conn) -> str:
    """Every team-data table's rows with ids in their text form, in the order of their text."""
    out = []
    for name, cls in sorted(synced_classes().items()):
        cols = [c.name for c in cls.__table__.columns]
        rows = conn.exec_driver_sql(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{name}"').all()
        rows = sorted([[id_text(v) if isinstance(v, bytes) else v for v in r] for r in rows], key=json.dumps)
        out.append((name, rows))
    for extra in ("need_standing", "need_standing_dirty", "name_key", "sync_conflict"):
        # the timeline's need and office ids (0044) and name_key's person ids (0043): 16 bytes
        rows = conn.exec_driver_sql(f"SELECT * FROM {extra}").all()
        out.append((extra, sorted([[id_text(v) if isinstance(v, bytes) else v for v in r] for r in rows],
                                  key=json.dumps)))
    return hashlib.sha256(json.dumps(out, default=str).encode()).hexdigest()


def _uuid_texts(conn) -> int:
    return sum(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}" WHERE "{c}" GLOB ?', (UUID_GLOB,)).scalar_one()
               for t, c in CONVERTED)


def _blobs(conn) -> int:
    return sum(conn.exec_driver_sql(f"SELECT count(*) FROM \"{t}\" WHERE typeof(\"{c}\") = 'blob'").scalar_one()
               for t, c in CONVERTED)


def test_migration_0041_goes_down_and_up_with_every_table_unchanged(store):
    demo.generate(store, 25, seed=3, today=date(2026, 5, 4))
    with store.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO counselling_contact(id, client_id, \"on\", kind, not_for_immigration_office,"
                             " deleted, health) SELECT 'legacy-7', id, '2026-01-02', 'office', 0, 0, 0 FROM client LIMIT 1")
        conn.commit()
        counts = {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one() for t, _c in CONVERTED}
        assert min(counts.values()) > 0
        before = _digest(conn)
        assert _uuid_texts(conn) == 0 and _blobs(conn) == sum(counts.values()) - 1
        assert conn.exec_driver_sql("SELECT typeof(id) FROM counselling_contact WHERE id = 'legacy-7'").scalar() == "text"
    downgrade(store.engine, "0040")
    with store.engine.connect() as conn:
        assert _blobs(conn) == 0
        assert _uuid_texts(conn) == sum(counts.values()) - 1  # the test can fail: 0040 holds the text
        assert _digest(conn) == before
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    migrate.upgrade(store.engine)
    with store.engine.connect() as conn:
        assert _uuid_texts(conn) == 0
        assert _blobs(conn) == sum(counts.values()) - 1
        assert _digest(conn) == before
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_the_stored_bytes_hold_no_uuid_text_of_the_converted_ids(tmp_path):
    """A plain SQLite file (the bytes can be searched): each converted id is found only as its 16 bytes."""
    from benchmarks.bench_store import plain_store
    from kimdesk.store.profile import Profile

    profile = Profile(tmp_path / "plain")
    store = plain_store(profile)
    try:
        demo.generate(store, 10, seed=5, today=date(2026, 5, 4))
        with store.engine.connect() as conn:
            ids = [r[0] for t, c in sorted(CONVERTED) for r in conn.exec_driver_sql(f'SELECT "{c}" FROM "{t}"')]
    finally:
        store.close()
    db = sqlite3.connect(profile.db_path)
    db.execute("VACUUM")
    db.close()
    raw = profile.db_path.read_bytes()
    assert ids and all(isinstance(i, bytes) and len(i) == 16 for i in ids)
    assert not [i for i in ids if id_text(i).encode() in raw]
    assert all(i in raw for i in ids)


def test_sync_apply_and_erasure_take_text_ids_beside_16_byte_ones(store):
    """A batch from another laptop may mix a legacy text id with UUIDs in one converted table: the
    rows are written, edited and erased by either form (the insert's key order sorts both)."""
    from kimdesk.services.clients_intake import clients
    from kimdesk.sync import erasure
    from kimdesk.sync.apply import Batch, Incoming, apply_batch

    cid = clients.create_client(store, {"given_name": "Mira", "family_name": "Both"})
    ids = ["legacy-1", str(uuid.uuid4()), "Legacy-0", str(uuid.uuid4())]
    base = store.clock.tick()
    data = {"client_id": cid, "on": "2026-01-02", "kind": "office", "deleted": False,
            "not_for_immigration_office": False, "health": False}
    first = [Incoming("counselling_contact", rid, dict(data), base + i, "laptop-b", 1) for i, rid in enumerate(ids)]
    edits = [Incoming("counselling_contact", rid, {"place": f"Raum {i}"}, base + 10 + i, "laptop-b", 2)
             for i, rid in enumerate(ids)]
    with store.connection(write=True) as conn:
        assert apply_batch(conn, store, Batch(first)).changes == 4
        assert apply_batch(conn, store, Batch(edits)).changes == 4
    t = CounsellingContact.__table__
    with store.connection() as conn:
        rows = dict(conn.execute(select(t.c.id, t.c.place)).all())
        kinds = dict(conn.exec_driver_sql("SELECT place, typeof(id) FROM counselling_contact").all())
    assert rows == {rid: f"Raum {i}" for i, rid in enumerate(ids)}
    assert kinds == {"Raum 0": "text", "Raum 1": "blob", "Raum 2": "text", "Raum 3": "blob"}
    with store.session() as s:
        removed = erasure.erase_client(s, store, cid, "Löschantrag Art. 17 DSGVO")
    assert removed["counselling_contact"] == 4
    with store.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM counselling_contact").scalar_one() == 0
