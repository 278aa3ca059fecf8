"""Likely duplicates of a person about to be created.

Same or similar name in another transliteration (phonetic keys of the family name, then a
similarity score over the whole name), the same birth year, the same household: each adds
to a score; the intake shows the best matches and lets the counsellor open one instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from math import sqrt

from sqlalchemy import or_, select

from kimdesk.models import Client, NameKey, partial_date
from kimdesk.store import names
from kimdesk.store.store import Store

THRESHOLD = 70.0
_key = NameKey.__table__.c
_client = Client.__table__.c


@dataclass(frozen=True)
class Match:
    id: str
    case_number: str
    given_name: str
    family_name: str
    birth_date: str | None
    municipality: str | None
    score: float
    reasons: tuple[str, ...]


def _name_score(given: list[str], family: list[str], r_given: list[str], r_family: list[str]) -> float:
    """Both names must be alike (geometric mean); names swapped between fields count too."""
    def pair(a: list[str], b: list[str], c: list[str], d: list[str]) -> float:
        if not a and not b:
            return 0.0
        if not a or not c:
            return names.similarity(b, d)
        if not b or not d:
            return names.similarity(a, c)
        return sqrt(names.similarity(a, c) * names.similarity(b, d))

    return max(pair(given, family, r_given, r_family), pair(given, family, r_family, r_given))


def find(
    store: Store,
    given_name: str | None,
    family_name: str | None,
    birth_date: str | None = None,
    household_id: str | None = None,
    *,
    limit: int = 10,
) -> list[Match]:
    keys = [k for k in names.name_keys(family_name) if k.startswith("p")] or names.name_keys(family_name)
    keys += [k for k in names.name_keys(given_name) if k.startswith("p")]
    if not keys and not household_id:
        return []
    with store.connection() as conn:
        cond = _client.id.in_(select(_key.client_id).where(_key.key.in_(keys)))
        if household_id:
            cond = or_(cond, _client.household_id == household_id)
        rows = conn.execute(
            select(_client.id, _client.case_number, _client.given_name, _client.family_name,
                   _client.native_name, _client.birth_date, _client.municipality, _client.household_id)
            .where(cond, _client.deleted.is_(False)).limit(500)
        ).all()
    want_given, want_family = names.tokens(given_name), names.tokens(family_name)
    wanted_year = partial_date.year(birth_date)
    matches = []
    for r in rows:
        reasons = []
        score = _name_score(want_given, want_family, names.tokens(r.given_name), names.tokens(r.family_name))
        if score >= 80:
            reasons.append("name")
        if wanted_year and partial_date.year(r.birth_date) == wanted_year:
            score += 10
            reasons.append("birth_year")
        elif wanted_year and r.birth_date:
            score -= 15
        if household_id and r.household_id == household_id:
            score += 30
            reasons.append("household")
        if score >= THRESHOLD:
            matches.append(Match(r.id, r.case_number, r.given_name, r.family_name, r.birth_date,
                                 r.municipality, min(score, 100.0), tuple(reasons)))
    matches.sort(key=lambda m: -m.score)
    return matches[:limit]
