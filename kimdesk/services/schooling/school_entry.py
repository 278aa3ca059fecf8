"""School entry of newly arrived young people (*Seiteneinsteiger*) and the waiting list.

One ``SchoolEntry`` per person (its id derives from the client id, as in the exchange
format, so an import never duplicates it). Someone is *waiting* on a day when they were
assigned to the municipality or registered with the school office / integration centre by
then and not yet placed. The waiting list shows everyone waiting, longest wait first (from
the earlier of assignment and registration), with the next intake date of the school form
wanted: Internationale Förderklassen take pupils on 1 August, *Fit für Mehr* on 1 November,
1 February and 1 May; all dates come from ``resources/rules/school_intake.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.models import SchoolEntry, partial_date
from kimdesk.models.school import SCHOOL_FORMS
from kimdesk.models.types import id_text
from kimdesk.services.clients_intake import clients as client_service
from kimdesk.services.tasks_deadlines import rules as rules_data
from kimdesk.services.clients_intake import validation as v
from kimdesk.figures.csv_export import write_csv
from kimdesk.services.clients_intake.exchange_format import child_id
from kimdesk.store.store import Store

DATE_FIELDS = ("arrived_on", "assigned_on", "registered_on", "applied_on", "placed_on")


def form_label(form: str | None) -> str:
    labels = {
        "primary": translate("SchoolEntry", "Primarstufe"),
        "secondary": translate("SchoolEntry", "Sekundarstufe"),
        "ifk": translate("SchoolEntry", "Internationale Förderklasse"),
        "ffm": translate("SchoolEntry", "Fit für Mehr"),
        "other": translate("SchoolEntry", "andere Schulform"),
        None: translate("SchoolEntry", "ohne Angabe"),
    }
    return labels.get(form, form or "")


def entry_id(client_id: str) -> str:
    """The entry's id: the same on every laptop and in every import of the person."""
    return child_id(client_id, "school_entry", 0)


def clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = {k: (lambda key: lambda x: v.day(x, key))(k) for k in DATE_FIELDS}
    spec["school_form"] = lambda x: None if x in (None, "") else v.choice(x, "school_form", SCHOOL_FORMS)
    spec["school"] = lambda x: v.text(x, "school", max_len=300)
    return client_service.clean(fields, spec)


def check_order(data: Mapping[str, Any]) -> None:
    placed = data.get("placed_on")
    for key in ("assigned_on", "registered_on"):
        if placed and data.get(key) and placed < data[key]:
            raise ValidationError(translate("SchoolEntry", "Die Aufnahme in die Schule liegt vor „{field}“.").format(
                field=v.label(key)), "placed_on")


def save(store: Store, client_id: str, fields: Mapping[str, Any]) -> str:
    """Create or change the person's school entry (only the given fields change)."""
    data = clean(fields)
    with store.session() as session:
        client = client_service.get(session, client_id)
        row = session.get(SchoolEntry, entry_id(client.id))
        if row is None:
            existing = session.scalar(select(SchoolEntry).where(SchoolEntry.client_id == client.id))
            row = existing
        if row is None:
            check_order(data)
            row = SchoolEntry(id=entry_id(client.id), client_id=client.id, **data)
            session.add(row)
        else:
            merged = {k: getattr(row, k) for k in (*DATE_FIELDS, "school_form", "school")} | data
            check_order(merged)
            for key, value in data.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
            if row.deleted:
                row.deleted = False
        session.flush()
        return row.id


def get(conn: Connection, client_id: str) -> dict[str, Any] | None:
    t = SchoolEntry.__table__
    row = conn.execute(select(t).where(t.c.client_id == client_id, t.c.deleted.is_(False))).first()
    return dict(row._mapping) if row else None


# -- intake dates ----------------------------------------------------------------------------
def next_intake(form: str | None, today: date, config: Mapping[str, Any] | None = None) -> date | None:
    """The next intake date (today or later) for the school form, from the rules data."""
    config = config if config is not None else rules_data.load("school_intake")
    days = config.get("intake", {}).get(form or "other") or []
    candidates = []
    for mmdd in days:
        month, day = (int(x) for x in mmdd.split("-"))
        for year in (today.year, today.year + 1):
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
    upcoming = [d for d in candidates if d >= today]
    return min(upcoming) if upcoming else None


