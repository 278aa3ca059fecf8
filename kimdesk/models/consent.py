"""Releases from confidentiality (*Schweigepflichtentbindung*), § 67b SGB X."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_key, stored_id_ref


class Consent(Synced, Base):
    __tablename__ = "consent"
    id: Mapped[str] = stored_id_key()  # stored as 16 bytes

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    agency_id: Mapped[str | None] = stored_id_ref("agency.id", index=True)
    recipient_person: Mapped[str | None] = mapped_column(String(200))  # a person or function
    purpose: Mapped[str | None] = mapped_column(Text)
    covers_health: Mapped[bool] = mapped_column(default=False)  # Art. 9 GDPR data, separately
    # kinds of data released (see kimdesk.services.releases.consents.DATA_KINDS); empty = all but health
    data_kinds: Mapped[list[str]] = mapped_column(default=list, server_default=text("'[]'"))
    # who gave it: the person, or a guardian; for minors the capacity to understand counts
    given_by: Mapped[str | None] = mapped_column(String(20))  # person / guardian
    form: Mapped[str] = mapped_column(String(20), default="written")  # written / electronic / oral
    given_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)  # deadline rules
    revoked_on: Mapped[date | None]
    # an oral release covering health data needs the special circumstances recorded (Art. 9 GDPR)
    oral_reason: Mapped[str | None] = mapped_column(Text)
