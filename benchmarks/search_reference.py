"""The ranking before it moved into SQL, kept as the reference the SQL ranking must equal.

Candidates come from the name-key table in Python (at most 400), their names are fetched
and scored token by token in Python (``names.similarity``). Verbatim from the app before
issue 19, with one change: equal (score, family name, given name) are ordered by id, as the
SQL ranking orders them, instead of in whatever order the rows came back.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, and_, intersect, or_, select

from kimdesk.models import Client, NameKey
from kimdesk.services.clients_intake import search as app_search
from kimdesk.services.clients_intake.search import Hit
from kimdesk.store import names

_key = NameKey.__table__.c
_client = Client.__table__.c


def _token_clause(token: str, *, phonetic: bool):
    lo = "f" + token
    clause = and_(_key.key >= lo, _key.key < lo + "{")
    keys = names.phonetic_keys(token) if phonetic and len(token) >= 3 else set()
    if keys:
        clause = or_(clause, _key.key.in_(["p" + k for k in keys]))
    return select(_key.client_id).where(clause)


def _all_tokens(tokens: list[str], *, phonetic: bool):
    by_name = [_token_clause(t, phonetic=phonetic) for t in tokens]
    if len(by_name) == 1:
        return by_name[0]
    both = intersect(*by_name).subquery()  # SQLite cannot nest compound selects
    return select(both.c.client_id)


def candidate_ids(conn: Connection, text: str, limit: int | None = None) -> list[str]:
    limit = app_search.CANDIDATES if limit is None else limit  # read at call time: tests lower it
    tokens = names.tokens(text)[:6]
    found: dict[str, None] = {}
    compact = re.sub(r"[^a-z0-9]", "", text.lower())
    if re.search(r"\d", compact):
        lo = "c" + compact
        found.update((r[0], None) for r in conn.execute(
            select(_key.client_id).where(_key.key >= lo, _key.key < lo + "{").limit(limit)))
    for phonetic in (False, True):
        if not tokens or len(found) >= limit:
            break
        sub = _all_tokens(tokens, phonetic=phonetic).subquery()
        rows = conn.execute(select(sub.c.client_id).distinct().limit(limit + len(found)))
        for (cid,) in rows:
            found.setdefault(cid, None)
            if len(found) >= limit:
                break
    return list(found)


def search_conn(conn: Connection, text: str, *, limit: int = 50) -> list[Hit]:
    ids = candidate_ids(conn, text)
    if not ids:
        return []
    rows = conn.execute(
        select(_client.id, _client.case_number, _client.given_name, _client.family_name, _client.native_name,
               _client.birth_date, _client.municipality)
        .where(_client.id.in_(ids), _client.deleted.is_(False))
    ).all()
    query = names.tokens(text)
    compact = re.sub(r"[^a-z0-9]", "", text.lower())
    hits = []
    for r in rows:
        if compact and re.sub(r"[^a-z0-9]", "", r.case_number.lower()).startswith(compact):
            score = 100.0
        else:
            score = names.similarity(query, names.tokens(f"{r.given_name} {r.family_name} {r.native_name or ''}"))
        hits.append(Hit(r.id, r.case_number, r.given_name, r.family_name, r.birth_date, r.municipality, score))
    hits.sort(key=lambda h: (-h.score, h.family_name.lower(), h.given_name.lower(), h.id))
    return hits[:limit]


def search(store, text: str, *, limit: int = 50) -> list[Hit]:
    with store.connection() as conn:
        return search_conn(conn, text, limit=limit)
