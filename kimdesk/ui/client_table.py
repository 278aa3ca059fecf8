"""Qt item model over the client list service: filtered off the UI thread, read page by page.

A new filter is resolved (tolerant search, first page) on the database worker at once; while
one is on its way, further filters (keystrokes) are coalesced and only the latest runs when it
returns. The first page is shown before the count: when it is full, the count of all matching
rows follows as a job of its own. A search's first page holds the rows the view shows and
``SPARE`` more (``show_rows``), so a keystroke ranks and hands over no more than are seen. Stale results from an earlier filter are dropped by a
generation number. Further pages are read on the worker too when the view scrolls near the
end (``fetchMore``) and appended when they arrive, so 100,000 people never sit in memory or
in widgets and scrolling never waits for the database.

At start the model may be built before the ORM exists, holding the first page the lean read
gave (``store.first_page``) and no store; ``attach`` hands it the store and the worker later,
and only then is anything counted or read further. Nothing imported at the top of this module
may import SQLAlchemy or the models (``tests/ui/test_first_paint.py``).

Until ``attach`` the view shows that first page through a plain C++ model (``FirstPageModel``,
made by ``first_page_model``), so nothing in Python is asked ``headerData``/``data`` before the
first paint: PySide6 would convert the Qt.Orientation argument of each such call, which makes it
build the whole ``Qt`` namespace (~90 enum classes, about 20 ms of CPU) before the window is on
screen. Nor does this module import the name ``Qt`` at its top; the roles are spelled as numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from kimdesk.i18n import language
from kimdesk.store import first_page
from kimdesk.store.first_page import LIST_COLUMNS as COLUMNS

if TYPE_CHECKING:
    from PySide6.QtCore import QModelRoleDataSpan, Qt

    from kimdesk.services.clients_intake.client_list import ListFilter, Query, Row
    from kimdesk.store.store import Store
    from kimdesk.ui.worker import DbWorker, Job

PAGE = first_page.PAGE
SPARE = 8  # rows a search's first page holds beyond those in view: the view does not fetch more at once
# Qt.ItemDataRole.DisplayRole and UserRole, as numbers: naming them imports the Qt namespace (see above;
# ``tests/ui/test_first_paint.py`` holds them to Qt's)
_DISPLAY, _USER = 0, 256
# QStyledItemDelegate.initStyleOption asks these many roles at once, the text (DisplayRole) sixth
_PAINTED_ROLES, _PAINTED_DISPLAY = 7, 5
_UNSORTED = _USER + 1000  # a role no item of the first page holds (``FirstPageModel``)
_horizontal: list[Any] = []  # Qt.Orientation.Horizontal, fetched by the first headerData call
Index = QModelIndex | QPersistentModelIndex


def cells(rows: list[Any], status: tuple[str, str], lang: str) -> list[tuple[str, ...]]:
    """The texts the list shows for ``rows``, one tuple per row in the order of ``COLUMNS``.

    Made where the rows are read (on the database worker), so a repaint's call per visible cell
    (``multiData``) only indexes a tuple. ``status``: the words for open and closed, translated on the
    UI thread; ``lang``: the language of the residence status names. The columns are spelled out
    (no lookup per cell; ``tests/ui/test_client_list_keystrokes.py`` holds them to ``COLUMNS``)."""
    opened, closed = status
    date, named = first_page.display_date, first_page.shown
    return [(r.case_number or "", r.family_name or "", r.given_name or "", date(r.birth_date), r.municipality or "",
             named(r.residence_status, lang) if r.residence_status else "", r.case_manager or "",
             opened if r.status == "open" else closed) for r in rows]


class ClientTableModel(QAbstractTableModel):
    loaded = Signal(int)  # total rows of the current filter (after the first page, once counted)
    loading = Signal(int)  # 1 while a filter is resolved (page and count), then 0 (no bare bools through signals)
    shown = Signal(int)  # the first page of the current filter is on screen (its rows; the count may follow)

    def __init__(self, store: Store | None, worker: DbWorker | None, parent=None, *,
                 rows: list[Any] | None = None):
        super().__init__(parent)
        self._store = store
        self._worker = worker
        self._filter: Any = None  # a ListFilter once attached (its module imports the ORM)
        self._sort = ("family_name", False)  # asked for before the store was there
        self._rows: list[Any] = list(rows or [])  # Row, or ListRow from the first paint
        self._lang = language()
        self._cells = cells(self._rows, self._status_words(), self._lang)  # what data() shows, per row
        self._total = len(self._rows)
        self._query: Query | None = None
        self._generation = 0
        self._pending = False  # the current filter's page or count is still on its way
        self._page_pending = False  # the current filter's first page is still on its way
        self._counted = True  # _total is the count of the current filter (not a lower bound)
        self._inflight: int | None = None  # generation of the first-page job on the worker
        self._again = False  # a newer filter came while that job ran: resolve it when it returns
        self._fetching = False
        self._header_titles: tuple[str, list[str]] | None = None  # (language, titles in column order)
        # rows a search's first page holds (the view sets the rows it shows, ``show_rows``): a keystroke
        # ranks and hands over no more than are seen; the rest follows on scroll (``fetchMore``)
        self._first_rows = PAGE
        if rows is not None:  # the first paint's rows: the count (and everything else) follows on attach
            self._pending = len(self._rows) >= first_page.FIRST_PAINT  # as many as it reads: more may follow
            self._counted = not self._pending
        if store is not None and worker is not None:
            self.attach(store, worker, load=False)

    def attach(self, store: Store, worker: DbWorker, *, load: bool = True) -> None:
        """The store and worker arrived: the first paint's page gets its query and count, or the
        list is read (``load``) when it had none or its order changed meanwhile."""
        from kimdesk.services.clients_intake.client_list import ListFilter

        self._store, self._worker = store, worker
        if self._lang != language():  # installed after the first paint's page was made
            self._lang = language()
            self._cells = cells(self._rows, self._status_words(), self._lang)
        if self._filter is None:
            sort, descending = self._sort
            self._filter = ListFilter(sort=sort, descending=descending,
                                      extra={"sorted_by_user": True} if self._sort != ("family_name", False) else {})
        if not load:
            return
        if self._rows and self._filter == ListFilter():
            self._adopt_first_page()
        else:
            self.refresh()

    def _adopt_first_page(self) -> None:
        """Keep the rows on screen; build their query (and count a full page) on the worker."""
        from kimdesk.services.clients_intake.client_list import Query

        generation, flt, store, full = self._generation, self._filter, self._store, not self._counted

        def load(_job: Job) -> tuple[Query, int]:
            with store.connection() as conn:
                query = Query(conn, flt)
                return query, (query.count(conn) if full else -1)

        def done(result: tuple[Query, int]) -> None:
            if generation != self._generation:
                return
            self._query = result[0]
            if full:
                self._counted_as(generation, result[1])
            else:
                self._counted_as(generation, len(self._rows))

        self.loading.emit(1)
        self._worker.submit(load, done, lambda exc: self._count_failed(exc, generation), label="client-count")

    def announce(self) -> None:
        """The first paint's page is on screen (the count follows once attached)."""
        self.shown.emit(len(self._rows))

    @property
    def attached(self) -> bool:
        return self._store is not None

    def _status_words(self) -> tuple[str, str]:
        return self.tr("offen"), self.tr("abgeschlossen")

    def _headers(self) -> dict[str, str]:
        return {
            "case_number": self.tr("Aktenzeichen"),
            "family_name": self.tr("Familienname"),
            "given_name": self.tr("Vorname"),
            "birth_date": self.tr("Geburtsdatum"),
            "municipality": self.tr("Wohnort"),
            "residence_status": self.tr("Aufenthaltsstatus"),
            "case_manager": self.tr("Case Manager:in"),
            "status": self.tr("Status"),
        }

    # -- data loading -------------------------------------------------------------------
    def show_rows(self, rows: int) -> None:
        """The view shows about ``rows`` rows: a search's first page holds these and ``SPARE`` more."""
        self._first_rows = max(1, min(PAGE, rows + SPARE))

    def set_filter(self, flt: ListFilter) -> None:
        self._filter = flt
        self.refresh()

    @property
    def filter(self) -> ListFilter:
        if self._filter is None:
            from kimdesk.services.clients_intake.client_list import ListFilter

            return ListFilter()
        return self._filter

    @property
    def pending(self) -> bool:
        """True until the current filter's first page and its count have arrived."""
        return self._pending

    @property
    def page_pending(self) -> bool:
        """True until the current filter's first page is on screen (the count may still follow)."""
        return self._page_pending

    def refresh(self) -> None:
        if self._store is None:
            return  # not attached yet: attach reads what is asked for by then
        self._generation += 1
        self._fetching = False
        self._pending = self._page_pending = True
        if self._inflight is not None:
            self._again = True  # coalesced: only the latest filter runs when the running one returns
            return
        self._start()

    def _start(self) -> None:
        self._again = False
        generation, flt, store = self._generation, self._filter, self._store
        words, lang = self._status_words(), self._lang
        first = self._first_rows if flt.text.strip() else PAGE

        def load(job: Job) -> tuple[Query, list[Row], list[tuple[str, ...]]]:
            from kimdesk.services.clients_intake.client_list import Query

            with store.connection() as conn:
                query = Query(conn, flt, first=first)
                if job.cancelled:
                    return query, [], []
                rows = query.page(conn, 0, first)
            return query, rows, cells(rows, words, lang)

        self._inflight = generation
        self.loading.emit(1)
        self._worker.submit(load, lambda result: self._apply(generation, result, first),
                            lambda exc: self._failed(exc, generation), label="client-list")

    def _returned(self, generation: int) -> bool:
        """The first-page job of ``generation`` came back: True when it is still the current one."""
        if self._inflight == generation:
            self._inflight = None
        if self._again:
            self._start()  # the latest filter, once
            return False
        return generation == self._generation

    def _failed(self, exc: BaseException, generation: int | None = None) -> None:
        if generation is not None and not self._returned(generation):
            return
        self._pending = self._page_pending = False
        self.loading.emit(0)
        from kimdesk.errors import Locked

        if not isinstance(exc, Locked):
            raise exc

    def _apply(self, generation: int, result: tuple[Query, list[Row], list[tuple[str, ...]]], first: int) -> None:
        if not self._returned(generation):
            return  # an older filter; a newer one is on its way
        query, rows, texts = result
        self._page_pending = False
        self._counted = len(rows) < first  # a page that is not full is all there is
        self.beginResetModel()
        self._query, self._rows, self._cells, self._total = query, rows, texts, len(rows)
        self.endResetModel()
        self._pending = not self._counted
        self.shown.emit(len(rows))
        if self._counted:
            self._counted_as(generation, len(rows))
            return
        store = self._store

        def count(job: Job) -> int:
            if job.cancelled or generation != self._generation:
                return -1  # a newer filter is waiting behind this job: no count for an old one
            with store.connection() as conn:
                return query.count(conn)

        self._worker.submit(count, lambda total: self._counted_as(generation, total),
                            lambda exc: self._count_failed(exc, generation), label="client-count")
        if first < PAGE:
            # a search's short first page: the next page follows behind the count (none once a newer
            # filter waits), so the list scrolls on as with a whole first page
            self.fetchMore()

    def _count_failed(self, exc: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._failed(exc)
        else:
            from kimdesk.errors import Locked

            if not isinstance(exc, Locked):
                raise exc

    def _counted_as(self, generation: int, total: int) -> None:
        if generation != self._generation or total < 0:
            return
        self._pending = False
        self._counted = True
        self._total = max(total, len(self._rows))
        self.loading.emit(0)
        self.loaded.emit(self._total)

    def clear(self) -> None:
        """Forget every row (the profile is being locked)."""
        self._generation += 1
        self._pending = self._page_pending = self._again = False
        self._counted = True
        self._fetching = False
        self.beginResetModel()
        self._rows, self._cells, self._total, self._query = [], [], 0, None
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return (not parent.isValid() and self._query is not None and self._worker is not None
                and (not self._counted or len(self._rows) < self._total))

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._query is None or self._fetching:
            return
        self._fetching = True
        generation, offset, query, store = self._generation, len(self._rows), self._query, self._store
        last = self._rows[-1] if self._rows else None
        words, lang = self._status_words(), self._lang

        def load(job: Job) -> tuple[list[Row], list[tuple[str, ...]]]:
            if job.cancelled or generation != self._generation:
                return [], []  # a newer filter is waiting behind this job: dropped on return anyway
            with store.connection() as conn:
                rows = query.page_after(conn, last, PAGE)
            return rows, cells(rows, words, lang)

        self._worker.submit(load, lambda rows: self._append(generation, offset, rows), self._failed_page,
                            label="client-page")

    def _append(self, generation: int, offset: int, result: tuple[list[Row], list[tuple[str, ...]]]) -> None:
        rows, texts = result
        self._fetching = False
        if generation != self._generation or offset != len(self._rows):
            return  # the filter changed meanwhile
        if not rows:
            self._total, self._counted = len(self._rows), True
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self._cells.extend(texts)
        self.endInsertRows()
        if not self._counted:
            self._total = max(self._total, len(self._rows))

    def _failed_page(self, exc: BaseException) -> None:
        self._fetching = False
        from kimdesk.errors import Locked

        if not isinstance(exc, Locked):
            raise exc

    # -- the model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        # asked about a thousand times while the first page is laid out, for every role: the titles are
        # translated once per language
        if not _horizontal:
            from PySide6.QtCore import Qt

            _horizontal.append(Qt.Orientation.Horizontal)
        if role != _DISPLAY or orientation != _horizontal[0]:
            return None
        if self._header_titles is None or self._header_titles[0] != language():
            headers = self._headers()
            self._header_titles = (language(), [headers[c] for c in COLUMNS])
        return self._header_titles[1][section]

    def data(self, index: Index, role: int = _DISPLAY):
        """One role of one cell (the shown text is indexed, not made); a repaint asks ``multiData``."""
        if role == _DISPLAY:
            row = index.row()
            return self._cells[row][index.column()] if 0 <= row < len(self._cells) else None
        if role == _USER:
            row = index.row()
            return self._rows[row].id if 0 <= row < len(self._rows) else None
        return None

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt's name
        """All roles a cell's painting asks, in one call from C++ rather than one each.

        The item delegate asks seven roles of every visible cell on every repaint (font, alignment,
        colours, check state, icon, text, background); Qt's default ``multiData`` calls ``data`` for
        each, a call into Python apiece. Only the text is answered: the other roles stay empty, as
        ``data`` leaves them (``tests/ui/test_client_table_paint.py`` counts the calls and compares
        the pixels with a plain C++ model's)."""
        n = len(span)
        if n == _PAINTED_ROLES and span[_PAINTED_DISPLAY].role() == _DISPLAY:  # the delegate's order;
            row = index.row()  # its other six come empty (a fresh span each cell) and stay so
            if 0 <= row < len(self._cells):
                span[_PAINTED_DISPLAY].setData(self._cells[row][index.column()])
            return
        for i in range(n):
            item = span[i]
            value = self.data(index, item.role())
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        from PySide6.QtCore import Qt

        key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if self._filter is None:  # before attach: remembered, read when the store is there
            self._sort = (key, descending)
            return
        if (key, descending) == (self._filter.sort, self._filter.descending):
            return  # the view announcing the order we already have
        extra = dict(self._filter.extra, sorted_by_user=True)
        self.set_filter(self._filter.with_(sort=key, descending=descending, extra=extra))

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_ids(self) -> list[str]:
        return [r.id for r in self._rows]


class FirstPageModel(QStandardItemModel):
    """The first paint's page as plain C++ items (see the module docstring), nothing overridden in
    Python. It sorts by a role no item holds, so a sort asked for before ``attach`` (a header click)
    leaves these rows as they are (a stable sort of equal keys), as the real model left them; the
    list page hands that sort to the real model, which reads it once the store is there.

    With ``at_once`` only that many rows get their items before the first paint (those a screen can
    show); the model has all its rows from the start (the scroll bar is the same), and ``fill_rest``
    gives the others theirs once the page is on screen (200 rows of 8 items: about 2 ms)."""

    def __init__(self, model: ClientTableModel, parent=None, *, at_once: int | None = None):
        super().__init__(0, len(COLUMNS), parent)
        headers = model._headers()
        self.setHorizontalHeaderLabels([headers[c] for c in COLUMNS])
        self._cells = model._cells
        self._filled = len(self._cells) if at_once is None else max(0, min(at_once, len(self._cells)))
        for row in self._cells[:self._filled]:
            self.appendRow([QStandardItem(text) for text in row])
        self.setRowCount(len(self._cells))
        self.setSortRole(_UNSORTED)

    @property
    def filled(self) -> bool:
        return self._filled >= len(self._cells)

    def fill_rest(self) -> None:
        """Items for the rows not filled before the first paint (a sort before ``attach`` moved none)."""
        for r in range(self._filled, len(self._cells)):
            for c, text in enumerate(self._cells[r]):
                self.setItem(r, c, QStandardItem(text))
        self._filled = len(self._cells)


def first_page_model(model: ClientTableModel, parent=None, *, at_once: int | None = None) -> FirstPageModel:
    """The page ``model`` holds (the first paint's), for the view until ``attach``."""
    return FirstPageModel(model, parent, at_once=at_once)
