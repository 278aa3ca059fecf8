"""A seeded data set for the report tests: demo data plus the cases the demo never makes.

Added by hand: a case closed and reopened through the case cycle, a need whose responsibility
has no recorded history, anonymous counts of erased cases and needs (some only vaguely dated),
a need category typed in as free text carrying a name, and a network meeting.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from kimdesk.models import (
    Agency,
    AnonymousCount,
    Conference,
    Need,
    Responsibility,
    ResponsibilityEvent,
    SchoolEntry,
)
from kimdesk.services.casework import case_cycle
from kimdesk.services.clients_intake import clients
from kimdesk.services.admin import demo

TODAY = date(2026, 3, 10)
FREE_TEXT_NAME = "Zaytouna"  # typed into a need category: must never reach a report


def seed(store, n: int = 700, seed: int = 21) -> None:
    demo.generate(store, n, seed=seed, today=TODAY)
    cid = clients.create_client(store, {"given_name": "Reopen", "family_name": "Testfall", "municipality": "Alsdorf",
                                        "opened_on": "2024-11-01", "phone": "0171 5550123"})
    case_cycle.transition(store, cid, "clearing", date(2024, 11, 1))
    case_cycle.close_case(store, cid, "Umzug", date(2025, 3, 5))
    case_cycle.reopen_case(store, cid, date(2025, 6, 10), reason="Rückkehr")
    with store.session() as s:
        agency = s.scalar(select(Agency).where(Agency.legal_domain == "WoGG"))
        need = Need(client_id=cid, category="Wohnung", status="open", opened_on=date(2025, 6, 12))
        s.add(need)
        s.flush()
        s.add(Responsibility(need_id=need.id, agency_id=agency.id, status="accepted", requested_on=date(2025, 6, 15),
                             decided_on=date(2025, 7, 20)))
        s.add(Need(client_id=cid, category=f"Antrag Familie {FREE_TEXT_NAME}", status="open",
                   opened_on=date(2025, 7, 1)))
        _odd_histories(s, cid, agency.id)
        s.add_all([
            AnonymousCount(kind="case", opened_year=2025, closed_year=2025, municipality="Aachen", count=3),
            AnonymousCount(kind="case", opened_year=2024, closed_year=2025, municipality="Monschau", count=6),
            AnonymousCount(kind="case", opened_year=2023, closed_year=None, municipality="Roetgen", count=2),
            AnonymousCount(kind="need", opened_year=2024, closed_year=2025, municipality="Aachen", category="Wohnung",
                           count=7),
            AnonymousCount(kind="need", opened_year=2025, closed_year=2025, municipality="Stolberg",
                           category=f"Sonderfall {FREE_TEXT_NAME}", count=2),
        ])
        s.add(Conference(kind="network", date=date(2025, 9, 3), place="Rathaus", moderator="Netz Moderatorin",
                         minute_taker="Netz Protokoll", status="final"))
    school_children(store, 160, seed)


def school_children(store, n: int, seed: int) -> None:
    """Young newcomers waiting for or placed in a school, spread over a few municipalities and all forms."""
    rng = random.Random(seed)
    given = ["Amina", "Yusuf", "Oksana", "Dawit", "Leyla", "Bohdan", "Samira", "Hamid"]
    with store.session() as s:
        for i in range(n):
            muni = rng.choice(["Aachen", "Aachen", "Aachen", "Eschweiler", "Stolberg", "Monschau", None])
            born = date(2008, 1, 1) + timedelta(days=rng.randint(0, 4000))
            c = clients.add_client(s, {"given_name": rng.choice(given), "family_name": f"Neuankunft{i:03d}",
                                              "municipality": muni, "birth_date": born.isoformat(),
                                              "phone": f"0176 {4000000 + i}", "opened_on": "2025-01-15"})
            assigned = date(2025, 1, 1) + timedelta(days=rng.randint(0, 420))
            registered = None if rng.random() < 0.2 else assigned + timedelta(days=rng.randint(0, 40))
            placed = (registered or assigned) + timedelta(days=rng.randint(5, 250)) if rng.random() < 0.6 else None
            if placed is not None and placed > TODAY:
                placed = None
            s.add(SchoolEntry(client_id=c.id, assigned_on=assigned, registered_on=registered, placed_on=placed,
                              school_form=rng.choice(["primary", "secondary", "ifk", "ifk", "ffm", "other", None])))


def _odd_histories(s, client_id: str, agency_id: str) -> None:
    """Histories the demo never writes: a request after an acceptance, an unknown step, steps after the
    period, a same-day request and acceptance or decline, an office asked again after declining."""
    cases = [
        [("requested", "2025-02-01"), ("accepted", "2025-02-10"), ("requested", "2025-03-01")],
        [("requested", "2025-04-01"), ("cancelled", "2025-04-05")],
        [("requested", "2026-02-01"), ("accepted", "2026-02-20")],
        [("requested", "2025-05-05"), ("accepted", "2025-05-05")],
        [("requested", "2025-06-01"), ("declined", "2025-06-10"), ("requested", "2025-07-01")],
        [("requested", "2025-06-02"), ("declined", "2025-06-02")],
        [("requested", "2025-01-05"), ("declined", "2025-01-06"), ("requested", "2025-01-07"), ("declined", "2025-01-08"),
         ("requested", "2025-01-09"), ("declined", "2025-01-10")],
        [("requested", "2025-02-03"), ("declined", "2025-02-04"), ("declined", "2025-02-05"), ("declined", "2025-02-06")],
    ]
    for steps in cases:
        need = Need(client_id=client_id, category="Arbeit", status="open", opened_on=date(2025, 1, 20))
        s.add(need)
        s.flush()
        resp = Responsibility(need_id=need.id, agency_id=agency_id, status=steps[-1][0])
        s.add(resp)
        s.flush()
        for status, day in steps:
            s.add(ResponsibilityEvent(need_id=need.id, responsibility_id=resp.id, agency_id=agency_id, status=status,
                                      on=date.fromisoformat(day)))
            s.flush()


def seeded_store(template_profile, data_dir):
    """A copy of the template holding ``seed``'s people (the reports' data), for a module fixture."""
    from tests.support.stores import copy_profile, open_with_key

    profile, key = template_profile
    store = open_with_key(copy_profile(profile, key, data_dir), key)
    seed(store)
    return store
