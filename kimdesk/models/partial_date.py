"""Partly known dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

Many newcomers know only their birth year; a registration authority may have set 1 January.
We keep what is known, never invent the rest, and compare by the earliest possible day.
"""

from __future__ import annotations

import re
from datetime import date

from kimdesk.errors import ValidationError
from kimdesk.i18n import translate

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse(text: str | None, *, field: str = "birth_date", today: date | None = None) -> str | None:
    """Validate and normalise a partial date; returns None for empty input."""
    if text is None:
        return None
    value = str(text).strip()
    if not value:
        return None
    m = _PATTERN.match(value)
    if not m:
        # accept the German way of writing: TT.MM.JJJJ, MM.JJJJ
        g = re.match(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$", value)
        if g:
            day, month, year = g.group(1), g.group(2), g.group(3)
            value = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
            m = _PATTERN.match(value)
    if not m:
        raise ValidationError(
            translate("Dates", "„{value}“ ist kein Datum. Erlaubt: JJJJ, JJJJ-MM, JJJJ-MM-TT oder TT.MM.JJJJ.").format(
                value=value[:40]
            ),
            field,
        )
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if not 1900 <= year <= 2200:
        raise ValidationError(translate("Dates", "Das Jahr {year} ist nicht plausibel.").format(year=year), field)
    if month is not None and not 1 <= int(month) <= 12:
        raise ValidationError(translate("Dates", "Den Monat {month} gibt es nicht.").format(month=month), field)
    if day is not None:
        try:
            date(year, int(month), int(day))
        except ValueError:
            raise ValidationError(translate("Dates", "Den Tag {value} gibt es nicht.").format(value=value), field) from None
    result = m.group(0)
    if today is not None and earliest(result) > today:
        raise ValidationError(translate("Dates", "Das Datum {value} liegt in der Zukunft.").format(value=value), field)
    return result


def earliest(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


def age_on(value: str | None, on: date) -> int | None:
    """Age in whole years on ``on``; with only a year known, the age reached that year."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    age = on.year - parts[0]
    if len(parts) >= 2:
        birthday = (parts[1], parts[2] if len(parts) > 2 else 1)
        if (on.month, on.day) < birthday:
            age -= 1
    return age


def display(value: str | None) -> str:
    """German display: 03.1990, 14.03.1990, or the year alone."""
    if not value:
        return ""
    parts = value.split("-")
    return ".".join(reversed(parts))
