"""The plan (*Hilfeplan* / *Zielvereinbarung*): goals, each with measures and a review date.

Every row carries ``client_id`` (also goals and measures), so queries over measures (the
tasks view, the deadline rules) and an erasure of the person need no joins up the tree.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_key, stored_id_ref

PLAN_STATUSES = ("draft", "agreed", "closed")
GOAL_STATUSES = ("open", "reached", "partly", "not_reached", "dropped")
MEASURE_STATUSES = ("open", "done", "cancelled")


class CasePlan(Synced, Base):
    __tablename__ = "case_plan"

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    agreed_on: Mapped[date | None]
    review_on: Mapped[date | None] = mapped_column(index=True)
    note: Mapped[str | None] = mapped_column(Text)


class PlanGoal(Synced, Base):
    __tablename__ = "plan_goal"

    plan_id: Mapped[str] = stored_id_ref("case_plan.id", index=True)
    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    review_on: Mapped[date | None] = mapped_column(index=True)
    # what an office's release must cover to see it (consents.DATA_KINDS; Art. 9 GDPR health)
    data_kind: Mapped[str | None] = mapped_column(String(20))
    health: Mapped[bool] = mapped_column(default=False, server_default=false())


class PlanMeasure(Synced, Base):
    """Who (an office or a person) does what by when; may carry out a need's responsibility."""

    __tablename__ = "plan_measure"
    id: Mapped[str] = stored_id_key()  # stored as 16 bytes
    # overdue measures (the deadline rule reads this index alone since 0048), tasks view
    __table_args__ = (Index("ix_plan_measure_open_due", "status", "due", "deleted", "client_id", "id"),)

    goal_id: Mapped[str] = stored_id_ref("plan_goal.id", index=True)
    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str | None] = mapped_column(String(300))  # a person or function
    who_agency_id: Mapped[str | None] = stored_id_ref("agency.id")
    due: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[date | None]
    responsibility_id: Mapped[str | None] = stored_id_ref("responsibility.id")
    data_kind: Mapped[str | None] = mapped_column(String(20))  # as its goal unless said otherwise
    health: Mapped[bool] = mapped_column(default=False, server_default=false())
