"""The plan (*Hilfeplan*): goals → measures (who, what, by when, status), review dates.

Measures are what the tasks view lists beside tasks and conference action items:
``due_measures`` returns them in the same shape as ``DueItem``. A measure may carry out a
need's responsibility (``responsibility_id``), so the map and the plan point at each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Agency, CasePlan, PlanGoal, PlanMeasure, Responsibility
from kimdesk.models.plan import GOAL_STATUSES, MEASURE_STATUSES, PLAN_STATUSES
from kimdesk.models.types import StoredId, stored_id
from kimdesk.services.clients_intake import clients as client_service
from kimdesk.services.releases import content_marks
from kimdesk.services.clients_intake import validation as v
from kimdesk.store.store import Store


def _get(session: Session, cls: type, row_id: str) -> Any:
    row = session.get(cls, row_id)
    if row is None or row.deleted:
        raise NotFound(translate("Plans", "Kein Eintrag mit der Kennung {id}.").format(id=row_id))
    return row


def create_plan(store: Store, client_id: str, *, review_on: date | str | None = None, note: str | None = None) -> str:
    with store.session() as session:
        client = client_service.get(session, client_id)
        plan = CasePlan(client_id=client.id, status="draft", review_on=v.day(review_on, "review_on"),
                        note=v.text(note, "note", max_len=v.TEXT_MAX))
        session.add(plan)
        session.flush()
        return plan.id


def update_plan(store: Store, plan_id: str, **fields: Any) -> None:
    """Change ``status`` (draft/agreed/closed), ``agreed_on``, ``review_on`` or ``note``."""
    with store.session() as session:
        plan = _get(session, CasePlan, plan_id)
        for key, value in fields.items():
            if key == "status":
                value = v.choice(value, "status", PLAN_STATUSES)
            elif key in ("agreed_on", "review_on"):
                value = v.day(value, key)
            elif key == "note":
                value = v.text(value, key, max_len=v.TEXT_MAX)
            else:
                raise ValidationError(translate("Validation", "Unbekanntes Feld „{field}“.").format(field=key), key)
            if getattr(plan, key) != value:
                setattr(plan, key, value)
        if plan.status == "agreed" and plan.agreed_on is None:
            plan.agreed_on = date.today()


def add_goal(store: Store, plan_id: str, goal_text: str, *, review_on: date | str | None = None,
             **disclosure: Any) -> str:
    """A goal; its kind of data and health flag (``data_kind``, ``health``) are proposed from the text."""
    with store.session() as session:
        plan = _get(session, CasePlan, plan_id)
        position = session.scalar(text("SELECT count(*) FROM plan_goal WHERE plan_id = :p"),
                                  {"p": stored_id(plan.id)}) or 0
        body = v.text(goal_text, "text", max_len=5000, required=True)
        goal = PlanGoal(plan_id=plan.id, client_id=plan.client_id, position=position, text=body,
                        review_on=v.day(review_on, "review_on"),
                        **content_marks.fill_defaults(_disclosure(disclosure), body))
        session.add(goal)
        session.flush()
        return goal.id


def update_goal(store: Store, goal_id: str, **fields: Any) -> None:
    with store.session() as session:
        goal = _get(session, PlanGoal, goal_id)
        for key, value in fields.items():
            if key == "status":
                value = v.choice(value, "status", GOAL_STATUSES)
            elif key == "review_on":
                value = v.day(value, key)
            elif key == "text":
                value = v.text(value, key, max_len=5000, required=True)
            elif key == "data_kind":
                value = content_marks.data_kind_value(value)
            elif key == "health":
                value = bool(value)
            else:
                raise ValidationError(translate("Validation", "Unbekanntes Feld „{field}“.").format(field=key), key)
            if getattr(goal, key) != value:
                setattr(goal, key, value)


def _disclosure(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - {"data_kind", "health"}
    if unknown:
        key = sorted(unknown)[0]
        raise ValidationError(translate("Validation", "Unbekanntes Feld „{field}“.").format(field=key), key)
    out: dict[str, Any] = {}
    if "data_kind" in fields:
        out["data_kind"] = content_marks.data_kind_value(fields["data_kind"])
    if "health" in fields:
        out["health"] = bool(fields["health"])
    return out


def add_measure(store: Store, goal_id: str, what: str, *, who: str | None = None, who_agency_id: str | None = None,
                due: date | str | None = None, responsibility_id: str | None = None, **disclosure: Any) -> str:
    """A measure: who (an office and/or a person) does what by when; kind and health as its goal's by default."""
    with store.session() as session:
        goal = _get(session, PlanGoal, goal_id)
        if who_agency_id is not None:
            _get(session, Agency, v.uuid_str(who_agency_id, "who_agency_id"))
        if responsibility_id is not None:
            _get(session, Responsibility, v.uuid_str(responsibility_id, "responsibility_id"))
        if not (who or who_agency_id):
            raise ValidationError(translate("Plans", "Bitte angeben, wer die Maßnahme übernimmt (Stelle oder Person)."),
                                  "who")
        position = session.scalar(text("SELECT count(*) FROM plan_measure WHERE goal_id = :g"),
                                  {"g": stored_id(goal.id)}) or 0
        measure = PlanMeasure(goal_id=goal.id, client_id=goal.client_id, position=position,
                              what=v.text(what, "what", max_len=5000, required=True),
                              who=v.text(who, "who", max_len=300), who_agency_id=who_agency_id,
                              due=v.day(due, "due"), responsibility_id=responsibility_id, status="open",
                              **({"data_kind": goal.data_kind, "health": goal.health} | _disclosure(disclosure)))
        session.add(measure)
        session.flush()
        return measure.id


