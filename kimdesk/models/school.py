"""School entry of newly arrived young people (*Seiteneinsteiger*), one row per person.

The dates are the steps of the way to a school place; waiting times for the committee are
differences between them (from assignment and from registration to placement).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced

SCHOOL_FORMS = ("primary", "secondary", "ifk", "other")


class SchoolEntry(Synced, Base):
    __tablename__ = "school_entry"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True, unique=True)
    arrived_on: Mapped[date | None]  # arrival in Germany
    assigned_on: Mapped[date | None]  # assignment to the municipality
    registered_on: Mapped[date | None]  # with the school office / integration centre
    school_form: Mapped[str | None] = mapped_column(String(20))
    applied_on: Mapped[date | None]
    placed_on: Mapped[date | None]
    school: Mapped[str | None] = mapped_column(String(300))
