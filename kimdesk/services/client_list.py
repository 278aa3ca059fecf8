"""The client list, read page by page so 100,000 people never sit in memory or widgets.

Filters are plain data (``ListFilter``); search text goes through the tolerant name search.
Sorting uses indexed columns, so a page is a short index walk whatever its offset.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, ColumnElement, exists, func, select

from kimdesk.models import Client, Need
from kimdesk.services import search
from kimdesk.store.store import Store

_c = Client.__table__.c
_n = Need.__table__.c

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

    def __init__(self, conn: Connection, flt: ListFilter):
        self.flt = flt
        self.ids: list[str] | None = None
        if flt.text.strip():
            self.ids = [h.id for h in search.search_conn(conn, flt.text, limit=search.CANDIDATES)]

    def _where(self) -> list[ColumnElement]:
        f = self.flt
        cond: list[ColumnElement] = [_c.deleted.is_(False)]
        if self.ids is not None:
            cond.append(_c.id.in_(self.ids))
        if f.status:
            cond.append(_c.status == f.status)
        if f.case_manager:
            cond.append(_c.case_manager == f.case_manager)
        if f.municipality:
            cond.append(_c.municipality == f.municipality)
        if f.open_needs:
            cond.append(exists().where(_n.client_id == _c.id, _n.deleted.is_(False),
                                       _n.status.in_(("open", "in_progress"))))
        return cond

    def count(self, conn: Connection) -> int:
        return conn.execute(select(func.count()).select_from(Client.__table__).where(*self._where())).scalar() or 0

    def page(self, conn: Connection, offset: int, limit: int) -> list[Row]:
        f = self.flt
        cols = [_c.id] + [_c[name] for name in COLUMNS]
        stmt = select(*cols).where(*self._where())
        if self.ids is not None and not f.extra.get("sorted_by_user"):
            rank = {cid: i for i, cid in enumerate(self.ids)}
            rows = conn.execute(stmt).all()
            rows.sort(key=lambda r: rank.get(r.id, 0))
            return [Row(*r) for r in rows[offset:offset + limit]]
        key = _c[f.sort] if f.sort in COLUMNS else _c.family_name
        order = [key.desc() if f.descending else key, _c.given_name, _c.id]
        return [Row(*r) for r in conn.execute(stmt.order_by(*order).offset(offset).limit(limit))]


def distinct_values(store: Store, column: str) -> list[str]:
    """Values offered in a filter (case managers, municipalities)."""
    col = _c[column]
    with store.connection() as conn:
        return [r[0] for r in conn.execute(select(col).where(col.is_not(None), _c.deleted.is_(False))
                                           .distinct().order_by(col))]
