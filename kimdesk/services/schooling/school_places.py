"""Places the schools offer per intake, with their operator (*Schulträger*), entered by the coordination.

One row per school form of a municipality (or of the whole region, without a municipality),
intake date and, optionally, school. The school-entry report sets them beside those waiting;
only the operator (municipality or StädteRegion) and the numbers reach it, never the school's
name. Everything typed is checked here, so the GUI and the CLI refuse the same things.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from kimdesk.errors import NotFound, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import SchoolPlace
from kimdesk.models.school import OPERATORS, SCHOOL_FORMS
from kimdesk.services.clients_intake import catalogue
from kimdesk.services.clients_intake import validation as v
from kimdesk.store.store import Store

MAX_PLACES = 10_000


@dataclass(frozen=True)
class Places:
    id: str
    municipality: str | None
    school_form: str
    operator: str
    school: str | None
    intake_on: date
    places: int

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["intake_on"] = self.intake_on.isoformat()
        return out


def operator_label(operator: str) -> str:
    return {"municipality": translate("SchoolEntry", "Kommune"),
            "region": translate("SchoolEntry", "StädteRegion / Kreis")}.get(operator, operator)


def clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Every field checked; a bad one raises a ``ValidationError`` naming it (exit 2 on the CLI)."""
    muni = fields.get("municipality") or None
    if muni is not None and muni not in catalogue.municipalities():
        raise ValidationError(translate("SchoolEntry", "„{value}“ ist keine Kommune der Region.").format(
            value=str(muni)[:30]), "municipality")
    form = v.choice(fields.get("school_form"), "school_form", SCHOOL_FORMS)
    operator = v.choice(fields.get("operator") or ("municipality" if muni else "region"), "operator", OPERATORS)
    if operator == "municipality" and muni is None:
        raise ValidationError(translate("SchoolEntry", "Ein kommunaler Schulträger braucht die Kommune."),
                              "municipality")
    intake = v.day(fields.get("intake_on"), "intake_on", required=True)
    raw = fields.get("places")
    try:
        places = int(str(raw).strip())
    except (TypeError, ValueError):
        raise ValidationError(translate("SchoolEntry", "„{value}“ ist keine Zahl von Plätzen.").format(
            value=str(raw)[:30]), "places") from None
    if not 0 <= places <= MAX_PLACES:
        raise ValidationError(translate("SchoolEntry", "Die Zahl der Plätze muss zwischen 0 und {max} liegen.").format(
            max=MAX_PLACES), "places")
    return {"municipality": muni, "school_form": form, "operator": operator,
            "school": v.text(fields.get("school"), "school", max_len=300) or None, "intake_on": intake,
            "places": places}


def save(store: Store, fields: Mapping[str, Any], place_id: str | None = None) -> str:
    """Add places (or change the row ``place_id``)."""
    data = clean(fields)
    with store.session() as session:
        if place_id is None:
            row = SchoolPlace(**data)
            session.add(row)
        else:
            row = session.get(SchoolPlace, place_id)
            if row is None or row.deleted:
                raise NotFound(translate("SchoolEntry", "Keine Plätze mit dieser Kennung."))
            for key, value in data.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
        session.flush()
        return row.id


def remove(store: Store, place_id: str) -> None:
    with store.session() as session:
        row = session.get(SchoolPlace, place_id)
        if row is None or row.deleted:
            raise NotFound(translate("SchoolEntry", "Keine Plätze mit dieser Kennung."))
        row.deleted = True


def listing(store: Store) -> list[Places]:
    """Every entry, by intake date, school form and municipality (region-wide first)."""
    with store.connection() as conn:
        t = SchoolPlace.__table__
        rows = conn.execute(select(t).where(t.c.deleted.is_(False))).all()
    out = [Places(r.id, r.municipality, r.school_form, r.operator, r.school, r.intake_on, r.places) for r in rows]
    order = {f: i for i, f in enumerate(SCHOOL_FORMS)}
    out.sort(key=lambda p: (p.intake_on, order.get(p.school_form, 99), p.municipality or "", p.school or ""))
    return out
