"""Every client id stored as 16 bytes (migration 0043; issue 19, disk per person).

``client.id`` and every column that holds a person's id are ``StoredId`` columns; the migration
goes down to text and up with every table unchanged once decoded; a plain database file holds no
person's id as UUID text; and each raw-SQL path that binds, reads or compares a person's id gives
the ORM's answer (a forgotten conversion gives a wrong answer, not an error: text ≠ blob).
"""

from __future__ import annotations

# the columns migration 0043 converts (name_key is not team data: kept by triggers and sync apply)
CLIENT_COLUMNS = {("client", "id"), ("appointment", "client_id"), ("assessment", "client_id"),
                  ("benefit_record", "client_id"), ("case_phase", "client_id"), ("case_plan", "client_id"),
                  ("conference_client", "client_id"), ("consent", "client_id"), ("counselling_contact", "client_id"),
                  ("finding_case", "client_id"), ("first_contact", "client_id"), ("household_member", "client_id"),
                  ("household_member", "member_client_id"), ("need", "client_id"), ("residence_record", "client_id"),
                  ("school_entry", "client_id"), ("task", "client_id"), ("action_item", "client_id"),
                  ("plan_goal", "client_id"), ("plan_measure", "client_id")}
ALL_COLUMNS = CLIENT_COLUMNS | {("name_key", "client_id")}

import json
import uuid
from datetime import date

import sqlcipher3.dbapi2 as sqlite3
from sqlalchemy import ForeignKey, func, select

from kimdesk.models import (CasePhase, Client, FindingCase, HouseholdMember, Need, Task, synced_classes)
from kimdesk.models.base import Base
from kimdesk.models.types import UUID_GLOB, StoredId, id_text, stored_id_columns
from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import clients, search
from kimdesk.store import migrate
from tests.support.migrations import downgrade

TODAY = date(2026, 5, 4)


def _uuid_texts(conn) -> int:
    return sum(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}" WHERE "{c}" GLOB ?', (UUID_GLOB,)).scalar_one()
               for t, c in ALL_COLUMNS)


def _blobs(conn) -> int:
    return sum(conn.exec_driver_sql(f"SELECT count(*) FROM \"{t}\" WHERE typeof(\"{c}\") = 'blob'").scalar_one()
               for t, c in ALL_COLUMNS)


def test_every_column_that_holds_a_persons_id_is_stored_as_16_bytes():
    holding = {(t.name, c.name) for t in Base.metadata.tables.values() for c in t.columns
               if any(fk.target_fullname == "client.id" for fk in c.foreign_keys)}
    assert holding | {("client", "id")} == CLIENT_COLUMNS
    declared = {(t.name, c) for t in Base.metadata.tables.values() for c in stored_id_columns(t)}
    assert ALL_COLUMNS <= declared
    assert isinstance(Client.__table__.c.id.type, StoredId)
    assert str(Client.__table__.c.id.type.compile()) == "VARCHAR(36)"  # the declared schema is unchanged


def test_migration_0043_goes_down_and_up_with_every_table_unchanged(store):
    from tests.test_stored_ids import _digest

    demo.generate(store, 25, seed=3, today=TODAY)
    with store.session() as s:
        # a person whose id is no canonical UUID (an imported legacy id) stays text, with what holds it
        clients.add_client(s, {"given_name": "Lea", "family_name": "Alt"}, client_id="Legacy-7")
        s.flush()
        category = s.execute(select(Need.category)).scalars().first()
        s.add(Need(id="legacy-need-7", client_id="Legacy-7", category=category, status="open"))
    with store.engine.connect() as conn:
        counts = {(t, c): conn.exec_driver_sql(f'SELECT count("{c}") FROM "{t}"').scalar_one() for t, c in ALL_COLUMNS}
        assert counts[("client", "id")] == 26 and counts[("name_key", "client_id")] > 26
        assert sum(1 for v in counts.values() if v) >= 15  # the demo fills most of them
        legacy = 1 + 1 + conn.exec_driver_sql("SELECT count(*) FROM name_key WHERE client_id = 'Legacy-7'").scalar_one()
        total = sum(counts.values())
        before = _digest(conn)
        assert _uuid_texts(conn) == 0 and _blobs(conn) == total - legacy
        assert conn.exec_driver_sql("SELECT open_needs FROM client WHERE id = 'Legacy-7'").scalar() == 1
    downgrade(store.engine, "0042")
    with store.engine.connect() as conn:
        assert _blobs(conn) == 0
        assert _uuid_texts(conn) == total - legacy  # the test can fail: 0042 holds the text
        assert _digest(conn) == before
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    migrate.upgrade(store.engine)
    with store.engine.connect() as conn:
        assert _uuid_texts(conn) == 0 and _blobs(conn) == total - legacy
        assert _digest(conn) == before
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        # the triggers were put back: a new open need of a person sets the flag
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"need_open_needs_insert", "client_name_keys_insert", "client_name_keys_update"} <= triggers
    with store.session() as s:
        hit = search.search_conn(s.connection(), "Alt")
    assert [h.id for h in hit] == ["Legacy-7"]


