"""The deadline rules give the same occasions whatever plan SQLite picks (issue 19: the rules no
longer walk every open person through the status index, and read the open-case check from a
covering index), pinned on the benchmark's fixture."""

from __future__ import annotations

import hashlib

from benchmarks.bench_cycle import TODAY, build
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.tasks_deadlines import deadline_rules, deadlines

PLAIN = ("c.deleted = 0 AND c.status = 'open'", "client c")  # as before: the planner's choice of index


def _hits(store, monkeypatch, clauses: tuple[str, str]) -> list[tuple]:
    monkeypatch.setattr(deadline_rules, "OPEN_CLIENT", clauses[0])
    monkeypatch.setattr(deadline_rules, "JOINED_CLIENT", clauses[1])
    with store.connection() as conn:
        found = deadlines.find(conn, TODAY, deadlines.rules_data.load("deadlines"))
    return sorted((h.rule, h.source_key, h.client_id, h.due_on.isoformat(), repr(sorted(h.params.items())))
                  for h in found)


def test_same_hits_with_and_without_the_index_hint_and_pinned(store, monkeypatch):
    catalogue.seed_agencies(store)
    build(store, 1500, seed=7)
    assert deadline_rules.OPEN_CLIENT.startswith("+") and "INDEXED BY" in deadline_rules.JOINED_CLIENT  # the hints
    new = _hits(store, monkeypatch, (deadline_rules.OPEN_CLIENT, deadline_rules.JOINED_CLIENT))
    assert new == _hits(store, monkeypatch, PLAIN)
    by_rule: dict[str, int] = {}
    for h in new:
        by_rule[h[0]] = by_rule.get(h[0], 0) + 1
    assert by_rule == PINNED_COUNTS
    digest = hashlib.sha256("\n".join(f"{h[1]} {h[3]}" for h in new).encode()).hexdigest()[:16]
    assert digest == PINNED_DIGEST


# computed with the rules as they were before the hint (same numbers, same digest)
PINNED_COUNTS = {"action_overdue": 22, "benefit_change": 51, "compulsory_schooling": 4, "consent_expiry": 12,
                 "measure_overdue": 146, "moved": 15, "plan_review_overdue": 74, "residence_expiry": 126,
                 "school_place_missing": 46, "turning_18": 12}
PINNED_DIGEST = "7b078f439c70197a"
