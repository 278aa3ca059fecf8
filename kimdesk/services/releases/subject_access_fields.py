"""What the Art. 15 export shows of each table: German titles, columns and how values read.

Declared as data, one entry per table — for a person's record, the client, household,
needs, contacts, releases and appointments, read from the field registry
(``kimdesk.models.fields``), so a field declared there is exported without further edits —
so the export (``subject_access``) stays a loop and a
table it does not know yet is still printed (with its raw column names) instead of being
left out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any

from kimdesk.i18n import QT_TRANSLATE_NOOP, translate
from kimdesk.models import fields, partial_date

Formatter = Callable[[Any, Mapping[str, Any]], str]


def plain(value: Any, _ctx: Mapping[str, Any] | None = None) -> str:
    """A stored value as a person reads it: dates as TT.MM.JJJJ, yes/no, lists joined."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate("Art15", "ja") if value else translate("Art15", "nein")
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y, %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "–"
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        try:
            return ", ".join(str(v) for v in json.loads(value)) or "–"
        except ValueError:
            return value
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return str(value)


def birth(value: Any, _ctx: Mapping[str, Any]) -> str:
    return partial_date.display(value) or "–"


def agency(value: Any, ctx: Mapping[str, Any]) -> str:
    return ctx["agencies"].get(value, value) if value else "–"


def labelled(fn_path: str) -> Formatter:
    """A status or kind shown with the label the app uses (``kimdesk.services.module.function``, imported
    when used: the labels live in services that themselves read these tables)."""
    def fmt(value: Any, _ctx: Mapping[str, Any]) -> str:
        if value in (None, ""):
            return "–"
        module, name = fn_path.rsplit(".", 1)
        import importlib

        return str(getattr(importlib.import_module(module), name)(value))
    return fmt


def choice(labels: Mapping[str, str]) -> Formatter:
    """A stored code shown by its (translated) label: ``choice({"open": QT_TRANSLATE_NOOP(…, "offen")})``."""
    def fmt(value: Any, _ctx: Mapping[str, Any]) -> str:
        if value in (None, ""):
            return "–"
        return translate("Art15", labels[value]) if value in labels else str(value)
    return fmt


OPEN_DONE = {"open": QT_TRANSLATE_NOOP("Art15", "offen"), "done": QT_TRANSLATE_NOOP("Art15", "erledigt"),
             "cancelled": QT_TRANSLATE_NOOP("Art15", "entfallen"), "dismissed": QT_TRANSLATE_NOOP("Art15", "verworfen")}
CASE_STATUS = {"open": QT_TRANSLATE_NOOP("Art15", "offen"), "closed": QT_TRANSLATE_NOOP("Art15", "abgeschlossen")}
PLAN_STATUS = {"draft": QT_TRANSLATE_NOOP("Art15", "Entwurf"), "agreed": QT_TRANSLATE_NOOP("Art15", "vereinbart"),
               "closed": QT_TRANSLATE_NOOP("Art15", "abgeschlossen")}
GOAL_STATUS = {"open": QT_TRANSLATE_NOOP("Art15", "offen"), "reached": QT_TRANSLATE_NOOP("Art15", "erreicht"),
               "partly": QT_TRANSLATE_NOOP("Art15", "teilweise erreicht"),
               "not_reached": QT_TRANSLATE_NOOP("Art15", "nicht erreicht"),
               "dropped": QT_TRANSLATE_NOOP("Art15", "aufgegeben")}
GOALS_REACHED = {"all": QT_TRANSLATE_NOOP("Art15", "alle"), "partly": QT_TRANSLATE_NOOP("Art15", "teilweise"),
                 "none": QT_TRANSLATE_NOOP("Art15", "keine"), "not_applicable": QT_TRANSLATE_NOOP("Art15", "entfällt")}
OUTCOME = {"information": QT_TRANSLATE_NOOP("Art15", "Auskunft"),
           "referred": QT_TRANSLATE_NOOP("Art15", "weitervermittelt"),
           "case_opened": QT_TRANSLATE_NOOP("Art15", "Fall eröffnet")}
