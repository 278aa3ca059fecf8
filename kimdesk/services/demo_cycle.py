"""Demo data for the case cycle: school entries of young newcomers, residence and benefit histories.

Drawn from a generator seeded by the person's id, so the rest of the demo data (drawn from
the main generator) stays exactly what it was, and the same seed still gives the same data.
Roughly: most young people with a school need, and some others up to 25, have a school entry;
they are placed after a wait of weeks to months (a few wait more than a year), so the
recent arrivals are the ones still waiting.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kimdesk.models import BenefitRecord, Client, ResidenceRecord, SchoolEntry
from kimdesk.services.exchange_format import child_id

SCHOOL_NEEDS = {"Schulplatz", "Internationale Förderklasse"}
SCHOOLS = {
    "primary": "Grundschule {m}",
    "secondary": "Gesamtschule {m}",
    "ifk": "Berufskolleg {m}",
    "other": "Weiterbildungskolleg {m}",
}


def _form(rng: random.Random, age: int) -> str:
    if age <= 9:
        return "primary"
    if age <= 15:
        return "secondary"
    if age <= 18:
        return "ifk" if rng.random() < 0.8 else "other"
    return "ifk" if rng.random() < 0.4 else "other"


def school_entry(rng: random.Random, person: Client, age: int, categories: list[str], today: date) -> SchoolEntry | None:
    if age > 25 or not (SCHOOL_NEEDS & set(categories) or rng.random() < 0.3):
        return None
    opened = person.opened_on or today
    arrived = opened - timedelta(days=rng.randint(0, 120))
    assigned = min(arrived + timedelta(days=rng.randint(14, 120)), today)
    recent = (today - assigned).days < 60
    registered = None if recent and rng.random() < 0.3 else min(assigned + timedelta(days=rng.randint(0, 45)), today)
    form = _form(rng, age)
    applied = None if registered is None or rng.random() < 0.2 else min(registered + timedelta(days=rng.randint(0, 30)),
                                                                        today)
    start = registered or assigned
    wait = rng.randint(10, 240) if rng.random() < 0.85 else rng.randint(240, 420)  # a long tail, as in NRW
    placed = start + timedelta(days=wait)
    if placed > today:
        placed = None  # still waiting
    return SchoolEntry(id=child_id(person.id, "school_entry", 0), client_id=person.id, arrived_on=arrived,
                       assigned_on=assigned, registered_on=registered, school_form=form, applied_on=applied,
                       placed_on=placed,
                       school=SCHOOLS[form].format(m=person.municipality or "Aachen") if placed else None)


def histories(rng: random.Random, person: Client, today: date) -> list[Any]:
    """Residence record for the current status; benefits with a change AsylbLG → SGB II for some."""
    out: list[Any] = []
    opened = person.opened_on or today
    if person.residence_status:
        out.append(ResidenceRecord(id=child_id(person.id, "residence", 0), client_id=person.id,
                                   status=person.residence_status, paragraph=person.residence_paragraph,
                                   valid_from=opened, valid_until=person.residence_valid_until))
    status = person.residence_status or ""
    if status in ("Aufenthaltsgestattung", "Duldung"):
        out.append(BenefitRecord(id=child_id(person.id, "benefit", 0), client_id=person.id, system="AsylbLG",
                                 since=opened, approved_on=opened))
    elif status.startswith("Aufenthaltserlaubnis") and rng.random() < 0.3:
        change = min(opened + timedelta(days=rng.randint(30, 400)), today)
        out.append(BenefitRecord(id=child_id(person.id, "benefit", 0), client_id=person.id, system="AsylbLG",
                                 since=opened, until=change + timedelta(days=rng.randint(-10, 30)), approved_on=opened))
        approved = change + timedelta(days=rng.randint(5, 60))
        out.append(BenefitRecord(id=child_id(person.id, "benefit", 1), client_id=person.id, system="SGB II",
                                 since=change, applied_on=change - timedelta(days=rng.randint(0, 20)),
                                 approved_on=approved if approved <= today else None))
    return out


def for_person(person: Client, age: int, categories: list[str], today: date) -> list[Any]:
    rng = random.Random(f"cycle:{person.id}")
    out = histories(rng, person, today)
    entry = school_entry(rng, person, age, categories, today)
    if entry is not None:
        out.append(entry)
    return out
