"""Anonymous counts that outlive erased cases, so reports still count them.

Written by the retention run just before it erases people: one row per group of erased
cases (kind, years, municipality, category) with how many. No ids, names or dates of a
person, not even the day of the erasure. Rows are only ever inserted (sums are taken when reading), so counts from two
laptops add up after sync instead of overwriting each other.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced

COUNT_KINDS = ("case", "need", "school_entry")


class AnonymousCount(Synced, Base):
    __tablename__ = "anonymous_count"

    kind: Mapped[str] = mapped_column(String(20))
    opened_year: Mapped[int | None] = mapped_column(Integer)
    closed_year: Mapped[int | None] = mapped_column(Integer)
    municipality: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(200))  # case type, need category, school form
    count: Mapped[int] = mapped_column(Integer, default=0)
