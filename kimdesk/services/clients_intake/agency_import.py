"""Importing an agency catalogue from a CSV file, with a preview of what it would change.

A district's list of offices usually exists as a spreadsheet. ``read`` maps its column
headings through ``COLUMNS`` (one line per field: adding a column is adding a line), ``plan``
compares it with the catalogue by name (new / changed / unchanged / problems) and ``apply``
writes exactly that plan as one undoable edit, so the rows sync like any edit of the team.
The file is untrusted: size, row count and every value are checked; a bad file is one clear
German message and nothing is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from kimdesk.errors import BadInput, ValidationError
from kimdesk.i18n import translate
from kimdesk.models import Agency, new_id
from kimdesk.services.clients_intake import agencies
from kimdesk.services.clients_intake.edits import Edit, recording
from kimdesk.store.store import Store

MAX_BYTES = 5_000_000
MAX_ROWS = 5_000

# field of the agency ← column headings that mean it (compared case-insensitively, trimmed)
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("name", ("name", "stelle", "bezeichnung", "einrichtung", "behörde")),
    ("kind", ("art", "typ", "kind", "art der stelle")),
    ("legal_domain", ("rechtskreis", "rechtsgebiet", "legal_domain")),
    ("municipalities", ("kommunen", "kommune", "zuständig für", "gemeinden", "municipalities")),
    ("address", ("anschrift", "adresse", "address")),
    ("phone", ("telefon", "tel.", "telefonnummer", "phone")),
    ("email", ("e-mail", "email", "mail")),
    ("opening_hours", ("öffnungszeiten", "sprechzeiten", "opening_hours")),
    ("contact_person", ("ansprechperson", "ansprechpartner", "ansprechpartner:in", "kontakt", "contact_person")),
    ("is_public_body", ("öffentliche stelle", "behörde (ja/nein)", "is_public_body")),
    ("is_immigration_office", ("ausländerbehörde", "is_immigration_office")),
)
YES = {"ja", "j", "x", "1", "true", "yes", "wahr"}
NO = {"nein", "n", "", "0", "false", "no", "falsch"}


@dataclass
class Change:
    line: int
    name: str
    agency_id: str | None  # None: a new agency
    fields: dict[str, Any]  # the values to write
    before: dict[str, Any] = field(default_factory=dict)  # for a change: the values they replace


@dataclass
class Plan:
    new: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    ignored_columns: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.new or self.changed)


def _bad(message: str) -> BadInput:
    return BadInput(message)


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise _bad(translate("AgencyImport", "Die Datei ist zu groß (höchstens 5 MB)."))
    for encoding in ("utf-8-sig", "cp1252"):  # Excel writes either
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _bad(translate("AgencyImport", "Die Datei ist keine Textdatei (CSV)."))


def column_map(headings: list[str]) -> tuple[dict[int, str], list[str]]:
    """Column index → field, and the headings no field takes (shown as ignored)."""
    known = {alias: key for key, aliases in COLUMNS for alias in aliases}
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    for i, heading in enumerate(headings):
        key = known.get(heading.strip().casefold())
        if key is not None and key not in mapping.values():
            mapping[i] = key
        elif heading.strip():
            ignored.append(heading.strip())
    return mapping, ignored


def _value(key: str, raw: str) -> Any:
    text = raw.strip()
    if any(ord(c) < 32 and c not in "\t\n\r" for c in text):
        raise ValidationError(translate("AgencyImport", "Die Zeile enthält Steuerzeichen."), key)
    if key in ("is_public_body", "is_immigration_office"):
        if text.casefold() in YES:
            return True
        if text.casefold() in NO:
            return False
        raise ValidationError(translate("AgencyImport", "„{value}“ ist weder ja noch nein.").format(value=text[:30]),
                              key)
    return text or None


def read(data: bytes) -> tuple[list[tuple[int, dict[str, Any]]], list[str], list[tuple[int, str]]]:
    """The rows as (line, cleaned fields), the ignored headings, and the rows that are wrong."""
    text = decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = "excel"
    try:
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as exc:
        raise _bad(translate("AgencyImport", "Die Datei ist keine lesbare CSV-Datei ({reason}).").format(
            reason=str(exc)[:80])) from None
    if not rows:
        raise _bad(translate("AgencyImport", "Die Datei ist leer."))
    if len(rows) > MAX_ROWS + 1:
        raise _bad(translate("AgencyImport", "Die Datei hat mehr als {n} Zeilen.").format(n=MAX_ROWS))
    mapping, ignored = column_map(rows[0])
    if "name" not in mapping.values():
        raise _bad(translate("AgencyImport", "In der ersten Zeile fehlt die Spalte „Name“ (oder „Stelle“)."))
    out: list[tuple[int, dict[str, Any]]] = []
    problems: list[tuple[int, str]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            raw = {key: _value(key, row[i] if i < len(row) else "") for i, key in mapping.items()}
            if not raw.get("name"):
                raise ValidationError(translate("AgencyImport", "Der Name fehlt."), "name")
            out.append((line, agencies.clean_fields(raw)))
        except ValidationError as exc:
            problems.append((line, str(exc)))
    return out, ignored, problems


def _comparable(key: str, value: Any) -> Any:
    if key == "municipalities":
        return sorted(value or [])
    return value if value not in ("", None) else None


def plan(store: Store, data: bytes) -> Plan:
    rows, ignored, problems = read(data)
    result = Plan(problems=problems, ignored_columns=ignored)
    with store.session(write=False) as s:
        by_name = {a.name.strip().casefold(): a for a in s.scalars(select(Agency).where(Agency.deleted.is_(False)))}
        seen: set[str] = set()
        for line, fields in rows:
            key = fields["name"].strip().casefold()
            if key in seen:
                result.problems.append((line, translate("AgencyImport", "„{name}“ steht mehrfach in der Datei.")
                                        .format(name=fields["name"][:60])))
                continue
            seen.add(key)
            existing = by_name.get(key)
            if existing is None:
                result.new.append(Change(line, fields["name"], None, fields))
                continue
            diff = {k: v for k, v in fields.items()
                    if _comparable(k, v) != _comparable(k, getattr(existing, k)) and k != "name"}
            if diff:
                result.changed.append(Change(line, fields["name"], existing.id, diff,
                                             {k: getattr(existing, k) for k in diff}))
            else:
                result.unchanged += 1
    return result


def apply(store: Store, planned: Plan) -> Edit:
    """Write the plan as one edit (undoable, synced like any edit)."""
    with recording(store, translate("AgencyImport", "Stellen importieren")) as (s, edit):
        for change in planned.new:
            s.add(Agency(id=new_id(), **change.fields))
        for change in planned.changed:
            agency = s.get(Agency, change.agency_id)
            if agency is not None and not agency.deleted:
                for key, value in change.fields.items():
                    setattr(agency, key, value)
        edit.result = (len(planned.new), len(planned.changed))
    return edit
