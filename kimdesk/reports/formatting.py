"""German renderings of dates, times and the vocabulary of conferences for printed documents."""

from __future__ import annotations

from datetime import date, datetime, time

from kimdesk.i18n import translate



def _weekdays() -> tuple[str, ...]:
    return (translate("Print", "Montag"), translate("Print", "Dienstag"), translate("Print", "Mittwoch"),
            translate("Print", "Donnerstag"), translate("Print", "Freitag"), translate("Print", "Samstag"),
            translate("Print", "Sonntag"))


def day(value: date | datetime | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def weekday_day(value: date | None) -> str:
    if value is None:
        return ""
    return f"{_weekdays()[value.weekday()]}, {day(value)}"


def clock(value: time | None) -> str:
    return translate("Print", "{time} Uhr").format(time=value.strftime("%H:%M")) if value else ""


def presence(value: str) -> str:
    return {
        "present": translate("Print", "anwesend"),
        "excused": translate("Print", "entschuldigt"),
        "absent": translate("Print", "nicht erschienen"),
    }.get(value, value)


def action_status(value: str) -> str:
    return {
        "open": translate("Print", "offen"),
        "done": translate("Print", "erledigt"),
        "cancelled": translate("Print", "entfallen"),
    }.get(value, value)


def consent_gap(detail: str) -> str:
    """How a missing release reads in a table cell: "nicht erteilt" or "nicht gültig (abgelaufen am …)"."""
    if not detail or detail == translate("Consent", "keine erteilt"):
        return translate("Print", "nicht erteilt")
    return translate("Print", "nicht gültig ({detail})").format(detail=detail)
