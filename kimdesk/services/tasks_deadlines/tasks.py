"""Tasks, follow-ups (*Wiedervorlagen*), conference action items and plan measures, due across all clients.

The tasks view and each record's task tab read the same list: open items up to a horizon,
overdue first, then by due date. A follow-up created by a deadline rule names the rule that
fired; a measure of a plan (*Hilfeplan*) names its goal. Action items belong to conference
minutes; marking one as done asks the conference rules first (a finalised protocol is
immutable).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import or_, select

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import ActionItem, Agency, AgendaItem, CasePlan, Client, Conference, PlanGoal, PlanMeasure, Task
from kimdesk.models import new_id
from kimdesk.services.clients_intake import clients
from kimdesk.services.conferences_minutes import conferences
from kimdesk.services.tasks_deadlines import deadlines
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.store import Store

KINDS = ("task", "follow_up", "action", "measure")


def kind_label(kind: str) -> str:
    return {"task": translate("Tasks", "Aufgabe"), "follow_up": translate("Tasks", "Wiedervorlage"),
            "action": translate("Tasks", "Vereinbarung (Fallkonferenz)"),
            "measure": translate("Tasks", "Maßnahme (Hilfeplan)")}.get(kind, kind)


@dataclass(frozen=True)
class DueItem:
    kind: str  # task / follow_up / action
    id: str
    title: str
    due: date | None
    client_id: str | None
    client_name: str
    case_number: str
    who: str | None
    status: str
    overdue: bool
    source: str = ""  # the rule that fired, the conference of an action item, the goal of a measure
    rule: str | None = None  # the deadline rule that created a follow-up
    case_manager: str | None = None  # of the person concerned ("Meine Aufgaben")

    def is_for(self, name: str) -> bool:
        """"Meine Aufgaben": named as who does it, or nobody named and ``name`` manages the case."""
        me = " ".join(name.split()).casefold()
        if not me:
            return True
        if self.who:
            return me in " ".join(self.who.split()).casefold()
        return " ".join((self.case_manager or "").split()).casefold() == me

    @property
    def kind_text(self) -> str:
        """The kind as the list shows it; a follow-up of a deadline rule is named by its rule."""
        if self.rule:
            return translate("Tasks", "Frist: {rule}").format(rule=deadlines.rule_label(self.rule))
        return kind_label(self.kind)

    @property
    def what(self) -> str:
        """The title without the rule's name in front when the list names the rule anyway ("Herkunft")."""
        if self.rule:
            prefix = deadlines.rule_label(self.rule) + ": "
            if self.title.startswith(prefix):
                return self.title[len(prefix):]
        return self.title

    def sort_key(self) -> tuple:
        return (not self.overdue, self.due is None, self.due or date.max, self.client_name.lower(), self.id)


def due_items(store: Store, *, today: date | None = None, horizon_days: int | None = 14,
              client_id: str | None = None, include_undated: bool = False, limit: int = 5000) -> list[DueItem]:
    """Open items due up to ``today + horizon_days`` (all open ones with ``None``), overdue first."""
    day = today or date.today()
    until = day + timedelta(days=horizon_days) if horizon_days is not None else None
    t, a, c = Task.__table__.c, ActionItem.__table__.c, Client.__table__.c
    conf, item = Conference.__table__.c, AgendaItem.__table__.c
    items: list[DueItem] = []
    with store.connection() as conn:
        cond = [t.deleted.is_(False), t.status == "open"]
        if until is not None:
            cond.append(or_(t.due_on <= until, t.due_on.is_(None)) if include_undated else t.due_on <= until)
        elif not include_undated:
            cond.append(t.due_on.is_not(None))
        if client_id is not None:
            cond.append(t.client_id == client_id)
        stmt = (select(t.id, t.kind, t.title, t.due_on, t.client_id, c.given_name, c.family_name, c.case_number,
                       t.assigned_to, t.status, t.rule, c.case_manager)
                .select_from(Task.__table__.outerjoin(Client.__table__, c.id == t.client_id))
                .where(*cond, or_(c.deleted.is_(False), c.id.is_(None))).order_by(t.due_on).limit(limit))
        for r in conn.execute(stmt):
            source = (translate("Tasks", "Fristregel „{rule}“").format(rule=deadlines.rule_label(r.rule))
                      if r.rule else "")
            items.append(DueItem(r.kind if r.kind in ("task", "follow_up") else "task", r.id,
                                 deadlines.localized_title(r.title, r.rule), r.due_on,
                                 r.client_id, _name(r.family_name, r.given_name), r.case_number or "", r.assigned_to,
                                 r.status, r.due_on is not None and r.due_on < day, source, r.rule,
                                 case_manager=r.case_manager))
        cond = [a.deleted.is_(False), a.status == "open", item.deleted.is_(False), conf.deleted.is_(False)]
        if until is not None:
            cond.append(or_(a.due <= until, a.due.is_(None)) if include_undated else a.due <= until)
        elif not include_undated:
            cond.append(a.due.is_not(None))
        if client_id is not None:
            cond.append(a.client_id == client_id)
        stmt = (select(a.id, a.what, a.due, a.client_id, c.given_name, c.family_name, c.case_number, a.who,
                       a.status, conf.date, conf.title, c.case_manager)
                .select_from(ActionItem.__table__.join(AgendaItem.__table__, item.id == a.agenda_item_id)
                             .join(Conference.__table__, conf.id == item.conference_id)
                             .outerjoin(Client.__table__, c.id == a.client_id))
                .where(*cond, or_(c.deleted.is_(False), c.id.is_(None))).order_by(a.due).limit(limit))
        for r in conn.execute(stmt):
            source = translate("Tasks", "Fallkonferenz vom {day}").format(day=r.date.strftime("%d.%m.%Y"))
            items.append(DueItem("action", r.id, r.what, r.due, r.client_id, _name(r.family_name, r.given_name),
                                 r.case_number or "", r.who, r.status, r.due is not None and r.due < day, source,
                                 case_manager=r.case_manager))
        items += _measures(conn, day, until, client_id, include_undated, limit)
    items.sort(key=DueItem.sort_key)
    return items[:limit]


