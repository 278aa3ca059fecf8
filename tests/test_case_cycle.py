"""The case cycle: dated, audited transitions that keep the client in step; assessment and plan."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import time_machine
from sqlalchemy import select

from tests.support import journal
from kimdesk.errors import ValidationError
from kimdesk.models import CasePhase, Client
from kimdesk.store import audit
from kimdesk.services.casework import assessment, case_cycle, plans
from tests.support.cycle import agency, need_with, person


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime(2026, 3, 10, 9, 0), tick=False) as traveller:
        yield traveller


def client_row(store, cid):
    with store.connection() as conn:
        return conn.execute(select(Client.__table__).where(Client.__table__.c.id == cid)).one()


def test_first_contact_is_recorded_without_a_case(store):
    with store.connection() as conn:
        before = conn.execute(select(Client.__table__.c.id)).all()
    fc = case_cycle.record_first_contact(store, {"on": "2026-03-02", "referral_source": "Jobcenter",
                                                 "topic": "Existenzsicherung", "municipality": "Alsdorf"})
    with store.connection() as conn:
        assert conn.execute(select(Client.__table__.c.id)).all() == before
        [row] = case_cycle.first_contacts(conn)
    assert row["id"] == fc and row["referral_source"] == "Jobcenter" and row["on"] == date(2026, 3, 2)
    with pytest.raises(ValidationError):
        case_cycle.record_first_contact(store, {"referral_source": "Schule"})  # no date


def test_full_cycle_with_dates_audit_and_client_in_step(store):
    fc = case_cycle.record_first_contact(store, {"on": "2026-01-05", "referral_source": "Schule",
                                                 "municipality": "Stolberg"})
    cid = case_cycle.open_case_from_first_contact(store, fc, {"given_name": "Amal", "family_name": "Haddad"},
                                                  on=date(2026, 1, 12))
    row = client_row(store, cid)
    assert row.status == "open" and row.opened_on == date(2026, 1, 12) and row.municipality == "Stolberg"
    with pytest.raises(ValidationError, match="zustimmt"):
        case_cycle.transition(store, cid, "assessment", date(2026, 1, 20), indicated=True, agreed=False)
    case_cycle.transition(store, cid, "assessment", date(2026, 1, 20), indicated=True, agreed=True)
    case_cycle.transition(store, cid, "plan", date(2026, 2, 1))
    case_cycle.transition(store, cid, "monitoring", date(2026, 2, 10))
    case_cycle.transition(store, cid, "evaluation", date(2026, 3, 1))
    with pytest.raises(ValidationError, match="Grund"):
        case_cycle.close_case(store, cid, "  ", date(2026, 3, 5))
    case_cycle.close_case(store, cid, "Ziele erreicht", date(2026, 3, 5), goals_reached="all")
    row = client_row(store, cid)
    assert row.status == "closed" and row.closed_on == date(2026, 3, 5)
    with store.connection() as conn:
        steps = case_cycle.history(conn, cid)
        changes = journal.rows(conn, "entity = 'case_phase'")
        audit_rows = audit.items_for(conn, {"case_phase": [c.row_id for c in changes]})
    assert [(s.from_phase, s.phase, s.on) for s in steps] == [
        (None, "clearing", date(2026, 1, 12)), ("clearing", "assessment", date(2026, 1, 20)),
        ("assessment", "plan", date(2026, 2, 1)), ("plan", "monitoring", date(2026, 2, 10)),
        ("monitoring", "evaluation", date(2026, 3, 1)), ("evaluation", "closed", date(2026, 3, 5))]
    assert steps[-1].reason == "Ziele erreicht" and steps[-1].goals_reached == "all"
    # every transition is a synced row: captured for sync and in the audit chain
    assert len(audit_rows) == 6 and {a.action for a in audit_rows} == {"create"} and len(changes) == 6
    # a closed case can be reopened; the earlier closure stays in the history
    case_cycle.reopen_case(store, cid, date(2026, 3, 9), reason="neuer Bedarf")
    row = client_row(store, cid)
    assert row.status == "open" and row.closed_on is None and row.opened_on == date(2026, 1, 12)
    with store.connection() as conn:
        assert case_cycle.current(conn, cid).phase == "clearing"
        assert case_cycle.current_phases(conn)[cid] == "clearing"
        assert len(case_cycle.history(conn, cid)) == 7


def test_not_indicated_closes_from_clearing(store):
    cid = person(store)
    case_cycle.open_case(store, cid, date(2026, 3, 1))
    case_cycle.close_case(store, cid, "kein Case-Management-Bedarf", date(2026, 3, 2), indicated=False)
    with store.connection() as conn:
        last = case_cycle.current(conn, cid)
    assert last.phase == "closed" and last.indicated is False and last.from_phase == "clearing"


@pytest.mark.parametrize("steps, bad, message", [
    ([("clearing", {})], ("monitoring", {}), "nicht direkt"),
    ([("clearing", {})], ("clearing", {}), "bereits"),
    ([("clearing", {})], ("closed", {"reason": "x", "on": date(2026, 2, 1)}), "vor dem letzten"),
    ([], ("plan", {"on": date(2026, 3, 11)}), "Zukunft"),
])
def test_impossible_transitions_are_refused_and_write_nothing(store, steps, bad, message):
    cid = person(store)
    for phase, kw in steps:
        case_cycle.transition(store, cid, phase, date(2026, 3, 1), **kw)
    with store.connection() as conn:
        before = conn.execute(select(CasePhase.__table__)).all()
    phase, kw = bad
    on = kw.pop("on", date(2026, 3, 5))
    with pytest.raises(ValidationError, match=message):
        case_cycle.transition(store, cid, phase, on, **kw)
    with store.connection() as conn:
        assert conn.execute(select(CasePhase.__table__)).all() == before
    with pytest.raises(ValidationError, match="abgeschlossener"):
        case_cycle.reopen_case(store, cid)


def test_residence_and_benefit_keep_their_history(store):
    cid = person(store, residence_status="Aufenthaltsgestattung")
    assessment.record_residence(store, cid, "Aufenthaltsgestattung", "2024-05-01", valid_until="2025-05-01")
    assessment.record_residence(store, cid, "Aufenthaltserlaubnis", "2025-04-20", valid_until="2028-04-19",
                                paragraph="§ 25 Abs. 2 AufenthG")
    first = assessment.record_benefit(store, cid, "AsylbLG", "2024-05-01", approved_on="2024-05-03")
    assessment.record_benefit(store, cid, "SGB II", "2025-06-01", applied_on="2025-05-10", approved_on="2025-06-05")
    assessment.update_benefit(store, first, until="2025-05-31")
    with store.connection() as conn:
        residence = assessment.residence_history(conn, cid)
        benefits = assessment.benefit_history(conn, cid)
        current = assessment.current_benefit(conn, cid, date(2026, 3, 10))
        earlier = assessment.current_benefit(conn, cid, date(2025, 1, 1))
    assert [r["status"] for r in residence] == ["Aufenthaltsgestattung", "Aufenthaltserlaubnis"]
    assert [(b["system"], b["since"], b["until"]) for b in benefits] == [
        ("AsylbLG", date(2024, 5, 1), date(2025, 5, 31)), ("SGB II", date(2025, 6, 1), None)]
    assert current["system"] == "SGB II" and earlier["system"] == "AsylbLG"
    row = client_row(store, cid)  # the client mirrors the current residence record
    assert (row.residence_status, row.residence_paragraph, row.residence_valid_until) == (
        "Aufenthaltserlaubnis", "§ 25 Abs. 2 AufenthG", date(2028, 4, 19))
    with pytest.raises(ValidationError):
        assessment.record_benefit(store, cid, "Bürgergeld", "2026-01-01")  # not a benefit system


def test_assessment_is_dated_and_health_is_marked(store):
    cid = person(store)
    jobcenter = agency(store, "Jobcenter StädteRegion Aachen")
    assessment.save_assessment(store, cid, "2026-02-01", {"household": "zwei Kinder", "language_level": "A2",
                                                          "housing": "Gemeinschaftsunterkunft",
                                                          "offices_involved": [jobcenter]})
    assessment.save_assessment(store, cid, "2026-03-01", {"language_level": "B1", "health": "Diabetes"})
    with store.connection() as conn:
        latest = assessment.latest_assessment(conn, cid)
    assert latest["language_level"] == "B1" and latest["not_for_immigration_office"] is True
    with pytest.raises(ValidationError):
        assessment.save_assessment(store, cid, "2026-03-02", {"language_level": "fluent"})


def test_plan_goals_measures_and_the_tasks_view_query(store):
    cid = person(store, family_name="Haddad", case_manager="Frau Berg")
    other = person(store, family_name="Other", case_manager="Herr Ost")
    _need, resp = need_with(store, cid, "Existenzsicherung", agency(store, "Jobcenter StädteRegion Aachen"))
    plan = plans.create_plan(store, cid, review_on="2026-06-01")
    goal = plans.add_goal(store, plan, "Lebensunterhalt ist gesichert", review_on="2026-05-01")
    m1 = plans.add_measure(store, goal, "Antrag auf Bürgergeld stellen",
                           who_agency_id=agency(store, "Jobcenter StädteRegion Aachen"), due="2026-03-05",
                           responsibility_id=resp)
    m2 = plans.add_measure(store, goal, "Unterlagen sammeln", who="Frau Haddad", due="2026-03-10")
    plans.add_measure(store, goal, "Wohnung suchen", who="Frau Haddad", due="2026-04-10")
    other_plan = plans.create_plan(store, other)
    plans.add_measure(store, plans.add_goal(store, other_plan, "Sprache"), "Kurs", who="VHS", due="2026-03-01")
    with pytest.raises(ValidationError, match="wer"):
        plans.add_measure(store, goal, "niemand")
    plans.update_plan(store, plan, status="agreed")
    with store.connection() as conn:
        due = plans.due_measures(conn, case_manager="Frau Berg")
        tree = plans.plan_tree(conn, cid)
    assert [(d.id, d.overdue) for d in due] == [(m1, True), (m2, False)]
    assert due[0].agency == "Jobcenter StädteRegion Aachen" and due[0].case_number
    assert tree[0]["status"] == "agreed" and tree[0]["agreed_on"] == date(2026, 3, 10)
    assert [m["what"] for m in tree[0]["goals"][0]["measures"]] == [
        "Antrag auf Bürgergeld stellen", "Unterlagen sammeln", "Wohnung suchen"]
    assert tree[0]["goals"][0]["measures"][0]["responsibility_id"] == resp
    plans.set_measure_status(store, m1, "done")
    with store.connection() as conn:
        assert [d.id for d in plans.due_measures(conn, case_manager="Frau Berg")] == [m2]
