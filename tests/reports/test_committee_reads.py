"""How the committee report reads its data at 100,000 people and more (issue 19: < 3 s, ≤ 500 MB).

What the report prints is pinned by ``test_report_identity``; these tests pin *how* it reads: the
needs' standings come one row at a time and the needs' figures keep aggregates, not a row per need
(that list was the report's largest allocation), and module 3 reads the request steps in table
order, finding the same cases as the union it replaced (whose plan read every step through its
index by need, a random row look-up each: the super-linear part at 200,000 people).
"""

from __future__ import annotations

import tracemalloc

import pytest
from sqlalchemy import text

from benchmarks import bench_reports
from kimdesk.figures import disclosure
from kimdesk.services.reports import report_print
from kimdesk.services.reports.committee import needs, sachstand, standing_sql

LO, HI = bench_reports.START, bench_reports.END
# module 3's cases as read before (UNION of both halves, the steps through their index by need)
UNION_BEFORE = """
    SELECT DISTINCT n.client_id FROM need n JOIN client c ON c.id = n.client_id
    WHERE n.deleted = 0 AND c.deleted = 0 AND n.id IN (
    SELECT need_id FROM responsibility WHERE deleted = 0 AND agency_id IN ({ids})
      AND coalesce(requested_on, :lo) <= :hi AND coalesce(decided_on, :hi) >= :lo
    UNION SELECT need_id FROM responsibility_event WHERE deleted = 0 AND agency_id IN ({ids})
      AND "on" BETWEEN :lo AND :hi)"""
BY_REQUEST_ONLY = """
    SELECT DISTINCT n.client_id FROM need n JOIN client c ON c.id = n.client_id JOIN responsibility r ON r.need_id = n.id
    WHERE n.deleted = 0 AND c.deleted = 0 AND r.deleted = 0 AND r.agency_id IN ({ids})
      AND coalesce(r.requested_on, :lo) <= :hi AND coalesce(r.decided_on, :hi) >= :lo"""


@pytest.fixture
def bench_store(store):
    bench_reports.build(store, 1500)
    report_print.refresh_standings(store)
    return store


def _offices(conn) -> tuple[dict, str]:
    offices = [aid for (aid,) in conn.execute(text(sachstand.OFFICES))]
    marks = {f"office{i}": aid for i, aid in enumerate(offices)}
    return marks, ", ".join(":" + k for k in marks)


def test_module_3_finds_the_cases_the_union_found_reading_the_steps_in_table_order(bench_store):
    with bench_store.connection() as conn:
        marks, ids = _offices(conn)
        params = {"lo": LO.isoformat(), "hi": HI.isoformat()} | marks
        now = conn.execute(text(sachstand.IMMIGRATION_CASES.replace("{ids}", ids)), params).scalars().all()
        before = conn.execute(text(UNION_BEFORE.replace("{ids}", ids)), params).scalars().all()
        by_request = set(conn.execute(text(BY_REQUEST_ONLY.replace("{ids}", ids)), params).scalars())
        plan = " | ".join(r[3] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sachstand.IMMIGRATION_CASES.replace("{ids}", ids), params))
    assert len(now) == len(set(now))  # distinct people
    assert set(now) == set(before)
    assert set(now) - by_request, "the data must hold cases known from a step at an office only"
    assert by_request <= set(now)
    # every step once, in table order: no index by need, no merge of sorted halves
    assert "SCAN responsibility_event" in plan, plan
    assert "ix_responsibility_event_need" not in plan and "MERGE" not in plan, plan


def test_needs_standings_come_one_row_at_a_time(bench_store):
    lo, day = LO.isoformat(), HI.isoformat()
    with bench_store.connection() as conn:
        rows = standing_sql.standings(conn, lo, day)
        first = next(rows)  # a row before the rest is read, not a list of them all
        assert not isinstance(rows, list)
        assert [first, *rows] == list(standing_sql.standings(conn, lo, day))


def test_the_needs_figures_keep_aggregates_not_a_row_per_need(bench_store):
    """The Python heap at the peak of ``needs.figures`` stays well below what a list of the period's
    standings alone takes (it held that list, then a set of people per group beside the printed cells):
    at 1,500 people 0.7 times the list now, 1.35 times before."""
    lo, day = LO.isoformat(), HI.isoformat()

    def peak(fn) -> int:
        tracemalloc.start()
        try:
            fn()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    with bench_store.connection() as conn:
        needs.figures(conn, LO, HI, disclosure.THRESHOLD)  # translations and catalogue loaded once, not measured
        as_list = peak(lambda: list(standing_sql.standings(conn, lo, day)))
        figures = peak(lambda: needs.figures(conn, LO, HI, disclosure.THRESHOLD))
    assert figures < as_list, (figures, as_list)



def test_the_report_widens_the_page_cache_while_it_runs_and_restores_it(bench_store, monkeypatch):
    """128 MiB while the figures are read (pages decrypted once, not again for each pass), the
    connection's own size again afterwards, also after an error: a report's pages are not kept."""
    from kimdesk.services.reports import committee
    from kimdesk.services.reports.committee import cases
    from kimdesk.store import page_cache

    seen = []
    real = cases.figures

    def spy(conn, *args):
        seen.append(conn.exec_driver_sql("PRAGMA cache_size").scalar())
        return real(conn, *args)

    monkeypatch.setattr(cases, "figures", spy)
    with bench_store.connection() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        committee.figures(conn, LO, HI, today=bench_reports.TODAY)
        after = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        monkeypatch.setattr(cases, "figures", lambda *a: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            committee.figures(conn, LO, HI, today=bench_reports.TODAY)
        after_error = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    assert seen == [-page_cache.ROOMY_KIB]
    assert before == after == after_error and -before < page_cache.ROOMY_KIB
