"""What the Art. 15 export shows of each table: German titles, columns and how values read.

Declared as data, one entry per table, so the export (``subject_access``) stays a loop and a
table it does not know yet is still printed (with its raw column names) instead of being
left out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from kimdesk.i18n import QT_TRANSLATE_NOOP, translate
from kimdesk.models import partial_date

Formatter = Callable[[Any, Mapping[str, Any]], str]


def plain(value: Any, _ctx: Mapping[str, Any] | None = None) -> str:
    """A stored value as a person reads it: dates as TT.MM.JJJJ, yes/no, lists joined."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate("SubjectAccess", "ja") if value else translate("SubjectAccess", "nein")
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y, %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
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
    """A status or kind shown with the label the app uses (``module.function``, imported when used)."""
    def fmt(value: Any, _ctx: Mapping[str, Any]) -> str:
        if value in (None, ""):
            return "–"
        module, name = fn_path.rsplit(".", 1)
        import importlib

        return str(getattr(importlib.import_module(f"kimdesk.services.{module}"), name)(value))
    return fmt


def choice(labels: Mapping[str, str]) -> Formatter:
    """A stored code shown by its (translated) label: ``choice({"open": QT_TRANSLATE_NOOP(…, "offen")})``."""
    def fmt(value: Any, _ctx: Mapping[str, Any]) -> str:
        if value in (None, ""):
            return "–"
        return translate("SubjectAccess", labels[value]) if value in labels else str(value)
    return fmt


OPEN_DONE = {"open": QT_TRANSLATE_NOOP("SubjectAccess", "offen"), "done": QT_TRANSLATE_NOOP("SubjectAccess", "erledigt"),
             "cancelled": QT_TRANSLATE_NOOP("SubjectAccess", "entfallen"), "dismissed": QT_TRANSLATE_NOOP("SubjectAccess", "verworfen")}
CASE_STATUS = {"open": QT_TRANSLATE_NOOP("SubjectAccess", "offen"), "closed": QT_TRANSLATE_NOOP("SubjectAccess", "abgeschlossen")}
PLAN_STATUS = {"draft": QT_TRANSLATE_NOOP("SubjectAccess", "Entwurf"), "agreed": QT_TRANSLATE_NOOP("SubjectAccess", "vereinbart"),
               "closed": QT_TRANSLATE_NOOP("SubjectAccess", "abgeschlossen")}
GOAL_STATUS = {"open": QT_TRANSLATE_NOOP("SubjectAccess", "offen"), "reached": QT_TRANSLATE_NOOP("SubjectAccess", "erreicht"),
               "partly": QT_TRANSLATE_NOOP("SubjectAccess", "teilweise erreicht"),
               "not_reached": QT_TRANSLATE_NOOP("SubjectAccess", "nicht erreicht"), "dropped": QT_TRANSLATE_NOOP("SubjectAccess", "aufgegeben")}
GOALS_REACHED = {"all": QT_TRANSLATE_NOOP("SubjectAccess", "alle"), "partly": QT_TRANSLATE_NOOP("SubjectAccess", "teilweise"),
                 "none": QT_TRANSLATE_NOOP("SubjectAccess", "keine"), "not_applicable": QT_TRANSLATE_NOOP("SubjectAccess", "entfällt")}
OUTCOME = {"information": QT_TRANSLATE_NOOP("SubjectAccess", "Auskunft"), "referred": QT_TRANSLATE_NOOP("SubjectAccess", "weitervermittelt"),
           "case_opened": QT_TRANSLATE_NOOP("SubjectAccess", "Fall eröffnet")}
PRESENCE = {"present": QT_TRANSLATE_NOOP("SubjectAccess", "anwesend"), "excused": QT_TRANSLATE_NOOP("SubjectAccess", "entschuldigt"),
            "absent": QT_TRANSLATE_NOOP("SubjectAccess", "nicht erschienen")}


def kinds(value: Any, ctx: Mapping[str, Any]) -> str:
    from kimdesk.services.consents import kind_label

    items = json.loads(value) if isinstance(value, str) else (value or [])
    return ", ".join(kind_label(k) for k in items) or translate("SubjectAccess", "alle Arten außer Gesundheitsdaten")


def agencies(value: Any, ctx: Mapping[str, Any]) -> str:
    items = json.loads(value) if isinstance(value, str) else (value or [])
    return ", ".join(ctx["agencies"].get(i, i) for i in items) or "–"


Column = tuple[str, str, Formatter]  # (column, label, formatter)


