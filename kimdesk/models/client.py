"""A person in case management, and the members of their household."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kimdesk.models.base import Base, Synced, stored_id_key, stored_id_ref


# the kinds of BAMF decision the deadline rules know (resources/rules/deadlines.json)
BAMF_DECISIONS = ("asylum", "refugee", "subsidiary", "deportation_ban", "refused", "manifestly_unfounded",
                  "inadmissible")


class Client(Synced, Base):
    __tablename__ = "client"
    # narrow copy of what the deadline rules check on every person ("open case?", where, which
    # status), so their joins read this index instead of the wide rows (issue 9)
    __table_args__ = (
        Index("ix_client_open_cases", "id", "status", "deleted", "municipality", "residence_status"),
        # the deadline rules read these instead of the wide rows (issue 19, migration 0038)
        Index("ix_client_birth_open", "birth_date", "status", "deleted", "id"),
        Index("ix_client_residence_due", "residence_valid_until", "status", "deleted", "residence_status", "id"),
        Index("ix_client_bamf_decision", "bamf_decision_on", "bamf_decision", "status", "deleted", "id",
              sqlite_where=text("bamf_decision IS NOT NULL")),
        Index("ix_client_residence_rule", "residence_rule_place", "municipality", "residence_rule_until", "status",
              "deleted", "id", sqlite_where=text("residence_rule_place IS NOT NULL")),
    )

    id: Mapped[str] = stored_id_key()  # stored as 16 bytes, as every column that holds it (migration 0043)
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")  # ix_client_list_name, see list_indexes
    # the name as written in the person's own script (Arabic, Cyrillic, Ge'ez …), optional
    native_name: Mapped[str | None] = mapped_column(String(400))
    birth_date: Mapped[str | None] = mapped_column(String(10))  # partial date, see partial_date
    gender: Mapped[str | None] = mapped_column(String(20))
    nationality: Mapped[str | None] = mapped_column(String(100))
    languages: Mapped[list[str]] = mapped_column(default=list)
    interpreter_needed: Mapped[bool] = mapped_column(default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(100))
    residence_status: Mapped[str | None] = mapped_column(String(200))
    residence_paragraph: Mapped[str | None] = mapped_column(String(100))
    residence_valid_until: Mapped[date | None]  # deadline rules: ix_client_residence_due
    # what the legal rules need beyond the status (issue 12): the day deportation was first
    # suspended (§ 1 Abs. 1 Nr. 3 c AsylbLG counts 18 months from it), the BAMF decision and
    # the day it was served (appeal deadline, family reunification window), and a residence
    # rule under § 12a AufenthG (the municipality the person must live in, and until when)
    suspended_since: Mapped[date | None]
    bamf_decision: Mapped[str | None] = mapped_column(String(30))  # see BAMF_DECISIONS
    bamf_decision_on: Mapped[date | None]
    residence_rule_place: Mapped[str | None] = mapped_column(String(200))
    residence_rule_until: Mapped[date | None]
    municipality: Mapped[str | None] = mapped_column(String(200), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    household_id: Mapped[str | None] = mapped_column(String(36), index=True)
    case_manager: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="open")  # open / closed
    opened_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    # decides the retention period (resources/rules/retention.json); None = the default type
    case_type: Mapped[str | None] = mapped_column(String(40))

    household: Mapped[list[HouseholdMember]] = relationship(
        back_populates="client", foreign_keys="HouseholdMember.client_id", order_by="HouseholdMember.birth_date"
    )

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}".strip(", ")


class HouseholdMember(Synced, Base):
    """Someone living with the client; ``member_client_id`` links one who is a client too."""

    __tablename__ = "household_member"
    id: Mapped[str] = stored_id_key()  # stored as 16 bytes

    client_id: Mapped[str] = stored_id_ref("client.id", index=True)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[str | None] = mapped_column(String(10))
    relation: Mapped[str | None] = mapped_column(String(50))  # partner, child, parent, sibling, other
    member_client_id: Mapped[str | None] = stored_id_ref("client.id")

    client: Mapped[Client] = relationship(back_populates="household", foreign_keys=[client_id])
