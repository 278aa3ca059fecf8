"""A full evaluation of the deadline rules reads with a roomy page cache (``store.page_cache``): each
rule's pass over the people finds the pages the ones before decrypted; the connection's own size comes
back afterwards, also after an error. A big sort runs with a small one (``small_for_sorting``)."""

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


@pytest.mark.parametrize(("before", "inside"), [
    (-163_840, -page_cache.SORT_KIB),  # a roomy cache (KiB): small while the block sorts
    (40_000, -page_cache.SORT_KIB),  # counted in pages (4 KiB each): 160,000 KiB, above the cap
    (-4_096, -4_096),  # already smaller: left as it is
    (1_000, 1_000),  # 1,000 pages, 4,000 KiB: left as it is
])
def test_a_sort_runs_under_a_small_cache_and_the_connection_gets_its_size_back(store, before, inside):
    with store.connection() as conn:
        conn.exec_driver_sql(f"PRAGMA main.cache_size = {before}")
        with page_cache.small_for_sorting(conn):
            assert conn.exec_driver_sql("PRAGMA main.cache_size").scalar() == inside
        assert conn.exec_driver_sql("PRAGMA main.cache_size").scalar() == before
        with pytest.raises(ZeroDivisionError), page_cache.small_for_sorting(conn):
            1 / 0
        assert conn.exec_driver_sql("PRAGMA main.cache_size").scalar() == before
