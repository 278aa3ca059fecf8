"""Content "nicht für die Ausländerbehörde" and where content came from.

Public bodies must tell the Ausländerbehörde certain facts (§ 87 AufenthG), but what came
from doctors or therapists is under § 203 StGB and must not go there. Needs, counselling
contacts and agenda items therefore record their ``source``; content from a medical source
is marked ``not_for_immigration_office`` by default (when the source is set, or when an
imported row names such a source without saying otherwise). A person may still unmark it
deliberately; the recipient filter (``recipients``) reads the mark only.
"""

from __future__ import annotations

from typing import Any

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.services import validation as v
from kimdesk.services.edits import Edit, recording
from kimdesk.store.store import Store

SOURCES = ("person", "case_manager", "office", "doctor", "therapist", "other")
MEDICAL_SOURCES = frozenset({"doctor", "therapist"})
MARK = "not_for_immigration_office"


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
