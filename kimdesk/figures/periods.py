"""Report periods and the time buckets (months, quarters or years) a period is shown in.

A committee asks for a period such as a year or a legislative term. Up to 15 months are
shown by month, up to six years by quarter, longer periods by year, so a table never has
more than about two dozen rows. The first and last bucket are cut to the period.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kimdesk.errors import BadInput
from kimdesk.i18n import translate


def _months() -> tuple[str, ...]:
    return (translate("Report", "Jan"), translate("Report", "Feb"), translate("Report", "Mär"),
            translate("Report", "Apr"), translate("Report", "Mai"), translate("Report", "Jun"),
            translate("Report", "Jul"), translate("Report", "Aug"), translate("Report", "Sep"),
            translate("Report", "Okt"), translate("Report", "Nov"), translate("Report", "Dez"))


@dataclass(frozen=True)
class Bucket:
    start: date
    end: date  # inclusive
    label: str  # in tables: "Mär 2025", "1. Quartal 2025", "2025"
    short: str  # on chart axes: "03/25", "Q1/25", "2025"


def parse_period(date_from: str, date_to: str) -> tuple[date, date]:
    """Two ISO dates as the user typed them; a clear error for anything else."""
    days = []
    for flag, value in (("--from", date_from), ("--to", date_to)):
        try:
            days.append(date.fromisoformat(str(value).strip()))
        except ValueError:
            raise BadInput(translate("Report", "{flag}: „{value}“ ist kein Datum im Format JJJJ-MM-TT.").format(
                flag=flag, value=str(value)[:40])) from None
    check_period(days[0], days[1])
    return days[0], days[1]


def check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise BadInput(translate("Report", "Der Zeitraum beginnt nach seinem Ende ({start} > {end}).").format(
            start=date_from.isoformat(), end=date_to.isoformat()))


def _month_end(day: date) -> date:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def granularity(date_from: date, date_to: date) -> str:
    months = (date_to.year - date_from.year) * 12 + date_to.month - date_from.month + 1
    if months <= 15:
        return "month"
    if months <= 72:
        return "quarter"
    return "year"


def buckets(date_from: date, date_to: date, unit: str | None = None) -> list[Bucket]:
    """The period cut into months, quarters or years (``unit`` or chosen by its length)."""
    unit = unit or granularity(date_from, date_to)
    out: list[Bucket] = []
    day = date_from
    names = _months()
    while day <= date_to:
        if unit == "month":
            end = _month_end(day)
            label, short = f"{names[day.month - 1]} {day.year}", f"{day.month:02d}/{day.year % 100:02d}"
        elif unit == "quarter":
            q = (day.month - 1) // 3
            end = _month_end(date(day.year, q * 3 + 3, 1))
            label = translate("Report", "{q}. Quartal {year}").format(q=q + 1, year=day.year)
            short = f"Q{q + 1}/{day.year % 100:02d}"
        else:
            end = date(day.year, 12, 31)
            label = short = str(day.year)
        end = min(end, date_to)
        out.append(Bucket(day, end, label, short))
        day = end + timedelta(days=1)
    return out


def locator(bounds: list[Bucket]) -> Callable[[str | None], int | None]:
    """A function from an ISO day string (dates from SQL come as text) to its bucket index, or None."""
    ends = [b.end.isoformat() for b in bounds]
    first = bounds[0].start.isoformat() if bounds else ""

    def find(day: str | None) -> int | None:
        if day is None or not ends or day < first or day > ends[-1]:
            return None
        return bisect_left(ends, day)

    return find


def whole_years(date_from: date, date_to: date) -> list[int]:
    """Calendar years lying completely inside the period (erased cases are known by year only)."""
    first = date_from.year if (date_from.month, date_from.day) == (1, 1) else date_from.year + 1
    last = date_to.year if (date_to.month, date_to.day) == (12, 31) else date_to.year - 1
    return list(range(first, last + 1))


def day_text(day: date) -> str:
    return day.strftime("%d.%m.%Y")
