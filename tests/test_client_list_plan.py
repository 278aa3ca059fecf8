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
