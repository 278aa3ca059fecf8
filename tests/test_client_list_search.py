"""The client list's search reads the found people's rows with the ranking itself (issue 19).

Before, the list ranked up to 400 people and then read them again (``id IN (…400 ids)``) for
each page and for the count; now one statement gives the ranked rows with the list's columns
and the other filters apply to them. The pages and the count must equal the old two-step way.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kimdesk.models import Client
from kimdesk.services.admin import demo
from kimdesk.services.clients_intake import client_list, search
from kimdesk.services.clients_intake.client_list import COLUMNS, ListFilter
from kimdesk.store import open_needs

_c = Client.__table__.c


def _old_way(conn, flt: ListFilter) -> list[str]:
    ids = [h.id for h in search.search_conn(conn, flt.text, limit=search.CANDIDATES)]
    cond = [_c.deleted.is_(False), _c.id.in_(ids)]
    for name in ("status", "case_manager", "municipality"):
        if getattr(flt, name):
            cond.append(_c[name] == getattr(flt, name))
    if flt.open_needs:
        cond.append(open_needs.FLAG == 1)
    rank = {cid: i for i, cid in enumerate(ids)}
    return sorted((r[0] for r in conn.execute(select(_c.id).where(*cond))), key=rank.__getitem__)


@pytest.fixture(scope="module")
def demo_store(template_profile, tmp_path_factory):
    from tests.support.stores import copy_profile, open_with_key

    template, key = template_profile
    store = open_with_key(copy_profile(template, key, tmp_path_factory.mktemp("list-search")), key)
    demo.generate(store, 150, seed=4)
    yield store
    store.close()


@pytest.mark.parametrize("text", ["a", "mo", "Mohamed", "ali", "Olena", "Müller", "zzzz"])
@pytest.mark.parametrize("filters", [{}, {"status": "open"}, {"status": "closed", "municipality": "Aachen"},
                                     {"open_needs": True}, {"case_manager": "Julia Hansen", "open_needs": True}],
                         ids=lambda f: ",".join(f) or "none")
def test_pages_and_count_equal_the_two_step_way(demo_store, text, filters):
    flt = ListFilter(text=text, **filters)
    with demo_store.connection() as conn:
        expected = _old_way(conn, flt)
        query = client_list.Query(conn, flt)
        first = query.page(conn, 0, 7)
        rest = query.page_after(conn, first[-1], 10_000) if first else []
        assert [r.id for r in first + rest] == expected
        assert query.count(conn) == len(expected) == conn.execute(
            select(func.count()).select_from(Client.__table__).where(*query._where(counting=True))).scalar()
        by_id = {r[0]: r[1:] for r in conn.execute(select(_c.id, *[_c[n] for n in COLUMNS]).where(_c.id.in_(expected)))}
    assert all(tuple(getattr(r, n) for n in COLUMNS) == by_id[r.id] for r in first + rest)


def test_the_search_text_found_someone(demo_store):
    """The comparison above is not empty: the demo people are found by common names."""
    with demo_store.connection() as conn:
        assert len(client_list.Query(conn, ListFilter(text="a")).page(conn, 0, 500)) > 20
