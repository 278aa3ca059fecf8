"""Every sort of the client list is served by an index: the first page never sorts the table.

Found by the performance review (100,000 people): sorting by municipality or birth date sent
``coalesce(col, ?)`` with "" as a bound parameter, which no index can serve, so SQLite sorted
every row for each page. The plans are read with ``EXPLAIN QUERY PLAN``: a plan that sorts says
``USE TEMP B-TREE FOR ORDER BY``.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kimdesk.models import Client
from kimdesk.services.clients_intake import client_list
from kimdesk.services.clients_intake.client_list import COLUMNS, ListFilter


def plan(conn, statement) -> str:
    compiled = statement.compile(conn, compile_kwargs={"literal_binds": True})
    return " | ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))


def first_page(conn, flt: ListFilter):
    query = client_list.Query(conn, flt)
    order = query._order()
    if flt.descending:
        order = [c.desc() for c in order]
    return query._select().where(*query._where()).order_by(*order).limit(200)


@pytest.mark.parametrize("column", COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_first_page_of_every_sort_walks_an_index(store, column, descending):
    with store.connection() as conn:
        shown = plan(conn, first_page(conn, ListFilter(sort=column, descending=descending)))
    assert "TEMP B-TREE" not in shown, shown
    assert "USING INDEX" in shown or "USING COVERING INDEX" in shown, shown


def test_the_old_bound_parameter_could_not_use_the_index(store):
    """The check above can fail: the same sort with '' bound as a parameter sorts the table."""
    c = Client.__table__.c
    with store.connection() as conn:
        bound = select(c.id).where(c.deleted.is_(False)).order_by(func.coalesce(c.municipality, ""), c.given_name,
                                                                   c.id).limit(200)
        sql = str(bound.compile(conn))
        shown = " | ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", ("", 200, 0)))
    assert "TEMP B-TREE" in shown


def test_sorted_pages_follow_each_other_with_nulls_first(store):
    from kimdesk.services.clients_intake import clients

    for i, town in enumerate(["Würselen", None, "Aachen", None, "Eschweiler"]):
        clients.create_client(store, {"given_name": f"P{i}", "family_name": "Sortiert", "municipality": town})
    with store.connection() as conn:
        query = client_list.Query(conn, ListFilter(sort="municipality"))
        first = query.page_after(conn, None, 2)
        rest = query.page_after(conn, first[-1], 10)
    towns = [r.municipality for r in first + rest]
    assert towns[:2] == [None, None] and towns[2:] == sorted(t for t in towns[2:])
    assert len({r.id for r in first + rest}) == len(first + rest)
