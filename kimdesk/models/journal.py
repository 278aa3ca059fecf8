"""Local bookkeeping: the change journal, the audit chain and settings.

The change journal is both the outbox for sync and the history of every record: each row
holds the fields one write set (their values compactly encoded, store.journal_values), the
hybrid-logical-clock stamp and the device. The current value of a field is the one with the
highest (stamp, device); older values stay here for browsing and restoring until the record
is erased.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base
from kimdesk.models.types import StoredId


class Change(Base):
    """One change; stored compactly (see store.journal_codes): names as codes, row ids as 16 bytes."""

    __tablename__ = "change"
    __table_args__ = (
        # one index for both "this row's changes" (history, materialise, erasure) and a change's
        # identity across laptops (sync applies each one once): migration 0042 merged the two
        Index("ux_change_row", "entity_code", "row_key", "stamp", "device_code", unique=True),
        # the outbox: this laptop's unsent changes only (a synced journal's changes all have a
        # segment); a frozen segment's changes are found by its range (sync_outgoing.first_change)
        Index("ix_change_unsent", "device_code", sqlite_where=text("segment IS NULL")),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_code: Mapped[int] = mapped_column(Integer)  # journal_name.code of the table
    # a canonical UUID as its 16 bytes, any other id as text (written through store.journal_codes)
    row_key: Mapped[bytes] = mapped_column(LargeBinary)
    # the values (fields and new values) in their stored form, store.journal_values (declared JSON before 0040)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    stamp: Mapped[int] = mapped_column(BigInteger)
    device_code: Mapped[int] = mapped_column(Integer)  # journal_name.code of the device
    actor_code: Mapped[int | None] = mapped_column(Integer)  # journal_name.code of the writer
    # knowledge the writer had: id of a vector of applied remote segments (sync)
    seen: Mapped[int | None] = mapped_column(Integer)
    # local change: outgoing segment it was sent in (NULL = unsent); remote: origin segment
    segment: Mapped[int | None] = mapped_column(Integer)


class JournalName(Base):
    """The names the change journal stores as codes: tables, devices, writers (local to a database)."""

    __tablename__ = "journal_name"

    code: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class AuditEntry(Base):
    """Who did what to which record, when, from which device. Ids and field names only."""

    __tablename__ = "audit"
    # ix_audit_row: "who opened this record when" (access record) without a scan of the log
    # ix_audit_first: which entry holds a journal change (the Art. 15 change log)
    __table_args__ = (Index("ix_audit_row", "row_id", "action"), Index("ix_audit_first", "first_change"),
                      {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC
    device: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))  # create/update/delete/erase/open/import/sync …
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str | None] = mapped_column(String(36))
    fields: Mapped[str] = mapped_column(Text, default="")  # comma-separated field names, "*" = all
    hash: Mapped[str] = mapped_column(String(64))  # sha256(previous entry's hash + this entry)
    # NULL: the first format (one entry per change, before migration 0034); 2: one per transaction
    version: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[int | None] = mapped_column(Integer)  # how many changes the entry covers
    # seq of its first change-journal row (a unit of work's entry; its changes follow contiguously)
    first_change: Mapped[int | None] = mapped_column(Integer)
    digest: Mapped[str | None] = mapped_column(String(64))  # sha256 of its changes (see store.audit)


class Setting(Base):
    """Device-local settings and state (JSON values); team settings live in synced tables."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class NameKey(Base):
    """Derived search keys of a client's names, kept by triggers and the sync apply path (see store.names)."""

    __tablename__ = "name_key"
    __table_args__ = (
        Index("ix_name_key_client", "client_id"),
        {"sqlite_with_rowid": False},
    )

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    client_id: Mapped[str] = mapped_column(StoredId(), primary_key=True)  # 16 bytes, as client.id (0043)