def test_a_plain_database_file_holds_no_persons_id_as_text(tmp_path):
    """Each person's id is found in the file only as its 16 bytes. The columns that stay text this
    round (audit.row_id, task.source_key — also in the task's changes in the journal —,
    sync_conflict.row_id: ids of several tables) are emptied first: what is left is the converted
    columns, their indexes and every other table's journal."""
    from benchmarks.bench_store import plain_store
    from kimdesk.store.profile import Profile

    profile = Profile(tmp_path / "plain")
    store = plain_store(profile)
    try:
        demo.generate(store, 10, seed=5, today=TODAY)
        with store.engine.connect() as conn:
            ids = conn.exec_driver_sql("SELECT id FROM client").scalars().all()
    finally:
        store.close()
    db = sqlite3.connect(profile.db_path)
    db.execute("DELETE FROM audit")
    db.execute("UPDATE task SET source_key = NULL")  # and its values in the journal (a task's changes)
    db.execute("DELETE FROM change WHERE entity_code = (SELECT code FROM journal_name WHERE name = 'task')")
    db.commit()
    db.execute("VACUUM")
    db.close()
    raw = profile.db_path.read_bytes()
    assert len(ids) == 10 and all(isinstance(i, bytes) and len(i) == 16 for i in ids)
    assert not [i for i in ids if id_text(i).encode() in raw]
    assert all(i in raw for i in ids)


# -- the raw SQL that binds, reads or compares a person's id, each against the ORM ----------------

def test_search_and_the_kept_passes_give_text_ids_of_the_orm(store):
    demo.generate(store, 40, seed=7, today=TODAY)
    with store.session() as s:
        people = s.execute(select(Client.id, Client.given_name, Client.family_name)).all()
        conn = s.connection()
        for cid, given, family in people[:8]:
            hits = search.search_conn(conn, f"{given} {family}")
            assert cid in [h.id for h in hits]
            # the client list's keystrokes: the kept sound-alike pass of two words, then a third word
            walked = search.ranked_rows(conn, f"{given} {family} {given[:2]}", ("case_number",))
            for i in range(1, len(given) + 1):
                search.ranked_rows(conn, f"{given} {family}"[:len(given) + 1 + i], ("case_number",), keep=True)
            kept = search.ranked_rows(conn, f"{given} {family} {given[:2]}", ("case_number",), keep=True)
            assert [tuple(r) for r in kept] == [tuple(r) for r in walked]
            assert all(type(r[0]) is str for r in kept)
            counted = search.candidate_rows(conn, f"{given} {family}", ("case_number",))
            assert cid in [r[0] for r in counted]


def test_the_first_page_read_before_the_orm_gives_text_ids(store):
    from kimdesk.store import first_page
    from kimdesk.models.types import id_text as models_id_text

    demo.generate(store, 12, seed=2, today=TODAY)
    with store.connection() as conn:
        rows = first_page.first_rows(conn.connection.driver_connection)
        orm = conn.execute(select(Client.id).where(Client.deleted.is_(False))).scalars().all()
    assert sorted(r.id for r in rows) == sorted(orm)
    for value in (uuid.uuid4().bytes, "legacy", None, b"short"):
        assert first_page.id_text(value) == models_id_text(value)


def test_deadline_follow_ups_name_the_person_as_the_orm_does(store):
    from kimdesk.services.tasks_deadlines import deadlines
    from kimdesk.services.tasks_deadlines import rules as rules_data

    demo.generate(store, 40, seed=11, today=TODAY)
    config = rules_data.load("deadlines", store)
    with store.session() as s:
        people = set(s.execute(select(Client.id)).scalars())
        tasks = s.execute(select(Task.client_id, Task.source_key).where(Task.rule.is_not(None))).all()
        hits = deadlines.find(s.connection(), TODAY, config)
    assert tasks and all(cid in people for cid, _key in tasks)
    # a person's source key names the person by the text of the id (the same key before and after 0043)
    by_person = [(cid, key) for cid, key in tasks if key.split(":")[0] in ("turning_18", "school_place_missing",
                                                                         "bamf_decision", "residence_rule_move")]
    assert all(key.split(":")[1] == cid for cid, key in by_person)
    assert hits and all(type(h.client_id) is str and h.client_id in people for h in hits)
    assert {h.source_key for h in hits} <= {key for _cid, key in tasks}  # the same keys as when the demo ran them


