"""Issue 19: the deadline rules were made cheaper at 200,000 people (covering indexes, rules driven
from the small tables, the move check filtered in SQL). Their occasions must not change: pinned on a
random fixture, at several days (before, on and after the fixture's day), against the digests the
rules gave before the rework."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from benchmarks.bench_cycle import TODAY
from kimdesk.models.types import id_text_sql
from kimdesk.services.tasks_deadlines import deadlines
from tests.support.stores import cycle_store, vary_people

DAYS = [TODAY - timedelta(days=200), TODAY, TODAY + timedelta(days=45), date(2027, 1, 1)]


def _digest(store, day: date) -> tuple[dict[str, int], str]:
    with store.connection() as conn:
        found = deadlines.find(conn, day, deadlines.rules_data.load("deadlines"))
    rows = sorted((h.rule, h.source_key, h.client_id, h.due_on.isoformat(), repr(sorted(h.params.items())))
                  for h in found)
    by_rule: dict[str, int] = {}
    for r in rows:
        by_rule[r[0]] = by_rule.get(r[0], 0) + 1
    return by_rule, hashlib.sha256("\n".join(map(repr, rows)).encode()).hexdigest()[:16]


def _vary(store) -> None:
    """What the bulk fixture lacks: BAMF decisions, residence rules, deleted and closed rows."""
    with store.engine.begin() as conn:
        vary_people(conn, ["Aachen", "Monschau", "Stolberg", "Köln"])
        for table in ("need", "responsibility", "school_entry", "benefit_record", "plan_measure", "consent"):
            # one in 16, by the id's text (stored as 16 bytes in some tables: models.types)
            conn.execute(text(f"UPDATE {table} SET deleted = 1 WHERE substr({id_text_sql('id')}, 2, 1) = 'a'"))


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    store = cycle_store(tmp_path_factory.mktemp("pinned"), 2500, 11, "pinned fixture passphrase 1")
    _vary(store)
    yield store
    store.close()


@pytest.mark.parametrize("index", range(len(DAYS)))
def test_occasions_as_before_the_rework(fixture_store, index):
    assert _digest(fixture_store, DAYS[index]) == PINNED[index]


# computed with the rules as they were before the rework (round 5)
PINNED = [
    ({"benefit_change": 59, "compulsory_schooling": 12, "consent_expiry": 21, "moved": 20, "residence_rule_move": 110,
      "school_place_missing": 144, "turning_18": 48}, "01d26f7bf5b7396d"),
    ({"action_overdue": 44, "bamf_decision": 56, "benefit_change": 67, "compulsory_schooling": 10,
      "consent_expiry": 21, "family_reunification": 21, "measure_overdue": 205, "moved": 20,
      "plan_review_overdue": 99, "residence_expiry": 238, "residence_rule_move": 102, "school_place_missing": 74,
      "turning_18": 31}, "01db904ec5445329"),
    ({"action_overdue": 82, "bamf_decision": 48, "benefit_change": 67, "compulsory_schooling": 10,
      "consent_expiry": 32, "family_reunification": 19, "measure_overdue": 310, "moved": 20,
      "plan_review_overdue": 171, "residence_expiry": 289, "residence_rule_move": 97, "school_place_missing": 73,
      "turning_18": 35}, "969f7445927b4c44"),
    ({"action_overdue": 91, "asylblg_36_months": 112, "benefit_change": 67, "compulsory_schooling": 5,
      "consent_expiry": 34, "measure_overdue": 482, "moved": 20, "plan_review_overdue": 408,
      "residence_expiry": 278, "residence_rule_move": 54, "school_place_missing": 71, "turning_18": 32},
     "88318ea95572938f"),
]
