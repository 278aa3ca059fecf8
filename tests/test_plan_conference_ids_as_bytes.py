"""Ids of plans, goals, meetings, agenda items, findings and every other team-data row stored as
16 bytes with every column holding them (migration 0046).

The models declare the columns; migration 0046 goes down to text and up again with every table
unchanged once decoded and the foreign keys sound; a plain file holds none of these ids as UUID
text; and every raw-SQL path that binds, reads or compares them gives the ORM's answer (each test
here gives a wrong answer or an error, when its path's conversion is missing).
"""

from __future__ import annotations

import json
import sqlcipher3.dbapi2 as sqlite3  # the SQLite of the app (unhex)
from datetime import date, datetime

from sqlalchemy import select

from kimdesk.models import (ActionItem, AgendaItem, AnonymousCount, Appointment, Assessment, CasePlan,
                            ConflictResolution, Decision, FindingCase, FirstContact, Participant, PlanGoal,
                            PlanMeasure, ReportText, SchoolPlace, TeamSetting, synced_classes)
from kimdesk.models.types import UUID_GLOB, id_text, stored_id_columns
from kimdesk.services.admin import demo
from kimdesk.services.casework import findings, plans
from kimdesk.services.conferences_minutes import agenda_edit
from kimdesk.services.conferences_minutes import conference_edit as edit
from kimdesk.services.releases import subject_access
from kimdesk.services.tasks_deadlines.deadline_rules import RULES
from kimdesk.store import migrate
from kimdesk.sync import materialise
from tests.support.conferences import DAY, fill_protocol, make_case
from tests.support.migrations import downgrade, ids_down_and_up

# the team-data columns migration 0046 converts, as the models declare them
HOLDERS = {("plan_goal", "plan_id"), ("plan_measure", "goal_id"), ("conference_client", "conference_id"),
           ("participant", "conference_id"), ("participant", "left_after_item_id"),
           ("participant", "back_from_item_id"), ("agenda_item", "conference_id"), ("decision", "agenda_item_id"),
           ("action_item", "agenda_item_id"), ("addendum", "conference_id"), ("finding_case", "finding_id")}
IDS = {(t, "id") for t in ("case_plan", "plan_goal", "conference", "conference_client", "participant",
                           "agenda_item", "decision", "action_item", "addendum", "structural_finding",
                           "finding_case", "task", "appointment", "assessment", "first_contact", "school_entry",
                           "school_place", "report_text", "team_setting", "anonymous_count", "conflict_resolution")}
MODEL_COLUMNS = IDS | HOLDERS
TODAY = date(2026, 5, 4)


def test_the_models_declare_the_columns_of_0046():
    found = {(name, c) for name, cls in synced_classes().items() for c in stored_id_columns(cls.__table__)}
    assert MODEL_COLUMNS <= found
    # every team-data table's id is stored so now, and every column pointing at one too
    assert {name for name, c in found if c == "id"} == set(synced_classes())
    for name, cls in synced_classes().items():
        for col in cls.__table__.columns:
            for fk in col.foreign_keys:
                assert (name, col.name) in found, (name, col.name)


def fill(store) -> dict[str, str]:
    """A demo team plus a finalised meeting with its whole protocol (attendance per TOP, an addendum),
    a network meeting without persons, and a row in each table the demo leaves empty."""
    demo.generate(store, 12, seed=3, today=TODAY)
    case = make_case(store)
    ids = fill_protocol(store, case)
    edit.update_participant(store, ids["p_interp"], {"left_after_item_id": ids["top1"]})
    edit.update_participant(store, ids["p_job"], {"back_from_item_id": ids["top2"]})
    edit.update_participant(store, ids["p_youth"], {"presence": "present", "left_after_item_id": ids["top1"]})
    edit.finalise(store, case.conference_id, now=datetime(2025, 6, 18, 12, 0))
    edit.add_addendum(store, case.conference_id, "Der Bescheid ist ergangen.", author="Anna Weber")
    network = edit.create_conference(store, {"date": DAY, "kind": "network", "title": "Netzwerk Schule"})
    edit.add_participant(store, network, {"agency_id": case.jobcenter, "name": "Çağlar Öztürk"})
    with store.session() as s:
        s.add_all([Appointment(client_id=case.client_id, on=DAY, agency_id=case.jobcenter),
                   Assessment(client_id=case.client_id, on=DAY, offices_involved=[case.jobcenter]),
                   FirstContact(on=DAY), SchoolPlace(municipality="Kleve", school_form="GS", operator="public",
                                                     intake_on=DAY, places=3),
                   ReportText(report="committee", date_from=DAY, date_to=DAY, section="intro", text="Text"),
                   TeamSetting(key="example", value="1"), AnonymousCount(kind="case", count=2),
                   ConflictResolution(entity="conference", row_id=case.conference_id, field="place",
                                      lost_device="d", lost_stamp=1)])
    return {**ids, "conference": case.conference_id, "network": network, "client": case.client_id,
            "jobcenter": case.jobcenter}


