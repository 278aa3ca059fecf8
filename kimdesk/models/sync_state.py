"""Sync bookkeeping: knowledge vectors, cursors, outgoing segments, conflicts, erasures.

All of these are device-local (``Base`` only) except ``ConflictResolution``, which is team
data: resolving a conflict is an edit that every laptop must learn about, so it syncs like any
other row (its id is derived from the conflict, so two laptops resolving the same conflict
write the same row).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced


class Knowledge(Base):
    """A knowledge vector: for each remote device, the last of its segments applied here.

    Change rows point at one (``change.seen``): what their writer had seen when writing.
    Vectors are stored once (canonical JSON is unique) and never change.
    """

    __tablename__ = "sync_knowledge"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vector: Mapped[str] = mapped_column(Text, unique=True)  # canonical JSON {device: seq}


class SyncCursor(Base):
    """The last segment of a remote device applied here (advanced with the apply)."""

    __tablename__ = "sync_cursor"

    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class OutgoingSegment(Base):
    """A sequence number this device reserved; its changes are frozen to it (``change.segment``).

    ``sent`` is set once the file is on the share. A reserved but unsent segment is rewritten
    with the same changes by the next round, never given different content.
    """

    __tablename__ = "sync_outgoing"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    requires: Mapped[str] = mapped_column(Text, default="{}")  # knowledge when frozen (JSON)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[str] = mapped_column(String(32))
    sent: Mapped[str | None] = mapped_column(String(32))
    # the seqs of the change journal its changes lie between (the journal has no index by segment,
    # migration 0042); 0 and 0 when it has none; NULL: not known (its changes are looked for everywhere)
    first_change: Mapped[int | None] = mapped_column(Integer)
    last_change: Mapped[int | None] = mapped_column(Integer)


class SyncConflict(Base):
    """A value that lost against a concurrent one (or against a finalised protocol).

    One row per losing change and field; ``kept`` is the value it lost against. Values are
    JSON as stored in the change journal. Derived identically on every device that holds both
    changes; whether it is resolved is decided by the synced ``ConflictResolution``.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (
        # also serves the look-ups by (entity, row_id): their own index was dropped in 0039
        UniqueConstraint("entity", "row_id", "field", "lost_device", "lost_stamp", name="uq_sync_conflict_loser"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10))  # field / delete / final
    kept: Mapped[Any | None] = mapped_column(Text)  # JSON text
    kept_stamp: Mapped[int | None] = mapped_column(BigInteger)
    kept_device: Mapped[str | None] = mapped_column(String(36))
    lost: Mapped[Any | None] = mapped_column(Text)  # JSON text
    lost_stamp: Mapped[int] = mapped_column(BigInteger)
    lost_device: Mapped[str] = mapped_column(String(36))
    lost_actor: Mapped[str | None] = mapped_column(String(200))


class Erasure(Base):
    """A person erased (request under Art. 17 GDPR or end of retention): ids only.

    Synced in segments like changes (``segment`` NULL = not yet sent, for local erasures);
    applying it on another laptop erases the same person there.
    """

    __tablename__ = "sync_erasure"
    __table_args__ = (
        UniqueConstraint("device", "stamp", name="uq_sync_erasure_origin"),
        Index("ix_sync_erasure_device_segment", "device", "segment"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(36))
    stamp: Mapped[int] = mapped_column(BigInteger)
    device: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    segment: Mapped[int | None] = mapped_column(Integer)


class ErasedRow(Base):
    """Every row id removed by an erasure: later changes to it are dropped."""

    __tablename__ = "sync_erased"
    __table_args__ = ({"sqlite_with_rowid": False},)

    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    erasure_id: Mapped[int] = mapped_column(Integer)


class ConflictResolution(Synced, Base):
    """A person decided a conflict; syncs so every laptop shows it resolved."""

    __tablename__ = "conflict_resolution"

    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    lost_device: Mapped[str] = mapped_column(String(36))
    lost_stamp: Mapped[int] = mapped_column(BigInteger)
    choice: Mapped[str] = mapped_column(String(10), default="kept")  # kept / lost / addendum
