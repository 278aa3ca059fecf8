"""Printing a person's plan as the one-page agreement (``reports.plan``) they keep and sign."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from kimdesk.errors import NotFound
from kimdesk.i18n import translate
from kimdesk.models import Agency
from kimdesk.reports.plan import GoalLine, MeasureLine, PlanDoc, render_plan
from kimdesk.reports.template import Rendered
from kimdesk.services.casework import assessment, plans
from kimdesk.services.clients_intake import client_print, clients
from kimdesk.services.admin import print_settings
from kimdesk.services.conferences_minutes.minutes_print import log_print
from kimdesk.store.store import Store


def goal_status_label(status: str) -> str:
    return {"open": translate("Plans", "offen"), "reached": translate("Plans", "erreicht"),
            "partly": translate("Plans", "teilweise erreicht"), "not_reached": translate("Plans", "nicht erreicht"),
            "dropped": translate("Plans", "aufgegeben")}.get(status, status)


def plan_doc(store: Store, client_id: str, plan_id: str | None = None, *, on: date | None = None,
             language: str | None = None) -> PlanDoc:
    """The plan to print: ``plan_id``, or the person's current plan (the newest one not closed)."""
    organisation = print_settings.organisation(store)
    with store.session(write=False) as session:
        person = clients.get(session, client_id)
        conn = session.connection()
        tree = plans.plan_tree(conn, client_id)
        names = dict(session.execute(select(Agency.id, Agency.name)).all())
        name, number, manager = person.display_name, person.case_number, person.case_manager or ""
        found = assessment.latest_assessment(conn, client_id) or {}
        guardian = client_print.has_guardian(session, person, on or date.today())
        code = client_print.document_language(person, language)
    if plan_id is not None:
        chosen = next((p for p in tree if p["id"] == plan_id), None)
    else:
        chosen = next((p for p in tree if p["status"] != "closed"), tree[0] if tree else None)
    if chosen is None:
        raise NotFound(translate("Plans", "Für diese Person ist kein Hilfeplan angelegt."))
    goals = []
    for g in chosen["goals"]:
        if g["deleted"]:
            continue
        measures = [MeasureLine(m["what"], ", ".join(x for x in (names.get(m["who_agency_id"] or ""), m["who"]) if x),
                                m["due"], m["status"]) for m in g["measures"]]
        goals.append(GoalLine(g["text"], goal_status_label(g["status"]), g["review_on"], measures))
    # the starting situation without the health notes: the person may show this sheet to others
    situation = [(label, found[key]) for key, label in (
        ("household", translate("Plans", "Familie und Haushalt")), ("school", translate("Plans", "Schule, Ausbildung")),
        ("language_level", translate("Plans", "Deutschkenntnisse")), ("housing", translate("Plans", "Wohnen")))
        if found.get(key)]
    offices = [names[i] for i in (found.get("offices_involved") or []) if i in names]
    for g in chosen["goals"]:
        for m in g["measures"]:
            office = names.get(m["who_agency_id"] or "")
            if office and office not in offices and not g["deleted"]:
                offices.append(office)
    return PlanDoc(name, number, goals, chosen["review_on"], chosen["agreed_on"], chosen["status"] == "draft",
                   chosen["note"] or "", manager, organisation, on, situation, found.get("resources") or "",
                   offices, guardian, code)


def render(store: Store, client_id: str, plan_id: str | None = None, *, on: date | None = None,
           language: str | None = None, printed_at: datetime | None = None) -> Rendered:
    """The Zielvereinbarung in German and ``language`` (None: the record's first; "de": German only)."""
    rendered = render_plan(plan_doc(store, client_id, plan_id, on=on, language=language), printed_at=printed_at)
    log_print(store, "client", client_id)
    return rendered
