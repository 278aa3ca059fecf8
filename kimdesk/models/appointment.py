"""Appointments of the person (*Termine*): date, time, place, with whom – what the hand-out lists.

Distinct from tasks and follow-ups (``Task``), which are the team's internal reminders and
never appear on a document for the person.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_ref


class Appointment(Synced, Base):
    __tablename__ = "appointment"

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    on: Mapped[date]
    at: Mapped[time | None]
    place: Mapped[str | None] = mapped_column(String(300))
    with_whom: Mapped[str | None] = mapped_column(String(300))  # a person or function there
    agency_id: Mapped[str | None] = stored_id_ref("agency.id")  # the office, if it is one
    note: Mapped[str | None] = mapped_column(Text)  # what to bring, what it is about
