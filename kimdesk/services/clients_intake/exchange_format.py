"""The exchange format, version 1: field tables, and checking a document before import.

Each entity is a table of (JSON name, model attribute, kind); those of a person's record come
from the field registry (``kimdesk.models.fields``), so a field declared there is exchanged
without further edits. The same tables drive export,
the check of a file, and the upsert, so the three cannot drift apart. Free-text fields
(residence status, categories, statuses, legal domains, languages) are kept exactly as
imported; dates must be ISO 8601, ids UUIDs. Unknown extra fields are ignored.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, time
from typing import Any

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate
from kimdesk.models import fields, partial_date
from kimdesk.models.client import BAMF_DECISIONS
from kimdesk.models.school import SCHOOL_FORMS  # noqa: F401  (documented values of school_form)
from kimdesk.services.clients_intake.validation import SINGLE_LINE, control_problem

FORMAT = "kimdesk-export"
VERSION = 1
SHORT = 1_000
LONG = 100_000
ID_NAMESPACE = uuid.UUID("6f1d3c2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f")

# kinds: uuid, uuid?, str, str?, text?, pdate?, date, date?, time?, bool, list, presence, kind?, role?, kinds, bamf?
Field = tuple[str, str, str]

CLIENT: list[Field] = fields.CLIENT.exchange_table()
MEMBER: list[Field] = fields.HOUSEHOLD_MEMBER.exchange_table()
CONTACT: list[Field] = fields.COUNSELLING_CONTACT.exchange_table()
NEED: list[Field] = fields.NEED.exchange_table()
AGENCY: list[Field] = [
    ("name", "name", "str"),
    ("kind", "kind", "str?"),
    ("legal_domain", "legal_domain", "str?"),
    ("municipalities", "municipalities", "list"),
    ("address", "address", "str?"),
    ("phone", "phone", "str?"),
    ("email", "email", "str?"),
    ("contact_person", "contact_person", "str?"),
    ("opening_hours", "opening_hours", "text?"),
    ("is_public_body", "is_public_body", "bool"),
    ("is_immigration_office", "is_immigration_office", "bool"),
]
RESPONSIBILITY: list[Field] = [
    ("need_id", "need_id", "uuid"),
    ("agency_id", "agency_id", "uuid?"),
    ("status", "status", "str"),
    ("contact", "contact", "str?"),
    ("requested_on", "requested_on", "date?"),
    ("decided_on", "decided_on", "date?"),
    ("reason", "reason", "text?"),
]
EVENT: list[Field] = [
    ("agency_id", "agency_id", "uuid?"),
    ("status", "status", "str"),
    ("on", "on", "date"),
    ("reason", "reason", "text?"),
    ("forwarded_to_id", "forwarded_to_id", "uuid?"),
]
CONSENT: list[Field] = fields.CONSENT.exchange_table()
CONFERENCE: list[Field] = [
    ("kind", "kind", "str"),
    ("title", "title", "str?"),
    ("date", "date", "date"),
    ("time", "starts_at", "time?"),
    ("place", "place", "str?"),
    ("moderator", "moderator", "str?"),
    ("minute_taker", "minute_taker", "str?"),
    ("status", "status", "str"),
    ("next_date", "next_date", "date?"),
]
PARTICIPANT: list[Field] = [
    ("agency_id", "agency_id", "uuid?"),
    ("name", "name", "str?"),
    ("function", "function", "str?"),
    ("presence", "presence", "presence"),
    ("consent_override_reason", "consent_override_reason", "text?"),
    ("role", "role", "role?"),
    ("left_after_item_id", "left_after_item_id", "uuid?"),
    ("back_from_item_id", "back_from_item_id", "uuid?"),
    ("disclosure_reason", "disclosure_reason", "text?"),
]
AGENDA: list[Field] = [
    ("title", "title", "str"),
    ("notes", "notes", "text?"),
    ("not_for_immigration_office", "not_for_immigration_office", "bool"),
    ("source", "source", "str?"),
    ("data_kind", "data_kind", "kind?"),
    ("health", "health", "bool"),
]
ACTION: list[Field] = [
    ("who", "who", "str?"),
    ("who_agency_id", "who_agency_id", "uuid?"),
    ("what", "what", "text?"),
    ("due", "due", "date?"),
    ("status", "status", "str"),
    ("done_on", "done_on", "date?"),
    ("client_id", "client_id", "uuid?"),
]
ADDENDUM: list[Field] = [
    ("on", "on", "date"),
    ("text", "text", "text?"),
    ("author", "author", "str?"),
]
TASK: list[Field] = [
    ("client_id", "client_id", "uuid?"),
    ("kind", "kind", "str"),
    ("title", "title", "str"),
    ("details", "details", "text?"),
    ("due_on", "due_on", "date?"),
    ("status", "status", "str"),
    ("done_on", "done_on", "date?"),
    ("assigned_to", "assigned_to", "str?"),
    ("rule", "rule", "str?"),
    ("source_key", "source_key", "str?"),
]
# the person's appointments (not the team's follow-ups): printed on the hand-out
APPOINTMENT: list[Field] = fields.APPOINTMENT.exchange_table()
# a client's "school_entry" object (newly arrived young people); school_form one of SCHOOL_FORMS or null
SCHOOL_ENTRY: list[Field] = [
    ("arrived_on", "arrived_on", "date?"),
    ("assigned_on", "assigned_on", "date?"),
    ("registered_on", "registered_on", "date?"),
    ("school_form", "school_form", "str?"),
    ("applied_on", "applied_on", "date?"),
    ("placed_on", "placed_on", "date?"),
    ("school", "school", "str?"),
]
DEFAULTS = {"bool": False, "list": [], "kinds": [], "str": ""}
PRESENCE = ("present", "excused", "absent")
DATA_KINDS = ("identity", "residence", "benefits", "work", "school", "housing", "family")  # = consents.DATA_KINDS
ROLES = ("person", "guardian", "interpreter")  # = models.conference.ROLES


def child_id(parent: str, kind: str, index: int | str) -> str:
    """A stable id for list items the file gives without one, so re-import does not duplicate."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{parent}/{kind}/{index}"))


