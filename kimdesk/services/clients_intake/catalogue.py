"""The regional catalogue and vocabularies shipped as data in ``resources/catalogue``.

Agencies carry stable ids in the file, so every laptop of a team seeds the same rows and
sync never sees duplicates. Seeding adds what is missing and never overwrites a team's edits.

The seed is one district's example (StädteRegion Aachen). The laptop that founds a team picks
what the team starts with (``apply_template``): that example, a generic template for an NRW
*Kreis* or *kreisfreie Stadt* (``resources/catalogue/templates``: the kinds of office, no local
addresses), or nothing (then, if asked for, a CSV file through the import preview). The choice
is an ordinary edit, so the team's other laptops follow at their next sync.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from kimdesk.errors import BadInput
from kimdesk.i18n import QT_TRANSLATE_NOOP, translate
from kimdesk.models import Agency, new_id
from kimdesk.paths import resource_path
from kimdesk.store.store import Store

SEED = "staedteregion_aachen"  # the shipped example the profile is seeded with (``agencies.json``)
EMPTY = "empty"
# what a founding laptop may start the team's catalogue with: key → label (the template files are
# ``resources/catalogue/templates/<key>.json``; the seed is ``agencies.json``)
TEMPLATES: dict[str, str] = {
    "nrw_kreis": QT_TRANSLATE_NOOP("Catalogue", "Vorlage: Kreis in NRW (ohne Anschriften)"),
    "nrw_kreisfreie_stadt": QT_TRANSLATE_NOOP("Catalogue", "Vorlage: kreisfreie Stadt in NRW (ohne Anschriften)"),
    SEED: QT_TRANSLATE_NOOP("Catalogue", "Beispiel: StädteRegion Aachen (mit Anschriften)"),
    EMPTY: QT_TRANSLATE_NOOP("Catalogue", "Leer – Stellen selbst anlegen"),
}


def template_label(key: str) -> str:
    return translate("Catalogue", TEMPLATES[key])


@lru_cache(maxsize=8)
def load(name: str) -> dict[str, Any]:
    return json.loads(resource_path("catalogue", f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _names(language: str) -> dict[str, str]:
    """German value → its name in ``language`` (``values_<language>.json``), all lists merged."""
    path = resource_path("catalogue", f"values_{language}.json")
    if language == "de" or not path.is_file():
        return {}
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {german: name for key, names in doc.items() if not key.startswith("_") for german, name in names.items()}


def shown(value: Any) -> str:
    """A value of a closed list (language, residence status, need, close reason, agency kind) as the
    current language names it; the value itself stays as stored (German)."""
    from kimdesk.i18n import language

    text = "" if value is None else str(value)
    return _names(language()).get(text, text)


def stored(name: str) -> str:
    """The value behind a name ``shown`` gives (a name typed in English back to the catalogue's value);
    any other text is kept as typed."""
    from kimdesk.i18n import language

    text = name.strip()
    for german, shown_name in _names(language()).items():
        if shown_name.casefold() == text.casefold():
            return german
    return text


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


def template_agencies(key: str) -> list[dict[str, Any]]:
    """The rows of a shipped template (validated like any entry of the form)."""
    from kimdesk.services.clients_intake import agencies

    if key not in TEMPLATES:
        raise BadInput(translate("Catalogue", "Unbekannte Vorlage „{key}“.").format(key=key[:60]))
    if key == EMPTY:
        return []
    if key == SEED:
        return [{k: v for k, v in e.items() if k != "id"} for e in load("agencies")["agencies"]]
    doc = json.loads(resource_path("catalogue", "templates", f"{key}.json").read_text(encoding="utf-8"))
    return [agencies.clean_fields(entry) for entry in doc["agencies"]]


def apply_template(store: Store, key: str):
    """Start the team's catalogue with ``key``: the seed stays for the Aachen example; otherwise every
    agency no record points to is removed and the template's rows are added, as one edit that syncs
    (a removal of a seed row reaches the other laptops as an ordinary deletion). Returns the Edit,
    ``edit.result`` = (removed, added); None when nothing had to change."""
    from kimdesk.services.clients_intake.agencies import referenced_ids
    from kimdesk.services.clients_intake.edits import recording

    rows = template_agencies(key)
    if key == SEED:
        seed_agencies(store)  # already there on a fresh profile; back if the seed was removed
        return None
    with recording(store, translate("Catalogue", "Stellenkatalog aus Vorlage")) as (s, edit):
        used = referenced_ids(s)
        removed = 0
        for agency in s.scalars(select(Agency).where(Agency.deleted.is_(False))):
            if agency.id not in used:
                agency.deleted = True
                removed += 1
        for fields in rows:
            s.add(Agency(id=new_id(), **fields))
        edit.result = (removed, len(rows))
    return edit
