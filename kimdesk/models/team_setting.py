"""Settings that hold for the whole team, synced like any team data (not per laptop).

The controller and its data protection officer printed on the Art. 13 information sheet and in
the Art. 15 export are the same for every case manager of a municipality, so they are one
synced row each (``key`` → ``value``) whose id derives from the key: two laptops that set the
same key meet in one row, and a conflict is resolved like any other. A machine policy
(``store.policy``) still overrides them; the case manager's own name, phone and e-mail stay
device settings (one laptop, one counsellor).
"""

from __future__ import annotations

import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kimdesk.models.base import Base, Synced

_NAMESPACE = uuid.UUID("6f1d8a52-2d0c-4b4e-9a57-1c3f0e9b2a24")


def team_setting_id(key: str) -> str:
    """The same id for ``key`` on every laptop of the team."""
    return str(uuid.uuid5(_NAMESPACE, f"team-setting/{key}"))


class TeamSetting(Synced, Base):
    __tablename__ = "team_setting"

    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text, default="")