def to_json(kind: str, value: Any) -> Any:
    if isinstance(value, (date, time)):
        return value.isoformat(timespec="minutes") if isinstance(value, time) else value.isoformat()
    if kind in ("list", "kinds"):
        return list(value or [])
    return value


def _fail(path: str, message: str) -> None:
    raise ValidationError(f"{path}: {message}", path)


def convert(kind: str, value: Any, path: str) -> Any:
    """Check one value against its kind and return it as the model stores it."""
    optional = kind.endswith("?")
    base = kind.rstrip("?")
    if value is None:
        if optional:
            return None
        if base in DEFAULTS:
            _fail(path, translate("Import", "darf nicht leer sein"))
        _fail(path, translate("Import", "fehlt oder ist leer"))
    if base in ("str", "text"):
        if not isinstance(value, str):
            _fail(path, translate("Import", "muss Text sein, nicht {type}").format(type=type(value).__name__))
        limit = LONG if base == "text" else SHORT
        if len(value) > limit:
            _fail(path, translate("Import", "ist zu lang ({n} Zeichen, höchstens {max})").format(n=len(value), max=limit))
        if "\x00" in value:
            _fail(path, translate("Import", "enthält ein Nullzeichen"))
        problem = control_problem(value, single_line=base == "str" and path.rsplit(".", 1)[-1] in SINGLE_LINE)
        if problem:
            _fail(path, translate("Import", "enthält {what}").format(what=problem))
        return value
    if base == "uuid":
        if not isinstance(value, str):
            _fail(path, translate("Import", "muss eine UUID als Text sein"))
        try:
            return str(uuid.UUID(value))
        except ValueError:
            _fail(path, translate("Import", "„{value}“ ist keine UUID").format(value=value[:40]))
    if base == "bool":
        if not isinstance(value, bool):
            _fail(path, translate("Import", "muss true oder false sein"))
        return value
    if base == "list":
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            _fail(path, translate("Import", "muss eine Liste von Texten sein"))
        if any(len(x) > SHORT for x in value):
            _fail(path, translate("Import", "enthält einen zu langen Eintrag"))
        if any(control_problem(x, single_line=True) for x in value):
            _fail(path, translate("Import", "enthält ein Steuerzeichen"))
        return list(value)
    if base == "pdate":
        if not isinstance(value, str):
            _fail(path, translate("Import", "muss ein Datum als Text sein (JJJJ, JJJJ-MM oder JJJJ-MM-TT)"))
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            _fail(path, translate("Import", "„{value}“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT").format(
                value=value[:40]))
        try:
            return partial_date.parse(value, field=path)
        except ValidationError as exc:
            _fail(path, str(exc))
    if base == "date":
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            _fail(path, translate("Import", "muss ein Datum JJJJ-MM-TT sein"))
        try:
            return date.fromisoformat(value)
        except ValueError:
            _fail(path, translate("Import", "„{value}“ ist kein gültiges Datum").format(value=value))
    if base == "time":
        if not isinstance(value, str) or not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", value):
            _fail(path, translate("Import", "muss eine Uhrzeit HH:MM sein"))
        try:
            return time.fromisoformat(value)
        except ValueError:
            _fail(path, translate("Import", "„{value}“ ist keine gültige Uhrzeit").format(value=value))
    if base == "kinds":  # a release's kinds of data: the consent vocabulary only (health is covers_health)
        if not isinstance(value, list) or any(k not in DATA_KINDS for k in value):
            _fail(path, translate("Import", "muss eine Liste aus {allowed} sein").format(allowed=", ".join(DATA_KINDS)))
        return list(value)
    if base in ("kind", "role"):
        allowed = DATA_KINDS if base == "kind" else ROLES
        if value not in allowed:
            _fail(path, translate("Import", "muss {allowed} oder null sein").format(allowed=", ".join(allowed)))
        return value
    if base == "presence":
        if value not in PRESENCE:
            _fail(path, translate("Import", "muss present, excused oder absent sein"))
        return value
    if base == "bamf":  # the deadline rules read the kind: an unknown one would silence them
        if value not in BAMF_DECISIONS:
            _fail(path, translate("Import", "„{value}“ ist keine BAMF-Entscheidung (erlaubt: {allowed})").format(
                value=str(value)[:40], allowed=", ".join(BAMF_DECISIONS)))
        return value
    raise AssertionError(kind)


def read_fields(obj: Any, fields: list[Field], path: str) -> dict[str, Any]:
    """The model attributes given in ``obj`` (absent keys are left out: import never clears them)."""
    if not isinstance(obj, dict):
        _fail(path, translate("Import", "muss ein Objekt sein"))
    out: dict[str, Any] = {}
    for json_name, attr, kind in fields:
        if json_name in obj:
            out[attr] = convert(kind, obj[json_name], f"{path}.{json_name}")
    return out


def read_id(obj: dict, path: str, *, parent: str | None = None, kind: str = "", index: int = 0) -> str:
    if "id" in obj:
        return convert("uuid", obj["id"], f"{path}.id")
    if parent is None:
        _fail(f"{path}.id", translate("Import", "fehlt"))
    return child_id(parent, kind, index)


def read_list(obj: dict, key: str, path: str) -> list:
    value = obj.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        _fail(f"{path}.{key}", translate("Import", "muss eine Liste sein"))
    return value