def _digest(conn) -> list:
    """Every team-data table, ids in their text form, in a fixed order."""
    out = []
    for name in sorted(synced_classes()):
        rows = conn.exec_driver_sql(f'SELECT * FROM "{name}"').all()
        out.append((name, sorted(([id_text(v) for v in r] for r in rows), key=lambda r: json.dumps(r, default=str))))
    return out


def _count(conn, where: str) -> int:
    return sum(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}" WHERE {where.format(c=chr(34) + c + chr(34))}')
               .scalar_one() for t, c in MODEL_COLUMNS)


def test_migration_0046_goes_down_and_up_with_every_table_unchanged(store):
    fill(store)
    with store.engine.connect() as conn:  # a legacy (non-UUID) plan id stays text, as do its goals' references
        conn.exec_driver_sql("INSERT INTO case_plan(id, client_id, status, deleted) "
                             "SELECT 'legacy-plan', id, 'draft', 0 FROM client LIMIT 1")
        conn.exec_driver_sql("INSERT INTO plan_goal(id, plan_id, client_id, position, text, status, deleted, health) "
                             "SELECT 'legacy-goal', 'legacy-plan', client_id, 0, 'Ziel', 'open', 0, 0 "
                             "FROM case_plan WHERE id = 'legacy-plan'")
        conn.commit()
        blobs = _count(conn, "typeof({c}) = 'blob'")
        assert _count(conn, "{c} GLOB '" + UUID_GLOB + "'") == 0 and blobs > 100
        for t, c in sorted(MODEL_COLUMNS):  # every converted column holds ids
            assert conn.exec_driver_sql(f'SELECT count(*) FROM "{t}" WHERE typeof("{c}") = \'blob\'').scalar(), (t, c)
        before = _digest(conn)
    ids_down_and_up(store.engine, "0046", _count, _digest, blobs, before)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT typeof(plan_id) FROM plan_goal WHERE id = 'legacy-goal'").scalar() == "text"
        # the triggers are back as they were (none dropped, none added)
        triggers = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()
    downgrade(store.engine, migrate.script().get_revision("0046").down_revision)
    migrate.upgrade(store.engine)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "ORDER BY name").all() == triggers


def test_the_stored_bytes_hold_no_uuid_text_of_the_converted_ids(tmp_path):
    """A plain SQLite file (the bytes can be searched): each converted id is found only as its 16 bytes."""
    from benchmarks.bench_store import plain_store
    from kimdesk.store.profile import Profile

    profile = Profile(tmp_path / "plain")
    store = plain_store(profile)
    try:
        fill(store)
        with store.engine.connect() as conn:
            ids = {r[0] for t, c in sorted(MODEL_COLUMNS)
                   for r in conn.exec_driver_sql(f'SELECT "{c}" FROM "{t}" WHERE "{c}" IS NOT NULL')}
    finally:
        store.close()
    db = sqlite3.connect(profile.db_path)
    # columns holding ids of several tables stay text by design: the audit, conflict records and their
    # resolutions' row ids, the follow-ups' source keys
    db.execute("DELETE FROM audit")
    db.execute("DELETE FROM conflict_resolution")
    db.execute("UPDATE task SET source_key = NULL")
    db.commit()
    db.execute("VACUUM")
    db.close()
    raw = profile.db_path.read_bytes()
    assert len(ids) > 50 and all(isinstance(i, bytes) and len(i) == 16 for i in ids)
    assert not [i for i in ids if id_text(i).encode() in raw]
    assert all(i in raw for i in ids)


