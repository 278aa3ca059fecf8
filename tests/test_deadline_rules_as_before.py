"""Issue 19: the deadline rules were rewritten to read less at 200,000 people (the school
needs by category, ``school_place_missing`` on sets read once, overdue measures from their index
with what and who read later, a batch's known keys counted). Every rule must give the same hits as before — the same source keys, clients, due dates and
parameters, in the same order — on a varied fixture where some people and everything of theirs
(and one office) keep legacy text ids. The reference is the module as it was
(``tests/support/deadline_rules_before.py``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from benchmarks.bench_cycle import TODAY
from kimdesk.models import Task
from kimdesk.models.types import id_text, stored_id
from kimdesk.services.tasks_deadlines import deadline_rules, deadlines
from tests.support import deadline_rules_before as before
from tests.support.stores import cycle_store, vary_people

DAYS = [TODAY - timedelta(days=200), TODAY, TODAY + timedelta(days=45), date(2027, 1, 1)]
# a person's rows copied under text ids ('legacy-' and the hex of the stored id): (table, columns
# holding a copied id, which rows)
OWNED = "client_id IN (SELECT id FROM client WHERE rowid % 7 = 0)"
COPIED = [
    ("client", ("id",), "rowid % 7 = 0"),
    ("need", ("id", "client_id"), OWNED),
    ("responsibility", ("id", "need_id"), f"need_id IN (SELECT id FROM need WHERE {OWNED})"),
    ("consent", ("id", "client_id"), OWNED),
    ("case_plan", ("id", "client_id"), OWNED),
    ("plan_goal", ("id", "plan_id", "client_id"), OWNED),
    ("plan_measure", ("id", "goal_id", "client_id"), OWNED),
    ("action_item", ("id", "client_id"), OWNED),
    ("benefit_record", ("id", "client_id"), OWNED),
    ("school_entry", ("id", "client_id"), OWNED),
]
RULES_CHANGED = ("benefit_change", "school_place_missing", "compulsory_schooling", "measure_overdue")


def _legacy_copies(conn) -> None:
    """Copy one in seven people with all their rows under text ids; one office too."""
    for table, remapped, which in COPIED:
        cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        exprs = [f"CASE WHEN {c} IS NULL THEN NULL ELSE 'legacy-' || lower(hex({c})) END" if c in remapped
                 else "'L' || case_number" if (table, c) == ("client", "case_number") else c for c in cols]
        conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table} "
                             f"WHERE {which}")
    cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(agency)")]
    exprs = ["'legacy-agency'" if c == "id" else "'[\"Aachen\", \"Stolberg\"]'" if c == "municipalities" else c
             for c in cols]
    conn.exec_driver_sql(f"INSERT INTO agency ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM agency LIMIT 1")
    conn.exec_driver_sql("UPDATE responsibility SET agency_id = 'legacy-agency' WHERE rowid % 3 = 0")


def _vary(conn) -> None:
    """What the bulk fixture lacks: BAMF decisions, residence rules, deleted and closed rows, school
    needs in every status, benefits of other systems, pending approvals."""
    vary_people(conn, ["Aachen", "Monschau", "Köln"])
    # children of compulsory school age (full dates, years, months), some with a school need
    conn.exec_driver_sql(f"UPDATE client SET birth_date = substr(date('{TODAY}', '-' || (5 + rowid % 12) || ' years', "
                         "'-' || (rowid % 360) || ' days'), 1, CASE rowid % 5 WHEN 0 THEN 4 WHEN 1 THEN 7 ELSE 10 END) "
                         "WHERE rowid % 9 = 4")
    conn.exec_driver_sql("INSERT INTO need (id, client_id, category, status, opened_on, not_for_immigration_office, "
                         "deleted, health) SELECT 'school-need-' || rowid, id, CASE rowid % 3 WHEN 0 THEN 'Schulplatz' "
                         "WHEN 1 THEN 'Internationale Förderklasse' ELSE 'Wohnung' END, CASE rowid % 4 WHEN 0 THEN "
                         f"'met' WHEN 1 THEN 'in_progress' ELSE 'open' END, date('{TODAY}', '-' || (rowid % 400) || "
                         "' days'), 0, rowid % 10 = 7, 0 FROM client WHERE rowid % 9 = 4 AND rowid % 2 = 0")
    for table in ("need", "responsibility", "school_entry", "benefit_record", "plan_measure", "consent"):
        conn.exec_driver_sql(f"UPDATE {table} SET deleted = 1 WHERE rowid % 16 = 5")
    conn.exec_driver_sql("UPDATE need SET status = 'met' WHERE rowid % 11 = 3")
    conn.exec_driver_sql("UPDATE plan_measure SET who_agency_id = (SELECT id FROM agency ORDER BY id LIMIT 1) "
                         "WHERE rowid % 5 = 2")
    conn.exec_driver_sql("UPDATE plan_measure SET who = NULL, what = '' WHERE rowid % 7 = 3")
    # placed on the fixture's day; a deleted (placed) school entry beside an open school need
    conn.exec_driver_sql(f"UPDATE school_entry SET placed_on = '{TODAY}' WHERE rowid % 6 = 1")
    conn.exec_driver_sql("INSERT INTO need (id, client_id, category, status, not_for_immigration_office, deleted, "
                         "health) SELECT 'placed-need-' || rowid, client_id, 'Schulplatz', 'open', 0, 0, 0 "
                         "FROM school_entry WHERE deleted = 1 OR rowid % 4 = 0")
    # benefits: another system started before, on or after the asylum benefit (some deleted); a few pending
    conn.exec_driver_sql("UPDATE benefit_record SET system = 'SGB XII', since = date(since, '-30 days') "
                         "WHERE system = 'AsylbLG' AND rowid % 13 = 1")
    conn.exec_driver_sql("UPDATE benefit_record SET approved_on = NULL WHERE rowid % 9 = 2")
    conn.exec_driver_sql("INSERT INTO benefit_record (id, client_id, system, since, until, approved_on, deleted) "
                         "SELECT 'extra-' || rowid, client_id, 'SGB II', since, NULL, NULL, rowid % 10 = 0 FROM benefit_record "
                         "WHERE system = 'AsylbLG' AND rowid % 5 = 0")
    conn.exec_driver_sql("UPDATE benefit_record SET since = date(since, CASE rowid % 3 WHEN 0 THEN '+20 days' "
                         "WHEN 1 THEN '-20 days' ELSE '+0 days' END) WHERE id LIKE 'extra-%'")


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    store = cycle_store(tmp_path_factory.mktemp("as-before"), 1500, 23, "as before fixture passphrase 1")
    with store.engine.begin() as conn:
        _legacy_copies(conn)
        _vary(conn)
    yield store
    store.close()


def _hits(rules, conn, day: date, complete=lambda conn, hits: None) -> dict[str, list[tuple]]:
    """Each rule's hits in the order it yields them, completed as ``deadlines.find`` completes them."""
    config = deadlines.rules_data.load("deadlines")
    out = {}
    for name, params in deadlines.enabled_rules(config).items():
        hits = list(rules[name](conn, day, params))
        complete(conn, hits)
        out[name] = [(h.rule, h.source_key, h.client_id, h.due_on, repr(sorted(h.params.items()))) for h in hits]
    return out


