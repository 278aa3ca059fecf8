"""Checks of single values, shared by the intake wizard, the services and the import.

Messages are written for a counsellor ("Die Telefonnummer enthält Buchstaben"), name the
field, and never echo more than a short piece of what was typed.
"""

from __future__ import annotations

import re
import uuid
from datetime import date

from kimdesk.errors import ValidationError
from kimdesk.i18n import QT_TRANSLATE_NOOP, translate
from kimdesk.models import fields, partial_date
from kimdesk.models.fields import Field

NAME_MAX = 200
SHORT_MAX = 300
TEXT_MAX = 100_000  # about 40 printed pages; more is a pasted file, not a note

_PHONE = re.compile(r"^\+?[0-9 ()/\-.]{3,40}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# C0 controls but tab and line breaks, DEL, C1 controls, lone surrogates, and the bidirectional
# embeddings/overrides/isolates that reorder what is shown (Trojan Source, CVE-2021-42574)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile("[\t\n\r\u2028\u2029]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# one-line values: a name, a case number; a tab or line break in them breaks every list and export
SINGLE_LINE = {"given_name", "family_name", "native_name", "case_number", "name"}


def control_problem(value: str, *, single_line: bool) -> str | None:
    """What in ``value`` is terminal or layout control rather than text (None: nothing)."""
    for pattern, what in ((_SURROGATE, translate("Validation", "ein ungültiges Zeichen")),
                          (_CONTROL, translate("Validation", "ein Steuerzeichen")),
                          (_BIDI, translate("Validation", "eine Schreibrichtungs-Steuerung")),
                          (_BREAKS if single_line else None, translate("Validation", "einen Tabulator oder "
                                                                                    "Zeilenumbruch"))):
        found = pattern.search(value) if pattern is not None else None
        if found:
            return f"{what} (U+{ord(found.group(0)):04X})"
    return None


def _clip(value: str) -> str:
    return value if len(value) <= 30 else value[:27] + "…"


def text(value: object, field: str, *, max_len: int = SHORT_MAX, required: bool = False,
         single_line: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(translate("Validation", "Bitte „{field}“ ausfüllen.").format(field=label(field)), field)
        return None
    if not isinstance(value, str):
        raise ValidationError(translate("Validation", "„{field}“ muss Text sein.").format(field=label(field)), field)
    cleaned = value.strip()
    if len(cleaned) > max_len:
        raise ValidationError(
            translate("Validation", "„{field}“ ist zu lang ({n} Zeichen, höchstens {max}).").format(
                field=label(field), n=len(cleaned), max=max_len), field)
    if "\x00" in cleaned:
        raise ValidationError(translate("Validation", "„{field}“ enthält ungültige Zeichen.").format(field=label(field)), field)
    problem = control_problem(cleaned, single_line=single_line or field in SINGLE_LINE)
    if problem:
        raise ValidationError(translate("Validation", "„{field}“ enthält {what}; bitte entfernen.").format(
            field=label(field), what=problem), field)
    return cleaned


def name(value: object, field: str, *, required: bool = False) -> str | None:
    return text(value, field, max_len=NAME_MAX, required=required, single_line=True)


def phone(value: object, field: str = "phone") -> str | None:
    cleaned = text(value, field, max_len=40)
    if cleaned is not None and not _PHONE.match(cleaned):
        raise ValidationError(
            translate("Validation", "Die Telefonnummer „{value}“ darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.")
            .format(value=_clip(cleaned)), field)
    return cleaned


def email(value: object, field: str = "email") -> str | None:
    cleaned = text(value, field, max_len=200)
    if cleaned is not None and not _EMAIL.match(cleaned):
        raise ValidationError(translate("Validation", "„{value}“ ist keine E-Mail-Adresse.").format(value=_clip(cleaned)), field)
    return cleaned


def birth_date(value: object, field: str = "birth_date", today: date | None = None) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(translate("Validation", "„{field}“ muss ein Datum als Text sein.").format(field=label(field)), field)
    return partial_date.parse(value, field=field, today=today or date.today())


def day(value: object, field: str, *, required: bool = False) -> date | None:
    """A full ISO date (JJJJ-MM-TT) or German TT.MM.JJJJ."""
    if isinstance(value, date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(translate("Validation", "Bitte „{field}“ ausfüllen.").format(field=label(field)), field)
        return None
    if isinstance(value, str):
        v = value.strip()
        m = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", v)
        if m:
            v = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        try:
            if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
                return date.fromisoformat(v)
        except ValueError:
            pass
    raise ValidationError(
        translate("Validation", "„{value}“ in „{field}“ ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ).").format(
            value=_clip(str(value)), field=label(field)), field)


def uuid_str(value: object, field: str = "id") -> str:
    if not isinstance(value, str):
        raise ValidationError(translate("Validation", "„{field}“ muss eine UUID sein.").format(field=field), field)
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValidationError(
            translate("Validation", "„{value}“ in „{field}“ ist keine UUID.").format(value=_clip(value), field=field), field
        ) from None


def choice(value: object, field: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(
            translate("Validation", "„{value}“ ist für „{field}“ nicht erlaubt (erlaubt: {allowed}).").format(
                value=_clip(str(value)), field=label(field), allowed=", ".join(allowed)), field)
    return str(value)


LABELS = {  # marked for pyside6-lupdate, translated when shown; a record's fields bring their own
    **{f.name: f.label for entity in fields.ENTITIES.values() for f in entity.fields if f.label},
    "category": QT_TRANSLATE_NOOP("Fields", "Bedarf"),
    "description": QT_TRANSLATE_NOOP("Fields", "Beschreibung"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Zusammenfassung"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notizen"),
    "title": QT_TRANSLATE_NOOP("Fields", "Titel"),
    "on": QT_TRANSLATE_NOOP("Fields", "Datum"),
    "date": QT_TRANSLATE_NOOP("Fields", "Datum"),
    "given_on": QT_TRANSLATE_NOOP("Fields", "erteilt am"),
    "expires_on": QT_TRANSLATE_NOOP("Fields", "gültig bis"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "fällig am"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Grund"),
    "place": QT_TRANSLATE_NOOP("Fields", "Ort"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "at": QT_TRANSLATE_NOOP("Fields", "Uhrzeit"),
    "with_whom": QT_TRANSLATE_NOOP("Fields", "bei wem"),
}


def label(field: str) -> str:
    base = field.rsplit(".", 1)[-1]
    return translate("Fields", LABELS[base]) if base in LABELS else field


def text_list(value: object, field: str, *, max_len: int = SHORT_MAX) -> list[str]:
    """A list of short texts (a person's languages), also typed as "Arabisch, Kurdisch"."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [p for p in (s.strip() for s in value.split(",")) if p]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ValidationError(translate("Validation", "„Sprachen“ muss eine Liste von Texten sein."), field)
    return [text(x, field, max_len=max_len) or "" for x in value if x.strip()]


def check(f: Field, value: object) -> object:
    """``value`` for the registered field ``f`` (``kimdesk.models.fields``), checked as it declares."""
    kind = f.check
    if kind == "name":
        return name(value, f.name)
    if kind == "text":
        return text(value, f.name, max_len=f.max_len or SHORT_MAX)
    if kind == "birth":
        return birth_date(value, f.name)
    if kind == "day":
        return day(value, f.name)
    if kind == "phone":
        return phone(value, f.name)
    if kind == "email":
        return email(value, f.name)
    if kind == "choice":
        if f.optional and value in (None, ""):
            return None
        return choice(value, f.name, f.choices or ())
    if kind == "uuid":
        return None if value is None else uuid_str(value, f.name)
    if kind == "bool":
        return bool(value)
    if kind == "languages":
        return text_list(value, f.name, max_len=f.max_len or SHORT_MAX)
    raise AssertionError(f"{f.name}: no check {kind!r}")
