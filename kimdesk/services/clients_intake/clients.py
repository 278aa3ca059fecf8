"""Client records: create (intake), edit, tombstone-delete, read. Case numbers per team.

Case numbers must be unique across the team even when two laptops take in people offline
at the same time, so each device numbers within its own prefix (year, device code, counter).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Client, HouseholdMember, new_id
from kimdesk.models import fields as registry
from kimdesk.services.clients_intake import validation as v
from kimdesk.store import options
from kimdesk.store.store import Store

Cleaner = Callable[[Any], Any]


def _cleaners(entity: registry.Entity) -> dict[str, Cleaner]:
    """The checks of the fields a user may type (``kimdesk.models.fields``), by name."""
    return {f.name: partial(v.check, f) for f in entity.fields if f.check}


CLIENT_FIELDS: dict[str, Cleaner] = _cleaners(registry.CLIENT)
MEMBER_FIELDS: dict[str, Cleaner] = _cleaners(registry.HOUSEHOLD_MEMBER)


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


def _store(session: Session) -> Store:
    """The store a unit of work was opened on (``Store.session`` puts it there)."""
    return session.info["store"]


def next_case_number(session: Session, on: date | None = None) -> str:
    store = _store(session)
    conn = session.connection()
    counter = int(store.get_setting(conn, options.CASE_COUNTER.key, 0)) + 1
    store.set_setting(conn, options.CASE_COUNTER.key, counter)
    year = (on or date.today()).year % 100
    # the device part keeps numbers unique across laptops numbering offline at the same time
    return f"{year:02d}-{store.device_id.replace('-', '')[:6].upper()}-{counter:04d}"


def add_client(session: Session, fields: Mapping[str, Any], *, client_id: str | None = None) -> Client:
    data = clean(fields, CLIENT_FIELDS)
    require_name(data)
    data.setdefault("opened_on", date.today())
    client = Client(id=client_id or new_id(), case_number=next_case_number(session), **data)
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
        client = add_client(session, fields)
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