def col(name: str, label: str, fmt: Formatter = plain) -> Column:
    return (name, label, fmt)


TABLES: dict[str, tuple[str, list[Column]]] = {
    "client": (QT_TRANSLATE_NOOP("SubjectAccess", "Angaben zur Person"), [
        col("case_number", QT_TRANSLATE_NOOP("SubjectAccess", "Aktenzeichen")),
        col("given_name", QT_TRANSLATE_NOOP("SubjectAccess", "Vorname")),
        col("family_name", QT_TRANSLATE_NOOP("SubjectAccess", "Familienname")),
        col("native_name", QT_TRANSLATE_NOOP("SubjectAccess", "Name in eigener Schrift")),
        col("birth_date", QT_TRANSLATE_NOOP("SubjectAccess", "Geburtsdatum"), birth),
        col("gender", QT_TRANSLATE_NOOP("SubjectAccess", "Geschlecht")),
        col("nationality", QT_TRANSLATE_NOOP("SubjectAccess", "Staatsangehörigkeit")),
        col("languages", QT_TRANSLATE_NOOP("SubjectAccess", "Sprachen")),
        col("interpreter_needed", QT_TRANSLATE_NOOP("SubjectAccess", "braucht Dolmetschung")),
        col("interpreter_language", QT_TRANSLATE_NOOP("SubjectAccess", "Dolmetschsprache")),
        col("residence_status", QT_TRANSLATE_NOOP("SubjectAccess", "Aufenthaltsstatus")),
        col("residence_paragraph", QT_TRANSLATE_NOOP("SubjectAccess", "Rechtsgrundlage")),
        col("residence_valid_until", QT_TRANSLATE_NOOP("SubjectAccess", "Aufenthaltspapier gültig bis")),
        col("municipality", QT_TRANSLATE_NOOP("SubjectAccess", "Wohnort (Kommune)")),
        col("address", QT_TRANSLATE_NOOP("SubjectAccess", "Anschrift")),
        col("phone", QT_TRANSLATE_NOOP("SubjectAccess", "Telefon")),
        col("email", QT_TRANSLATE_NOOP("SubjectAccess", "E-Mail")),
        col("case_manager", QT_TRANSLATE_NOOP("SubjectAccess", "Case Manager:in")),
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Fallstatus"), choice(CASE_STATUS)),
        col("opened_on", QT_TRANSLATE_NOOP("SubjectAccess", "Fall eröffnet am")),
        col("closed_on", QT_TRANSLATE_NOOP("SubjectAccess", "Fall abgeschlossen am")),
        col("case_type", QT_TRANSLATE_NOOP("SubjectAccess", "Fallart")),
    ]),
    "household_member": (QT_TRANSLATE_NOOP("SubjectAccess", "Haushalt"), [
        col("given_name", QT_TRANSLATE_NOOP("SubjectAccess", "Vorname")),
        col("family_name", QT_TRANSLATE_NOOP("SubjectAccess", "Familienname")),
        col("birth_date", QT_TRANSLATE_NOOP("SubjectAccess", "Geburtsdatum"), birth),
        col("relation", QT_TRANSLATE_NOOP("SubjectAccess", "Beziehung")),
    ]),
    "need": (QT_TRANSLATE_NOOP("SubjectAccess", "Bedarfe"), [
        col("category", QT_TRANSLATE_NOOP("SubjectAccess", "Bedarf")),
        col("description", QT_TRANSLATE_NOOP("SubjectAccess", "Beschreibung")),
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Stand"), labelled("responsibilities.need_status_label")),
        col("opened_on", QT_TRANSLATE_NOOP("SubjectAccess", "seit")),
        col("closed_on", QT_TRANSLATE_NOOP("SubjectAccess", "bis")),
        col("source", QT_TRANSLATE_NOOP("SubjectAccess", "Quelle"), labelled("content_marks.source_label")),
        col("not_for_immigration_office", QT_TRANSLATE_NOOP("SubjectAccess", "nicht für die Ausländerbehörde")),
    ]),
    "responsibility": (QT_TRANSLATE_NOOP("SubjectAccess", "Zuständigkeiten"), [
        col("need_id", QT_TRANSLATE_NOOP("SubjectAccess", "für Bedarf"), lambda v, c: c["needs"].get(v, "–")),
        col("agency_id", QT_TRANSLATE_NOOP("SubjectAccess", "Stelle"), agency),
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Stand"), labelled("responsibilities.status_label")),
        col("contact", QT_TRANSLATE_NOOP("SubjectAccess", "Ansprechperson")),
        col("requested_on", QT_TRANSLATE_NOOP("SubjectAccess", "angefragt am")),
        col("decided_on", QT_TRANSLATE_NOOP("SubjectAccess", "entschieden am")),
        col("reason", QT_TRANSLATE_NOOP("SubjectAccess", "Begründung")),
    ]),
    "responsibility_event": (QT_TRANSLATE_NOOP("SubjectAccess", "Verlauf der Zuständigkeiten"), [
        col("on", QT_TRANSLATE_NOOP("SubjectAccess", "Datum")),
        col("need_id", QT_TRANSLATE_NOOP("SubjectAccess", "Bedarf"), lambda v, c: c["needs"].get(v, "–")),
        col("agency_id", QT_TRANSLATE_NOOP("SubjectAccess", "Stelle"), agency),
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Schritt"), labelled("responsibilities.status_label")),
        col("forwarded_to_id", QT_TRANSLATE_NOOP("SubjectAccess", "weitergeleitet an"), agency),
        col("reason", QT_TRANSLATE_NOOP("SubjectAccess", "Begründung")),
    ]),
    "counselling_contact": (QT_TRANSLATE_NOOP("SubjectAccess", "Beratungskontakte"), [
        col("on", QT_TRANSLATE_NOOP("SubjectAccess", "Datum")),
        col("kind", QT_TRANSLATE_NOOP("SubjectAccess", "Art"), labelled("contacts.kind_label")),
        col("place", QT_TRANSLATE_NOOP("SubjectAccess", "Ort")),
        col("interpreter", QT_TRANSLATE_NOOP("SubjectAccess", "Dolmetschung")),
        col("summary", QT_TRANSLATE_NOOP("SubjectAccess", "Zusammenfassung")),
        col("staff", QT_TRANSLATE_NOOP("SubjectAccess", "Mitarbeiter:in")),
        col("source", QT_TRANSLATE_NOOP("SubjectAccess", "Quelle"), labelled("content_marks.source_label")),
        col("not_for_immigration_office", QT_TRANSLATE_NOOP("SubjectAccess", "nicht für die Ausländerbehörde")),
    ]),
    "consent": (QT_TRANSLATE_NOOP("SubjectAccess", "Schweigepflichtentbindungen"), [
        col("agency_id", QT_TRANSLATE_NOOP("SubjectAccess", "Stelle"), agency),
        col("recipient_person", QT_TRANSLATE_NOOP("SubjectAccess", "Person/Funktion")),
        col("purpose", QT_TRANSLATE_NOOP("SubjectAccess", "Zweck")),
        col("data_kinds", QT_TRANSLATE_NOOP("SubjectAccess", "Arten von Daten"), kinds),
        col("covers_health", QT_TRANSLATE_NOOP("SubjectAccess", "Gesundheitsdaten")),
        col("form", QT_TRANSLATE_NOOP("SubjectAccess", "Form"), labelled("consents.form_label")),
        col("given_by", QT_TRANSLATE_NOOP("SubjectAccess", "erteilt von")),
        col("given_on", QT_TRANSLATE_NOOP("SubjectAccess", "erteilt am")),
        col("expires_on", QT_TRANSLATE_NOOP("SubjectAccess", "gültig bis")),
        col("revoked_on", QT_TRANSLATE_NOOP("SubjectAccess", "widerrufen am")),
    ]),
    "task": (QT_TRANSLATE_NOOP("SubjectAccess", "Aufgaben und Wiedervorlagen"), [
        col("due_on", QT_TRANSLATE_NOOP("SubjectAccess", "fällig am")),
        col("kind", QT_TRANSLATE_NOOP("SubjectAccess", "Art"), labelled("tasks.kind_label")),
        col("title", QT_TRANSLATE_NOOP("SubjectAccess", "Was")),
        col("details", QT_TRANSLATE_NOOP("SubjectAccess", "Einzelheiten")),
        col("rule", QT_TRANSLATE_NOOP("SubjectAccess", "Fristregel"), labelled("deadlines.rule_label")),
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Stand"), choice(OPEN_DONE)),
        col("done_on", QT_TRANSLATE_NOOP("SubjectAccess", "erledigt am")),
        col("assigned_to", QT_TRANSLATE_NOOP("SubjectAccess", "zuständig")),
    ]),
    "case_phase": (QT_TRANSLATE_NOOP("SubjectAccess", "Fallverlauf (Phasen)"), [
        col("on", QT_TRANSLATE_NOOP("SubjectAccess", "Datum")),
        col("from_phase", QT_TRANSLATE_NOOP("SubjectAccess", "von"), labelled("case_cycle.phase_label")),
        col("phase", QT_TRANSLATE_NOOP("SubjectAccess", "nach"), labelled("case_cycle.phase_label")),
        col("indicated", QT_TRANSLATE_NOOP("SubjectAccess", "angezeigt")),
        col("agreed", QT_TRANSLATE_NOOP("SubjectAccess", "zugestimmt")),
        col("reason", QT_TRANSLATE_NOOP("SubjectAccess", "Grund")),
        col("goals_reached", QT_TRANSLATE_NOOP("SubjectAccess", "Ziele erreicht"), choice(GOALS_REACHED)),
        col("note", QT_TRANSLATE_NOOP("SubjectAccess", "Vermerk")),
    ]),
    "first_contact": (QT_TRANSLATE_NOOP("SubjectAccess", "Erstkontakte"), [
        col("on", QT_TRANSLATE_NOOP("SubjectAccess", "Datum")),
        col("referral_source", QT_TRANSLATE_NOOP("SubjectAccess", "vermittelt durch")),
        col("topic", QT_TRANSLATE_NOOP("SubjectAccess", "Anliegen")),
        col("summary", QT_TRANSLATE_NOOP("SubjectAccess", "Zusammenfassung")),
        col("municipality", QT_TRANSLATE_NOOP("SubjectAccess", "Kommune")),
        col("staff", QT_TRANSLATE_NOOP("SubjectAccess", "Mitarbeiter:in")),
        col("outcome", QT_TRANSLATE_NOOP("SubjectAccess", "Ergebnis"), choice(OUTCOME)),
    ]),
    "residence_record": (QT_TRANSLATE_NOOP("SubjectAccess", "Aufenthaltsstatus (Verlauf)"), [
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Status")),
        col("paragraph", QT_TRANSLATE_NOOP("SubjectAccess", "Rechtsgrundlage")),
        col("valid_from", QT_TRANSLATE_NOOP("SubjectAccess", "gültig ab")),
        col("valid_until", QT_TRANSLATE_NOOP("SubjectAccess", "gültig bis")),
        col("note", QT_TRANSLATE_NOOP("SubjectAccess", "Vermerk")),
    ]),
    "benefit_record": (QT_TRANSLATE_NOOP("SubjectAccess", "Leistungsbezug (Verlauf)"), [
        col("system", QT_TRANSLATE_NOOP("SubjectAccess", "Rechtskreis")),
        col("agency_id", QT_TRANSLATE_NOOP("SubjectAccess", "Stelle"), agency),
        col("applied_on", QT_TRANSLATE_NOOP("SubjectAccess", "beantragt am")),
        col("approved_on", QT_TRANSLATE_NOOP("SubjectAccess", "bewilligt am")),
        col("since", QT_TRANSLATE_NOOP("SubjectAccess", "seit")),
        col("until", QT_TRANSLATE_NOOP("SubjectAccess", "bis")),
        col("note", QT_TRANSLATE_NOOP("SubjectAccess", "Vermerk")),
    ]),
    "assessment": (QT_TRANSLATE_NOOP("SubjectAccess", "Assessment"), [
        col("on", QT_TRANSLATE_NOOP("SubjectAccess", "Datum")),
        col("household", QT_TRANSLATE_NOOP("SubjectAccess", "Haushalt")),
        col("school", QT_TRANSLATE_NOOP("SubjectAccess", "Schule")),
        col("language_level", QT_TRANSLATE_NOOP("SubjectAccess", "Sprachniveau")),
        col("health", QT_TRANSLATE_NOOP("SubjectAccess", "Gesundheit")),
        col("housing", QT_TRANSLATE_NOOP("SubjectAccess", "Wohnen")),
        col("resources", QT_TRANSLATE_NOOP("SubjectAccess", "Ressourcen")),
        col("offices_involved", QT_TRANSLATE_NOOP("SubjectAccess", "beteiligte Stellen"), agencies),
        col("note", QT_TRANSLATE_NOOP("SubjectAccess", "Vermerk")),
    ]),
    "case_plan": (QT_TRANSLATE_NOOP("SubjectAccess", "Hilfeplan"), [
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Stand"), choice(PLAN_STATUS)),
        col("agreed_on", QT_TRANSLATE_NOOP("SubjectAccess", "vereinbart am")),
        col("review_on", QT_TRANSLATE_NOOP("SubjectAccess", "Überprüfung am")),
        col("note", QT_TRANSLATE_NOOP("SubjectAccess", "Vermerk")),
    ]),
    "plan_goal": (QT_TRANSLATE_NOOP("SubjectAccess", "Ziele des Hilfeplans"), [
        col("text", QT_TRANSLATE_NOOP("SubjectAccess", "Ziel")),
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Stand"), choice(GOAL_STATUS)),
        col("review_on", QT_TRANSLATE_NOOP("SubjectAccess", "Überprüfung am")),
    ]),
    "plan_measure": (QT_TRANSLATE_NOOP("SubjectAccess", "Maßnahmen des Hilfeplans"), [
        col("what", QT_TRANSLATE_NOOP("SubjectAccess", "Was")),
        col("who", QT_TRANSLATE_NOOP("SubjectAccess", "Wer")),
        col("who_agency_id", QT_TRANSLATE_NOOP("SubjectAccess", "Stelle"), agency),
        col("due", QT_TRANSLATE_NOOP("SubjectAccess", "bis")),
        col("status", QT_TRANSLATE_NOOP("SubjectAccess", "Stand"), choice(OPEN_DONE)),
        col("done_on", QT_TRANSLATE_NOOP("SubjectAccess", "erledigt am")),
    ]),
    "school_entry": (QT_TRANSLATE_NOOP("SubjectAccess", "Schulzugang"), [
        col("arrived_on", QT_TRANSLATE_NOOP("SubjectAccess", "Ankunft in Deutschland")),
        col("assigned_on", QT_TRANSLATE_NOOP("SubjectAccess", "Zuweisung an die Kommune")),
        col("registered_on", QT_TRANSLATE_NOOP("SubjectAccess", "Anmeldung beim Schulamt")),
        col("school_form", QT_TRANSLATE_NOOP("SubjectAccess", "gewünschte Schulform"), labelled("school_entry.form_label")),
        col("applied_on", QT_TRANSLATE_NOOP("SubjectAccess", "Antrag am")),
        col("placed_on", QT_TRANSLATE_NOOP("SubjectAccess", "aufgenommen am")),
        col("school", QT_TRANSLATE_NOOP("SubjectAccess", "Schule")),
    ]),
    "finding_case": (QT_TRANSLATE_NOOP("SubjectAccess", "Zuordnung zu strukturellen Themen"), [
        col("finding_id", QT_TRANSLATE_NOOP("SubjectAccess", "Thema"), lambda v, c: c["findings"].get(v, "–")),
    ]),
    "conflict_resolution": (QT_TRANSLATE_NOOP("SubjectAccess", "Entscheidungen über Synchronisationskonflikte"), []),
    # named in the audit trail and the history (printed in the conference sections)
    "conference": (QT_TRANSLATE_NOOP("SubjectAccess", "Fallkonferenz"), []),
    "conference_client": (QT_TRANSLATE_NOOP("SubjectAccess", "Person der Fallkonferenz"), []),
    "participant": (QT_TRANSLATE_NOOP("SubjectAccess", "Teilnehmende"), []),
    "agenda_item": (QT_TRANSLATE_NOOP("SubjectAccess", "Tagesordnungspunkt"), []),
    "decision": (QT_TRANSLATE_NOOP("SubjectAccess", "Beschluss"), []),
    "action_item": (QT_TRANSLATE_NOOP("SubjectAccess", "vereinbarte Aufgabe"), []),
    "addendum": (QT_TRANSLATE_NOOP("SubjectAccess", "Nachtrag"), []),
}
HIDDEN = {"id", "deleted", "client_id", "plan_id", "goal_id", "responsibility_id", "member_client_id", "position",
          "recorded_at", "source_key"}


def title(table: str) -> str:
    spec = TABLES.get(table)
    return translate("SubjectAccess", spec[0]) if spec else table


def columns(table: str, available: list[str]) -> list[Column]:
    """The columns shown for ``table``: the declared ones, or every stored column of an unknown table."""
    spec = TABLES.get(table)
    if spec and spec[1]:
        return [(c, translate("SubjectAccess", label), fmt) for c, label, fmt in spec[1]]
    return [col(c, c) for c in available if c not in HIDDEN]


def field_label(table: str, field: str) -> str:
    """A column's German label (for the audit trail and the history), else its stored name."""
    spec = TABLES.get(table)
    for c, label, _fmt in (spec[1] if spec else []):
        if c == field:
            return translate("SubjectAccess", label)
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
