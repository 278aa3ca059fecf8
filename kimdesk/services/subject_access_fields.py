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
_N = "SubjectAccess"


def plain(value: Any, _ctx: Mapping[str, Any] | None = None) -> str:
    """A stored value as a person reads it: dates as TT.MM.JJJJ, yes/no, lists joined."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate(_N, "ja") if value else translate(_N, "nein")
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
        return translate(_N, labels[value]) if value in labels else str(value)
    return fmt


OPEN_DONE = {"open": QT_TRANSLATE_NOOP(_N, "offen"), "done": QT_TRANSLATE_NOOP(_N, "erledigt"),
             "cancelled": QT_TRANSLATE_NOOP(_N, "entfallen"), "dismissed": QT_TRANSLATE_NOOP(_N, "verworfen")}
CASE_STATUS = {"open": QT_TRANSLATE_NOOP(_N, "offen"), "closed": QT_TRANSLATE_NOOP(_N, "abgeschlossen")}
PLAN_STATUS = {"draft": QT_TRANSLATE_NOOP(_N, "Entwurf"), "agreed": QT_TRANSLATE_NOOP(_N, "vereinbart"),
               "closed": QT_TRANSLATE_NOOP(_N, "abgeschlossen")}
GOAL_STATUS = {"open": QT_TRANSLATE_NOOP(_N, "offen"), "reached": QT_TRANSLATE_NOOP(_N, "erreicht"),
               "partly": QT_TRANSLATE_NOOP(_N, "teilweise erreicht"),
               "not_reached": QT_TRANSLATE_NOOP(_N, "nicht erreicht"), "dropped": QT_TRANSLATE_NOOP(_N, "aufgegeben")}
GOALS_REACHED = {"all": QT_TRANSLATE_NOOP(_N, "alle"), "partly": QT_TRANSLATE_NOOP(_N, "teilweise"),
                 "none": QT_TRANSLATE_NOOP(_N, "keine"), "not_applicable": QT_TRANSLATE_NOOP(_N, "entfällt")}
OUTCOME = {"information": QT_TRANSLATE_NOOP(_N, "Auskunft"), "referred": QT_TRANSLATE_NOOP(_N, "weitervermittelt"),
           "case_opened": QT_TRANSLATE_NOOP(_N, "Fall eröffnet")}
PRESENCE = {"present": QT_TRANSLATE_NOOP(_N, "anwesend"), "excused": QT_TRANSLATE_NOOP(_N, "entschuldigt"),
            "absent": QT_TRANSLATE_NOOP(_N, "nicht erschienen")}


def kinds(value: Any, ctx: Mapping[str, Any]) -> str:
    from kimdesk.services.consents import kind_label

    items = json.loads(value) if isinstance(value, str) else (value or [])
    return ", ".join(kind_label(k) for k in items) or translate(_N, "alle Arten außer Gesundheitsdaten")


def agencies(value: Any, ctx: Mapping[str, Any]) -> str:
    items = json.loads(value) if isinstance(value, str) else (value or [])
    return ", ".join(ctx["agencies"].get(i, i) for i in items) or "–"


Column = tuple[str, str, Formatter]  # (column, label, formatter)


def col(name: str, label: str, fmt: Formatter = plain) -> Column:
    return (name, label, fmt)


TABLES: dict[str, tuple[str, list[Column]]] = {
    "client": (QT_TRANSLATE_NOOP(_N, "Angaben zur Person"), [
        col("case_number", QT_TRANSLATE_NOOP(_N, "Aktenzeichen")),
        col("given_name", QT_TRANSLATE_NOOP(_N, "Vorname")),
        col("family_name", QT_TRANSLATE_NOOP(_N, "Familienname")),
        col("native_name", QT_TRANSLATE_NOOP(_N, "Name in eigener Schrift")),
        col("birth_date", QT_TRANSLATE_NOOP(_N, "Geburtsdatum"), birth),
        col("gender", QT_TRANSLATE_NOOP(_N, "Geschlecht")),
        col("nationality", QT_TRANSLATE_NOOP(_N, "Staatsangehörigkeit")),
        col("languages", QT_TRANSLATE_NOOP(_N, "Sprachen")),
        col("interpreter_needed", QT_TRANSLATE_NOOP(_N, "braucht Dolmetschung")),
        col("interpreter_language", QT_TRANSLATE_NOOP(_N, "Dolmetschsprache")),
        col("residence_status", QT_TRANSLATE_NOOP(_N, "Aufenthaltsstatus")),
        col("residence_paragraph", QT_TRANSLATE_NOOP(_N, "Rechtsgrundlage")),
        col("residence_valid_until", QT_TRANSLATE_NOOP(_N, "Aufenthaltspapier gültig bis")),
        col("municipality", QT_TRANSLATE_NOOP(_N, "Wohnort (Kommune)")),
        col("address", QT_TRANSLATE_NOOP(_N, "Anschrift")),
        col("phone", QT_TRANSLATE_NOOP(_N, "Telefon")),
        col("email", QT_TRANSLATE_NOOP(_N, "E-Mail")),
        col("case_manager", QT_TRANSLATE_NOOP(_N, "Case Manager:in")),
        col("status", QT_TRANSLATE_NOOP(_N, "Fallstatus"), choice(CASE_STATUS)),
        col("opened_on", QT_TRANSLATE_NOOP(_N, "Fall eröffnet am")),
        col("closed_on", QT_TRANSLATE_NOOP(_N, "Fall abgeschlossen am")),
        col("case_type", QT_TRANSLATE_NOOP(_N, "Fallart")),
    ]),
    "household_member": (QT_TRANSLATE_NOOP(_N, "Haushalt"), [
        col("given_name", QT_TRANSLATE_NOOP(_N, "Vorname")),
        col("family_name", QT_TRANSLATE_NOOP(_N, "Familienname")),
        col("birth_date", QT_TRANSLATE_NOOP(_N, "Geburtsdatum"), birth),
        col("relation", QT_TRANSLATE_NOOP(_N, "Beziehung")),
    ]),
    "need": (QT_TRANSLATE_NOOP(_N, "Bedarfe"), [
        col("category", QT_TRANSLATE_NOOP(_N, "Bedarf")),
        col("description", QT_TRANSLATE_NOOP(_N, "Beschreibung")),
        col("status", QT_TRANSLATE_NOOP(_N, "Stand"), labelled("responsibilities.need_status_label")),
        col("opened_on", QT_TRANSLATE_NOOP(_N, "seit")),
        col("closed_on", QT_TRANSLATE_NOOP(_N, "bis")),
        col("source", QT_TRANSLATE_NOOP(_N, "Quelle"), labelled("content_marks.source_label")),
        col("not_for_immigration_office", QT_TRANSLATE_NOOP(_N, "nicht für die Ausländerbehörde")),
    ]),
    "responsibility": (QT_TRANSLATE_NOOP(_N, "Zuständigkeiten"), [
        col("need_id", QT_TRANSLATE_NOOP(_N, "für Bedarf"), lambda v, c: c["needs"].get(v, "–")),
        col("agency_id", QT_TRANSLATE_NOOP(_N, "Stelle"), agency),
        col("status", QT_TRANSLATE_NOOP(_N, "Stand"), labelled("responsibilities.status_label")),
        col("contact", QT_TRANSLATE_NOOP(_N, "Ansprechperson")),
        col("requested_on", QT_TRANSLATE_NOOP(_N, "angefragt am")),
        col("decided_on", QT_TRANSLATE_NOOP(_N, "entschieden am")),
        col("reason", QT_TRANSLATE_NOOP(_N, "Begründung")),
    ]),
    "responsibility_event": (QT_TRANSLATE_NOOP(_N, "Verlauf der Zuständigkeiten"), [
        col("on", QT_TRANSLATE_NOOP(_N, "Datum")),
        col("need_id", QT_TRANSLATE_NOOP(_N, "Bedarf"), lambda v, c: c["needs"].get(v, "–")),
        col("agency_id", QT_TRANSLATE_NOOP(_N, "Stelle"), agency),
        col("status", QT_TRANSLATE_NOOP(_N, "Schritt"), labelled("responsibilities.status_label")),
        col("forwarded_to_id", QT_TRANSLATE_NOOP(_N, "weitergeleitet an"), agency),
        col("reason", QT_TRANSLATE_NOOP(_N, "Begründung")),
    ]),
    "counselling_contact": (QT_TRANSLATE_NOOP(_N, "Beratungskontakte"), [
        col("on", QT_TRANSLATE_NOOP(_N, "Datum")),
        col("kind", QT_TRANSLATE_NOOP(_N, "Art"), labelled("contacts.kind_label")),
        col("place", QT_TRANSLATE_NOOP(_N, "Ort")),
        col("interpreter", QT_TRANSLATE_NOOP(_N, "Dolmetschung")),
        col("summary", QT_TRANSLATE_NOOP(_N, "Zusammenfassung")),
        col("staff", QT_TRANSLATE_NOOP(_N, "Mitarbeiter:in")),
        col("source", QT_TRANSLATE_NOOP(_N, "Quelle"), labelled("content_marks.source_label")),
        col("not_for_immigration_office", QT_TRANSLATE_NOOP(_N, "nicht für die Ausländerbehörde")),
    ]),
    "consent": (QT_TRANSLATE_NOOP(_N, "Schweigepflichtentbindungen"), [
        col("agency_id", QT_TRANSLATE_NOOP(_N, "Stelle"), agency),
        col("recipient_person", QT_TRANSLATE_NOOP(_N, "Person/Funktion")),
        col("purpose", QT_TRANSLATE_NOOP(_N, "Zweck")),
        col("data_kinds", QT_TRANSLATE_NOOP(_N, "Arten von Daten"), kinds),
        col("covers_health", QT_TRANSLATE_NOOP(_N, "Gesundheitsdaten")),
        col("form", QT_TRANSLATE_NOOP(_N, "Form"), labelled("consents.form_label")),
        col("given_by", QT_TRANSLATE_NOOP(_N, "erteilt von")),
        col("given_on", QT_TRANSLATE_NOOP(_N, "erteilt am")),
        col("expires_on", QT_TRANSLATE_NOOP(_N, "gültig bis")),
        col("revoked_on", QT_TRANSLATE_NOOP(_N, "widerrufen am")),
    ]),
    "task": (QT_TRANSLATE_NOOP(_N, "Aufgaben und Wiedervorlagen"), [
        col("due_on", QT_TRANSLATE_NOOP(_N, "fällig am")),
        col("kind", QT_TRANSLATE_NOOP(_N, "Art"), labelled("tasks.kind_label")),
        col("title", QT_TRANSLATE_NOOP(_N, "Was")),
        col("details", QT_TRANSLATE_NOOP(_N, "Einzelheiten")),
        col("rule", QT_TRANSLATE_NOOP(_N, "Fristregel"), labelled("deadlines.rule_label")),
        col("status", QT_TRANSLATE_NOOP(_N, "Stand"), choice(OPEN_DONE)),
        col("done_on", QT_TRANSLATE_NOOP(_N, "erledigt am")),
        col("assigned_to", QT_TRANSLATE_NOOP(_N, "zuständig")),
    ]),
    "case_phase": (QT_TRANSLATE_NOOP(_N, "Fallverlauf (Phasen)"), [
        col("on", QT_TRANSLATE_NOOP(_N, "Datum")),
        col("from_phase", QT_TRANSLATE_NOOP(_N, "von"), labelled("case_cycle.phase_label")),
        col("phase", QT_TRANSLATE_NOOP(_N, "nach"), labelled("case_cycle.phase_label")),
        col("indicated", QT_TRANSLATE_NOOP(_N, "angezeigt")),
        col("agreed", QT_TRANSLATE_NOOP(_N, "zugestimmt")),
        col("reason", QT_TRANSLATE_NOOP(_N, "Grund")),
        col("goals_reached", QT_TRANSLATE_NOOP(_N, "Ziele erreicht"), choice(GOALS_REACHED)),
        col("note", QT_TRANSLATE_NOOP(_N, "Vermerk")),
    ]),
    "first_contact": (QT_TRANSLATE_NOOP(_N, "Erstkontakte"), [
        col("on", QT_TRANSLATE_NOOP(_N, "Datum")),
        col("referral_source", QT_TRANSLATE_NOOP(_N, "vermittelt durch")),
        col("topic", QT_TRANSLATE_NOOP(_N, "Anliegen")),
        col("summary", QT_TRANSLATE_NOOP(_N, "Zusammenfassung")),
        col("municipality", QT_TRANSLATE_NOOP(_N, "Kommune")),
        col("staff", QT_TRANSLATE_NOOP(_N, "Mitarbeiter:in")),
        col("outcome", QT_TRANSLATE_NOOP(_N, "Ergebnis"), choice(OUTCOME)),
    ]),
    "residence_record": (QT_TRANSLATE_NOOP(_N, "Aufenthaltsstatus (Verlauf)"), [
        col("status", QT_TRANSLATE_NOOP(_N, "Status")),
        col("paragraph", QT_TRANSLATE_NOOP(_N, "Rechtsgrundlage")),
        col("valid_from", QT_TRANSLATE_NOOP(_N, "gültig ab")),
        col("valid_until", QT_TRANSLATE_NOOP(_N, "gültig bis")),
        col("note", QT_TRANSLATE_NOOP(_N, "Vermerk")),
    ]),
    "benefit_record": (QT_TRANSLATE_NOOP(_N, "Leistungsbezug (Verlauf)"), [
        col("system", QT_TRANSLATE_NOOP(_N, "Rechtskreis")),
        col("agency_id", QT_TRANSLATE_NOOP(_N, "Stelle"), agency),
        col("applied_on", QT_TRANSLATE_NOOP(_N, "beantragt am")),
        col("approved_on", QT_TRANSLATE_NOOP(_N, "bewilligt am")),
        col("since", QT_TRANSLATE_NOOP(_N, "seit")),
        col("until", QT_TRANSLATE_NOOP(_N, "bis")),
        col("note", QT_TRANSLATE_NOOP(_N, "Vermerk")),
    ]),
    "assessment": (QT_TRANSLATE_NOOP(_N, "Assessment"), [
        col("on", QT_TRANSLATE_NOOP(_N, "Datum")),
        col("household", QT_TRANSLATE_NOOP(_N, "Haushalt")),
        col("school", QT_TRANSLATE_NOOP(_N, "Schule")),
        col("language_level", QT_TRANSLATE_NOOP(_N, "Sprachniveau")),
        col("health", QT_TRANSLATE_NOOP(_N, "Gesundheit")),
        col("housing", QT_TRANSLATE_NOOP(_N, "Wohnen")),
        col("resources", QT_TRANSLATE_NOOP(_N, "Ressourcen")),
        col("offices_involved", QT_TRANSLATE_NOOP(_N, "beteiligte Stellen"), agencies),
        col("note", QT_TRANSLATE_NOOP(_N, "Vermerk")),
    ]),
    "case_plan": (QT_TRANSLATE_NOOP(_N, "Hilfeplan"), [
        col("status", QT_TRANSLATE_NOOP(_N, "Stand"), choice(PLAN_STATUS)),
        col("agreed_on", QT_TRANSLATE_NOOP(_N, "vereinbart am")),
        col("review_on", QT_TRANSLATE_NOOP(_N, "Überprüfung am")),
        col("note", QT_TRANSLATE_NOOP(_N, "Vermerk")),
    ]),
    "plan_goal": (QT_TRANSLATE_NOOP(_N, "Ziele des Hilfeplans"), [
        col("text", QT_TRANSLATE_NOOP(_N, "Ziel")),
        col("status", QT_TRANSLATE_NOOP(_N, "Stand"), choice(GOAL_STATUS)),
        col("review_on", QT_TRANSLATE_NOOP(_N, "Überprüfung am")),
    ]),
    "plan_measure": (QT_TRANSLATE_NOOP(_N, "Maßnahmen des Hilfeplans"), [
        col("what", QT_TRANSLATE_NOOP(_N, "Was")),
        col("who", QT_TRANSLATE_NOOP(_N, "Wer")),
        col("who_agency_id", QT_TRANSLATE_NOOP(_N, "Stelle"), agency),
        col("due", QT_TRANSLATE_NOOP(_N, "bis")),
        col("status", QT_TRANSLATE_NOOP(_N, "Stand"), choice(OPEN_DONE)),
        col("done_on", QT_TRANSLATE_NOOP(_N, "erledigt am")),
    ]),
    "school_entry": (QT_TRANSLATE_NOOP(_N, "Schulzugang"), [
        col("arrived_on", QT_TRANSLATE_NOOP(_N, "Ankunft in Deutschland")),
        col("assigned_on", QT_TRANSLATE_NOOP(_N, "Zuweisung an die Kommune")),
        col("registered_on", QT_TRANSLATE_NOOP(_N, "Anmeldung beim Schulamt")),
        col("school_form", QT_TRANSLATE_NOOP(_N, "gewünschte Schulform"), labelled("school_entry.form_label")),
        col("applied_on", QT_TRANSLATE_NOOP(_N, "Antrag am")),
        col("placed_on", QT_TRANSLATE_NOOP(_N, "aufgenommen am")),
        col("school", QT_TRANSLATE_NOOP(_N, "Schule")),
    ]),
    "finding_case": (QT_TRANSLATE_NOOP(_N, "Zuordnung zu strukturellen Themen"), [
        col("finding_id", QT_TRANSLATE_NOOP(_N, "Thema"), lambda v, c: c["findings"].get(v, "–")),
    ]),
    "conflict_resolution": (QT_TRANSLATE_NOOP(_N, "Entscheidungen über Synchronisationskonflikte"), []),
    # named in the audit trail and the history (printed in the conference sections)
    "conference": (QT_TRANSLATE_NOOP(_N, "Fallkonferenz"), []),
    "conference_client": (QT_TRANSLATE_NOOP(_N, "Person der Fallkonferenz"), []),
    "participant": (QT_TRANSLATE_NOOP(_N, "Teilnehmende"), []),
    "agenda_item": (QT_TRANSLATE_NOOP(_N, "Tagesordnungspunkt"), []),
    "decision": (QT_TRANSLATE_NOOP(_N, "Beschluss"), []),
    "action_item": (QT_TRANSLATE_NOOP(_N, "vereinbarte Aufgabe"), []),
    "addendum": (QT_TRANSLATE_NOOP(_N, "Nachtrag"), []),
}
HIDDEN = {"id", "deleted", "client_id", "plan_id", "goal_id", "responsibility_id", "member_client_id", "position",
          "recorded_at", "source_key"}


def title(table: str) -> str:
    spec = TABLES.get(table)
    return translate(_N, spec[0]) if spec else table


def columns(table: str, available: list[str]) -> list[Column]:
    """The columns shown for ``table``: the declared ones, or every stored column of an unknown table."""
    spec = TABLES.get(table)
    if spec and spec[1]:
        return [(c, translate(_N, label), fmt) for c, label, fmt in spec[1]]
    return [col(c, c) for c in available if c not in HIDDEN]


def field_label(table: str, field: str) -> str:
    """A column's German label (for the audit trail and the history), else its stored name."""
    spec = TABLES.get(table)
    for c, label, _fmt in (spec[1] if spec else []):
        if c == field:
            return translate(_N, label)
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
