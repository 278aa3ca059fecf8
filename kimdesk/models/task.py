"""Tasks and follow-ups (*Wiedervorlagen*), on a person or free-standing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced, stored_id_ref


class Task(Synced, Base):
    __tablename__ = "task"

    client_id: Mapped[str | None] = stored_id_ref("client.id", index=True)
    kind: Mapped[str] = mapped_column(String(20), default="task")  # task / follow_up
    title: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open / done / dismissed
    done_on: Mapped[date | None]
    assigned_to: Mapped[str | None] = mapped_column(String(200))
    rule: Mapped[str | None] = mapped_column(String(100))  # the deadline rule that created it
    source_key: Mapped[str | None] = mapped_column(String(200), index=True)  # de-duplication key
