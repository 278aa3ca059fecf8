"""Text sections of an anonymous report, written by the team and saved with the report's period.

A *Sachstandsbericht* the committee can adopt needs words around the figures (introduction,
developments, structural findings, outlook). Each section is one synced row whose id derives
from (report, period, section), so two laptops writing the same section meet in one row and a
conflict is resolved like any other. A section is printed only when a person has marked it as
reviewed for publication (free text could name someone).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced

SECTIONS = ("introduction", "developments", "findings", "outlook")


class ReportText(Synced, Base):
    __tablename__ = "report_text"

    report: Mapped[str] = mapped_column(String(30))  # "committee"
    date_from: Mapped[date]
    date_to: Mapped[date]
    section: Mapped[str] = mapped_column(String(30))  # one of SECTIONS
    text: Mapped[str] = mapped_column(Text, default="")
    reviewed: Mapped[bool] = mapped_column(default=False)  # marked as reviewed for publication
