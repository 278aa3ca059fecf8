"""Finding people by name, tolerant of accents, case, script and transliteration.

Each query token must match one of a person's name keys: a folded-spelling prefix (so
typing "moh" finds Mohammed as you type) or the phonetic key (so "Mohamed" finds Muhammad
and محمد). The key table is a B-tree, so a lookup is a few index range scans whatever the
number of people; ``rapidfuzz`` then orders the candidates by similarity.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, and_, intersect, or_, select

from kimdesk.models import Client, NameKey
from kimdesk.store import names
from kimdesk.store.store import Store

CANDIDATES = 400  # ranked in Python; the list shows the best ones first
_key = NameKey.__table__.c
_client = Client.__table__.c


@dataclass(frozen=True)
class Hit:
    id: str
    case_number: str
    given_name: str
    family_name: str
    birth_date: str | None
    municipality: str | None
    score: float

    def as_dict(self) -> dict:
        return asdict(self)


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


def candidate_ids(conn: Connection, text: str, limit: int = CANDIDATES) -> list[str]:
    """Ids of people matching every name token of ``text`` (or the case number it looks like).

    Exact spellings (folded prefixes) come first; sound-alike matches fill up the rest, so a
    common sound (Mohammed, Muhammad, Mahmud …) cannot crowd out the person typed exactly.
    """
    tokens = names.tokens(text)[:6]
    found: dict[str, None] = {}
    compact = re.sub(r"[^a-z0-9]", "", text.lower())
    if re.search(r"\d", compact):  # looks like (part of) a case number
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
    hits.sort(key=lambda h: (-h.score, h.family_name.lower(), h.given_name.lower()))
    return hits[:limit]


def search(store: Store, text: str, *, limit: int = 50) -> list[Hit]:
    with store.connection() as conn:
        return search_conn(conn, text, limit=limit)