def _measures(conn: Any, day: date, until: date | None, client_id: str | None, include_undated: bool,
              limit: int) -> list[DueItem]:
    """Open measures of plans that are not closed (``plans.due_measures`` for the list's horizon)."""
    m, g, p, c, ag = (PlanMeasure.__table__.c, PlanGoal.__table__.c, CasePlan.__table__.c, Client.__table__.c,
                      Agency.__table__.c)
    cond = [m.deleted.is_(False), m.status == "open", g.deleted.is_(False), p.deleted.is_(False),
            p.status != "closed", c.deleted.is_(False)]
    if until is not None:
        cond.append(or_(m.due <= until, m.due.is_(None)) if include_undated else m.due <= until)
    elif not include_undated:
        cond.append(m.due.is_not(None))
    if client_id is not None:
        cond.append(m.client_id == client_id)
    stmt = (select(m.id, m.what, m.due, m.client_id, m.who, m.status, c.given_name, c.family_name, c.case_number,
                   g.text.label("goal"), ag.name.label("agency"), c.case_manager)
            .select_from(PlanMeasure.__table__.join(PlanGoal.__table__, g.id == m.goal_id)
                         .join(CasePlan.__table__, p.id == g.plan_id).join(Client.__table__, c.id == m.client_id)
                         .outerjoin(Agency.__table__, ag.id == m.who_agency_id))
            .where(*cond).order_by(m.due).limit(limit))
    out = []
    for r in conn.execute(stmt):
        who = ", ".join(x for x in (r.agency, r.who) if x) or None
        source = translate("Tasks", "Hilfeplan: {goal}").format(goal=_clip(r.goal))
        out.append(DueItem("measure", r.id, r.what, r.due, r.client_id, _name(r.family_name, r.given_name),
                           r.case_number or "", who, r.status, r.due is not None and r.due < day, source,
                           case_manager=r.case_manager))
    return out


def _clip(text: str, n: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _name(family: str | None, given: str | None) -> str:
    return f"{family or ''}, {given or ''}".strip(", ")


TASK_FIELDS = {
    "kind": lambda x: v.choice(x, "kind", ("task", "follow_up")),
    "title": lambda x: v.text(x, "title", max_len=500, required=True),
    "details": lambda x: v.text(x, "details", max_len=v.TEXT_MAX),
    "due_on": lambda x: v.day(x, "due_on"),
    "assigned_to": lambda x: v.text(x, "assigned_to", max_len=200),
}


def add_task(store: Store, client_id: str | None, fields: Mapping[str, Any]) -> Edit:
    data = clients.clean(fields, TASK_FIELDS)
    if not data.get("title"):
        raise ValidationError(translate("Validation", "Bitte „{field}“ ausfüllen.").format(field=v.label("title")),
                              "title")
    with recording(store, translate("Tasks", "Wiedervorlage anlegen")) as (s, edit):
        if client_id is not None:
            clients.get(s, client_id)
        task = Task(id=new_id(), client_id=client_id, **data)
        s.add(task)
        edit.result = task.id
    return edit


def complete(store: Store, kind: str, item_id: str, *, on: date | None = None) -> Edit:
    """Mark a task, follow-up, action item or plan measure as done."""
    day = on or date.today()
    with recording(store, translate("Tasks", "als erledigt markieren")) as (s, edit):
        if kind == "measure":
            row = s.get(PlanMeasure, item_id)
            if row is None or row.deleted:
                raise NotFound(translate("Tasks", "Den Eintrag gibt es nicht (mehr)."))
        elif kind == "action":
            row = s.get(ActionItem, item_id)
            if row is None or row.deleted:
                raise NotFound(translate("Tasks", "Den Eintrag gibt es nicht (mehr)."))
            conferences.ensure_editable(s, conferences.conference_id_of(s, ActionItem,
                                                                          {"agenda_item_id": row.agenda_item_id}))
        else:
            row = s.get(Task, item_id)
            if row is None or row.deleted:
                raise NotFound(translate("Tasks", "Den Eintrag gibt es nicht (mehr)."))
        row.status, row.done_on = "done", day
    return edit


REASON_MAX = 500


def dismiss(store: Store, item_id: str, reason: object, *, on: date | None = None) -> Edit:
    """Dismiss a follow-up (*Wiedervorlage verwerfen*) with a reason: it leaves the open list and the
    deadline rules do not bring it back (its source key stays); the reason is kept in its details
    with the day, so the record and the Art. 15 export say why. One edit, undoable."""
    why = v.text(reason, "reason", max_len=REASON_MAX, required=True, single_line=True)
    day = on or date.today()
    with recording(store, translate("Tasks", "Wiedervorlage verwerfen")) as (s, edit):
        row = s.get(Task, item_id)
        if row is None or row.deleted:
            raise NotFound(translate("Tasks", "Den Eintrag gibt es nicht (mehr)."))
        if row.kind != "follow_up" or row.status != "open":
            raise ValidationError(translate("Tasks", "Nur eine offene Wiedervorlage lässt sich verwerfen."), "status")
        note = translate("Tasks", "Verworfen am {day}: {reason}").format(day=day.strftime("%d.%m.%Y"), reason=why)
        row.details = f"{row.details.rstrip()}\n\n{note}" if row.details and row.details.strip() else note
        row.status, row.done_on = "dismissed", day
    return edit
