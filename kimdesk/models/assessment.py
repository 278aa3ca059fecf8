"""The assessment: residence status and benefit system each with their history, and the rest.

Residence status and benefit system change over a case (Gestattung → Aufenthaltserlaubnis,
AsylbLG → SGB II); the gaps people fall into open exactly at those changes, so each change
is a dated row instead of an overwritten field. ``Client.residence_*`` keeps the current
values for lists and search (kept in step by ``kimdesk.services.casework.assessment``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_key, stored_id_ref

BENEFIT_SYSTEMS = ("AsylbLG", "SGB II", "SGB XII", "SGB III", "SGB VIII", "none")
LANGUAGE_LEVELS = ("none", "A1", "A2", "B1", "B2", "C1", "C2", "native")


class ResidenceRecord(Synced, Base):
    """One residence status with its document's validity (permit, Duldung, Gestattung)."""

    __tablename__ = "residence_record"
    id: Mapped[str] = stored_id_key()  # stored as 16 bytes

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    status: Mapped[str] = mapped_column(String(200))
    paragraph: Mapped[str | None] = mapped_column(String(100))
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]  # expiry of the permit, Duldung or Gestattung
    note: Mapped[str | None] = mapped_column(Text)


class BenefitRecord(Synced, Base):
    """One benefit system: applied, approved, paid from ``since`` until ``until``."""

    __tablename__ = "benefit_record"
    id: Mapped[str] = stored_id_key()  # stored as 16 bytes
    # the asylum-benefit deadline rules read only this index (issue 19, migration 0038)
    __table_args__ = (Index("ix_benefit_record_by_system", "system", "deleted", "client_id", "since", "until"),)

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    system: Mapped[str] = mapped_column(String(20))  # ix_benefit_record_by_system
    agency_id: Mapped[str | None] = stored_id_ref("agency.id")
    applied_on: Mapped[date | None]
    approved_on: Mapped[date | None] = mapped_column(index=True)  # pending changes of system
    since: Mapped[date]
    until: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)


class Assessment(Synced, Base):
    """The situation as assessed on a day; a later assessment is a new row."""

    __tablename__ = "assessment"

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    on: Mapped[date]
    household: Mapped[str | None] = mapped_column(Text)
    school: Mapped[str | None] = mapped_column(Text)  # school history and current situation
    language_level: Mapped[str | None] = mapped_column(String(20))
    health: Mapped[str | None] = mapped_column(Text)  # Art. 9 GDPR: never for the immigration office
    housing: Mapped[str | None] = mapped_column(Text)
    resources: Mapped[str | None] = mapped_column(Text)
    offices_involved: Mapped[list[str]] = mapped_column(default=list)  # agency ids
    note: Mapped[str | None] = mapped_column(Text)
    not_for_immigration_office: Mapped[bool] = mapped_column(default=False)