GIVEN_BY = {"person": QT_TRANSLATE_NOOP("Art15", "der Person selbst"),
            "guardian": QT_TRANSLATE_NOOP("Art15", "der gesetzlichen Vertretung / Vormundschaft")}
PRESENCE = {"present": QT_TRANSLATE_NOOP("Art15", "anwesend"), "excused": QT_TRANSLATE_NOOP("Art15", "entschuldigt"),
            "absent": QT_TRANSLATE_NOOP("Art15", "nicht erschienen")}


def kinds(value: Any, ctx: Mapping[str, Any]) -> str:
    from kimdesk.services.releases.consents import kind_label  # consents reads these tables too

    items = json.loads(value) if isinstance(value, str) else (value or [])
    # empty: every kind; whether health data are covered is the separate "Gesundheitsdaten" line
    return ", ".join(kind_label(k) for k in items) or translate("Art15", "alle Arten")


def agencies(value: Any, ctx: Mapping[str, Any]) -> str:
    items = json.loads(value) if isinstance(value, str) else (value or [])
    return ", ".join(ctx["agencies"].get(i, i) for i in items) or "–"


Column = tuple[str, str, Formatter]  # (column, label, formatter)


def col(name: str, label: str, fmt: Formatter = plain) -> Column:
    return (name, label, fmt)


# how a registered field reads (``kimdesk.models.fields.Field.shown_as``)
SHOWN_AS: dict[str, Formatter] = {
    "plain": plain,
    "birth": birth,
    "agency": agency,
    "agencies": agencies,
    "kinds": kinds,
    "case_status": choice(CASE_STATUS),
    "given_by": choice(GIVEN_BY),
    "bamf_decision": labelled("kimdesk.services.clients_intake.bamf_decisions.label"),
    "need_status": labelled("kimdesk.services.clients_intake.responsibilities.need_status_label"),
    "source": labelled("kimdesk.services.releases.content_marks.source_label"),
    "data_kind": labelled("kimdesk.services.releases.consents.kind_label"),
    "contact_kind": labelled("kimdesk.services.clients_intake.contacts.kind_label"),
    "consent_form": labelled("kimdesk.services.releases.consents.form_label"),
}
# the titles of the tables whose fields the registry declares
REGISTERED: dict[str, str] = {
    "client": QT_TRANSLATE_NOOP("Art15", "Angaben zur Person"),
    "household_member": QT_TRANSLATE_NOOP("Art15", "Haushalt"),
    "need": QT_TRANSLATE_NOOP("Art15", "Bedarfe"),
    "counselling_contact": QT_TRANSLATE_NOOP("Art15", "Beratungskontakte"),
    "consent": QT_TRANSLATE_NOOP("Art15", "Schweigepflichtentbindungen"),
    "appointment": QT_TRANSLATE_NOOP("Art15", "Termine"),
}


def registered(table: str) -> tuple[str, list[Column]]:
    """The title and columns of a table from the field registry: every field with an Art. 15 label."""
    entity = fields.ENTITIES[table]
    return REGISTERED[table], [col(f.name, f.art15, SHOWN_AS[f.shown_as]) for f in entity.fields if f.art15]