def set_measure_status(store: Store, measure_id: str, status: str, on: date | None = None) -> None:
    status = v.choice(status, "status", MEASURE_STATUSES)
    with store.session() as session:
        measure = _get(session, PlanMeasure, measure_id)
        measure.status = status
        measure.done_on = (on or date.today()) if status == "done" else None


def plan_tree(conn: Connection, client_id: str) -> list[dict[str, Any]]:
    """The person's plans, newest first, each with its goals and their measures."""
    p, g, m = CasePlan.__table__, PlanGoal.__table__, PlanMeasure.__table__
    plans = conn.execute(select(p).where(p.c.client_id == client_id, p.c.deleted.is_(False))
                         .order_by(p.c.agreed_on.desc(), p.c.id)).all()
    goals = conn.execute(select(g).where(g.c.client_id == client_id, g.c.deleted.is_(False))
                         .order_by(g.c.position, g.c.id)).all()
    measures = conn.execute(select(m).where(m.c.client_id == client_id, m.c.deleted.is_(False))
                            .order_by(m.c.position, m.c.id)).all()
    out = []
    for plan in plans:
        d = dict(plan._mapping)
        d["goals"] = []
        for goal in (x for x in goals if x.plan_id == plan.id):
            gd = dict(goal._mapping)
            gd["measures"] = [dict(x._mapping) for x in measures if x.goal_id == goal.id]
            d["goals"].append(gd)
        out.append(d)
    return out


@dataclass(frozen=True)
class DueItem:
    """One line of the tasks view: a plan measure that is due (or overdue)."""

    kind: str  # "measure"
    id: str
    client_id: str
    case_number: str
    family_name: str
    given_name: str
    what: str
    who: str | None
    agency: str | None
    due: date | None
    status: str
    overdue: bool
    case_manager: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def due_measures(conn: Connection, until: date | None = None, *, today: date | None = None,
                 case_manager: str | None = None, client_id: str | None = None) -> list[DueItem]:
    """Open measures due by ``until`` (default: today), overdue first; for the tasks view."""
    today = today or date.today()
    until = until or today
    sql = """
        SELECT m.id, m.client_id, c.case_number, c.family_name, c.given_name, m.what, m.who, a.name AS agency,
               m.due, m.status, c.case_manager
        FROM plan_measure m
        JOIN client c ON c.id = m.client_id
        JOIN plan_goal g ON g.id = m.goal_id
        JOIN case_plan p ON p.id = g.plan_id
        LEFT JOIN agency a ON a.id = m.who_agency_id
        WHERE m.deleted = 0 AND c.deleted = 0 AND g.deleted = 0 AND p.deleted = 0 AND p.status <> 'closed'
          AND m.status = 'open' AND m.due IS NOT NULL AND m.due <= :until"""
    params: dict[str, Any] = {"until": until.isoformat()}
    if case_manager is not None:
        sql += " AND c.case_manager = :cm"
        params["cm"] = case_manager
    if client_id is not None:
        sql += " AND m.client_id = :cid"
        params["cid"] = stored_id(client_id)
    sql += " ORDER BY m.due, c.family_name, m.id"
    out = []
    for r in conn.execute(text(sql).columns(id=StoredId(), client_id=StoredId()), params):  # ids: 16 bytes
        due = date.fromisoformat(r.due) if isinstance(r.due, str) else r.due
        out.append(DueItem("measure", r.id, r.client_id, r.case_number, r.family_name, r.given_name, r.what, r.who,
                           r.agency, due, r.status, due is not None and due < today, r.case_manager))
    return out
