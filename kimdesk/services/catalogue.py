"""The regional catalogue and vocabularies shipped as data in ``resources/catalogue``.

Agencies carry stable ids in the file, so every laptop of a team seeds the same rows and
sync never sees duplicates. Seeding adds what is missing and never overwrites a team's edits.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from kimdesk.models import Agency
from kimdesk.paths import resource_path
from kimdesk.store.store import Store


@lru_cache(maxsize=8)
def load(name: str) -> dict[str, Any]:
    return json.loads(resource_path("catalogue", f"{name}.json").read_text(encoding="utf-8"))


def vocabulary(key: str) -> list[Any]:
    return list(load("vocabulary")[key])


def need_categories() -> list[str]:
    return [c["category"] for c in vocabulary("need_categories")]


def municipalities() -> list[str]:
    return list(load("agencies")["municipalities"])


def legal_domains() -> list[dict[str, Any]]:
    return list(load("legal_domains")["domains"])


def seed_agencies(store: Store) -> int:
    """Insert catalogue agencies this profile does not have yet; returns how many."""
    entries = load("agencies")["agencies"]
    from kimdesk.sync import genesis

    with store.session() as session:
        session.info["capture"] = False  # identical on every laptop: journalled as genesis, not sent
        have = set(session.scalars(select(Agency.id)))
        added = []
        for entry in entries:
            if entry["id"] in have:
                continue
            fields = {k: v for k, v in entry.items() if k != "id" and v is not None}
            added.append(Agency(id=entry["id"], **fields))
            session.add(added[-1])
        genesis.seed(session, added)
    return len(added)
