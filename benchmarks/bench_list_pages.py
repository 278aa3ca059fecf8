"""The client list's sorted first pages at one size: every sort column, both directions.

Issue 19 lists the sorted first pages as growing faster than the data between 10,000, 100,000 and
200,000 people; this module measures them at the size asked (``KIMDESK_BENCH_PEOPLE``, default
100,000; ``python -m benchmarks list_pages --sizes 10000,100000,200000`` runs all three), so the
growth is a figure and not an impression. The data set: ``bench_ui._fill`` (seed 5: people and their
needs written straight in, as for the UI's filters), built once per size and kept in the fixture cache.

Per sort order, median wall and CPU time of: the first page of 200 rows through the list's query
(``client_list.Query.page``: the app after a sort click), the lean read of the first paint
(``store.first_page.first_rows``) and the next page by key (``Query.page_after``: scrolling).
Baseline, same run: the list's count of living people (it reads the whole index and grows with
the data). A page walks its sort index, so its time should not grow with the people; the
closing figure is the slowest order's first page, CPU (wall on a loaded machine is waiting).
"""

from __future__ import annotations

import statistics
import time

from benchmarks.common import people, record, scratch_dir

PAGE = 200


def _median_ms(fn, k: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``fn`` over ``k`` runs after one warm-up run."""
    fn()
    wall, cpu = [], []
    for _ in range(k):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def measure(store, repeat: int) -> tuple[tuple[float, float], dict[str, tuple[float, ...]]]:
    """The count's (wall, CPU) ms and, per sort order, the (wall, CPU) ms of the first page through
    the list's query, of the lean first read and of the page after it."""
    from kimdesk.services.clients_intake import client_list
    from kimdesk.services.clients_intake.client_list import COLUMNS, ListFilter
    from kimdesk.store import first_page

    orders: dict[str, tuple[float, ...]] = {}
    with store.connection() as conn:
        raw = conn.connection.driver_connection
        count = _median_ms(lambda: client_list.Query(conn, ListFilter()).count(conn), repeat)
        for column in COLUMNS:
            for descending in (False, True):
                flt = ListFilter(sort=column, descending=descending)
                first = client_list.Query(conn, flt).page(conn, 0, PAGE)
                lean = first_page.first_rows(raw, column, descending)
                if [r.id for r in lean] != [r.id for r in first]:
                    raise AssertionError(f"the lean read and the list disagree sorted by {column}")
                page = _median_ms(lambda: client_list.Query(conn, flt).page(conn, 0, PAGE), repeat)
                read = _median_ms(lambda: first_page.first_rows(raw, column, descending), repeat)
                query = client_list.Query(conn, flt)
                after = _median_ms(lambda: query.page_after(conn, first[-1], PAGE), repeat)
                orders[f"{column}{' desc' if descending else ''}"] = (*page, *read, *after)
    return count, orders


def main(quick: bool = False) -> None:
    from benchmarks import bench_ui
    from benchmarks.fixture_cache import fixture_profile
    from kimdesk.paths import resource_path

    n = 1_500 if quick else people(100_000)
    repeat = 3 if quick else 7
    with scratch_dir("list-pages") as folder:
        started = time.perf_counter()
        store, _ = fixture_profile(folder, "list-pages", n, lambda s: bench_ui._fill(s, n, seed=5), seed=5,
                                   name="default", passphrase=bench_ui.PASSPHRASE,
                                   sources=[bench_ui, resource_path("demo", "names.json")])
        print(f"   {n:,} people and their needs written (or from the fixture cache) in "
              f"{time.perf_counter() - started:.1f} s")
        try:
            (count_wall, count_cpu), orders = measure(store, repeat)
        finally:
            store.close()
    print(f"   baseline: the list's count of living people  {count_wall:7.1f} ms wall {count_cpu:7.1f} ms CPU")
    print(f"   {'sorted by':24s} {'first page (list)':>22s} {'lean first read':>22s} {'next page by key':>22s}"
          f"   (ms wall / CPU, medians of {repeat})")
    for name, (pw, pc, lw, lc, aw, ac) in orders.items():
        print(f"   {name:24s} {pw:10.1f} / {pc:8.1f}  {lw:10.1f} / {lc:8.1f}  {aw:10.1f} / {ac:8.1f}")
    slowest = max(orders, key=lambda name: orders[name][1])
    worst = orders[slowest][1]
    print(f"   slowest first page by CPU: sorted by {slowest}, {worst:.1f} ms "
          f"({worst / count_cpu:.2f}x the count)")
    record("sorted first page, slowest order, CPU (baseline: the list's count)", count_cpu, worst, "ms", None,
           size=n)


if __name__ == "__main__":
    main()
