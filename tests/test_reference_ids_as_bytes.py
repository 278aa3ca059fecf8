"""Ids of needs, requests and offices stored as 16 bytes with every column holding them (migration 0044).

The models declare the columns; migration 0044 goes down to text and up again with every table
unchanged once decoded and the foreign keys sound; a plain file holds none of these ids as UUID
text; and every raw-SQL path that binds, reads or compares them gives the ORM's answer (each test
here gives a wrong answer, not an error, when its path's conversion is missing).
"""

from __future__ import annotations

import json
import sqlcipher3.dbapi2 as sqlite3  # the SQLite of the app (unhex)
from datetime import date

from sqlalchemy import event, select

from kimdesk.models import Agency, Need, Responsibility, ResponsibilityEvent, synced_classes
from kimdesk.models.types import UUID_GLOB, id_text, stored_id, stored_id_columns, uuid_text_sql
from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import agencies, clients, responsibilities
from kimdesk.services.releases import consents, subject_access
from kimdesk.services.reports import report_print
from kimdesk.services.reports.committee import standing_timeline
from kimdesk.services.tasks_deadlines import deadlines
from kimdesk.services.tasks_deadlines.deadline_rules import RULES
from kimdesk.services.team_sync import conflicts
from tests.support.migrations import ids_down_and_up

# the team-data columns migration 0044 converts, as the models declare them
MODEL_COLUMNS = {("need", "id"), ("responsibility", "id"), ("agency", "id"),
                 ("responsibility", "need_id"), ("responsibility", "agency_id"),
                 ("responsibility_event", "need_id"), ("responsibility_event", "responsibility_id"),
                 ("responsibility_event", "agency_id"), ("responsibility_event", "forwarded_to_id"),
                 ("plan_measure", "responsibility_id"), ("plan_measure", "who_agency_id"),
                 ("consent", "agency_id"), ("appointment", "agency_id"), ("benefit_record", "agency_id"),
                 ("participant", "agency_id"), ("action_item", "who_agency_id")}
# ... and the local tables derived from them (the standing timeline, migration 0026)
LOCAL_COLUMNS = {("need_standing", "need_id"), ("need_standing", "agency_id"), ("need_standing_dirty", "need_id")}
CONVERTED = MODEL_COLUMNS | LOCAL_COLUMNS
TODAY = date(2026, 5, 4)


def test_the_models_declare_the_columns_of_0044():
    found = {(name, c) for name, cls in synced_classes().items() for c in stored_id_columns(cls.__table__)}
    assert MODEL_COLUMNS <= found
    # every column pointing at a converted id is converted too (a blob never meets a text in a join)
    for name, cls in synced_classes().items():
        for col in cls.__table__.columns:
            for fk in col.foreign_keys:
                target = (fk.column.table.name, fk.column.name)
                if target in found:
                    assert (name, col.name) in found, (name, col.name, target)


def _digest(conn) -> list:
    """Every team-data table and the standing timeline, ids in their text form, in a fixed order."""
    out = []
    tables = sorted(synced_classes()) + ["need_standing", "need_standing_dirty"]
    for name in tables:
        rows = conn.exec_driver_sql(f'SELECT * FROM "{name}"').all()
        out.append((name, sorted(([id_text(v) for v in r] for r in rows), key=lambda r: json.dumps(r, default=str))))
    return out


def _count(conn, where: str) -> int:
    return sum(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}" WHERE {where.format(c=chr(34) + c + chr(34))}')
               .scalar_one() for t, c in CONVERTED)


