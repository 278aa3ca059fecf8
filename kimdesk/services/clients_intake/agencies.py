"""The agency catalogue as the team edits it (seeded from ``resources/catalogue``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Agency, new_id
from kimdesk.services.clients_intake import clients
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.store import Store


def _municipalities(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    return [m.strip() for m in value if isinstance(m, str) and m.strip()]


AGENCY_FIELDS = {
    "name": lambda x: v.text(x, "name", max_len=300),
    "kind": lambda x: v.text(x, "kind", max_len=100),
    "legal_domain": lambda x: v.text(x, "legal_domain", max_len=100),
    "municipalities": _municipalities,
    "address": lambda x: v.text(x, "address", max_len=1000),
    "phone": lambda x: v.phone(x),
    "email": lambda x: v.email(x),
    "contact_person": lambda x: v.text(x, "contact_person", max_len=200),
    "opening_hours": lambda x: v.text(x, "opening_hours", max_len=500),
    "is_public_body": bool,
    "is_immigration_office": bool,
}


def clean_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate agency fields (the form, a CSV import) by ``AGENCY_FIELDS``."""
    return clients.clean(fields, AGENCY_FIELDS)


@dataclass(frozen=True)
class AgencyRow:
    id: str
    name: str
    kind: str
    legal_domain: str
    municipalities: tuple[str, ...]
    address: str
    phone: str
    email: str
    contact_person: str
    opening_hours: str
    is_public_body: bool
    is_immigration_office: bool

    def as_fields(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in AGENCY_FIELDS}


def list_agencies(store: Store) -> list[AgencyRow]:
    with store.session(write=False) as s:
        return [AgencyRow(a.id, a.name, a.kind or "", a.legal_domain or "", tuple(a.municipalities or ()),
                          a.address or "", a.phone or "", a.email or "", a.contact_person or "",
                          a.opening_hours or "", bool(a.is_public_body), bool(a.is_immigration_office))
                for a in s.scalars(select(Agency).where(Agency.deleted.is_(False))
                                   .order_by(Agency.legal_domain, Agency.name))]


def save(store: Store, agency_id: str | None, fields: Mapping[str, Any]) -> Edit:
    """Create (``agency_id`` None) or change an agency."""
    data = clients.clean(fields, AGENCY_FIELDS)
    if "name" in data and not data["name"] or agency_id is None and not data.get("name"):
        raise ValidationError(translate("Agencies", "Bitte den Namen der Stelle angeben."), "name")
    label = translate("Agencies", "Stelle anlegen") if agency_id is None else translate("Agencies", "Stelle ändern")
    with recording(store, label) as (s, edit):
        if agency_id is None:
            agency = Agency(id=new_id(), **data)
            s.add(agency)
        else:
            agency = s.get(Agency, agency_id)
            if agency is None or agency.deleted:
                raise NotFound(translate("Agencies", "Die Stelle gibt es nicht (mehr)."))
            for key, value in data.items():
                if getattr(agency, key) != value:
                    setattr(agency, key, value)
        edit.result = agency.id
    return edit


def remove(store: Store, agency_id: str) -> Edit:
    with recording(store, translate("Agencies", "Stelle entfernen")) as (s, edit):
        agency = s.get(Agency, agency_id)
        if agency is not None:
            agency.deleted = True
    return edit


def referenced_ids(session) -> set[str]:
    """Agencies some record points to (a need, a consent, a participant, a measure …)."""
    ids: set[str] = set()
    for table in Agency.metadata.tables.values():
        for column in table.columns:
            if any(fk.column.table.name == Agency.__tablename__ for fk in column.foreign_keys):
                cond = [column.is_not(None)]
                if "deleted" in table.columns:
                    cond.append(table.columns["deleted"].is_(False))
                ids.update(session.scalars(select(column).where(*cond).distinct()))
    return ids


def remove_unused(store: Store) -> Edit:
    """Empty the catalogue (a district starts its own): every agency no record points to is removed.

    Removals are ordinary edits, so the team's other laptops follow at the next sync, and the
    edit can be undone. ``edit.result`` is (removed, kept because in use).
    """
    with recording(store, translate("Agencies", "Stellenkatalog leeren")) as (s, edit):
        used = referenced_ids(s)
        removed = kept = 0
        for agency in s.scalars(select(Agency).where(Agency.deleted.is_(False))):
            if agency.id in used:
                kept += 1
            else:
                agency.deleted = True
                removed += 1
        edit.result = (removed, kept)
    return edit