TABLES: dict[str, tuple[str, list[Column]]] = {
    "client": registered("client"),
    "household_member": registered("household_member"),
    "need": registered("need"),
    "responsibility": (QT_TRANSLATE_NOOP("Art15", "Zuständigkeiten"), [
        col("need_id", QT_TRANSLATE_NOOP("Art15", "für Bedarf"), lambda v, c: c["needs"].get(v, "–")),
        col("agency_id", QT_TRANSLATE_NOOP("Art15", "Stelle"), agency),
        col("status", QT_TRANSLATE_NOOP("Art15", "Stand"), labelled("kimdesk.services.clients_intake.responsibilities.status_label")),
        col("contact", QT_TRANSLATE_NOOP("Art15", "Ansprechperson")),
        col("requested_on", QT_TRANSLATE_NOOP("Art15", "angefragt am")),
        col("decided_on", QT_TRANSLATE_NOOP("Art15", "entschieden am")),
        col("reason", QT_TRANSLATE_NOOP("Art15", "Begründung")),
    ]),
    "responsibility_event": (QT_TRANSLATE_NOOP("Art15", "Verlauf der Zuständigkeiten"), [
        col("on", QT_TRANSLATE_NOOP("Art15", "Datum")),
        col("need_id", QT_TRANSLATE_NOOP("Art15", "Bedarf"), lambda v, c: c["needs"].get(v, "–")),
        col("agency_id", QT_TRANSLATE_NOOP("Art15", "Stelle"), agency),
        col("status", QT_TRANSLATE_NOOP("Art15", "Schritt"), labelled("kimdesk.services.clients_intake.responsibilities.status_label")),
        col("forwarded_to_id", QT_TRANSLATE_NOOP("Art15", "weitergeleitet an"), agency),
        col("reason", QT_TRANSLATE_NOOP("Art15", "Begründung")),
    ]),
    "counselling_contact": registered("counselling_contact"),
    "consent": registered("consent"),
    "appointment": registered("appointment"),
    "task": (QT_TRANSLATE_NOOP("Art15", "Aufgaben und Wiedervorlagen"), [
        col("due_on", QT_TRANSLATE_NOOP("Art15", "fällig am")),
        col("kind", QT_TRANSLATE_NOOP("Art15", "Art"), labelled("kimdesk.services.tasks_deadlines.tasks.kind_label")),
        col("title", QT_TRANSLATE_NOOP("Art15", "Was")),
        col("details", QT_TRANSLATE_NOOP("Art15", "Einzelheiten")),
        col("rule", QT_TRANSLATE_NOOP("Art15", "Fristregel"), labelled("kimdesk.services.tasks_deadlines.deadlines.rule_label")),
        col("status", QT_TRANSLATE_NOOP("Art15", "Stand"), choice(OPEN_DONE)),
        col("done_on", QT_TRANSLATE_NOOP("Art15", "erledigt am")),
        col("assigned_to", QT_TRANSLATE_NOOP("Art15", "zuständig")),
    ]),
    "case_phase": (QT_TRANSLATE_NOOP("Art15", "Fallverlauf (Phasen)"), [
        col("on", QT_TRANSLATE_NOOP("Art15", "Datum")),
        col("from_phase", QT_TRANSLATE_NOOP("Art15", "von"), labelled("kimdesk.services.casework.case_cycle.phase_label")),
        col("phase", QT_TRANSLATE_NOOP("Art15", "nach"), labelled("kimdesk.services.casework.case_cycle.phase_label")),
        col("indicated", QT_TRANSLATE_NOOP("Art15", "angezeigt")),
        col("agreed", QT_TRANSLATE_NOOP("Art15", "zugestimmt")),
        col("reason", QT_TRANSLATE_NOOP("Art15", "Grund")),
        col("goals_reached", QT_TRANSLATE_NOOP("Art15", "Ziele erreicht"), choice(GOALS_REACHED)),
        col("note", QT_TRANSLATE_NOOP("Art15", "Vermerk")),
    ]),
    "first_contact": (QT_TRANSLATE_NOOP("Art15", "Erstkontakte"), [
        col("on", QT_TRANSLATE_NOOP("Art15", "Datum")),
        col("referral_source", QT_TRANSLATE_NOOP("Art15", "vermittelt durch")),
        col("topic", QT_TRANSLATE_NOOP("Art15", "Anliegen")),
        col("summary", QT_TRANSLATE_NOOP("Art15", "Zusammenfassung")),
        col("municipality", QT_TRANSLATE_NOOP("Art15", "Kommune")),
        col("staff", QT_TRANSLATE_NOOP("Art15", "Mitarbeiter:in")),
        col("outcome", QT_TRANSLATE_NOOP("Art15", "Ergebnis"), choice(OUTCOME)),
    ]),
    "residence_record": (QT_TRANSLATE_NOOP("Art15", "Aufenthaltsstatus (Verlauf)"), [
        col("status", QT_TRANSLATE_NOOP("Art15", "Status")),
        col("paragraph", QT_TRANSLATE_NOOP("Art15", "Rechtsgrundlage")),
        col("valid_from", QT_TRANSLATE_NOOP("Art15", "gültig ab")),
        col("valid_until", QT_TRANSLATE_NOOP("Art15", "gültig bis")),
        col("note", QT_TRANSLATE_NOOP("Art15", "Vermerk")),
    ]),
    "benefit_record": (QT_TRANSLATE_NOOP("Art15", "Leistungsbezug (Verlauf)"), [
        col("system", QT_TRANSLATE_NOOP("Art15", "Rechtskreis")),
        col("agency_id", QT_TRANSLATE_NOOP("Art15", "Stelle"), agency),
        col("applied_on", QT_TRANSLATE_NOOP("Art15", "beantragt am")),
        col("approved_on", QT_TRANSLATE_NOOP("Art15", "bewilligt am")),
        col("since", QT_TRANSLATE_NOOP("Art15", "seit")),
        col("until", QT_TRANSLATE_NOOP("Art15", "bis")),
        col("note", QT_TRANSLATE_NOOP("Art15", "Vermerk")),
    ]),
    "assessment": (QT_TRANSLATE_NOOP("Art15", "Assessment"), [
        col("on", QT_TRANSLATE_NOOP("Art15", "Datum")),
        col("household", QT_TRANSLATE_NOOP("Art15", "Haushalt")),
        col("school", QT_TRANSLATE_NOOP("Art15", "Schule")),
        col("language_level", QT_TRANSLATE_NOOP("Art15", "Sprachniveau")),
        col("health", QT_TRANSLATE_NOOP("Art15", "Gesundheit")),
        col("housing", QT_TRANSLATE_NOOP("Art15", "Wohnen")),
        col("resources", QT_TRANSLATE_NOOP("Art15", "Ressourcen")),
        col("offices_involved", QT_TRANSLATE_NOOP("Art15", "beteiligte Stellen"), agencies),
        col("note", QT_TRANSLATE_NOOP("Art15", "Vermerk")),
    ]),
    "case_plan": (QT_TRANSLATE_NOOP("Art15", "Hilfeplan"), [
        col("status", QT_TRANSLATE_NOOP("Art15", "Stand"), choice(PLAN_STATUS)),
        col("agreed_on", QT_TRANSLATE_NOOP("Art15", "vereinbart am")),
        col("review_on", QT_TRANSLATE_NOOP("Art15", "Überprüfung am")),
        col("note", QT_TRANSLATE_NOOP("Art15", "Vermerk")),
    ]),
    "plan_goal": (QT_TRANSLATE_NOOP("Art15", "Ziele des Hilfeplans"), [
        col("text", QT_TRANSLATE_NOOP("Art15", "Ziel")),
        col("status", QT_TRANSLATE_NOOP("Art15", "Stand"), choice(GOAL_STATUS)),
        col("review_on", QT_TRANSLATE_NOOP("Art15", "Überprüfung am")),
        col("data_kind", QT_TRANSLATE_NOOP("Art15", "Art der Daten"), labelled("kimdesk.services.releases.consents.kind_label")),
        col("health", QT_TRANSLATE_NOOP("Art15", "Gesundheitsdaten")),
    ]),
    "plan_measure": (QT_TRANSLATE_NOOP("Art15", "Maßnahmen des Hilfeplans"), [
        col("what", QT_TRANSLATE_NOOP("Art15", "Was")),
        col("who", QT_TRANSLATE_NOOP("Art15", "Wer")),
        col("who_agency_id", QT_TRANSLATE_NOOP("Art15", "Stelle"), agency),
        col("due", QT_TRANSLATE_NOOP("Art15", "bis")),
        col("status", QT_TRANSLATE_NOOP("Art15", "Stand"), choice(OPEN_DONE)),
        col("done_on", QT_TRANSLATE_NOOP("Art15", "erledigt am")),
        col("data_kind", QT_TRANSLATE_NOOP("Art15", "Art der Daten"), labelled("kimdesk.services.releases.consents.kind_label")),
        col("health", QT_TRANSLATE_NOOP("Art15", "Gesundheitsdaten")),
    ]),
    "school_entry": (QT_TRANSLATE_NOOP("Art15", "Schulzugang"), [
        col("arrived_on", QT_TRANSLATE_NOOP("Art15", "Ankunft in Deutschland")),
        col("assigned_on", QT_TRANSLATE_NOOP("Art15", "Zuweisung an die Kommune")),
        col("registered_on", QT_TRANSLATE_NOOP("Art15", "Anmeldung beim Schulamt")),
        col("school_form", QT_TRANSLATE_NOOP("Art15", "gewünschte Schulform"), labelled("kimdesk.services.schooling.school_entry.form_label")),
        col("applied_on", QT_TRANSLATE_NOOP("Art15", "Antrag am")),
        col("placed_on", QT_TRANSLATE_NOOP("Art15", "aufgenommen am")),
        col("school", QT_TRANSLATE_NOOP("Art15", "Schule")),
    ]),
    "finding_case": (QT_TRANSLATE_NOOP("Art15", "Zuordnung zu strukturellen Themen"), [
        col("finding_id", QT_TRANSLATE_NOOP("Art15", "Thema"), lambda v, c: c["findings"].get(v, "–")),
    ]),
    "conflict_resolution": (QT_TRANSLATE_NOOP("Art15", "Entscheidungen über Synchronisationskonflikte"), []),
    # named in the audit trail and the history (printed in the conference sections)
    "conference": (QT_TRANSLATE_NOOP("Art15", "Fallkonferenz"), []),
    "conference_client": (QT_TRANSLATE_NOOP("Art15", "Person der Fallkonferenz"), []),
    "participant": (QT_TRANSLATE_NOOP("Art15", "Teilnehmende"), []),
    "agenda_item": (QT_TRANSLATE_NOOP("Art15", "Tagesordnungspunkt"), []),
    "decision": (QT_TRANSLATE_NOOP("Art15", "Beschluss"), []),
    "action_item": (QT_TRANSLATE_NOOP("Art15", "vereinbarte Aufgabe"), []),
    "addendum": (QT_TRANSLATE_NOOP("Art15", "Nachtrag"), []),
}
HIDDEN = {"id", "deleted", "client_id", "plan_id", "goal_id", "responsibility_id", "member_client_id", "position",
          "recorded_at", "source_key"}


def title(table: str) -> str:
    spec = TABLES.get(table)
    return translate("Art15", spec[0]) if spec else table


def columns(table: str, available: list[str]) -> list[Column]:
    """The columns shown for ``table``: the declared ones, or every stored column of an unknown table."""
    spec = TABLES.get(table)
    if spec and spec[1]:
        return [(c, translate("Art15", label), fmt) for c, label, fmt in spec[1]]
    return [col(c, c) for c in available if c not in HIDDEN]


def field_label(table: str, field: str) -> str:
    """A column's German label (for the audit trail and the history), else its stored name."""
    spec = TABLES.get(table)
    for c, label, _fmt in (spec[1] if spec else []):
        if c == field:
            return translate("Art15", label)
    return field


def show(table: str, field: str, value: Any, ctx: Mapping[str, Any]) -> str:
    """One stored value (as JSON from the history) the way its column reads in the export."""
    spec = TABLES.get(table)
    for c, _label, fmt in (spec[1] if spec else []):
        if c == field:
            try:
                return fmt(value, ctx)
            except (KeyError, TypeError, ValueError):
                return plain(value)
    return plain(value)
