"""The client list's open-needs filter: the stored flag beside the join it replaced, same run.

The data set is the reports benchmark's (``bench_reports.build``: people with one to four
needs each), bulk inserted. Median CPU time of: a plain count of live people (baseline), the
filter's count and its first page by name, once through the join over ``need`` (before) and
once through ``client.open_needs`` (the app). ``KIMDESK_BENCH_PEOPLE`` sets the size.
"""

from __future__ import annotations

import os
import statistics
import time

from sqlalchemy import exists, func, select

from benchmarks.bench_reports import fixture
from benchmarks.common import scratch_dir
from kimdesk.models import Client, Need
from kimdesk.services.clients_intake import client_list


def _cpu_ms(fn, k: int = 7) -> float:
    fn()
    times = []
    for _ in range(k):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return statistics.median(times) * 1000


def main(quick: bool = False) -> None:
    n = 2_000 if quick else int(os.environ.get("KIMDESK_BENCH_PEOPLE", "100000"))
    with scratch_dir("open-needs") as folder:
        store, _ = fixture(folder, n)
        try:
            c, need = Client.__table__.c, Need.__table__.c
            joined = exists().where(need.client_id == c.id, need.deleted.is_(False),
                                    need.status.in_(("open", "in_progress")))
            live = Client.__table__
            with store.connection() as conn:
                query = client_list.Query(conn, client_list.ListFilter(open_needs=True))
                before = conn.execute(select(func.count()).select_from(live).where(c.deleted.is_(False), joined))
                assert before.scalar() == query.count(conn)
                base = _cpu_ms(lambda: conn.execute(select(func.count()).select_from(live)
                                                    .where(c.deleted.is_(False))).scalar())
                rows = [
                    ("count, join over need (before)", _cpu_ms(lambda: conn.execute(
                        select(func.count()).select_from(live).where(c.deleted.is_(False), joined)).scalar())),
                    ("count, stored flag (the app)", _cpu_ms(lambda: query.count(conn))),
                    ("first page by name, join (before)", _cpu_ms(lambda: conn.execute(
                        query._select().where(c.deleted.is_(False), joined).order_by(*query._order())
                        .limit(200)).all())),
                    ("first page by name, stored flag (the app)", _cpu_ms(lambda: query.page(conn, 0, 200))),
                ]
            print(f"   {n:,} people; baseline count(*) of live people {base:6.1f} ms CPU")
            for name, ms in rows:
                print(f"   {name:42s} {ms:7.1f} ms CPU  ({ms / base:5.2f}x baseline)")
        finally:
            store.close()
