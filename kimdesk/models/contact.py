"""Counselling contacts: what happened when, where, with or without interpreter."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_key, stored_id_ref

CONTACT_KINDS = ("office", "outreach", "phone", "video", "home_visit")


class CounsellingContact(Synced, Base):
    __tablename__ = "counselling_contact"

    id: Mapped[str] = stored_id_key()  # stored as 16 bytes

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20), default="office")
    place: Mapped[str | None] = mapped_column(String(200))
    interpreter: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    staff: Mapped[str | None] = mapped_column(String(200))
    # information from doctors or therapists (§ 203 StGB) must not reach the Ausländerbehörde
    not_for_immigration_office: Mapped[bool] = mapped_column(default=False)
    # where the content came from; doctor/therapist content is marked by default (§ 203 StGB)
    source: Mapped[str | None] = mapped_column(String(30))
    # what an office's release must cover to see it (consents.DATA_KINDS; Art. 9 GDPR health)
    data_kind: Mapped[str | None] = mapped_column(String(20))
    health: Mapped[bool] = mapped_column(default=False, server_default=false())
