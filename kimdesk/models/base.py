"""Declarative base and the mixin that marks a table as team data (synced, audited).

Team data rows have a UUID id and a ``deleted`` flag: an ordinary deletion is a tombstone
(the row stays, hidden), so an edit made elsewhere after the deletion can bring it back, as
the sync design asks. Local bookkeeping tables (audit, change journal, settings) derive from
``Base`` only.
"""

from __future__ import annotations

import secrets
import time as _time
import uuid
from datetime import date, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, MetaData, Time, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kimdesk.models.types import StoredId

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def uuid7(ms: int | None = None, rand: int | None = None) -> uuid.UUID:
    """A time-ordered UUID (RFC 9562, version 7): 48-bit Unix milliseconds, then random bits.

    Rows created together sit together in the B-trees, so inserts touch few pages — which
    matters most for an encrypted database, where every page touched is decrypted.
    """
    ms = int(_time.time() * 1000) if ms is None else ms
    rand = secrets.randbits(74) if rand is None else rand & ((1 << 74) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & ((1 << 62) - 1))
    return uuid.UUID(int=value)


def new_id() -> str:
    return str(uuid7())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        list[str]: JSON,
        dict[str, Any]: JSON,
        date: Date,
        time: Time,
    }


class Synced:
    """Mixin for team data: UUID primary key, tombstone flag, captured and synced."""

    __synced__ = True

    id: Mapped[str] = mapped_column(StoredId(), primary_key=True, default=new_id)  # 16 bytes (types.StoredId)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


def stored_id_key() -> Any:
    """The primary key of a team-data table, stored as 16 bytes (``types.StoredId``), as the
    ``Synced`` mixin's since migration 0046; kept where a model declares its id itself."""
    return mapped_column(StoredId(), primary_key=True, default=new_id)


def stored_id_ref(target: str, **kw: Any) -> Any:
    """A column holding the id of ``target`` (``"table.id"``) whose id is stored as 16 bytes: stored
    so too, or a join would compare a blob with a text and find nothing (migration 0044)."""
    return mapped_column(StoredId(), ForeignKey(target), **kw)


def synced_classes() -> dict[str, type]:
    """Map of table name to mapped class for every synced table."""
    result: dict[str, type] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__synced__", False):
            result[cls.__tablename__] = cls
    return result


def synced_columns(cls: type) -> list[str]:
    """Column attribute names carried in change records (everything but the id)."""
    return [c.key for c in cls.__mapper__.column_attrs if c.key != "id"]
