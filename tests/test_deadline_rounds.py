"""After a sync round only the deadline rules its changes can affect run (``deadlines.evaluate_after_sync``);
every rule runs on another day, with other rule settings, or when nothing is known, and this laptop's own
edits since the last evaluation count as changed. Each case here is one a partial evaluation would get
wrong without that check (the random rounds between two laptops are ``tests/sync/test_deadline_rounds.py``)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import time_machine
from sqlalchemy import select

from kimdesk.models import Agency, SchoolEntry, Task
from kimdesk.services.casework import plans
from kimdesk.services.clients_intake import clients, responsibilities
from kimdesk.services.schooling import school_entry
from kimdesk.services.tasks_deadlines import deadline_rules, deadlines
from kimdesk.services.tasks_deadlines import rules as rules_data
from tests.support.cycle import person

DAY = datetime(2026, 3, 10, 9, 0)


@pytest.fixture
def clock():
    with time_machine.travel(DAY, tick=False) as traveller:
        yield traveller


def keys(store) -> set[str]:
    with store.connection() as conn:
        return deadlines.existing_keys(conn)


def test_a_round_runs_the_rules_that_read_its_tables(store, clock):
    deadlines.evaluate(store)
    result = deadlines.evaluate_after_sync(store, ["consent"])
    assert not result.full and set(result.rules) == {"consent_expiry"}
    result = deadlines.evaluate_after_sync(store, ["plan_measure", "task"])
    assert set(result.rules) == {"measure_overdue"}
    assert deadlines.evaluate_after_sync(store, ["task", "conference"]).rules == []  # no rule reads them
    everything = deadlines.evaluate_after_sync(store, ["client"])
    assert everything.full and set(everything.rules) == set(deadline_rules.RULES)  # every rule reads the person


def test_an_edit_here_since_the_last_evaluation_counts_as_changed(store, clock):
    pid = person(store)
    deadlines.evaluate(store)
    goal = plans.add_goal(store, plans.create_plan(store, pid), "Deutsch lernen")
    plans.add_measure(store, goal, "Kurs anmelden", who="Frau K.", due="2026-03-01")  # overdue; a release arrives
    result = deadlines.evaluate_after_sync(store, ["consent"])
    assert [c["rule"] for c in result.created] == ["measure_overdue"] and not result.full
    assert set(result.rules) == {"consent_expiry", "measure_overdue", "plan_review_overdue"}
    assert deadlines.evaluate_after_sync(store, ["consent"]).rules == ["consent_expiry"]  # read up to here


def test_another_day_runs_every_rule(store, clock):
    pid = person(store, birth_date="2008-03-11")  # 18 on 11 March 2026
    clock.move_to(datetime(2025, 3, 10, 9, 0))
    assert deadlines.evaluate(store).created == []  # twelve months and a day ahead
    clock.move_to(datetime(2025, 3, 11, 9, 0))
    result = deadlines.evaluate_after_sync(store, ["consent"])
    assert result.full and [c["client_id"] for c in result.created] == [pid]


def test_other_rule_settings_run_every_rule(store, clock):
    pid = person(store, birth_date="2008-06-01")
    config = rules_data.load("deadlines")
    config["rules"]["turning_18"]["months_before"] = 2
    assert deadlines.evaluate(store, config=config).created == []  # June is more than two months away
    result = deadlines.evaluate_after_sync(store, ["consent"])  # the profile's twelve months again
    assert result.full and [c["client_id"] for c in result.created] == [pid]


def test_nothing_known_runs_every_rule(store, clock):
    pid = person(store, birth_date="2008-06-01")
    result = deadlines.evaluate_after_sync(store, ["consent"])
    assert result.full and [c["client_id"] for c in result.created] == [pid]
    pid2 = person(store, birth_date="2008-07-01")
    assert [c["client_id"] for c in deadlines.evaluate_after_sync(store, None).created] == [pid2]


def test_a_follow_up_that_lost_its_key_fires_again_as_in_a_full_evaluation(store, clock):
    """A follow-up whose id is not derived from its key (an import may bring one) and whose key changes
    (a later import may change it) frees the key: a full evaluation creates the occasion's follow-up
    again, so the round does too."""
    pid = person(store, birth_date="2008-06-01")
    with store.connection() as conn:
        [hit] = deadlines.find(conn, DAY.date(), rules_data.load("deadlines"))
    with store.session() as s:
        s.add(Task(id="imported-follow-up", client_id=pid, kind="follow_up", title="18", rule="turning_18",
                   source_key=hit.source_key))
    assert deadlines.evaluate(store).created == []  # the occasion has its follow-up
    with store.session() as s:
        s.get(Task, "imported-follow-up").source_key = hit.source_key + ":renamed"
    result = deadlines.evaluate_after_sync(store, ["task"])
    assert [c["id"] for c in result.created] == [deadlines.task_id(hit.source_key)]


def test_a_derived_follow_up_whose_key_changed_keeps_its_id_taken(store, clock):
    """One whose id was derived from its key stays the occasion's row: neither a full evaluation nor the
    round (which runs every rule: the id no longer matches the key) creates another."""
    person(store, birth_date="2008-06-01")
    deadlines.evaluate(store)
    with store.session() as s:
        task = s.scalars(select(Task).where(Task.rule == "turning_18")).one()
        task.source_key += ":renamed"
    result = deadlines.evaluate_after_sync(store, ["task"])
    assert result.created == [] and result.full
    assert deadlines.evaluate(store).created == []


def test_an_import_evaluates_every_rule_and_the_next_round_compares_with_it(store, clock, monkeypatch):
    from kimdesk.services.clients_intake import exchange

    done = []
    real = deadlines.evaluate
    monkeypatch.setattr(deadlines, "evaluate", lambda *a, **kw: done.append(real(*a, **kw)) or done[-1])
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": "5b0a8a52-0b5b-4a3e-9d55-000000000003", "given_name": "Dawit", "family_name": "Tesfay",
         "birth_date": "2008-05-05"}]}
    assert exchange.import_document(store, doc).follow_ups == 1
    assert [e.full for e in done] == [True]
    assert deadlines.evaluate_after_sync(store, ["consent"]).rules == ["consent_expiry"]  # nothing else changed


def test_another_schema_or_program_version_runs_every_rule(store, clock, monkeypatch):
    """A migration may rewrite rows without a change in the journal, a new version may change a rule."""
    pid = person(store, birth_date="2008-06-01")
    deadlines.evaluate(store)
    with store.engine.begin() as conn:  # as a migration might: rows rewritten, nothing journalled
        conn.exec_driver_sql("DELETE FROM task")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = version_num || '-next'")
    result = deadlines.evaluate_after_sync(store, ["consent"])
    assert result.full and [c["client_id"] for c in result.created] == [pid]
    assert not deadlines.evaluate_after_sync(store, ["consent"]).full
    monkeypatch.setattr(deadlines, "__version__", "99.0")
    assert deadlines.evaluate_after_sync(store, ["consent"]).full


def test_a_person_edit_runs_only_the_rules_that_read_its_columns(store, clock):
    """A round (or a local edit) that changed a person's phone runs no rule; one that changed the birth
    date runs the rules by age, which find the new occasion a full evaluation finds."""
    pid = person(store, birth_date="2000-01-01")
    deadlines.evaluate(store)
    clients.update_client(store, pid, {"phone": "0241 1234"})  # a local edit no rule reads
    result = deadlines.evaluate_after_sync(store, columns={"client": ["phone", "email"]})
    assert result.rules == [] and not result.full
    clients.update_client(store, pid, {"birth_date": "2008-06-01"})  # here, since the last evaluation
    result = deadlines.evaluate_after_sync(store, columns={"client": ["phone"]})
    assert set(result.rules) == {"turning_18", "compulsory_schooling", "school_place_missing"}
    assert [(c["rule"], c["client_id"]) for c in result.created] == [("turning_18", pid)]
    assert deadlines.evaluate(store).created == []  # the outcome of every rule
    result = deadlines.evaluate_after_sync(store, columns={"client": ["municipality"]})  # a round's column
    assert set(result.rules) == {"moved", "residence_rule_move"}
    assert set(deadlines.evaluate_after_sync(store, columns={"client": []}).rules) == set(deadline_rules.RULES)


def test_a_row_created_since_the_last_evaluation_changed_every_column(store, clock):
    """A create leaves out the columns it holds at their defaults (an office without municipalities
    carries none of ``moved``'s columns of ``agency``): it still changed every column of its row."""
    deadlines.evaluate(store)
    with store.session() as s:
        s.add(Agency(name="Beratungsstelle Eschweiler"))
    result = deadlines.evaluate_after_sync(store, columns={})
    assert set(result.rules) == {"consent_expiry", "moved"}  # both read ``agency``
    with store.session() as s:
        s.scalars(select(Agency).where(Agency.name == "Beratungsstelle Eschweiler")).one().phone = "02403 1"
    assert deadlines.evaluate_after_sync(store, columns={}).rules == []  # an edit: its column only


def test_a_deletion_changes_deleted(store, clock):
    """A tombstone changes ``deleted``: a child whose placed school entry is deleted waits for a place again."""
    pid = person(store, birth_date="2014-01-01")
    responsibilities.add_need(store, pid, {"category": "Schulplatz"})
    school_entry.save(store, pid, {"assigned_on": "2025-09-01", "placed_on": "2025-10-01", "school_form": "ifk"})
    assert deadlines.evaluate(store).created == []  # placed
    with store.session() as s:
        s.scalars(select(SchoolEntry).where(SchoolEntry.client_id == pid)).one().deleted = True
    result = deadlines.evaluate_after_sync(store, columns={"task": ["status"]})
    assert "compulsory_schooling" in result.rules and not result.full
    assert [(c["rule"], c["client_id"]) for c in result.created] == [("compulsory_schooling", pid)]