# -- raw-SQL paths: each gives the ORM's answer --------------------------------------------------
def test_a_goal_and_a_measure_take_the_next_position_and_the_due_measures_name_their_rows(store):
    from kimdesk.services.clients_intake import clients

    cid = clients.create_client(store, {"given_name": "Mona", "family_name": "Planned"})
    other = clients.create_client(store, {"given_name": "Omar", "family_name": "Other"})
    plan = plans.create_plan(store, cid)
    goals = [plans.add_goal(store, plan, f"Ziel {n}") for n in range(3)]
    measures = [plans.add_measure(store, goals[0], f"Schritt {n}", who="Frau Berg", due=date(2026, 1, 5 + n))
                for n in range(2)]
    plans.add_measure(store, plans.add_goal(store, plans.create_plan(store, other), "Ziel"), "Fremd", who="X",
                      due=date(2026, 1, 2))
    with store.session() as s:
        assert [g.position for g in s.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan)
                                              .order_by(PlanGoal.position))] == [0, 1, 2]
        assert [m.position for m in s.scalars(select(PlanMeasure).where(PlanMeasure.goal_id == goals[0])
                                              .order_by(PlanMeasure.position))] == [0, 1]
    with store.connection() as conn:
        due = plans.due_measures(conn, date(2026, 2, 1), today=date(2026, 1, 6), client_id=cid)
    assert [(d.id, d.client_id, d.overdue) for d in due] == [(measures[0], cid, True), (measures[1], cid, False)]


def test_the_findings_register_and_its_linked_cases_name_the_rows_the_orm_has(store):
    demo.generate(store, 12, seed=3, today=TODAY)
    with store.connection() as conn:
        register = findings.register(conn)
        linked = {f.id: findings.linked_cases(conn, f.id) for f in register}
    with store.session() as s:
        orm = {}
        for link in s.scalars(select(FindingCase).where(FindingCase.deleted.is_(False))):
            orm.setdefault(link.finding_id, set()).add(link.client_id)
    assert register and all(isinstance(f.id, str) for f in register)
    assert {f.id: f.cases for f in register if f.cases} == {k: len(v) for k, v in orm.items()}
    assert {k: {c for c, _n in v} for k, v in linked.items() if v} == orm


def test_the_art15_export_shows_the_meetings_with_their_protocol_and_history(store):
    from kimdesk.services.releases import subject_access_fields as fields

    ids = fill(store)
    with store.connection() as conn:
        doc = subject_access.collect(conn, ids["client"], "KIM Kreis Kleve")
    text = json.dumps([[s.title, s.fields, [(t.title, t.rows) for t in s.tables]] for s in doc.sections],
                      ensure_ascii=False, default=str)
    assert "Das Jobcenter entscheidet vorrangig über den Antrag." in text  # a decision, found by its TOP's id
    assert "Bescheid erlassen" in text and "Der Bescheid ist ergangen." in text  # an action item, an addendum
    assert "Zofia Wiśniewska" in text  # a participant, found by the meeting's id
    # the change log names the meeting itself (the audit holds its text id)
    log = next(s for s in doc.sections if s.title == "Änderungsprotokoll").tables[0].rows
    assert fields.title("conference") in {r[3] for r in log}
    assert "conference" in doc.tables


def test_a_finalisation_protects_every_row_of_its_protocol(store):
    ids = fill(store)
    with store.connection() as conn:
        rows = materialise.protocol_rows(conn, {ids["conference"]})
    with store.session() as s:
        items = set(s.scalars(select(AgendaItem.id).where(AgendaItem.conference_id == ids["conference"])))
        orm = {"agenda_item": items,
               "participant": set(s.scalars(select(Participant.id).where(Participant.conference_id == ids["conference"]))),
               "decision": set(s.scalars(select(Decision.id).where(Decision.agenda_item_id.in_(items)))),
               "action_item": set(s.scalars(select(ActionItem.id).where(ActionItem.agenda_item_id.in_(items))))}
    assert all(orm.values()) and all(isinstance(i, str) for v in rows.values() for i in v)
    assert {t: rows[t] for t in orm} == orm
    assert rows["conference"] == {ids["conference"]} and len(rows["conference_client"]) == 1