@pytest.mark.parametrize("day", DAYS)
def test_every_rule_gives_the_hits_it_gave_before(fixture_store, day):
    with fixture_store.connection() as conn:
        now = _hits(deadline_rules.RULES, conn, day, deadline_rules.complete)
        then = _hits(before.RULES, conn, day)
    assert set(now) == set(then) == set(before.RULES)
    for name in now:
        assert now[name] == then[name], name


def test_the_fixture_exercises_the_rewritten_rules_with_legacy_ids(fixture_store):
    with fixture_store.connection() as conn:
        found = _hits(deadline_rules.RULES, conn, TODAY, deadline_rules.complete)
        legacy = conn.exec_driver_sql("SELECT count(*) FROM client WHERE typeof(id) = 'text'").scalar()
        requests = {r for h in deadline_rules.RULES["moved"](conn, TODAY, {}) for r in h.params["responsibilities"]}
        at_legacy_office = {r for r in requests if conn.exec_driver_sql(
            "SELECT agency_id FROM responsibility WHERE id = ? OR id = ?", (r, stored_id(r))).scalar() == "legacy-agency"}
        measures = list(deadline_rules.RULES["measure_overdue"](conn, TODAY, {}))
        deadline_rules.complete(conn, measures)
        whos, whats = {h.params["who"] for h in measures}, {h.params["what"] for h in measures}
    assert legacy > 150
    for name in RULES_CHANGED + ("moved",):
        keys = [h[1] for h in found[name]]
        assert len(keys) > 20, name
        assert any("legacy-" in k for k in keys) and any("legacy-" not in k for k in keys), name
    assert any(":recognised:" in h[1] for h in found["benefit_change"])
    assert at_legacy_office  # an office with a text id named in the move check
    # a measure's who: an office's name for some, the person named for others; some without a text
    assert "Stelle" in whos and len(whos) > 2 and "" in whats


def test_evaluate_writes_the_follow_ups_the_reference_describes(fixture_store):
    """New follow-ups' titles and texts as the rules before gave them (a measure's what and who are
    read for the new follow-ups only now). Last in this module: it writes the follow-ups."""
    config = deadlines.rules_data.load("deadlines")
    expected: dict[str, tuple[str, str]] = {}
    with fixture_store.connection() as conn:
        for name, params in deadlines.enabled_rules(config).items():
            for hit in before.RULES[name](conn, TODAY, params):
                title, details = deadlines.describe(hit)
                expected.setdefault(deadlines.task_id(hit.source_key), (title, details if name != "moved" else None))
    done = deadlines.evaluate(fixture_store, TODAY, config=config)
    assert done.count == len(expected) and done.by_rule["measure_overdue"] > 20
    with fixture_store.connection() as conn:
        written = {r.id: (r.title, r.details or "" if r.rule != "moved" else None) for r in conn.execute(
            select(Task.id, Task.title, Task.details, Task.rule).where(Task.kind == deadlines.FOLLOW_UP))}
    assert written == expected


def test_evaluate_again_writes_only_the_follow_ups_missing(fixture_store):
    """Batches where some keys are known and some not (the count of known keys, then the keys)."""
    with fixture_store.engine.begin() as conn:
        gone = set(conn.execute(text("SELECT id FROM task WHERE kind = 'follow_up' AND rowid % 37 = 0")).scalars())
        conn.execute(text("DELETE FROM task WHERE kind = 'follow_up' AND rowid % 37 = 0"))
    assert len(gone) > 10
    again = deadlines.evaluate(fixture_store, TODAY)
    assert {c["id"] for c in again.created} == {id_text(g) for g in gone}
    assert deadlines.evaluate(fixture_store, TODAY).created == []
