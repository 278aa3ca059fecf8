"""Client records: create (intake), edit, tombstone-delete, read. Case numbers per team.

Case numbers must be unique across the team even when two laptops take in people offline
at the same time, so each device numbers within its own prefix (year, device code, counter).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Client, HouseholdMember, new_id
from kimdesk.models.client import BAMF_DECISIONS
from kimdesk.services import validation as v
from kimdesk.store.store import Store
from kimdesk.store import options

Cleaner = Callable[[Any], Any]

CLIENT_FIELDS: dict[str, Cleaner] = {
    "given_name": lambda x: v.name(x, "given_name"),
    "family_name": lambda x: v.name(x, "family_name"),
    "native_name": lambda x: v.text(x, "native_name", max_len=400),
    "birth_date": lambda x: v.birth_date(x),
    "gender": lambda x: v.text(x, "gender", max_len=20),
    "nationality": lambda x: v.text(x, "nationality", max_len=100),
    "languages": lambda x: _languages(x),
    "interpreter_needed": lambda x: bool(x),
    "interpreter_language": lambda x: v.text(x, "interpreter_language", max_len=100),
    "residence_status": lambda x: v.text(x, "residence_status", max_len=200),
    "residence_paragraph": lambda x: v.text(x, "residence_paragraph", max_len=100),
    "residence_valid_until": lambda x: v.day(x, "residence_valid_until"),
    "suspended_since": lambda x: v.day(x, "suspended_since"),
    "bamf_decision": lambda x: None if x in (None, "") else v.choice(x, "bamf_decision", BAMF_DECISIONS),
    "bamf_decision_on": lambda x: v.day(x, "bamf_decision_on"),
    "residence_rule_place": lambda x: v.text(x, "residence_rule_place", max_len=200),
    "residence_rule_until": lambda x: v.day(x, "residence_rule_until"),
    "municipality": lambda x: v.text(x, "municipality", max_len=200),
    "address": lambda x: v.text(x, "address", max_len=1000),
    "phone": lambda x: v.phone(x),
    "email": lambda x: v.email(x),
    "household_id": lambda x: None if x is None else v.uuid_str(x, "household_id"),
    "case_manager": lambda x: v.text(x, "case_manager", max_len=200),
    "status": lambda x: v.choice(x, "status", ("open", "closed")),
    "opened_on": lambda x: v.day(x, "opened_on"),
    "closed_on": lambda x: v.day(x, "closed_on"),
    "case_type": lambda x: v.text(x, "case_type", max_len=40),  # retention period (rules/retention.json)
}

MEMBER_FIELDS: dict[str, Cleaner] = {
    "given_name": lambda x: v.name(x, "given_name"),
    "family_name": lambda x: v.name(x, "family_name"),
    "birth_date": lambda x: v.birth_date(x),
    "relation": lambda x: v.text(x, "relation", max_len=50),
    "member_client_id": lambda x: None if x is None else v.uuid_str(x, "member_client_id"),
}


def _languages(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [p for p in (s.strip() for s in value.split(",")) if p]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ValidationError(translate("Validation", "„Sprachen“ muss eine Liste von Texten sein."), "languages")
    return [v.text(x, "languages", max_len=100) or "" for x in value if x.strip()]


def clean(fields: Mapping[str, Any], spec: Mapping[str, Cleaner]) -> dict[str, Any]:
    """Validate the given fields by ``spec``; unknown keys are an error (a typo loses data)."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in spec:
            raise ValidationError(translate("Validation", "Unbekanntes Feld „{field}“.").format(field=key), key)
        out[key] = spec[key](value)
    return out


def require_name(fields: Mapping[str, Any]) -> None:
    if not (fields.get("given_name") or fields.get("family_name")):
        raise ValidationError(
            translate("Validation", "Bitte mindestens Vor- oder Familiennamen angeben."), "family_name")


def next_case_number(session: Session, store: Store, on: date | None = None) -> str:
    conn = session.connection()
    counter = int(store.get_setting(conn, options.CASE_COUNTER.key, 0)) + 1
    store.set_setting(conn, options.CASE_COUNTER.key, counter)
    year = (on or date.today()).year % 100
    # the device part keeps numbers unique across laptops numbering offline at the same time
    return f"{year:02d}-{store.device_id.replace('-', '')[:6].upper()}-{counter:04d}"


def add_client(session: Session, store: Store, fields: Mapping[str, Any], *, client_id: str | None = None) -> Client:
    data = clean(fields, CLIENT_FIELDS)
    require_name(data)
    data.setdefault("opened_on", date.today())
    client = Client(id=client_id or new_id(), case_number=next_case_number(session, store), **data)
    session.add(client)
    return client


def create_client(
    store: Store,
    fields: Mapping[str, Any],
    *,
    household: Iterable[Mapping[str, Any]] = (),
) -> str:
    """Intake: one transaction for the person and their household members."""
    with store.session() as session:
        client = add_client(session, store, fields)
        for member in household:
            data = clean(member, MEMBER_FIELDS)
            require_name(data)
            session.add(HouseholdMember(client_id=client.id, **data))
        return client.id


def get(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted:
        raise NotFound(translate("Clients", "Keine Person mit der Kennung {id}.").format(id=client_id))
    return client


def update_client(store: Store, client_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Change fields; returns the previous values of what changed (for undo)."""
    data = clean(fields, CLIENT_FIELDS)
    with store.session() as session:
        client = get(session, client_id)
        previous = {k: getattr(client, k) for k in data if getattr(client, k) != data[k]}
        merged = {"given_name": client.given_name, "family_name": client.family_name} | data
        require_name(merged)
        for key in previous:
            setattr(client, key, data[key])
        return previous


def delete_client(store: Store, client_id: str) -> None:
    """Tombstone a person (undoable, syncs); erasure under Art. 17 GDPR is ``retention``."""
    with store.session() as session:
        get(session, client_id).deleted = True


def count(store: Store) -> int:
    from sqlalchemy import func

    with store.session(write=False) as session:
        return session.scalar(select(func.count()).select_from(Client).where(Client.deleted.is_(False))) or 0
