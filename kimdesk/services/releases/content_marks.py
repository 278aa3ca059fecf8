"""Content "nicht für die Ausländerbehörde", where content came from, and what kind of data it is.

Public bodies must tell the Ausländerbehörde certain facts (§ 87 AufenthG), but what came
from doctors or therapists is under § 203 StGB and must not go there. Needs, counselling
contacts and agenda items therefore record their ``source``; content from a medical source
is marked ``not_for_immigration_office`` by default (when the source is set, or when an
imported row names such a source without saying otherwise). A person may still unmark it
deliberately.

Every item that can leave the team also carries a ``data_kind`` (the consent vocabulary,
``consents.DATA_KINDS``) and a ``health`` flag (Art. 9 GDPR); ``item_defaults`` proposes
both from a need's category or a TOP's subject, and the person may change them. The
recipient filter (``recipients.verdict``) reads mark, kind, health and source.
"""

from __future__ import annotations

from typing import Any

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.services.clients_intake import validation as v
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.store import Store

SOURCES = ("person", "case_manager", "office", "doctor", "therapist", "other")
MEDICAL_SOURCES = frozenset({"doctor", "therapist"})
MARK = "not_for_immigration_office"

# need categories (resources/catalogue/vocabulary.json) -> (data kind, health data)
CATEGORY_DEFAULTS: dict[str, tuple[str | None, bool]] = {
    "Existenzsicherung": ("benefits", False), "Arbeit": ("work", False), "Ausbildung": ("work", False),
    "Anerkennung ausländischer Abschlüsse": ("work", False), "Integrationskurs": ("school", False),
    "Schulplatz": ("school", False), "Internationale Förderklasse": ("school", False),
    "Kita-Platz": ("family", False), "Hilfen zur Erziehung": ("family", False), "Kinderschutz": ("family", False),
    "Wohnung": ("housing", False), "Wohngeld": ("benefits", False), "Kindergeld": ("benefits", False),
    "Krankenversicherung": ("benefits", False), "Gesundheitsversorgung": (None, True),
    "Aufenthalt": ("residence", False), "Asylverfahren": ("residence", False), "Einbürgerung": ("residence", False),
    "Grundsicherung im Alter": ("benefits", False),
}
# words in a TOP subject or free category, first match wins (health is looked for separately)
_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("benefits", ("existenzsicherung", "bürgergeld", "leistung", "asylblg", "sgb ii", "wohngeld", "kindergeld",
                  "grundsicherung", "jobcenter", "sozialhilfe")),
    ("school", ("schul", "kita", "sprach", "förderklasse", "integrationskurs", "deutschkurs")),
    ("work", ("arbeit", "ausbildung", "beruf", "anerkennung", "praktikum", "studium")),
    ("housing", ("wohn", "unterkunft", "miete")),
    ("residence", ("aufenthalt", "asyl", "duldung", "abschiebung", "einbürgerung", "bamf", "ausländerbehörde")),
    ("family", ("famil", "erziehung", "kinderschutz", "jugendhilfe", "vormund", "kindeswohl")),
    ("identity", ("identität", "personalien", "pass", "geburtsurkunde")),
)
_HEALTH_WORDS = ("gesundheit", "ärzt", "arzt", "attest", "therap", "psych", "diagnos", "klinik", "krankheit",
                 "behandlung", "schwanger", "behinderung", "trauma", "ptbs")
ITEM_KINDS = ("need", "counselling_contact", "agenda_item")


def item_defaults(text: str | None) -> tuple[str | None, bool]:
    """The data kind and health flag proposed for a need category or TOP subject (editable)."""
    value = (text or "").strip()
    if value in CATEGORY_DEFAULTS:
        return CATEGORY_DEFAULTS[value]
    low = value.casefold()
    health = any(w in low for w in _HEALTH_WORDS)
    for kind, words in _KIND_WORDS:
        if any(w in low for w in words):
            return kind, health
    return None, health


def fill_defaults(attrs: dict[str, Any], text: str | None) -> dict[str, Any]:
    """Kind and health proposed from ``text`` where the caller (or an old file) gives none."""
    kind, health = item_defaults(text)
    if "data_kind" not in attrs:
        attrs["data_kind"] = kind
    if "health" not in attrs:
        attrs["health"] = health
    return attrs


