"""The client list, read page by page so 100,000 people never sit in memory or widgets.

Filters are plain data (``ListFilter``); search text goes through the tolerant name search.
Pages follow each other by key (``page_after``: the rows after the last one shown, by sort
value, given name and id), so the 500th page costs what the first does; ordered by name,
that is a short walk of the ``ix_client_list_name`` index. A filter that matches many people
walks the sort index too and checks the filter row by row; one that matches fewer than
``NARROW`` reads them through its own index and sorts them (``Query._is_narrow``), so no
first page sorts the table (``tests/test_client_list_filter_plans.py``). A search reads the
found people's rows with the ranking itself, and a keystroke ranks only the first page (the
rows the list's view shows and a few more: ``Query(first=…)``, ``ui.client_table.SPARE``);
its count counts the people of the full ranking without ranking or reading them (``search.candidate_count``).
A search ranks with ``keep``: the next keystroke of the same name starts from what this one found
(``search.ranked_rows``), the same rows as ranking afresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, ColumnElement, func, literal, literal_column, select, tuple_

from kimdesk.models import Client
from kimdesk.models.list_indexes import sort_key
from kimdesk.services.clients_intake import search
from kimdesk.store import open_needs
from kimdesk.store.store import Store

_c = Client.__table__.c

FIRST = 200  # a search ranks this many for the first page unless told (``Query(first=…)``), the rest when scrolled to
NARROW = 2_000  # fewer matches than this: a page sorts them; more: it walks the sort index (see Query._is_narrow)
COLUMNS = ("case_number", "family_name", "given_name", "birth_date", "municipality", "residence_status",
           "case_manager", "status")


@dataclass(frozen=True)
class ListFilter:
    text: str = ""
    status: str | None = None  # open / closed
    case_manager: str | None = None
    municipality: str | None = None
    open_needs: bool = False
    sort: str = "family_name"
    descending: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def with_(self, **kw: Any) -> ListFilter:
        return replace(self, **kw)


@dataclass(frozen=True)
class Row:
    id: str
    case_number: str
    family_name: str
    given_name: str
    birth_date: str | None
    municipality: str | None
    residence_status: str | None
    case_manager: str | None
    status: str


class Query:
    """A resolved filter: search ids computed once, then cheap pages and a count."""

    def __init__(self, conn: Connection, flt: ListFilter, *, first: int | None = None):
        """``first``: the rows a search's first page holds (``FIRST`` when not given); the client
        list asks for the rows its view shows, so a keystroke ranks no more than are seen."""
        self.flt = flt
        self.ids: list[str] | None = None
        self._found: list[Row] = []  # the found people passing the other filters, best first
        self._complete = True  # _found holds every found person, not only the first page
        if flt.text.strip():
            alone = not (self._equalities() or flt.open_needs or flt.extra.get("sorted_by_user"))
            self._rank(conn, (FIRST if first is None else first) if alone else search.CANDIDATES)
        self.narrow = self._is_narrow(conn)

    def _rank(self, conn: Connection, limit: int) -> None:
        """The search's best ``limit`` people with the list's columns, the other filters applied.

        A keystroke ranks only the first page (``FIRST``): the ranking may then skip the
        sound-alikes that cannot reach it (``search._sound_alikes_rank_below``); the rest of
        the list, its count or a further filter rank all candidates (``_completed``)."""
        # keep: a keystroke's sound-alike pass serves the next one's (``search.ranked_rows``)
        found = search.ranked_rows(conn, self.flt.text, COLUMNS + ("open_needs",), limit=limit, keep=True)
        self._complete = limit >= search.CANDIDATES or len(found) < limit
        self.ids = [r[0] for r in found]
        self._found = [Row(*r[:-2]) for r in self._passing(found)]

    def _passing(self, found: list[tuple]) -> list[tuple]:
        """The found people (id, *COLUMNS, open_needs, …) that pass the list's other filters."""
        checks = [(1 + COLUMNS.index(name), value) for name, value in self._equalities()]
        if self.flt.open_needs:
            checks.append((len(COLUMNS) + 1, 1))
        return [r for r in found if all(r[i] == value for i, value in checks)] if checks else list(found)

    def _completed(self, conn: Connection) -> list[Row]:
        if not self._complete:
            self._rank(conn, search.CANDIDATES)
        return self._found

    def _equalities(self) -> list[tuple[str, str]]:
        f = self.flt
        return [(name, value) for name, value in (("status", f.status), ("case_manager", f.case_manager),
                                                  ("municipality", f.municipality)) if value]

    def _is_narrow(self, conn: Connection) -> bool:
        """Whether the filter's own index finds fewer than ``NARROW`` people (counted up to that, one
        index range): then a page reads them through it and sorts them; otherwise it walks the sort
        index and checks the filter row by row, which finds a page's rows among the first few
        thousand. Either way no page reads or sorts more than a few thousand rows."""
        if self.ids is not None or not self._equalities():
            return False
        probe = select(literal_column("1")).where(*self._where(narrow=True)).limit(NARROW).subquery()
        return (conn.execute(select(func.count()).select_from(probe)).scalar() or 0) < NARROW

    def _where(self, *, counting: bool = False, narrow: bool | None = None) -> list[ColumnElement]:
        """The filter's terms. A page spells its equalities so that SQLite uses the index the plan
        needs: the filter's own (``narrow``: its sort-key index, equal values in one range) or,
        with a unary "+" that no index serves, the sort index walked in order (no sort at all)."""
        f = self.flt
        narrow = getattr(self, "narrow", False) if narrow is None else narrow
        cond: list[ColumnElement] = [_c.deleted.is_(False)]
        if self.ids is not None:
            cond.append(_c.id.in_(self.ids))
        for name, value in self._equalities():
            if self.ids is not None or (counting and name == "municipality"):
                cond.append(_c[name] == value)  # a count reads its own index, in the table's order
            elif counting and name == "status":
                # two values, most people "open": a count reads the table in order, faster than
                # thousands of lookups from an index in name order
                cond.append(literal_column("+client.status") == value)
            elif counting or narrow:
                # the sort-key index's range of this value (case managers have no other index);
                # value is not "", so these are the people with col = value
                cond.append(sort_key(_c[name]) == value)
            else:
                cond.append(literal_column(f"+client.{name}") == value)
        if f.open_needs:
            # stored, kept by triggers on need (store.open_needs); the count reads its index, a page
            # walks its sort index and checks the flag per row ("+": most people have open needs,
            # sorting all of them for one page would cost more)
            cond.append((open_needs.FLAG if counting else open_needs.UNINDEXED_FLAG) == 1)
        return cond

    def count(self, conn: Connection) -> int:
        if self.ids is not None:
            if self._complete:
                return len(self._found)  # the search read every found person, living ones only
            # the same people the full ranking would give, counted without scoring or sorting them
            # (a keystroke's count); the ranking itself waits until a later page is scrolled to
            if not (self._equalities() or self.flt.open_needs):
                return search.candidate_count(conn, self.flt.text, keep=True)  # no row read: nothing to check
            return len(self._passing(search.candidate_rows(conn, self.flt.text, COLUMNS + ("open_needs",),
                                                           keep=True)))
        return conn.execute(select(func.count()).select_from(Client.__table__).where(*self._where(counting=True))).scalar() or 0

    def _ranked(self) -> bool:
        """Search results in order of similarity (until the user sorts by a column)."""
        return self.ids is not None and not self.flt.extra.get("sorted_by_user")

    def _order(self) -> list[ColumnElement]:
        """Sort value, given name, id: all one direction, so a row value marks a position."""
        name = self.flt.sort if self.flt.sort in COLUMNS else "family_name"
        # NULL sorts (and compares) as ""; spelled as the index spells it (models.list_indexes)
        return [sort_key(_c[name]), _c.given_name, _c.id]

    def _select(self):
        return select(_c.id, *[_c[name] for name in COLUMNS])

    def _ranked_rows(self, conn: Connection, upto: int | None = None) -> list[Row]:
        """Found people in the search's order, read with the ranking itself (no second query);
        the first ``upto`` of them from the first page's ranking when it holds that many."""
        if upto is not None and upto <= len(self._found):
            return self._found
        return self._completed(conn)

    def page(self, conn: Connection, offset: int, limit: int) -> list[Row]:
        if self._ranked():
            return self._ranked_rows(conn, offset + limit)[offset:offset + limit]
        order = self._order()
        if self.flt.descending:
            order = [c.desc() for c in order]
        return [Row(*r) for r in conn.execute(self._select().where(*self._where()).order_by(*order)
                                               .offset(offset).limit(limit))]

    def page_after(self, conn: Connection, last: Row | None, limit: int) -> list[Row]:
        """The ``limit`` rows after ``last`` (None: the first page), without an OFFSET walk."""
        if last is None:
            return self.page(conn, 0, limit)
        if self._ranked():
            rows = self._ranked_rows(conn)
            at = next((i for i, r in enumerate(rows) if r.id == last.id), len(rows))
            return rows[at + 1:at + 1 + limit]
        order = self._order()
        name = self.flt.sort if self.flt.sort in COLUMNS else "family_name"
        position = tuple_(*order)
        # the id bound as its column stores it (16 bytes since migration 0043): a tuple's values do not take
        # the column's type, and a text id compared with a blob is always smaller (the page would repeat)
        mark = tuple_(getattr(last, name) or "", last.given_name, literal(last.id, _c.id.type))
        cond = position < mark if self.flt.descending else position > mark
        if self.flt.descending:
            order = [c.desc() for c in order]
        return [Row(*r) for r in conn.execute(self._select().where(*self._where(), cond).order_by(*order)
                                               .limit(limit))]


def distinct_values(store: Store, column: str) -> list[str]:
    """Values offered in a filter (case managers, municipalities)."""
    col = _c[column]
    with store.connection() as conn:
        return [r[0] for r in conn.execute(select(col).where(col.is_not(None), _c.deleted.is_(False))
                                           .distinct().order_by(col))]
