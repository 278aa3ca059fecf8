"""Structural findings (*generative Themen*) for the steering group, with linked cases.

Links name cases only inside the team's database; everything that leaves it (the list for
the steering group) carries the number of linked cases, never who they are.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_ref

FINDING_STATUSES = ("open", "raised", "resolved")


class StructuralFinding(Synced, Base):
    __tablename__ = "structural_finding"

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    legal_domains: Mapped[list[str]] = mapped_column(default=list)
    municipalities: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(20), default="open")
    noted_on: Mapped[date | None]
    raised_on: Mapped[date | None]  # brought to the steering group (Lenkungsgruppe)
    reviewed: Mapped[bool] = mapped_column(default=False, server_default=false())  # description may be published


class FindingCase(Synced, Base):
    __tablename__ = "finding_case"

    finding_id: Mapped[str] = stored_id_ref("structural_finding.id", index=True)
    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
