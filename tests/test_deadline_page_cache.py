"""A full evaluation of the deadline rules reads with a roomy page cache (``store.page_cache``): each
rule's pass over the people finds the pages the ones before decrypted; the connection's own size comes
back afterwards, also after an error."""

from __future__ import annotations

from datetime import date

import pytest

from kimdesk.services.tasks_deadlines import deadline_rules, deadlines
from kimdesk.store import page_cache

TODAY = date(2026, 12, 7)


def test_the_rules_run_with_a_roomy_cache_and_the_connection_gets_its_size_back(store, monkeypatch):
    seen: list[int] = []
    name = next(iter(deadlines.enabled_rules(deadlines.rules_data.load("deadlines", store))))
    real = deadline_rules.RULES[name]

    def spy(conn, today, params):
        seen.append(conn.exec_driver_sql("PRAGMA cache_size").scalar())
        return real(conn, today, params)

    def size() -> int:
        with store.connection() as conn:  # the same connection on this thread
            return conn.exec_driver_sql("PRAGMA cache_size").scalar()

    before = size()
    monkeypatch.setitem(deadline_rules.RULES, name, spy)
    deadlines.evaluate(store, TODAY)
    after = size()
    monkeypatch.setitem(deadline_rules.RULES, name, lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        deadlines.evaluate(store, TODAY)
    assert seen == [-page_cache.ROOMY_KIB]
    assert before == after == size() and -before < page_cache.ROOMY_KIB
