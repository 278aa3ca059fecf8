"""The client list's default order and open-needs filter use their indexes (no sort of every row)."""

from __future__ import annotations

from sqlalchemy import select

from kimdesk.models import Client, Need

_c, _n = Client.__table__.c, Need.__table__.c


def _plan(store, stmt) -> str:
    sql = str(stmt.compile(compile_kwargs={"literal_binds": True}))
    with store.connection() as conn:
        return " | ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_name_order_walks_the_index(store):
    stmt = (select(_c.id).where(_c.deleted.is_(False)).order_by(_c.family_name, _c.given_name, _c.id)
            .offset(5000).limit(200))
    plan = _plan(store, stmt)
    assert "ix_client_list_name" in plan and "TEMP B-TREE" not in plan


def test_open_needs_probe_uses_the_covering_index(store):
    from sqlalchemy import exists

    stmt = select(_c.id).where(exists().where(_n.client_id == _c.id, _n.deleted.is_(False),
                                              _n.status.in_(("open", "in_progress"))))
    assert "ix_need_open" in _plan(store, stmt)


def _list_statements(flt):
    from sqlalchemy import func

    from kimdesk.services.clients_intake import client_list

    query = client_list.Query.__new__(client_list.Query)
    query.flt, query.ids = flt, None
    page = query._select().where(*query._where()).order_by(*query._order()).limit(200)
    count = select(func.count()).select_from(Client.__table__).where(*query._where(counting=True))
    return page, count


def test_open_needs_filter_reads_the_stored_flag(store):
    """The count reads the flag's index; a page walks its sort index (no join, no sort of every row)."""
    from kimdesk.services.clients_intake.client_list import ListFilter

    for sort in ("family_name", "birth_date"):
        page, count = _list_statements(ListFilter(open_needs=True, sort=sort))
        page_plan, count_plan = _plan(store, page), _plan(store, count)
        assert "TEMP B-TREE" not in page_plan and "SCAN need" not in page_plan and "SEARCH need" not in page_plan and "ix_client_" in page_plan
        assert "COVERING INDEX ix_client_open_needs" in count_plan and " need" not in count_plan
