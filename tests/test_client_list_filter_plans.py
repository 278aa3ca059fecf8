"""Every sort with every filter of the client list reads its first page through an index (issue 19).

Found at 100,000 people: with "offene Fälle" or a municipality chosen, SQLite took the filter's
index and sorted every match for one page (80,000 rows for the open cases). Now a filter
matching many people walks the sort index and checks the filter row by row (a unary "+" keeps
SQLite off the filter's index), so the plan has no ``USE TEMP B-TREE FOR ORDER BY``; a filter
matching fewer than ``NARROW`` people (counted through its own index, up to that number) reads
them through that index and sorts at most that many. Neither plan scans the client table.
"""

from __future__ import annotations

import pytest

from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import client_list
from kimdesk.services.clients_intake.client_list import COLUMNS, ListFilter

FILTERS = [{}, {"status": "open"}, {"status": "closed"}, {"case_manager": "Julia Hansen"},
           {"municipality": "Aachen"}, {"open_needs": True}, {"municipality": "Aachen", "status": "open"},
           {"case_manager": "Julia Hansen", "open_needs": True},
           {"case_manager": "Julia Hansen", "municipality": "Eschweiler", "status": "closed", "open_needs": True}]


def plan(conn, statement) -> str:
    compiled = statement.compile(conn, compile_kwargs={"literal_binds": True})
    return " | ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))


def first_page_plan(conn, query: client_list.Query) -> str:
    order = query._order()
    if query.flt.descending:
        order = [c.desc() for c in order]
    return plan(conn, query._select().where(*query._where()).order_by(*order).limit(200))


def _scans_the_table(shown: str) -> bool:
    return any(step.strip().startswith("SCAN client") and "USING" not in step for step in shown.split("|"))


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "none")
@pytest.mark.parametrize("column", COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_a_broad_filter_walks_the_sort_index(store, monkeypatch, filters, column, descending):
    monkeypatch.setattr(client_list, "NARROW", 0)  # as when thousands match
    with store.connection() as conn:
        query = client_list.Query(conn, ListFilter(sort=column, descending=descending, **filters))
        shown = first_page_plan(conn, query)
    assert not query.narrow
    assert "TEMP B-TREE" not in shown, shown
    assert "USING INDEX" in shown or "USING COVERING INDEX" in shown, shown
    assert not _scans_the_table(shown), shown


@pytest.mark.parametrize("filters", [f for f in FILTERS if set(f) - {"open_needs"}], ids=lambda f: ",".join(f))
@pytest.mark.parametrize("column", COLUMNS)
def test_a_narrow_filter_reads_its_own_index(store, filters, column):
    with store.connection() as conn:
        query = client_list.Query(conn, ListFilter(sort=column, **filters))  # nobody matches: narrow
        shown = first_page_plan(conn, query)
    assert query.narrow
    assert "SEARCH client USING" in shown and "SCAN client" not in shown, shown


def test_the_broad_plan_can_fail_the_check(store):
    """Without the "+" SQLite takes the filter's index and sorts every match: the test above sees it."""
    from sqlalchemy import select

    from kimdesk.models import Client

    c = Client.__table__.c
    with store.connection() as conn:
        shown = plan(conn, select(c.id).where(c.deleted.is_(False), c.status == "open")
                     .order_by(c.family_name, c.given_name, c.id).limit(200))
    assert "TEMP B-TREE" in shown


@pytest.mark.parametrize("filters", FILTERS[1:], ids=lambda f: ",".join(f))
def test_both_plans_give_the_same_pages(store, monkeypatch, filters):
    demo.generate(store, 80, seed=3)
    seen = 0
    for column in ("family_name", "municipality", "birth_date", "status"):
        for descending in (False, True):
            flt = ListFilter(sort=column, descending=descending, **filters)
            pages = []
            for narrow_below in (10**9, 0):  # narrow, then broad
                monkeypatch.setattr(client_list, "NARROW", narrow_below)
                with store.connection() as conn:
                    query = client_list.Query(conn, flt)
                    assert query.narrow is (narrow_below > 0 and bool(set(filters) - {"open_needs"}))
                    rows, last = [], None
                    while True:
                        page = query.page_after(conn, last, 7)
                        if not page:
                            break
                        rows += page
                        last = page[-1]
                    assert len(rows) == query.count(conn)
                pages.append([r.id for r in rows])
            assert pages[0] == pages[1]
            seen += len(pages[0])
    assert seen or len(filters) > 2  # the demo people fill every filter but the four-way one


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "none")
def test_the_count_reads_an_index(store, filters):
    """The count after the first page: a covering index or the filter's own, never the table row by
    row (a case manager was counted by reading every person)."""
    from sqlalchemy import func, select

    from kimdesk.models import Client

    with store.connection() as conn:
        query = client_list.Query(conn, ListFilter(**filters))
        shown = plan(conn, select(func.count()).select_from(Client.__table__).where(*query._where(counting=True)))
    assert "USING" in shown and not _scans_the_table(shown), shown