# -- waiting list ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Waiting:
    client_id: str
    case_number: str
    family_name: str
    given_name: str
    age: int | None
    municipality: str | None
    school_form: str | None
    assigned_on: date | None
    registered_on: date | None
    applied_on: date | None
    days_since_assignment: int | None
    days_since_registration: int | None
    waiting_days: int  # from the earlier of assignment and registration
    next_intake: date | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


WAITING_SQL = """
    SELECT s.client_id, c.case_number, c.family_name, c.given_name, c.birth_date, c.municipality,
           s.school_form, s.assigned_on, s.registered_on, s.applied_on
    FROM school_entry s JOIN client c ON c.id = s.client_id
    WHERE s.deleted = 0 AND c.deleted = 0
      AND (s.placed_on IS NULL OR s.placed_on > :day)
      AND ((s.assigned_on IS NOT NULL AND s.assigned_on <= :day)
           OR (s.registered_on IS NOT NULL AND s.registered_on <= :day))"""


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def waiting_list(conn: Connection, today: date | None = None, *, municipality: str | None = None,
                 school_form: str | None = None, config: Mapping[str, Any] | None = None) -> list[Waiting]:
    """Everyone waiting for a school place on ``today``, longest wait first."""
    today = today or date.today()
    config = config if config is not None else rules_data.load("school_intake")
    sql, params = WAITING_SQL, {"day": today.isoformat()}
    if municipality:
        sql += " AND c.municipality = :muni"
        params["muni"] = municipality
    if school_form:
        sql += " AND s.school_form = :form"
        params["form"] = school_form
    out = []
    for r in conn.execute(text(sql), params):
        assigned, registered = _as_date(r.assigned_on), _as_date(r.registered_on)
        since_a = (today - assigned).days if assigned and assigned <= today else None
        since_r = (today - registered).days if registered and registered <= today else None
        waited = max(d for d in (since_a, since_r) if d is not None)
        # a person's id is stored as 16 bytes (migration 0043): handed out as its text, as the ORM does
        out.append(Waiting(id_text(r.client_id), r.case_number, r.family_name, r.given_name,
                           partial_date.age_on(r.birth_date, today), r.municipality, r.school_form, assigned,
                           registered, _as_date(r.applied_on), since_a, since_r, waited,
                           next_intake(r.school_form, today, config)))
    out.sort(key=lambda w: (-w.waiting_days, w.family_name.casefold(), w.client_id))
    return out


def csv_header() -> list[str]:
    return [translate("SchoolEntry", "Aktenzeichen"), translate("SchoolEntry", "Familienname"),
            translate("SchoolEntry", "Vorname"), translate("SchoolEntry", "Alter"),
            translate("SchoolEntry", "Kommune"), translate("SchoolEntry", "Schulform"),
            translate("SchoolEntry", "Zuweisung"), translate("SchoolEntry", "Anmeldung"),
            translate("SchoolEntry", "Antrag"), translate("SchoolEntry", "Wartetage ab Zuweisung"),
            translate("SchoolEntry", "Wartetage ab Anmeldung"), translate("SchoolEntry", "Nächste Aufnahme")]


def _d(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def export_csv(rows: list[Waiting], path: Path) -> int:
    """The waiting list as CSV (UTF-8 with BOM for spreadsheet programs, ``;``, mode 0600)."""
    write_csv(path, csv_header(), [
        [w.case_number, w.family_name, w.given_name, "" if w.age is None else str(w.age), w.municipality or "",
         form_label(w.school_form), _d(w.assigned_on), _d(w.registered_on), _d(w.applied_on),
         "" if w.days_since_assignment is None else str(w.days_since_assignment),
         "" if w.days_since_registration is None else str(w.days_since_registration), _d(w.next_intake)]
        for w in rows])
    return len(rows)
