"""The case cycle: first contacts (enquiries without a case) and dated phase transitions.

A case runs through clearing, assessment, plan, monitoring, evaluation and closure. Each
transition is its own synced row (never an overwritten field), so the history of a case and
the waiting times committees ask for can be read off the dates, and two laptops recording
transitions offline both keep theirs. ``Client.status``/``opened_on``/``closed_on`` mirror
the latest transition (kept in step by ``kimdesk.services.casework.case_cycle``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_key, stored_id_ref

PHASES = ("clearing", "assessment", "plan", "monitoring", "evaluation", "closed")
GOALS_REACHED = ("all", "partly", "none", "not_applicable")


class FirstContact(Synced, Base):
    """A short enquiry recorded without opening a case (no name needed)."""

    __tablename__ = "first_contact"

    on: Mapped[date]
    referral_source: Mapped[str | None] = mapped_column(String(200))  # self, Jobcenter, school, …
    topic: Mapped[str | None] = mapped_column(String(200))  # a need category, free text
    summary: Mapped[str | None] = mapped_column(Text)
    municipality: Mapped[str | None] = mapped_column(String(200))
    staff: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(30), default="information")  # information / referred / case_opened
    client_id: Mapped[str | None] = stored_id_ref("client.id", index=True)


class CasePhase(Synced, Base):
    """Entering ``phase`` on ``on`` (from ``from_phase``); closure carries reason and goals reached."""

    __tablename__ = "case_phase"

    id: Mapped[str] = stored_id_key()  # stored as 16 bytes

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    phase: Mapped[str] = mapped_column(String(20))
    from_phase: Mapped[str | None] = mapped_column(String(20))
    on: Mapped[date]
    recorded_at: Mapped[datetime] = mapped_column(DateTime)  # orders transitions of one day
    indicated: Mapped[bool | None]  # clearing: is case management indicated?
    agreed: Mapped[bool | None]  # clearing: does the person agree?
    reason: Mapped[str | None] = mapped_column(Text)  # closure (required) or reopening
    goals_reached: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
