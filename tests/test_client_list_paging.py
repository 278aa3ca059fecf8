"""Keyset pages give the same rows as one long ordered read, in every sort order."""

from __future__ import annotations

import pytest

from kimdesk.services.clients_intake import clients
from kimdesk.services.admin import demo
from kimdesk.services.clients_intake.client_list import ListFilter, Query


def _walk(store, flt: ListFilter, size: int) -> list[str]:
    out, last = [], None
    with store.connection() as conn:
        query = Query(conn, flt)
        while True:
            page = query.page_after(conn, last, size)
            if not page:
                return out
            out += [r.id for r in page]
            last = page[-1]


@pytest.mark.parametrize("sort", ["family_name", "birth_date", "municipality", "case_manager", "status"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_equal_one_ordered_read(store, sort, descending):
    demo.generate(store, 120, seed=8)
    clients.create_client(store, {"given_name": "Ohne", "family_name": "Wohnort"})  # NULLs in sort columns
    flt = ListFilter(sort=sort, descending=descending, extra={"sorted_by_user": True})
    with store.connection() as conn:
        whole = [r.id for r in Query(conn, flt).page(conn, 0, 10_000)]
    walked = _walk(store, flt, 7)
    assert walked == whole and len(whole) == clients.count(store)


def test_keyset_pages_of_search_results_in_rank_order(store):
    demo.generate(store, 200, seed=9)
    flt = ListFilter(text="a")
    with store.connection() as conn:
        whole = [r.id for r in Query(conn, flt).page(conn, 0, 10_000)]
    assert whole and _walk(store, flt, 9) == whole
