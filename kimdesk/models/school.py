"""School entry of newly arrived young people (*Seiteneinsteiger*), and the places schools offer.

The dates are the steps of the way to a school place; waiting times for the committee are
differences between them (from assignment and from registration to placement). The places
per intake (``SchoolPlace``) are entered by the coordination, one row per school (or school
form of a municipality, or of the whole region) and intake date, with its operator
(*Schulträger*: the municipality or the StädteRegion), so the report can set places beside
those waiting.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_ref

SCHOOL_FORMS = ("primary", "secondary", "ifk", "ffm", "other")
OPERATORS = ("municipality", "region")  # Schulträger: the municipality or the StädteRegion / Kreis


class SchoolEntry(Synced, Base):
    __tablename__ = "school_entry"
    # "has a school place?" for the school deadline rules, without the row (issue 19, 0038)
    __table_args__ = (Index("ix_school_entry_placed", "client_id", "deleted", "placed_on"),)

    client_id: Mapped[str] = stored_id_ref("client.id", index=True, unique=True)
    arrived_on: Mapped[date | None]  # arrival in Germany
    assigned_on: Mapped[date | None]  # assignment to the municipality
    registered_on: Mapped[date | None]  # with the school office / integration centre
    school_form: Mapped[str | None] = mapped_column(String(20))
    applied_on: Mapped[date | None]
    placed_on: Mapped[date | None]
    school: Mapped[str | None] = mapped_column(String(300))


class SchoolPlace(Synced, Base):
    """Places a school form offers at one intake in a municipality (or region-wide: no municipality)."""

    __tablename__ = "school_place"

    municipality: Mapped[str | None] = mapped_column(String(200))  # None: the whole region
    school_form: Mapped[str] = mapped_column(String(20))
    operator: Mapped[str] = mapped_column(String(20))  # one of OPERATORS
    school: Mapped[str | None] = mapped_column(String(300))  # for the team; never printed in a report
    intake_on: Mapped[date]
    places: Mapped[int]
