"""The assessment: residence status and benefit system with their histories, and the rest.

A new residence status or benefit system is a new dated row; nothing is overwritten, so
the record shows when a person moved from Gestattung to Aufenthaltserlaubnis and from
AsylbLG to SGB II. The client's ``residence_*`` fields mirror the residence record that is
current (latest ``valid_from``), because lists, search and the exchange format read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Assessment, BenefitRecord, Client, ResidenceRecord
from kimdesk.models.assessment import BENEFIT_SYSTEMS, LANGUAGE_LEVELS
from kimdesk.services.clients_intake import clients as client_service
from kimdesk.services.clients_intake import validation as v
from kimdesk.store.store import Store


def _rows(conn: Connection, cls: type, client_id: str, *order: Any) -> list[dict[str, Any]]:
    t = cls.__table__
    stmt = select(t).where(t.c.client_id == client_id, t.c.deleted.is_(False)).order_by(*order, t.c.id)
    return [dict(r._mapping) for r in conn.execute(stmt)]


# -- residence ----------------------------------------------------------------------------
def record_residence(store: Store, client_id: str, status: str, valid_from: date | str, *,
                     valid_until: date | str | None = None, paragraph: str | None = None,
                     note: str | None = None) -> str:
    """Add a residence status; when it is the newest, the client's current fields follow it."""
    status = v.text(status, "residence_status", max_len=200, required=True) or ""
    start = v.day(valid_from, "valid_from", required=True)
    end = v.day(valid_until, "valid_until")
    if start is not None and end is not None and end < start:
        raise ValidationError(translate("Assessment", "„Gültig bis“ liegt vor „gültig ab“."), "valid_until")
    with store.session() as session:
        client = client_service.get(session, client_id)
        row = ResidenceRecord(client_id=client.id, status=status, valid_from=start, valid_until=end,
                              paragraph=v.text(paragraph, "residence_paragraph", max_len=100),
                              note=v.text(note, "note", max_len=v.TEXT_MAX))
        session.add(row)
        session.flush()
        _mirror_residence(session.connection(), client)
        note_suspension(client, status, start)
        return row.id


def note_suspension(client: Client, status: str | None, day: date | None) -> None:
    """A first Duldung dates the suspension of deportation, unless a date is recorded already.

    § 1 Abs. 1 Nr. 3 c AsylbLG counts 18 months from it once the person holds a permit under
    § 25 Abs. 5 AufenthG; the earliest Duldung the team records is the best date it has.
    """
    if status and status.strip().lower().startswith("duldung") and day is not None:
        if client.suspended_since is None or day < client.suspended_since:
            client.suspended_since = day


def _mirror_residence(conn: Connection, client: Client) -> None:
    latest = residence_history(conn, client.id)
    if not latest:
        return
    now = latest[-1]
    for attr, value in (("residence_status", now["status"]), ("residence_paragraph", now["paragraph"]),
                        ("residence_valid_until", now["valid_until"])):
        if getattr(client, attr) != value:
            setattr(client, attr, value)


def residence_history(conn: Connection, client_id: str) -> list[dict[str, Any]]:
    t = ResidenceRecord.__table__
    return _rows(conn, ResidenceRecord, client_id, t.c.valid_from)


# -- benefits -----------------------------------------------------------------------------
def record_benefit(store: Store, client_id: str, system: str, since: date | str, *,
                   applied_on: date | str | None = None, approved_on: date | str | None = None,
                   until: date | str | None = None, agency_id: str | None = None, note: str | None = None) -> str:
    """A benefit system from ``since``; a change of system is a new row (the old one keeps its dates)."""
    system = v.choice(system, "system", BENEFIT_SYSTEMS)
    start = v.day(since, "since", required=True)
    end = v.day(until, "until")
    if start is not None and end is not None and end < start:
        raise ValidationError(translate("Assessment", "Das Ende liegt vor dem Beginn."), "until")
    with store.session() as session:
        client = client_service.get(session, client_id)
        row = BenefitRecord(client_id=client.id, system=system, since=start, until=end,
                            applied_on=v.day(applied_on, "applied_on"), approved_on=v.day(approved_on, "approved_on"),
                            agency_id=None if agency_id is None else v.uuid_str(agency_id, "agency_id"),
                            note=v.text(note, "note", max_len=v.TEXT_MAX))
        session.add(row)
        session.flush()
        return row.id


def update_benefit(store: Store, record_id: str, **fields: Any) -> None:
    """Set ``approved_on``, ``until``, ``applied_on`` or ``agency_id`` of a benefit record."""
    allowed = {"approved_on", "until", "applied_on", "agency_id", "note"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(translate("Validation", "Unbekanntes Feld „{field}“.").format(field=sorted(unknown)[0]),
                              sorted(unknown)[0])
    with store.session() as session:
        row = session.get(BenefitRecord, record_id)
        if row is None or row.deleted:
            raise NotFound(translate("Assessment", "Kein Leistungseintrag mit der Kennung {id}.").format(id=record_id))
        for key, value in fields.items():
            if key == "agency_id":
                value = None if value is None else v.uuid_str(value, key)
            elif key == "note":
                value = v.text(value, key, max_len=v.TEXT_MAX)
            else:
                value = v.day(value, key)
            if getattr(row, key) != value:
                setattr(row, key, value)


def benefit_history(conn: Connection, client_id: str) -> list[dict[str, Any]]:
    t = BenefitRecord.__table__
    return _rows(conn, BenefitRecord, client_id, t.c.since)


def current_benefit(conn: Connection, client_id: str, on: date | None = None) -> dict[str, Any] | None:
    on = on or date.today()
    running = [b for b in benefit_history(conn, client_id) if b["since"] <= on and (b["until"] is None or b["until"] >= on)]
    return running[-1] if running else None


# -- the assessment itself ------------------------------------------------------------------
ASSESSMENT_FIELDS = {
    "household": lambda x: v.text(x, "household", max_len=v.TEXT_MAX),
    "school": lambda x: v.text(x, "school", max_len=v.TEXT_MAX),
    "language_level": lambda x: None if x in (None, "") else v.choice(x, "language_level", LANGUAGE_LEVELS),
    "health": lambda x: v.text(x, "health", max_len=v.TEXT_MAX),
    "housing": lambda x: v.text(x, "housing", max_len=v.TEXT_MAX),
    "resources": lambda x: v.text(x, "resources", max_len=v.TEXT_MAX),
    "offices_involved": lambda x: [v.uuid_str(i, "offices_involved") for i in (x or [])],
    "note": lambda x: v.text(x, "note", max_len=v.TEXT_MAX),
    "not_for_immigration_office": lambda x: bool(x),
}


def save_assessment(store: Store, client_id: str, on: date | str, fields: Mapping[str, Any]) -> str:
    """A dated assessment. Health content is never for the immigration office (marked)."""
    data = client_service.clean(fields, ASSESSMENT_FIELDS)
    if data.get("health"):
        data["not_for_immigration_office"] = True
    day = v.day(on, "on", required=True)
    with store.session() as session:
        client = client_service.get(session, client_id)
        row = Assessment(client_id=client.id, on=day, **data)
        session.add(row)
        session.flush()
        return row.id


def latest_assessment(conn: Connection, client_id: str) -> dict[str, Any] | None:
    t = Assessment.__table__
    rows = _rows(conn, Assessment, client_id, t.c.on)
    return rows[-1] if rows else None