def test_the_overdue_rules_key_their_follow_ups_on_the_text_ids(store):
    ids = fill(store)
    with store.session() as s:
        plan = s.scalars(select(CasePlan).where(CasePlan.deleted.is_(False))).first()
        plan.review_on, plan.status = date(2026, 1, 1), "agreed"
        goal = s.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan.id, PlanGoal.deleted.is_(False))).first()
        goal.review_on, goal.status = date(2026, 1, 2), "open"
        plan_id, goal_id, client = plan.id, goal.id, plan.client_id
    with store.connection() as conn:
        reviews = list(RULES["plan_review_overdue"](conn, TODAY, {}))
        actions = list(RULES["action_overdue"](conn, TODAY, {}))
    assert f"plan_review:{plan_id}:2026-01-01" in {h.source_key for h in reviews}
    assert (f"goal_review:{goal_id}:2026-01-02", client) in {(h.source_key, h.client_id) for h in reviews}
    assert {h.source_key for h in actions} >= {f"action_overdue:{ids['a1']}:2025-07-01",
                                               f"action_overdue:{ids['a2']}:2025-06-30"}


def test_the_conflict_list_knows_a_resolved_conflict(store):
    from kimdesk.models import SyncConflict
    from kimdesk.services.team_sync import conflicts

    ids = fill(store)
    with store.session() as s:
        s.add(SyncConflict(entity="conference", row_id=ids["network"], field="place", kind="field",
                           kept=json.dumps("Raum 1"), lost=json.dumps("Raum 2"), lost_stamp=7, lost_device="dev-b"))
        s.add(ConflictResolution(id=conflicts.resolution_id("conference", ids["network"], "place", "dev-b", 7),
                                 entity="conference", row_id=ids["network"], field="place", lost_device="dev-b",
                                 lost_stamp=7))
    assert conflicts.list_conflicts(store) == []
    assert [c.resolved for c in conflicts.list_conflicts(store, include_resolved=True)] == [True]


def test_the_meeting_figures_and_module_3_count_the_same_meetings(store):
    """Module 3 prints the meetings with the immigration office as the conferences table's figure
    when they are the same meetings: both name them by their text ids."""
    from kimdesk.figures import meetings
    from kimdesk.services.reports.committee import sachstand

    ids = fill(store)
    with store.session() as s:  # both meetings had the office present; the network one without a person
        s.get(synced_classes()["agency"], ids["jobcenter"]).is_immigration_office = True
    with store.connection() as conn:
        figures = meetings.figures(conn, date(2025, 1, 1), date(2025, 12, 31), 5)
        _table, keys = sachstand._module3(conn, {"lo": "2025-01-01", "hi": "2025-12-31"}, 5, figures)
    assert set().union(*figures.held.ids.values()) == {ids["conference"], ids["network"]}
    assert "conference:" + ids["network"] in set().union(*figures.held.persons.values())
    assert keys["module3"][(sachstand.N, "conferences")] == ("conferences", "*")


def test_decisions_imported_again_update_the_ones_at_their_positions(store):
    """The format carries decisions as plain strings: the import finds the stored decision of the
    same agenda item and position (raw SQL over the staged text ids) and updates it in place."""
    from kimdesk.services.clients_intake import exchange

    ids = fill(store)
    item = agenda_edit.add_agenda_item(store, ids["network"], {"title": "Schule"})
    first = agenda_edit.add_decision(store, item, "Erster Beschluss")
    second = agenda_edit.add_decision(store, item, "Zweiter Beschluss")
    doc = exchange.export_document(store)
    conf = next(c for c in doc["conferences"] if c["id"] == ids["network"])
    top = next(a for a in conf["agenda"] if a["id"] == item)
    assert top["decisions"] == ["Erster Beschluss", "Zweiter Beschluss"]
    top["decisions"] = ["Erster Beschluss, geändert", "Zweiter Beschluss"]
    exchange.import_document(store, {**doc, "conferences": [conf], "clients": [], "tasks": []})
    with store.session() as s:
        rows = s.execute(select(Decision.id, Decision.position, Decision.text)
                         .where(Decision.agenda_item_id == item, Decision.deleted.is_(False))
                         .order_by(Decision.position)).all()
    assert [tuple(r) for r in rows] == [(first, 0, "Erster Beschluss, geändert"), (second, 1, "Zweiter Beschluss")]