def data_kind_value(value: Any, field: str = "data_kind") -> str | None:
    """A data kind from input: one of ``consents.DATA_KINDS`` or none."""
    from kimdesk.services.releases.consents import DATA_KINDS

    return None if value in (None, "") else v.choice(value, field, DATA_KINDS)


def source_label(source: str | None) -> str:
    labels = {
        "person": translate("Marks", "die Person selbst"),
        "case_manager": translate("Marks", "Case Management"),
        "office": translate("Marks", "eine Stelle"),
        "doctor": translate("Marks", "Ärztin/Arzt"),
        "therapist": translate("Marks", "Therapeut:in"),
        "other": translate("Marks", "andere Quelle"),
    }
    return labels.get(source or "", source or "")


def marked_by_default(source: str | None) -> bool:
    return source in MEDICAL_SOURCES


def set_source(obj: Any, source: str | None) -> None:
    """Record where content came from; a medical source marks it for the immigration office."""
    value = None if source in (None, "") else v.choice(source, "source", SOURCES)
    if obj.source != value:
        obj.source = value
    if marked_by_default(value) and not getattr(obj, MARK):
        setattr(obj, MARK, True)


def import_default(attrs: dict[str, Any]) -> dict[str, Any]:
    """An imported row naming a medical source and no mark of its own is marked."""
    if marked_by_default(attrs.get("source")) and MARK not in attrs:
        attrs[MARK] = True
    return attrs


MARKABLE = ("need", "counselling_contact")  # agenda items are marked in the conference editor


def _row(session: Any, entity: str, row_id: str) -> Any:
    from kimdesk.models import CounsellingContact, Need

    if entity not in MARKABLE:
        raise ValidationError(translate("Marks", "„{entity}“ kann nicht markiert werden.").format(entity=entity),
                              "entity")
    row = session.get({"need": Need, "counselling_contact": CounsellingContact}[entity], row_id)
    if row is None or row.deleted:
        raise NotFound(translate("Marks", "Den Eintrag gibt es nicht (mehr)."))
    return row


def set_mark(store: Store, entity: str, row_id: str, marked: bool) -> Edit:
    """Mark (or deliberately unmark) a need or contact "nicht für die Ausländerbehörde" (undoable)."""
    label = (translate("Marks", "als „nicht für die Ausländerbehörde“ markieren") if marked
             else translate("Marks", "Markierung „nicht für die Ausländerbehörde“ aufheben"))
    with recording(store, label) as (session, edit):
        row = _row(session, entity, row_id)
        if row.not_for_immigration_office != bool(marked):
            row.not_for_immigration_office = bool(marked)
    return edit


def record_source(store: Store, entity: str, row_id: str, source: str | None) -> Edit:
    """Where the content came from; a doctor or therapist marks it (``set_source``)."""
    with recording(store, translate("Marks", "Quelle erfassen")) as (session, edit):
        set_source(_row(session, entity, row_id), source)
    return edit


DISCLOSABLE = MARKABLE + ("plan_goal", "plan_measure")  # what has a kind of data and a health flag to change


def _disclosable_row(session: Any, entity: str, row_id: str) -> Any:
    from kimdesk.models import PlanGoal, PlanMeasure

    if entity in MARKABLE:
        return _row(session, entity, row_id)
    if entity not in DISCLOSABLE:
        raise ValidationError(translate("Marks", "Bei „{entity}“ gibt es keine Art der Daten.").format(entity=entity),
                              "entity")
    row = session.get({"plan_goal": PlanGoal, "plan_measure": PlanMeasure}[entity], row_id)
    if row is None or row.deleted:
        raise NotFound(translate("Marks", "Den Eintrag gibt es nicht (mehr)."))
    return row


def set_disclosure(store: Store, entity: str, row_id: str, data_kind: str | None, health: bool) -> Edit:
    """Change the kind of data and the health flag of a need, contact, plan goal or measure (undoable)."""
    kind = data_kind_value(data_kind)
    with recording(store, translate("Marks", "Art der Daten ändern")) as (session, edit):
        row = _disclosable_row(session, entity, row_id)
        if row.data_kind != kind:
            row.data_kind = kind
        if row.health != bool(health):
            row.health = bool(health)
    return edit
