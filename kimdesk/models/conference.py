"""Case conferences (*Fallkonferenzen*) and their minutes.

A finalised protocol is immutable; corrections are dated addenda. Clients are linked with
their case number copied, so the minutes keep the case number when a person is erased.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import DateTime, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_ref
from kimdesk.models.types import StoredId

PRESENCE = ("present", "excused", "absent")
# how someone without an office takes part: the person concerned, a guardian, an interpreter
ROLES = ("person", "guardian", "interpreter")
ACTION_STATUSES = ("open", "done", "cancelled")


class Conference(Synced, Base):
    __tablename__ = "conference"

    kind: Mapped[str] = mapped_column(String(20), default="case")  # case / network
    date: Mapped[date]
    starts_at: Mapped[time | None]
    place: Mapped[str | None] = mapped_column(String(300))
    moderator: Mapped[str | None] = mapped_column(String(200))
    minute_taker: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft / final
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_date: Mapped[date | None]
    title: Mapped[str | None] = mapped_column(String(300))


class ConferenceClient(Synced, Base):
    __tablename__ = "conference_client"

    conference_id: Mapped[str] = stored_id_ref("conference.id", index=True)
    client_id: Mapped[str | None] = stored_id_ref("client.id", index=True)
    case_number: Mapped[str | None] = mapped_column(String(32))


class Participant(Synced, Base):
    __tablename__ = "participant"

    conference_id: Mapped[str] = stored_id_ref("conference.id", index=True)
    agency_id: Mapped[str | None] = stored_id_ref("agency.id")
    name: Mapped[str | None] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(200))
    presence: Mapped[str] = mapped_column(String(20), default="present")
    consent_override_reason: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str | None] = mapped_column(String(20))  # ROLES; None: an office or the team
    # attendance per TOP: left after this TOP, (back) from that TOP; None = from the start / to the end
    # (agenda item ids, no foreign key: participants are written before the agenda on import and sync;
    # stored as the agenda item's id is, 16 bytes: types.StoredId, migration 0046)
    left_after_item_id: Mapped[str | None] = mapped_column(StoredId())
    back_from_item_id: Mapped[str | None] = mapped_column(StoredId())
    # why the office stayed during a TOP its release does not cover (printed like the override)
    disclosure_reason: Mapped[str | None] = mapped_column(Text)


class AgendaItem(Synced, Base):
    __tablename__ = "agenda_item"

    conference_id: Mapped[str] = stored_id_ref("conference.id", index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    not_for_immigration_office: Mapped[bool] = mapped_column(default=False)
    # where the content came from; doctor/therapist content is marked by default (§ 203 StGB)
    source: Mapped[str | None] = mapped_column(String(30))
    # what an office's release must cover to see it (consents.DATA_KINDS; Art. 9 GDPR health)
    data_kind: Mapped[str | None] = mapped_column(String(20))
    health: Mapped[bool] = mapped_column(default=False, server_default=false())


class Decision(Synced, Base):
    __tablename__ = "decision"

    agenda_item_id: Mapped[str] = stored_id_ref("agenda_item.id", index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Synced, Base):
    __tablename__ = "action_item"

    agenda_item_id: Mapped[str] = stored_id_ref("agenda_item.id", index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    who: Mapped[str | None] = mapped_column(String(300))
    who_agency_id: Mapped[str | None] = stored_id_ref("agency.id")
    what: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[date | None]
    client_id: Mapped[str | None] = stored_id_ref("client.id", index=True)


class Addendum(Synced, Base):
    """A dated correction to a finalised protocol, printed after it."""

    __tablename__ = "addendum"

    conference_id: Mapped[str] = stored_id_ref("conference.id", index=True)
    on: Mapped[date]
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(String(200))
