"""What the record's "Fallverlauf" shows, read in one go: phases, assessment, plan, school entry.

One read transaction for the record view's worker job; the result is plain frozen data, so
the widgets hold no session. ``next_phases`` lists the moves the case cycle allows from the
current phase (closing and reopening have their own dialogs, because both need a reason).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from kimdesk.models import Client, partial_date
from kimdesk.services.casework import assessment, case_cycle, plans
from kimdesk.services.clients_intake import clients
from kimdesk.services.schooling import school_entry
from kimdesk.store.store import Store

YOUNG_UP_TO = 25  # school entry is asked for people of school age and newcomers aged 16–25


@dataclass(frozen=True)
class CycleView:
    client_id: str
    status: str
    opened_on: date | None
    closed_on: date | None
    phase: str | None
    transitions: list[case_cycle.Transition]
    next_phases: tuple[str, ...]
    residence: list[dict[str, Any]]
    benefits: list[dict[str, Any]]
    assessment: dict[str, Any] | None
    plans: list[dict[str, Any]]
    school: dict[str, Any] | None
    age: int | None
    waiting_days: int | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def closed(self) -> bool:
        return self.phase == "closed" or self.status == "closed"

    @property
    def young(self) -> bool:
        """School entry applies: age unknown, up to 25, or an entry exists already."""
        return self.school is not None or self.age is None or self.age <= YOUNG_UP_TO

    @property
    def current_plan(self) -> dict[str, Any] | None:
        return next((p for p in self.plans if p["status"] != "closed"), None)


def load(store: Store, client_id: str, *, today: date | None = None) -> CycleView:
    day = today or date.today()
    with store.session(write=False) as session:
        client = clients.get(session, client_id)
        conn = session.connection()
        steps = case_cycle.history(conn, client_id)
        current = steps[-1].phase if steps else None
        moves = tuple(p for p in case_cycle.TRANSITIONS[current] if p != "closed") if current != "closed" else ()
        entry = school_entry.get(conn, client_id)
        waiting = None
        if entry and entry.get("placed_on") is None:
            started = [d for d in (entry.get("assigned_on"), entry.get("registered_on")) if d is not None and d <= day]
            waiting = (day - min(started)).days if started else None
        return CycleView(
            client.id, client.status, client.opened_on, client.closed_on, current, steps, moves,
            assessment.residence_history(conn, client_id), assessment.benefit_history(conn, client_id),
            assessment.latest_assessment(conn, client_id), plans.plan_tree(conn, client_id), entry,
            partial_date.age_on(client.birth_date, day), waiting)


def case_numbers(store: Store, numbers: list[str]) -> dict[str, str]:
    """Case number → client id, for linking cases typed by their number."""
    with store.session(write=False) as session:
        rows = session.execute(select(Client.case_number, Client.id).where(
            Client.case_number.in_(numbers), Client.deleted.is_(False))).all()
    return dict(rows)
