"""Needs of a person and who is responsible for each (the responsibility map).

A responsibility's status changes are kept as events so the map can show the history of a
request and flag *Pingpong* (declined or forwarded again and again).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_key, stored_id_ref

NEED_STATUSES = ("open", "in_progress", "met", "closed")
RESPONSIBILITY_STATUSES = ("requested", "accepted", "declined", "forwarded", "done")


class Need(Synced, Base):
    __tablename__ = "need"
    # the move check steps from a request to its person through this index alone (issue 19, 0038); the
    # school deadline rules find a person's school need among the few of its category (0048)
    __table_args__ = (Index("ix_need_state", "id", "client_id", "status", "deleted"),
                      Index("ix_need_category", "category", "status", "deleted", "client_id"))
    id: Mapped[str] = stored_id_key()  # stored as 16 bytes (migration 0044), as every column holding it

    # looked up through ix_need_open (client_id, status, deleted), see list_indexes
    client_id: Mapped[str] = stored_id_ref("client.id")
    category: Mapped[str] = mapped_column(String(100))  # free text; the app offers a vocabulary
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), default="open")
    opened_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    not_for_immigration_office: Mapped[bool] = mapped_column(default=False)
    # where the content came from; doctor/therapist content is marked by default (§ 203 StGB)
    source: Mapped[str | None] = mapped_column(String(30))
    # what an office's release must cover to see it (consents.DATA_KINDS; Art. 9 GDPR health)
    data_kind: Mapped[str | None] = mapped_column(String(20))
    health: Mapped[bool] = mapped_column(default=False, server_default=false())


class Responsibility(Synced, Base):
    __tablename__ = "responsibility"
    # the "moved" deadline rule reads responsibilities per agency without the rows (issue 9)
    __table_args__ = (Index("ix_responsibility_agency_status", "agency_id", "status", "deleted", "need_id", "id"),)
    id: Mapped[str] = stored_id_key()  # stored as 16 bytes (migration 0044), as every column holding it

    need_id: Mapped[str] = stored_id_ref("need.id", index=True)
    # no index of its own (dropped in 0039): ix_responsibility_agency_status starts with it
    agency_id: Mapped[str | None] = stored_id_ref("agency.id")
    status: Mapped[str] = mapped_column(String(30), default="requested")
    contact: Mapped[str | None] = mapped_column(String(300))
    requested_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    reason: Mapped[str | None] = mapped_column(Text)


class ResponsibilityEvent(Synced, Base):
    """One step of a request: requested, accepted, declined (reason), forwarded (to), done."""

    __tablename__ = "responsibility_event"
    # every look-up of a need's steps (the committee timeline's dirty needs, the map); a narrow
    # index since 0047: the covering one (every column the report reads) was a second copy of the
    # table, and the report reads the steps only of the needs whose timeline is dirty
    __table_args__ = (Index("ix_responsibility_event_need", "need_id", "deleted"),)

    id: Mapped[str] = stored_id_key()  # stored as 16 bytes

    need_id: Mapped[str] = stored_id_ref("need.id")
    # indexed (migration 0022): the streamed export reads the steps of 500 requests at a time
    responsibility_id: Mapped[str | None] = stored_id_ref("responsibility.id", index=True)
    agency_id: Mapped[str | None] = stored_id_ref("agency.id")
    status: Mapped[str] = mapped_column(String(30))
    on: Mapped[date]
    reason: Mapped[str | None] = mapped_column(Text)
    forwarded_to_id: Mapped[str | None] = stored_id_ref("agency.id")
