"""The client list answers a keystroke at once: no fixed delay, keystrokes coalesced while a query
runs, the first page on screen before the count of all rows (issue 19)."""

from __future__ import annotations

from kimdesk.services.clients_intake import client_list, clients
from kimdesk.services.admin import demo
from kimdesk.ui.client_list import ClientListPage
from kimdesk.ui.worker import DbWorker


class CountingWorker(DbWorker):
    """The real database worker (its own thread, or inline), noting the label of every job."""

    def __init__(self, *, synchronous: bool = False):
        super().__init__(synchronous=synchronous)
        self.labels: list[str] = []

    def submit(self, fn, on_done=None, on_error=None, *, label="", on_cancelled=None):
        self.labels.append(label)
        return super().submit(fn, on_done, on_error, label=label, on_cancelled=on_cancelled)


def _people(page: ClientListPage, n: int) -> str:
    return page.tr("%Ln Person(en)", "", n)


def _page(qtbot, store, worker) -> ClientListPage:
    page = ClientListPage(store, worker)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def test_five_quick_keystrokes_run_at_most_two_queries_and_show_the_full_text(qtbot, store):
    demo.generate(store, 60, seed=7)
    cid = clients.create_client(store, {"given_name": "Mohammed", "family_name": "Quastenflosser"})
    worker = CountingWorker()
    try:
        page = _page(qtbot, store, worker)
        model = page.model
        qtbot.waitUntil(lambda: not model.pending, timeout=30_000)
        worker.labels.clear()
        qtbot.keyClick(page.search, "Q")
        # no fixed delay: the first keystroke's query is on the worker already
        assert worker.labels.count("client-list") == 1 and model.page_pending
        qtbot.keyClicks(page.search, "uast")  # four more while the first one runs
        qtbot.waitUntil(lambda: not model.pending, timeout=30_000)
        assert page.search.text() == "Quast"
        assert worker.labels.count("client-list") <= 2
        assert model.filter.text == "Quast"
        with store.connection() as conn:
            query = client_list.Query(conn, model.filter)
            expected = [r.id for r in query.page(conn, 0, 200)]
        assert model.row_ids() == expected and model.row_id(0) == cid
        assert page.count_label.text() == _people(page, len(expected))
    finally:
        worker.shutdown()


def test_first_page_is_shown_before_the_count(qtbot, store):
    demo.generate(store, 230, seed=8)
    worker = CountingWorker(synchronous=True)
    page = _page(qtbot, store, worker)
    model, seen = page.model, []
    model.shown.connect(lambda rows: seen.append(("shown", rows, page.count_label.text())))
    model.loaded.connect(lambda total: seen.append(("loaded", total, "")))
    worker.labels.clear()
    page.apply_filter()
    # a full first page: the count is a job of its own, after the page is on screen
    assert worker.labels == ["client-list", "client-count"]
    assert seen == [("shown", 200, "…"), ("loaded", 230, "")]
    assert model.total() == 230 and page.count_label.text() == _people(page, 230)

    seen.clear()
    worker.labels.clear()
    page.status.setCurrentIndex(page.status.findData("closed"))  # fewer than a page: no count needed
    total = model.total()
    assert 0 < total < 200 and worker.labels == ["client-list"]
    assert [s[:2] for s in seen] == [("shown", total), ("loaded", total)] and seen[0][2] != "…"
    assert model.rowCount() == total and not model.canFetchMore()


def test_a_filter_during_the_count_drops_the_old_count(qtbot, store):
    demo.generate(store, 230, seed=9)
    worker = CountingWorker()
    try:
        page = _page(qtbot, store, worker)
        model = page.model
        qtbot.waitUntil(lambda: not model.pending, timeout=30_000)
        totals = []
        model.loaded.connect(totals.append)
        page.apply_filter()
        qtbot.waitUntil(lambda: not model.page_pending, timeout=30_000)
        page.status.setCurrentIndex(page.status.findData("closed"))  # while the count may still run
        qtbot.waitUntil(lambda: not model.pending, timeout=30_000)
        with store.connection() as conn:
            closed = client_list.Query(conn, model.filter).count(conn)
        assert model.total() == closed and totals[-1] == closed
        assert all(t in (230, closed) for t in totals)
    finally:
        worker.shutdown()