def test_migration_0044_goes_down_and_up_with_every_table_unchanged(store):
    demo.generate(store, 25, seed=3, today=TODAY)
    report_print.refresh_standings(store)
    with store.engine.connect() as conn:  # a legacy (non-UUID) need id stays text, as do its request's references
        agency = conn.exec_driver_sql("SELECT id FROM agency LIMIT 1").scalar()
        conn.exec_driver_sql("INSERT INTO need(id, client_id, category, status, not_for_immigration_office, deleted, "
                             "health) SELECT 'legacy-need', id, 'Wohnung', 'open', 0, 0, 0 FROM client LIMIT 1")
        conn.exec_driver_sql("INSERT INTO responsibility(id, need_id, agency_id, status, deleted) "
                             "VALUES ('legacy-resp', 'legacy-need', ?, 'requested', 0)", (agency,))
        request = conn.exec_driver_sql("SELECT id FROM responsibility WHERE typeof(id) = 'blob' LIMIT 1").scalar()
        for t, c in sorted(MODEL_COLUMNS):  # an office or a request for a few rows the demo leaves without one
            if c != "id" and "need" not in c:
                conn.exec_driver_sql(f'UPDATE "{t}" SET "{c}" = ? WHERE rowid IN (SELECT rowid FROM "{t}" '
                                     f'WHERE "{c}" IS NULL LIMIT 2)', (request if c == "responsibility_id" else agency,))
        conn.commit()
        blobs = _count(conn, "typeof({c}) = 'blob'")
        assert _count(conn, "{c} GLOB '" + UUID_GLOB + "'") == 0 and blobs > 500
        empty = set()
        for t, c in CONVERTED:  # every converted column of a table the demo fills holds ids
            if conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar():
                assert conn.exec_driver_sql(f'SELECT count(*) FROM "{t}" WHERE typeof("{c}") = \'blob\'').scalar(), (t, c)
            else:
                empty.add(t)
        assert empty <= {"action_item", "participant", "appointment"}  # the demo holds no meeting or appointment
        before = _digest(conn)
    ids_down_and_up(store.engine, "0044", _count, _digest, blobs, before)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT typeof(need_id) FROM responsibility WHERE id = 'legacy-resp'").scalar() == "text"
    with store.connection() as conn:  # the triggers are back: the timeline is sound and kept
        assert standing_timeline.differences(conn) == []
    report_print.refresh_standings(store)  # (the raw writes above marked their needs)
    with store.session() as s:
        nid = s.scalars(select(Need.id).where(Need.deleted.is_(False), Need.status == "open")).first()
    responsibilities.assign(store, nid, agency_id=id_text(agency), on=TODAY)
    with store.connection() as conn:
        assert standing_timeline.dirty(conn) == [nid]


def test_the_stored_bytes_hold_no_uuid_text_of_the_converted_ids(tmp_path):
    """A plain SQLite file (the bytes can be searched): each converted id is found only as its 16 bytes."""
    from benchmarks.bench_store import plain_store
    from kimdesk.store.profile import Profile

    profile = Profile(tmp_path / "plain")
    store = plain_store(profile)
    try:
        demo.generate(store, 10, seed=5, today=TODAY)
        report_print.refresh_standings(store)
        with store.engine.connect() as conn:
            ids = {r[0] for t, c in sorted(CONVERTED)
                   for r in conn.exec_driver_sql(f'SELECT "{c}" FROM "{t}" WHERE "{c}" IS NOT NULL')}
    finally:
        store.close()
    db = sqlite3.connect(profile.db_path)
    # the audit names rows of any table by their text id (a column holding ids of several tables: text by design)
    db.execute("DELETE FROM audit")
    db.commit()
    db.execute("VACUUM")
    db.close()
    raw = profile.db_path.read_bytes()
    assert len(ids) > 100 and all(isinstance(i, bytes) and len(i) == 16 for i in ids)
    assert not [i for i in ids if id_text(i).encode() in raw]
    assert all(i in raw for i in ids)


# -- raw-SQL paths: each gives the ORM's answer --------------------------------------------------
def _person_with_request(store, municipality: str, serves: list[str]) -> tuple[str, str, str, str]:
    """(person, agency, need, responsibility) ids: a person in ``municipality`` asked an agency serving ``serves``."""
    agency = agencies.save(store, None, {"name": "Jobcenter Nord", "legal_domain": "SGB II",
                                         "municipalities": serves}).result
    cid = clients.create_client(store, {"given_name": "Mona", "family_name": "Moved", "municipality": municipality})
    nid = responsibilities.add_need(store, cid, {"category": "Arbeit"}, agency_id=agency, on=date(2026, 1, 5)).result
    with store.session() as s:
        rid = s.scalars(select(Responsibility.id).where(Responsibility.need_id == nid)).one()
    return cid, agency, nid, rid


def test_the_moved_rule_finds_a_request_of_an_office_not_serving_the_town_and_no_other(store):
    _cid, _agency, _nid, served = _person_with_request(store, "Kleve", ["Kleve", "Goch"])
    cid, agency, nid, rid = _person_with_request(store, "Emmerich", ["Kleve"])
    with store.connection() as conn:
        hits = list(RULES["moved"](conn, TODAY, {}))
        assert [(h.client_id, h.params) for h in hits] == [(cid, {"municipality": "Emmerich", "responsibilities": [rid]})]
        # the proposals read the requests named by the task's text ids
        proposals = deadlines.proposals_for(conn, "Emmerich", [rid, served])
    got = {p.responsibility_id: (p.need_id, p.current_agency_id) for p in proposals}
    assert got == {rid: (nid, agency), served: (_nid, _agency)}
    with store.session() as s:  # as the ORM has them
        assert s.get(Responsibility, rid).agency_id == agency and s.get(Agency, agency).name == proposals[0].current_agency


def _moved_statement(store) -> str:
    """The SQL of the moved rule's request query (the one with the served pairs), as run."""
    seen: list[str] = []
    with store.connection() as conn:
        event.listen(conn, "before_cursor_execute", lambda *a: seen.append(a[2]))
        list(RULES["moved"](conn, TODAY, {}))
    return next(sql for sql in seen if "json_each" in sql)


