"""The consent rule of case conferences (§ 67b SGB X).

An agency may take part in a person's case conference only when that person has released
it from confidentiality (*Schweigepflichtentbindung*) for the conference date; for a
household, every person of the conference must have done so. An expired or revoked release
counts as none. Without one, the agency can be listed only with an explicit reason, which
the minutes print. Participants without an agency (interpreter, the person, KIM staff) and
network meetings without a person need no release.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.i18n import translate
from kimdesk.models import Consent
from kimdesk.reports.formatting import day as fmt_day

VALID, MISSING, NOT_NEEDED = "valid", "missing", "not_needed"


@dataclass(frozen=True)
class ConsentState:
    state: str
    until: date | None = None  # the earliest end among the persons' valid releases
    detail: str = ""  # why it is missing, in German: "abgelaufen am …", "widerrufen am …"

    @property
    def missing(self) -> bool:
        return self.state == MISSING


@dataclass(frozen=True)
class Person:
    """A person of the conference: the id, and the case number used in messages."""

    client_id: str
    case_number: str


def _why_not(consents: Sequence[Consent], day: date) -> str:
    if not consents:
        return translate("Consent", "keine erteilt")
    latest = max(consents, key=lambda c: (c.given_on or date.min, c.id))
    if latest.revoked_on is not None and latest.revoked_on <= day:
        return translate("Consent", "widerrufen am {date}").format(date=fmt_day(latest.revoked_on))
    if latest.expires_on is not None and latest.expires_on < day:
        return translate("Consent", "abgelaufen am {date}").format(date=fmt_day(latest.expires_on))
    if latest.given_on is not None and latest.given_on > day:
        return translate("Consent", "erst ab {date}").format(date=fmt_day(latest.given_on))
    return translate("Consent", "ohne Datum")


def _one(consents: Sequence[Consent], day: date) -> tuple[bool, date | None, str]:
    valid = [c for c in consents if c.valid_on(day)]
    if not valid:
        return False, None, _why_not(consents, day)
    ends = [c.expires_on for c in valid]
    return True, (None if any(e is None for e in ends) else max(e for e in ends if e)), ""


def states(session: Session, persons: Sequence[Person], agency_ids: Iterable[str | None],
           day: date) -> dict[str | None, ConsentState]:
    """The consent state of each agency for these persons on ``day`` (one query)."""
    agency_ids = set(agency_ids)
    result: dict[str | None, ConsentState] = {}
    wanted = {a for a in agency_ids if a}
    if None in agency_ids:
        result[None] = ConsentState(NOT_NEEDED)
    if not wanted:
        return result
    if not persons:
        return result | {a: ConsentState(NOT_NEEDED) for a in wanted}
    rows = session.scalars(select(Consent).where(
        Consent.client_id.in_([p.client_id for p in persons]), Consent.agency_id.in_(wanted),
        Consent.deleted.is_(False)))
    by_pair: dict[tuple[str, str], list[Consent]] = defaultdict(list)
    for c in rows:
        by_pair[(c.client_id, c.agency_id)].append(c)
    for agency_id in wanted:
        ok_all, ends, reasons = True, [], []
        for person in persons:
            ok, end, why = _one(by_pair.get((person.client_id, agency_id), []), day)
            if ok:
                ends.append(end)
            else:
                ok_all = False
                reasons.append(f"{person.case_number}: {why}" if len(persons) > 1 else why)
        until = min((e for e in ends if e is not None), default=None)
        result[agency_id] = (ConsentState(VALID, until) if ok_all
                             else ConsentState(MISSING, None, "; ".join(reasons)))
    return result


def state(session: Session, persons: Sequence[Person], agency_id: str | None, day: date) -> ConsentState:
    return states(session, persons, [agency_id], day)[agency_id]