def test_the_shown_texts_are_made_with_the_rows_also_for_further_pages(qtbot, store):
    """The list's texts are made on the worker with each page (``client_table.cells``): the same
    texts as the rows' fields give (date as shown, translated status), for the scrolled-to pages too."""
    from kimdesk.store import first_page
    from kimdesk.ui.client_table import COLUMNS, PAGE

    for i in range(PAGE + 30):
        clients.create_client(store, {"given_name": f"Vera{i:03d}", "family_name": "Zeisig", "birth_date": "1990-03",
                                      "residence_status": "Duldung" if i % 2 else None})
    worker = DbWorker(synchronous=True)
    try:
        page = _page(qtbot, store, worker)
        model = page.model
        qtbot.waitUntil(lambda: not model.pending, timeout=30_000)
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == PAGE + 30
        with store.connection() as conn:
            rows = {r.id: r for r in client_list.Query(conn, model.filter).page(conn, 0, PAGE + 30)}
        for n in (0, 1, PAGE - 1, PAGE, PAGE + 29):
            row = rows[model.row_id(n)]
            texts = [model.data(model.index(n, c)) for c in range(len(COLUMNS))]
            assert texts == [row.case_number, row.family_name, row.given_name, "03.1990", "",
                             first_page.shown(row.residence_status, "de") if row.residence_status else "", "",
                             page.tr("offen")]
            assert model.data(model.index(n, 0), 256) == row.id  # the id, for opening
            assert model.data(model.index(n, 0), 1) is None  # roles the list does not serve
        assert model.data(model.index(PAGE + 30, 0)) is None
    finally:
        worker.shutdown()


def test_the_shown_texts_follow_the_lists_columns():
    """``cells`` spells the columns out: it must follow ``COLUMNS`` (the first paint's list columns)."""
    from kimdesk.store.first_page import ListRow
    from kimdesk.ui.client_table import COLUMNS, cells

    row = ListRow("id-1", *(f"{name}!" for name in COLUMNS))
    expected = {"birth_date": "birth_date!", "residence_status": "residence_status!", "status": "zu"}
    assert cells([row], ("auf", "zu"), "de") == [tuple(expected.get(name, f"{name}!") for name in COLUMNS)]


def test_a_searchs_first_page_holds_the_rows_in_view_and_the_next_page_follows(qtbot, store):
    """A keystroke ranks and hands over the rows the table shows and ``SPARE`` more, not a whole
    page: the first rows of the full ranking, on screen before anything else is read (their last row
    out of view). The count (the full ranking's) follows, then the next page, so the list scrolls
    on as before; typed on the threaded worker, the list ends as the full ranking of the last text."""
    from benchmarks.common import bulk_insert
    from kimdesk.models import Client
    from kimdesk.services.clients_intake import search
    from kimdesk.ui.client_table import PAGE, SPARE
    from tests.test_search_ranking import _person

    bulk_insert(store, {Client: [_person(i, "Mohamed" if i % 3 else "Muhamad", "Quast" if i % 2 else "Quastig")
                                 for i in range(150)]})
    worker = CountingWorker(synchronous=True)
    page = _page(qtbot, store, worker)  # 1000×600: about 20 rows in view
    model = page.model
    qtbot.waitExposed(page)
    in_view = page._rows_in_view()
    assert 10 < in_view < 40 and in_view + SPARE < PAGE
    shown: list[tuple[list[str], bool]] = []

    def on_shown(_rows: int) -> None:
        last = page.table.visualRect(model.index(model.rowCount() - 1, 0))
        shown.append((model.row_ids(), page.table.viewport().rect().intersects(last)))

    model.shown.connect(on_shown)
    worker.labels.clear()
    page.search.setText("Mohamed Quast")
    with store.connection() as conn:
        full = [h.id for h in search.search_conn(conn, "Mohamed Quast", limit=search.CANDIDATES)]
    assert len(full) > in_view + SPARE
    assert shown == [(full[:in_view + SPARE], False)]
    assert worker.labels == ["client-list", "client-count", "client-page"]
    assert model.total() == len(full) and page.count_label.text() == _people(page, len(full))
    assert model.row_ids() == full and not model.canFetchMore()

    # typed on the real (threaded) worker: earlier texts' counts and next pages are dropped
    threaded = CountingWorker()
    try:
        page2 = _page(qtbot, store, threaded)
        qtbot.waitUntil(lambda: not page2.model.pending, timeout=30_000)
        qtbot.keyClicks(page2.search, "Mohamed Quas")
        qtbot.waitUntil(lambda: not page2.model.pending and not page2.model._fetching, timeout=30_000)
        with store.connection() as conn:
            expected = [h.id for h in search.search_conn(conn, "Mohamed Quas", limit=search.CANDIDATES)]
        while page2.model.canFetchMore():
            page2.model.fetchMore()
            qtbot.waitUntil(lambda: not page2.model._fetching, timeout=30_000)
        assert page2.model.row_ids() == expected
    finally:
        threaded.shutdown()