def test_the_moved_rule_checks_the_served_pairs_without_turning_each_request_s_office_id_into_text(store):
    # the text form of a 16-byte id in SQL costs five hex() and substr() a row: the move check ran it on
    # every open request of a local office (a third of the rule's time at 10,000 people)
    _person_with_request(store, "Emmerich", ["Kleve"])
    _person_with_request(store, "Kleve", ["Kleve", "Goch"])
    sql = _moved_statement(store)
    assert uuid_text_sql("r.agency_id") not in sql and "hex(r.agency_id)" in sql


def test_the_moved_rule_names_offices_with_a_legacy_text_id_by_the_same_pairs(store):
    # ids that are no canonical UUID (imported ones) stay text: their pairs are the hex of their UTF-8
    with store.session() as s:
        s.add(Agency(id="JC-Düren-7", name="Jobcenter Düren (alt)", municipalities=["Kleve"]))
        s.add(Agency(id="JC-Goch-8", name="Jobcenter Goch (alt)", municipalities=["Kleve", "Goch"]))
    moved_away = clients.create_client(store, {"given_name": "Ali", "family_name": "Weg", "municipality": "Emmerich"})
    stayed = clients.create_client(store, {"given_name": "Bea", "family_name": "Da", "municipality": "Goch"})
    nid = responsibilities.add_need(store, moved_away, {"category": "Arbeit"}, agency_id="JC-Düren-7",
                                    on=date(2026, 1, 5)).result
    responsibilities.add_need(store, stayed, {"category": "Arbeit"}, agency_id="JC-Goch-8", on=date(2026, 1, 5))
    with store.connection() as conn:
        assert conn.exec_driver_sql("SELECT typeof(agency_id) FROM responsibility").scalars().all() == ["text"] * 2
        hits = list(RULES["moved"](conn, TODAY, {}))
    with store.session() as s:
        rid = s.scalars(select(Responsibility.id).where(Responsibility.need_id == nid)).one()
    assert [(h.client_id, h.params) for h in hits] == [(moved_away, {"municipality": "Emmerich", "responsibilities": [rid]})]


def test_the_standing_timeline_names_its_needs_by_their_text_ids(store):
    _cid, agency, nid, _rid = _person_with_request(store, "Kleve", ["Kleve"])
    report_print.refresh_standings(store)
    responsibilities.accept(store, nid, on=date(2026, 1, 20))
    with store.connection() as conn:
        assert standing_timeline.dirty(conn) == [nid]
        assert list(standing_timeline.stored(conn)) == [nid]
        conn.exec_driver_sql("UPDATE need_standing SET state = 'gap' WHERE need_id = ?", (stored_id(nid),))
    report_print.refresh_standings(store)
    with store.connection(write=True) as conn:
        assert standing_timeline.differences(conn) == []
        conn.exec_driver_sql("UPDATE need_standing SET state = 'gap'")
        assert standing_timeline.differences(conn) == [nid]
        intervals = standing_timeline.stored(conn)[nid]
    assert intervals and all(isinstance(i[3], bytes) and id_text(i[3]) == agency for i in intervals)


def test_the_art15_export_names_the_offices_released_to(store):
    cid, agency, _nid, _rid = _person_with_request(store, "Kleve", ["Kleve"])
    consents.add_consent(store, cid, {"agency_id": agency, "given_on": date(2026, 1, 2)})
    with store.connection() as conn:
        doc = subject_access.collect(conn, cid, "KIM Kreis Kleve")
    about = dict(doc.sections[0].fields)
    assert "Jobcenter Nord" in about["Empfänger"]


def test_a_conflict_on_an_office_is_labelled_with_its_name(store):
    agency = agencies.save(store, None, {"name": "Ausländerbehörde Kleve"}).result
    with store.connection() as conn:
        assert conflicts._label(conn, "agency", agency) == "Ausländerbehörde Kleve"


def test_the_report_truth_and_the_steps_read_the_ids_the_orm_reads(store):
    """The committee report's steps (raw rows) name the same needs, requests and offices as the ORM."""
    from kimdesk.services.reports.committee import needs

    demo.generate(store, 15, seed=8, today=TODAY)
    with store.connection() as conn:
        steps = needs.steps(conn)
    with store.session() as s:
        events = s.scalars(select(ResponsibilityEvent).where(ResponsibilityEvent.deleted.is_(False))).all()
        orm = sorted((e.need_id, e.responsibility_id or e.need_id, e.agency_id) for e in events)
    raw = sorted((id_text(nid), id_text(st.responsibility), id_text(st.agency_id))
                 for nid, ss in steps.items() for st in ss if isinstance(st.order, bytes) and len(st.order) == 16)
    assert raw == orm and orm
