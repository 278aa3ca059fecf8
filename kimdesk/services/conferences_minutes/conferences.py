"""Case conferences. A finalised protocol is immutable: this module is where that is enforced.

Every write path that could touch a conference or one of its parts (editor, import, sync
merge) asks ``conference_of`` / ``ensure_editable`` first; corrections to a finalised
protocol are addenda, which stay allowed, and so does the follow-up of an agreed task
(``is_follow_up``: its status and the day it was settled).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from kimdesk.errors import Immutable
from kimdesk.i18n import translate
from kimdesk.models import ActionItem, AgendaItem, Conference, ConferenceClient, Decision, Participant

PARTS_BY_CONFERENCE = (ConferenceClient, Participant, AgendaItem)
PARTS_BY_AGENDA = (Decision, ActionItem)
# after finalising, an agreed task may still be followed up (done / cancelled, and the day):
# the printed protocol shows each task's status as it stood when the protocol was closed
FOLLOW_UP_FIELDS = {ActionItem: frozenset({"status", "done_on"})}


def is_follow_up(cls: type, changed: Any) -> bool:
    """True when a change to a protocol part touches only follow-up fields (allowed after finalising)."""
    allowed = FOLLOW_UP_FIELDS.get(cls)
    return allowed is not None and bool(changed) and set(changed) <= allowed


def conference_id_of(session: Session, cls: type, attrs: dict[str, Any],
                     agenda: dict[str, dict[str, Any]] | None = None) -> str | None:
    """The conference a row belongs to; ``agenda`` holds agenda items not yet in the database."""
    if cls is Conference:
        return attrs.get("id")
    if cls in PARTS_BY_CONFERENCE:
        return attrs.get("conference_id")
    if cls in PARTS_BY_AGENDA:
        item_id = attrs.get("agenda_item_id")
        if agenda and item_id in agenda:
            return agenda[item_id].get("conference_id")
        item = session.get(AgendaItem, item_id)
        return item.conference_id if item is not None else None
    return None


def final_ids(session: Session, ids: set[str] | None = None) -> set[str]:
    """Conferences whose protocol is finalised (of ``ids``, or all)."""
    from sqlalchemy import select

    stmt = select(Conference.id).where(Conference.status == "final")
    if ids is not None:
        stmt = stmt.where(Conference.id.in_(ids))
    return set(session.scalars(stmt))


def is_final(session: Session, conference_id: str | None) -> bool:
    if conference_id is None:
        return False
    conf = session.get(Conference, conference_id)
    return conf is not None and conf.status == "final"


def ensure_editable(session: Session, conference_id: str | None) -> None:
    if is_final(session, conference_id):
        raise Immutable(
            translate("Conferences", "Das Protokoll ist abgeschlossen und kann nicht mehr geändert werden; "
                              "Korrekturen bitte als Nachtrag erfassen."))


def refuse_if_in(final: set[str], conference_id: str | None) -> None:
    if conference_id is not None and conference_id in final:
        raise Immutable(
            translate("Conferences", "Das Protokoll ist abgeschlossen und kann nicht mehr geändert werden; "
                              "Korrekturen bitte als Nachtrag erfassen."))
