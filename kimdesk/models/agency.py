"""Offices and organisations in the regional catalogue, by legal domain and municipality."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_key


class Agency(Synced, Base):
    __tablename__ = "agency"
    id: Mapped[str] = stored_id_key()  # stored as 16 bytes (migration 0044), as every column holding it

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(100))  # Jobcenter, Jugendamt, freier Träger …
    legal_domain: Mapped[str | None] = mapped_column(String(100))  # SGB II, AsylbLG, … (free text)
    municipalities: Mapped[list[str]] = mapped_column(default=list)
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    opening_hours: Mapped[str | None] = mapped_column(Text)  # as the office states them; printed on the hand-out
    # a public body must report certain facts to the Ausländerbehörde (§ 87 AufenthG)
    is_public_body: Mapped[bool] = mapped_column(default=True)
    # residence-law office: receives copies without content marked "not for the immigration office"
    is_immigration_office: Mapped[bool] = mapped_column(default=False)
