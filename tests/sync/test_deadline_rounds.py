"""A sync round evaluates only the deadline rules its changes can affect (``deadlines.evaluate_after_sync``,
installed by ``kimdesk.wiring``), with the outcome of evaluating every rule.

Two laptops make seeded random changes through the services — people, edits of people's columns no rule
reads (phone, e-mail, address, names) and of columns rules read (birth date, moves, permits, decisions,
status), deleted people, benefits, needs with offices, releases, plans, conferences, school entries (and
deleted ones), dismissed follow-ups — sync through a share, and now and then a day passes. After every
round that applied changes (the hook ran, with the columns the round wrote), every occasion a full
evaluation finds today has its follow-up on that laptop: a full evaluation would add nothing, so the
follow-ups after the round equal those of a full evaluation on the same data; rounds that brought edits
of people ran fewer than all rules."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
import time_machine
from sqlalchemy import select

from kimdesk import wiring
from kimdesk.errors import ValidationError
from kimdesk.models import Base, Client, SchoolEntry, Task
from kimdesk.services.casework import assessment, plans
from kimdesk.services.clients_intake import clients, responsibilities
from kimdesk.services.releases import consents
from kimdesk.services.schooling import school_entry
from kimdesk.services.tasks_deadlines import deadline_rules, deadlines, tasks
from kimdesk.sync.targets import MemoryTarget
from tests.support.cycle import agency, conference_with_action
from tests.sync.support import sync

DAY = datetime(2026, 3, 10, 9, 0)
TOWNS = ["Aachen", "Alsdorf", "Stolberg", "Monschau"]
TABLES = set(Base.metadata.tables)
OFFICES = ["Sozialamt Aachen", "Jugendamt Alsdorf", "Leistungsbehörde AsylbLG Stolberg", "Jobcenter StädteRegion Aachen",
           "Schulamt für die StädteRegion Aachen"]


def missing(store) -> set[str]:
    """The occasions firing today that have no follow-up here: what a full evaluation would add."""
    config = deadlines.rules_data.load("deadlines", store)
    with store.connection() as conn:
        fired = {h.source_key for h in deadlines.find(conn, date.today(), config)}
        return fired - deadlines.existing_keys(conn)


def people(store) -> list[str]:
    with store.session(write=False) as s:
        return sorted(s.scalars(select(Client.id).where(Client.deleted.is_(False))))


def open_follow_ups(store) -> list[str]:
    with store.session(write=False) as s:
        return sorted(s.scalars(select(Task.id).where(Task.kind == "follow_up", Task.status == "open",
                                                      Task.deleted.is_(False))))


def change(store, rng: random.Random) -> None:
    """One random change through the services that may make a rule fire (or stop firing)."""
    today = date.today()
    pool = people(store)
    # edits of people are frequent, most of them of columns no rule reads (a round that brings only
    # those runs no rule), some of columns the rules by age, residence or decision read
    kind = rng.choice(["person", "move", "residence", "benefit", "need", "consent", "plan", "measure", "action",
                       "school", "school", "unschool", "status", "decision", "dismiss", "contact", "contact",
                       "contact", "contact", "contact", "contact", "name", "name", "born", "born", "delete"]
                      if pool else ["person"])
    pid = rng.choice(pool) if pool else None
    day = lambda lo, hi: (today + timedelta(days=rng.randint(lo, hi))).isoformat()  # noqa: E731
    if kind == "person":
        age = rng.choice([17, 18, 7, 12, 19, 40])
        born = today - timedelta(days=365 * age + rng.randint(-200, 200))
        clients.create_client(store, {"given_name": "Test", "family_name": f"P{rng.randint(0, 999)}",
                                      "birth_date": born.isoformat(), "municipality": rng.choice(TOWNS)})
    elif kind == "move":
        clients.update_client(store, pid, {"municipality": rng.choice(TOWNS)})
    elif kind == "residence":
        assessment.record_residence(store, pid, rng.choice(["Duldung", "Aufenthaltserlaubnis"]), day(-200, -100),
                                    valid_until=day(-30, 90))
    elif kind == "benefit":
        since = day(-1200, -5)
        assessment.record_benefit(store, pid, rng.choice(["AsylbLG", "AsylbLG", "SGB II"]), since,
                                  approved_on=since if rng.random() < 0.6 else None)
    elif kind == "need":
        responsibilities.add_need(store, pid, {"category": rng.choice(["Sprache", "Schulplatz", "Existenzsicherung"])},
                                  agency_id=agency(store, rng.choice(OFFICES)))
    elif kind == "consent":
        consents.add_consent(store, pid, {"agency_id": agency(store, rng.choice(OFFICES)), "given_on": day(-300, -10),
                                          "expires_on": day(0, 60)})
    elif kind == "plan":
        plan = plans.create_plan(store, pid, review_on=day(-5, 5))
        plans.add_goal(store, plan, "Ziel", review_on=day(-5, 5))
    elif kind == "measure":
        plan = plans.create_plan(store, pid)
        goal = plans.add_goal(store, plan, "Deutsch lernen")
        plans.add_measure(store, goal, "Kurs anmelden", who="Frau K.", due=day(-4, 4))
    elif kind == "action":
        conference_with_action(store, pid, date.fromisoformat(day(-4, 4)))
    elif kind == "school":
        placed = {"placed_on": day(-30, 0)} if rng.random() < 0.3 else {}
        school_entry.save(store, pid, {"assigned_on": day(-300, -30), "school_form": "ifk"} | placed)
    elif kind == "status":
        clients.update_client(store, pid, {"status": rng.choice(["open", "open", "closed"])})
    elif kind == "decision":
        clients.update_client(store, pid, {"bamf_decision": rng.choice(["refused", "refugee", "subsidiary"]),
                                           "bamf_decision_on": day(-20, 0)})
    elif kind == "contact":
        n = rng.randint(0, 9999)
        clients.update_client(store, pid, rng.choice([{"phone": f"0241 {n}"}, {"email": f"p{n}@example.org"},
                                                      {"address": f"Weg {n}, Aachen"}]))
    elif kind == "name":
        clients.update_client(store, pid, {rng.choice(["given_name", "family_name"]): f"N{rng.randint(0, 999)}"})
    elif kind == "born":
        age = rng.choice([17, 17, 17, 6, 15, 16, 25])
        clients.update_client(store, pid, {"birth_date": (today - timedelta(days=365 * age + rng.randint(-120, 120)))
                                           .isoformat()})
    elif kind == "delete":
        clients.delete_client(store, pid)
    elif kind == "unschool":  # a placed school entry deleted: the child waits for a place again
        with store.session() as s:
            placed = s.scalars(select(SchoolEntry).where(SchoolEntry.placed_on.is_not(None),
                                                         SchoolEntry.deleted.is_(False))).all()
            if placed:
                rng.choice(sorted(placed, key=lambda e: e.id)).deleted = True
    elif kind == "dismiss":
        open_ones = open_follow_ups(store)
        if open_ones:
            tasks.dismiss(store, rng.choice(open_ones), "trifft nicht zu")


@pytest.mark.parametrize("seed", [1, 3, 4, 5])
def test_rounds_evaluate_what_their_changes_affect_with_the_outcome_of_a_full_evaluation(laptops, monkeypatch,
                                                                                          seed):
    rng = random.Random(seed)
    evaluations, passed = [], []
    real = deadlines.evaluate_after_sync

    def hooked(store, changes=None, today=None, *, columns=None):
        passed.append(columns)
        evaluations.append(real(store, changes, today, columns=columns))
        return evaluations[-1]

    monkeypatch.setattr(deadlines, "evaluate_after_sync", hooked)
    wiring.install()
    a, b = laptops(2)
    share = MemoryTarget()
    checked, with_people = 0, []
    with time_machine.travel(DAY, tick=False) as clock:
        for store in (a, b):
            for _ in range(6):
                change(store, rng)  # the first is a person
        for _step in range(150):
            store = rng.choice([a, b])
            roll = rng.random()
            if roll < 0.45:
                before = len(evaluations)
                report = sync(store, share)
                if report.applied_anything:
                    assert len(evaluations) == before + 1
                    # the round's columns, by table
                    assert passed[-1] == report.columns and set(report.columns) <= TABLES
                    assert missing(store) == set(), (seed, evaluations[-1].rules, report.columns)
                    checked += 1
                    if "client" in report.columns and not evaluations[-1].full:
                        with_people.append(len(evaluations[-1].rules))
            elif roll < 0.465:
                clock.shift(timedelta(days=1))
            else:
                try:
                    change(store, rng)
                except ValidationError:
                    pass
    partial = [e for e in evaluations if not e.full]
    assert checked >= 8 and len(partial) >= 3, (checked, len(partial))
    # rounds that brought edits of people ran fewer than all rules (some none)
    assert len(with_people) >= 3 and min(with_people) < len(deadline_rules.RULES), with_people
    # partial rounds skipped rules and still created follow-ups; some ran none at all
    assert sum(e.count for e in partial) and any(len(e.rules) < len(deadline_rules.RULES) for e in partial), (
        [(e.count, len(e.rules)) for e in partial])


def test_a_round_reports_the_columns_it_wrote(laptops):
    """The columns a round wrote reach the hook: an edit's own, every column of a created row ("*"),
    ``deleted`` for a tombstone."""
    a, b = laptops(2)
    share = MemoryTarget()
    with time_machine.travel(DAY, tick=False):
        pid = clients.create_client(a, {"given_name": "Test", "family_name": "Person", "birth_date": "2000-01-01"})
        sync(a, share)
        assert sync(b, share).columns == {"client": ["*"]}
        clients.update_client(a, pid, {"phone": "0241 1"})
        sync(a, share)
        assert sync(b, share).columns == {"client": ["phone"]}
        clients.delete_client(a, pid)
        sync(a, share)
        assert sync(b, share).columns == {"client": ["deleted"]}
