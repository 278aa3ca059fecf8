"""Every deadline rule with a frozen clock, never twice, and re-evaluation after import and sync."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import time_machine
from sqlalchemy import select

from kimdesk.models import Task
from kimdesk.services.casework import assessment, plans
from kimdesk.services.clients_intake import clients, exchange
from kimdesk.services.releases import consents
from kimdesk.services.tasks_deadlines import deadlines
from kimdesk.services.schooling import school_entry
from tests.support.cycle import agency, conference_with_action, need_with, person

DAY = datetime(2026, 3, 10, 9, 0)


@pytest.fixture
def clock():
    with time_machine.travel(DAY, tick=False) as traveller:
        yield traveller


def follow_ups(store, rule: str | None = None) -> list:
    t = Task.__table__
    with store.connection() as conn:
        stmt = select(t).where(t.c.kind == "follow_up")
        if rule:
            stmt = stmt.where(t.c.rule == rule)
        return list(conn.execute(stmt.order_by(t.c.source_key)))


def fired_for(store, rule: str) -> set[str]:
    return {t.client_id for t in follow_ups(store, rule)}


def test_turning_18_within_twelve_months_including_partial_birth_dates(store, clock):
    soon = person(store, birth_date="2008-06-01")  # 18 on 2026-06-01
    year_only = person(store, birth_date="2009")  # earliest birthday 2009-01-01 → 18 on 2027-01-01
    month_only = person(store, birth_date="2009-05")  # 18 on 2027-05-01: more than 12 months ahead
    adult = person(store, birth_date="1990-02-02")
    past = person(store, birth_date="2008-01-15")  # turned 18 in January
    closed = person(store, birth_date="2008-07-01")
    clients.update_client(store, closed, {"status": "closed"})
    result = deadlines.evaluate(store)
    assert fired_for(store, "turning_18") == {soon, year_only}
    assert result.by_rule == {"turning_18": 2}
    titles = {t.client_id: t.title for t in follow_ups(store, "turning_18")}
    assert titles[soon].startswith("18. Geburtstag:") and "01.06.2026" in titles[soon]
    assert "nur das Geburtsjahr" in titles[year_only]
    assert all(t.assigned_to is None and t.status == "open" and t.due_on == DAY.date()
               for t in follow_ups(store, "turning_18"))
    # never twice
    assert deadlines.evaluate(store).created == []
    # two months later the one born in May 2009 is within twelve months too
    clock.move_to(datetime(2026, 5, 1, 9, 0))
    again = deadlines.evaluate(store)
    assert [c["client_id"] for c in again.created] == [month_only]
    assert adult not in fired_for(store, "turning_18") and past not in fired_for(store, "turning_18")


def test_year_only_birth_date_counts_from_first_of_january(store, clock):
    clock.move_to(datetime(2025, 12, 31, 12, 0))
    pid = person(store, birth_date="2009")
    assert deadlines.evaluate(store).created == []  # 18 on 2027-01-01: more than 12 months away
    clock.move_to(datetime(2026, 1, 1, 8, 0))
    assert [c["client_id"] for c in deadlines.evaluate(store).created] == [pid]


def test_residence_expiry_within_weeks_and_again_after_renewal(store, clock):
    today = DAY.date()
    soon = person(store, residence_status="Duldung", residence_valid_until=(today + timedelta(weeks=5)).isoformat())
    later = person(store, residence_status="Aufenthaltsgestattung",
                   residence_valid_until=(today + timedelta(weeks=10)).isoformat())
    settled = person(store, residence_status="Niederlassungserlaubnis",
                     residence_valid_until=(today + timedelta(weeks=1)).isoformat())
    expired = person(store, residence_status="Aufenthaltserlaubnis", residence_valid_until=(today - timedelta(days=3)).isoformat())
    deadlines.evaluate(store)
    assert fired_for(store, "residence_expiry") == {soon, expired}
    titles = {t.client_id: t.title for t in follow_ups(store, "residence_expiry")}
    assert "Duldung läuft am" in titles[soon] and "abgelaufen" in titles[expired]
    clock.move_to(DAY + timedelta(weeks=3))
    deadlines.evaluate(store)
    assert fired_for(store, "residence_expiry") == {soon, expired, later}
    assert settled not in fired_for(store, "residence_expiry")
    # the Duldung is renewed for three months: a new occasion once that expiry comes near
    assessment.record_residence(store, soon, "Duldung", DAY.date() + timedelta(weeks=3),
                                valid_until=DAY.date() + timedelta(weeks=16))
    assert deadlines.evaluate(store).created == []
    clock.move_to(DAY + timedelta(weeks=10))
    created = deadlines.evaluate(store).created
    assert [c["client_id"] for c in created] == [soon]
    assert len([t for t in follow_ups(store, "residence_expiry") if t.client_id == soon]) == 2


def test_benefit_change_until_the_new_office_approved(store, clock):
    pid = person(store, residence_status="Aufenthaltserlaubnis")
    assessment.record_benefit(store, pid, "AsylbLG", "2025-01-01", until="2026-04-30", approved_on="2025-01-02")
    new = assessment.record_benefit(store, pid, "SGB II", "2026-04-01", applied_on="2026-03-01")
    steady = person(store, residence_status="Aufenthaltsgestattung")
    assessment.record_benefit(store, steady, "AsylbLG", "2025-06-01", approved_on="2025-06-01")
    deadlines.evaluate(store)
    [task] = follow_ups(store, "benefit_change")
    assert task.client_id == pid and "AsylbLG → SGB II" in task.title
    assert task.due_on == date(2026, 4, 16)  # two weeks before the old benefit ends
    assert "30.04.2026" in task.details
    assessment.update_benefit(store, new, approved_on="2026-03-20")
    assert deadlines.evaluate(store).created == []


def test_benefit_change_recognised_but_still_on_asylum_benefits(store, clock):
    pid = person(store, residence_status="Aufenthaltsgestattung")
    assessment.record_benefit(store, pid, "AsylbLG", "2025-01-01", approved_on="2025-01-01")
    assert deadlines.evaluate(store).created == []
    assessment.record_residence(store, pid, "Aufenthaltserlaubnis", "2026-03-01", valid_until="2029-02-28",
                                paragraph="§ 25 Abs. 2 AufenthG")
    [created] = deadlines.evaluate(store).created
    assert created["rule"] == "benefit_change" and "noch AsylbLG" in created["title"]


def test_move_proposes_the_offices_of_the_new_municipality(store, clock):
    pid = person(store, municipality="Aachen")
    need_with(store, pid, "Existenzsicherung", agency(store, "Sozialamt Aachen"))
    need_with(store, pid, "Arbeit", agency(store, "Jobcenter StädteRegion Aachen"))  # serves the whole district
    assert deadlines.evaluate(store).created == []
    clients.update_client(store, pid, {"municipality": "Alsdorf"})
    [created] = deadlines.evaluate(store).created
    assert created["rule"] == "moved" and "Alsdorf" in created["title"]
    [task] = follow_ups(store, "moved")
    assert "Sozialamt Aachen → Sozialamt Alsdorf" in task.details and "Jobcenter" not in task.details
    assert deadlines.evaluate(store).created == []
    clients.update_client(store, pid, {"municipality": "Stolberg"})  # moves again: a new occasion
    assert len(deadlines.evaluate(store).created) == 1


def test_young_person_past_compulsory_schooling_without_school_place(store, clock):
    waiting = person(store, birth_date="2009-01-20")  # 17
    school_entry.save(store, waiting, {"assigned_on": "2025-11-01", "school_form": "ifk"})
    placed = person(store, birth_date="2008-11-02")
    school_entry.save(store, placed, {"assigned_on": "2025-08-01", "placed_on": "2026-02-01", "school_form": "ifk"})
    young = person(store, birth_date="2012-04-04")  # 13: still of compulsory full-time school age
    school_entry.save(store, young, {"assigned_on": "2025-11-01", "school_form": "secondary"})
    by_need = person(store, birth_date="2006")  # 20, no school entry but an open need for an IFK place
    need_with(store, by_need, "Internationale Förderklasse", agency(store, "Schulamt für die StädteRegion Aachen"),
              status="requested")
    too_old = person(store, birth_date="1995-01-01")
    school_entry.save(store, too_old, {"assigned_on": "2025-11-01", "school_form": "other"})
    deadlines.evaluate(store)
    assert fired_for(store, "school_place_missing") == {waiting, by_need}
    assert deadlines.evaluate(store).created == []


def test_consent_expiring_within_four_weeks(store, clock):
    pid = person(store)
    jobcenter = agency(store, "Jobcenter StädteRegion Aachen")
    soon = consents.add_consent(store, pid, {"agency_id": jobcenter, "given_on": "2025-03-01",
                                                "expires_on": "2026-04-01"}).result
    consents.add_consent(store, pid, {"agency_id": agency(store, "Sozialamt Aachen"), "given_on": "2025-03-01",
                                         "expires_on": "2026-05-01"}).result
    revoked = consents.add_consent(store, pid, {"agency_id": agency(store, "Jugendamt Aachen"),
                                                   "given_on": "2025-03-01", "expires_on": "2026-03-20"}).result
    consents.revoke(store, revoked, date(2026, 3, 1))
    [created] = deadlines.evaluate(store).created
    assert created["rule"] == "consent_expiry" and "Jobcenter StädteRegion Aachen" in created["title"]
    assert soon in follow_ups(store, "consent_expiry")[0].source_key
    clock.move_to(datetime(2026, 4, 5, 9, 0))
    assert [c["rule"] for c in deadlines.evaluate(store).created] == ["consent_expiry"]  # the Sozialamt one


def test_plan_review_overdue(store, clock):
    pid = person(store)
    plan = plans.create_plan(store, pid, review_on="2026-03-09")
    goal = plans.add_goal(store, plan, "Sichere Existenz", review_on="2026-03-11")
    other = person(store)
    closed_plan = plans.create_plan(store, other, review_on="2026-01-01")
    plans.update_plan(store, closed_plan, status="closed")
    deadlines.evaluate(store)
    [task] = follow_ups(store, "plan_review_overdue")
    assert task.client_id == pid and task.source_key.startswith("plan_review:")
    clock.move_to(datetime(2026, 3, 12, 9, 0))
    [created] = deadlines.evaluate(store).created
    assert created["title"].startswith("Überprüfung des Hilfeplans: Ziel")
    keys = {t.source_key for t in follow_ups(store, "plan_review_overdue")}
    assert keys == {f"plan_review:{plan}:2026-03-09", f"goal_review:{goal}:2026-03-11"}


def test_action_item_overdue(store, clock):
    pid = person(store)
    _conf, overdue = conference_with_action(store, pid, date(2026, 3, 1))
    conference_with_action(store, pid, date(2026, 3, 1), status="done")
    conference_with_action(store, pid, date(2026, 3, 20))
    [created] = deadlines.evaluate(store).created
    assert created["rule"] == "action_overdue" and "Antrag stellen" in created["title"]
    assert overdue in follow_ups(store, "action_overdue")[0].source_key


def test_measure_overdue(store, clock):
    pid = person(store)
    plan = plans.create_plan(store, pid)
    goal = plans.add_goal(store, plan, "Deutsch lernen")
    late = plans.add_measure(store, goal, "Integrationskurs anmelden", who="Frau K.", due="2026-03-01")
    done = plans.add_measure(store, goal, "Kita-Platz suchen", who_agency_id=agency(store, "Jugendamt Aachen"),
                             due="2026-03-01")
    plans.set_measure_status(store, done, "done")
    plans.add_measure(store, goal, "Termin Jobcenter", who="Jobcenter", due="2026-04-01")
    [created] = deadlines.evaluate(store).created
    assert created["rule"] == "measure_overdue" and "Integrationskurs" in created["title"]
    # a new due date that passes again is a new occasion
    with store.session() as s:
        from kimdesk.models import PlanMeasure

        s.get(PlanMeasure, late).due = date(2026, 3, 9)
    assert len(deadlines.evaluate(store).created) == 1
    assert len(follow_ups(store, "measure_overdue")) == 2


def test_dismissed_done_or_deleted_follow_ups_are_not_created_again(store, clock):
    ids = [person(store, birth_date="2008-06-01") for _ in range(3)]
    deadlines.evaluate(store)
    tasks = follow_ups(store, "turning_18")
    assert {t.client_id for t in tasks} == set(ids)
    with store.session() as s:
        for task, (attr, value) in zip(tasks, [("status", "dismissed"), ("status", "done"), ("deleted", True)]):
            setattr(s.get(Task, task.id), attr, value)
    assert deadlines.evaluate(store).created == []


def test_two_laptops_create_the_same_follow_up_row(make_store, clock):
    a, b = make_store("a"), make_store("b")
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": "5b0a8a52-0b5b-4a3e-9d55-000000000001", "given_name": "Amal", "family_name": "Haddad",
         "birth_date": "2008-05-05"}]}
    exchange.import_document(a, doc)
    exchange.import_document(b, doc)
    assert [t.id for t in follow_ups(a)] == [t.id for t in follow_ups(b)] and len(follow_ups(a)) == 1


def test_rules_run_again_after_every_import(store, clock):
    cid = "5b0a8a52-0b5b-4a3e-9d55-000000000002"
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": cid, "given_name": "Dawit", "family_name": "Tesfay", "residence_status": "Duldung",
         "residence_valid_until": "2026-04-01"}]}
    result = exchange.import_document(store, doc)
    assert result.follow_ups == 1 and fired_for(store, "residence_expiry") == {cid}
    assert "task" in store.last_changes and "client" in store.last_changes
    assert exchange.import_document(store, doc).follow_ups == 0  # never twice
    # an imported change that makes another rule fire is picked up by the next import
    doc["clients"][0]["birth_date"] = "2008-09-09"
    assert exchange.import_document(store, doc).follow_ups == 1
    assert len(follow_ups(store)) == 2


def test_evaluate_after_sync_runs_when_watched_tables_changed(store, clock):
    deadlines.evaluate(store)  # what a round compares with (nothing known: every rule runs)
    pid = person(store, birth_date="2008-06-01")
    assert deadlines.evaluate_after_sync(store, {"client": {"some-id"}}).created[0]["client_id"] == pid
    assert deadlines.evaluate_after_sync(store, {"setting": {"x"}}).rules == []  # no rule reads it
    assert deadlines.evaluate_after_sync(store, None).created == []


def test_rules_are_data_and_can_be_switched_off(store, clock):
    person(store, birth_date="2008-06-01")
    from kimdesk.services.tasks_deadlines import rules

    config = rules.load("deadlines")
    config["rules"]["turning_18"]["enabled"] = False
    assert deadlines.evaluate(store, config=config).created == []
    config["rules"]["turning_18"] = {"enabled": True, "age": 18, "months_before": 2}
    assert deadlines.evaluate(store, config=config).created == []  # June is more than two months away
    with store.connection(write=True) as conn:  # a team's override in the profile's settings
        store.set_setting(conn, "rules.deadlines", {"rules": {"turning_18": {"months_before": 3}}})
    assert len(deadlines.evaluate(store).created) == 1


def test_dismissing_a_follow_up_keeps_the_reason_and_does_not_bring_it_back(store, clock):
    from kimdesk.errors import NotFound, ValidationError
    from kimdesk.services.clients_intake import edits
    from kimdesk.services.tasks_deadlines import tasks

    cid = person(store, birth_date="2008-06-01")
    deadlines.evaluate(store)
    (task,) = follow_ups(store, "turning_18")
    with pytest.raises(ValidationError):
        tasks.dismiss(store, task.id, "   ")  # a reason is required
    with pytest.raises(ValidationError):
        tasks.dismiss(store, task.id, "zwei\nZeilen\x07")
    with pytest.raises(NotFound):
        tasks.dismiss(store, "no-such-id", "trifft nicht zu")
    edit = tasks.dismiss(store, task.id, "Person ist verzogen", on=date(2026, 3, 9))
    (row,) = follow_ups(store, "turning_18")
    assert row.status == "dismissed" and row.done_on == date(2026, 3, 9)
    assert row.details.endswith("Verworfen am 09.03.2026: Person ist verzogen")
    assert task.id not in [i.id for i in tasks.due_items(store, horizon_days=None, client_id=cid)]
    assert deadlines.evaluate(store).created == []  # the rule does not bring it back
    with pytest.raises(ValidationError):
        tasks.dismiss(store, task.id, "noch einmal")  # only an open one
    edits.undo(store, edit)
    (row,) = follow_ups(store, "turning_18")
    assert row.status == "open" and row.done_on is None and row.details == task.details


def test_only_follow_ups_are_dismissed(store):
    from kimdesk.errors import ValidationError
    from kimdesk.services.tasks_deadlines import tasks

    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    edit = tasks.add_task(store, cid, {"kind": "task", "title": "Jobcenter anrufen", "due_on": "2026-03-10"})
    with pytest.raises(ValidationError):
        tasks.dismiss(store, edit.result, "trifft nicht zu")


def test_many_new_follow_ups_are_written_in_batches_of_one_unit_of_work(make_store, monkeypatch):
    """After a bulk import an evaluation creates tens of thousands of follow-ups: they are flushed
    and let go in batches (memory stays flat), yet the result, the journal and the audit entry are
    those of one unit of work, as when all are written at once."""
    from sqlalchemy import event, text
    from sqlalchemy.orm import Session

    from benchmarks.bench_cycle import TODAY, build
    from kimdesk.services.clients_intake import catalogue
    from kimdesk.store import audit

    def run(flush_every: int):
        store = make_store(f"batches-{flush_every}")
        catalogue.seed_agencies(store)
        build(store, 300, seed=3)
        monkeypatch.setattr(deadlines, "FLUSH_EVERY", flush_every)
        held: list[int] = []

        def count(session, _context, _instances):
            held.append(len(session.new))  # what the flush is about to write, held until then

        event.listen(Session, "before_flush", count)
        try:
            result = deadlines.evaluate(store, TODAY)
        finally:
            event.remove(Session, "before_flush", count)
        with store.connection() as conn:
            tasks = conn.execute(text("SELECT id, client_id, rule, title, due_on FROM task ORDER BY id")).all()
            entries = conn.execute(text("SELECT changes FROM audit WHERE version = 2 ORDER BY seq DESC LIMIT 1")
                                   ).scalar_one()
            assert audit.verify(conn).ok
        return result, tasks, entries, held

    batched, batched_tasks, batched_entry, held = run(7)
    whole, whole_tasks, whole_entry, _ = run(10**9)
    assert len(whole.created) > 50  # enough follow-ups for several batches
    assert batched_tasks == whole_tasks and batched.by_rule == whole.by_rule
    assert [c["id"] for c in batched.created] == [c["id"] for c in whole.created]
    assert batched_entry == whole_entry == len(whole.created)  # one audit entry covers them all
    assert len(held) > 5 and max(held) <= 7  # never more than a batch in the session