def test_search_keys_replace_takes_legacy_text_ids_beside_16_byte_ones(store):
    from kimdesk.store import search_keys

    with store.connection(write=True) as conn:
        people = [("legacy-1", "Ann", "Beck", None, "X-1"), (str(uuid.uuid4()), "Ann", "Beck", None, "X-2"),
                  ("Legacy-0", "Ann", "Beck", None, "X-3")]
        assert search_keys.replace(conn, people, new=True) > 0
        assert search_keys.replace(conn, people) > 0  # deleted by either form, written again
        kinds = dict(conn.exec_driver_sql("SELECT typeof(client_id), count(DISTINCT client_id) FROM name_key "
                                          "GROUP BY 1").all())
        assert kinds == {"blob": 1, "text": 2}
        assert search.ranked_rows(conn, "Ann Beck", ("case_number",)) == []  # none of them is a person here


def test_subject_access_reads_the_persons_household_conferences_and_releases(store):
    from kimdesk.services.releases import subject_access

    demo.generate(store, 30, seed=9, today=TODAY)
    with store.session() as s:
        conn = s.connection()
        linked = s.execute(select(HouseholdMember.member_client_id).where(HouseholdMember.member_client_id.is_not(None),
                                                                            HouseholdMember.deleted.is_(False))).scalars().all()
        if not linked:  # link two people
            one, two = s.execute(select(Client.id).limit(2)).scalars().all()
            s.add(HouseholdMember(client_id=one, member_client_id=two, given_name="X", family_name="Y"))
            s.flush()
            linked = [two]
        person = linked[0]
        text = subject_access._other_households(conn, person)
        assert text  # named in another person's household: said so (a text id would find none)
        orm = s.execute(select(func.count()).select_from(HouseholdMember).where(
            HouseholdMember.member_client_id == person, HouseholdMember.deleted.is_(False))).scalar()
        assert orm >= 1 and str(orm) in text


def test_retention_findings_and_phases_read_a_persons_id_as_the_orm_does(store):
    from kimdesk.services.casework import case_cycle, findings, retention

    demo.generate(store, 40, seed=12, today=TODAY)
    with store.session() as s:
        conn = s.connection()
        phases = case_cycle.current_phases(conn)
        tracked = set(s.execute(select(CasePhase.client_id).where(CasePhase.deleted.is_(False))).scalars())
        assert phases and set(phases) == tracked
        ids = s.execute(select(Client.id)).scalars().all()
        counts = retention.anonymous_counts(conn, ids)
        assert sum(v for k, v in counts.items() if k[0] == "case") == len(ids)
        needs = s.execute(select(func.count()).select_from(Need).where(Need.deleted.is_(False))).scalar()
        assert sum(v for k, v in counts.items() if k[0] == "need") == needs
        links = s.execute(select(FindingCase.finding_id, FindingCase.client_id).join(
            Client, Client.id == FindingCase.client_id).where(FindingCase.deleted.is_(False),
                                                              Client.deleted.is_(False))).all()
        for finding_id in {f for f, _c in links}:
            assert sorted(c for c, _n in findings.linked_cases(conn, finding_id)) == sorted(
                c for f, c in links if f == finding_id)
        closed = s.execute(select(Client.id).where(Client.status == "closed", Client.deleted.is_(False))).scalars()
        due = retention.due_cases(conn, date(2100, 1, 1))
        assert {d.client_id for d in due} == set(closed)


def test_open_needs_refresh_and_import_staging_compare_a_persons_id_as_stored(store):
    from kimdesk.services.clients_intake import exchange
    from kimdesk.store import open_needs

    demo.generate(store, 15, seed=13, today=TODAY)
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE client SET open_needs = 1 - open_needs")
        ids = conn.execute(select(Client.id)).scalars().all()
        assert open_needs.refresh_open_needs(conn, ids) == len(ids)  # a text id would match no row
        flags = dict(conn.execute(select(Client.id, open_needs.FLAG)).all())
        have = set(conn.execute(select(Need.client_id).where(Need.deleted.is_(False),
                                                             Need.status.in_(open_needs.OPEN_STATUSES))).scalars())
        assert {c for c, f in flags.items() if f} == have
    # the export read back in: every case number belongs to the same person (not "another person's")
    doc = exchange.export_document(store)
    result = exchange.import_document(store, json.loads(json.dumps(doc)))
    assert result is not None
