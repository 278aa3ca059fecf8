"""A team's database at the issue's scale: people with histories, rows and change journal alike.

The issue measured a team of 100,000 people with 1,721,056 changes (about 17 per person).
This fixture writes, per person, the person (taken in, then three edits), two needs (each
edited once) with a request to an office (asked, then answered) and its two steps, and
three counselling contacts: 17 changes. The rows are written as the fold of those changes
(what applying them gives), the journal beside them, unsent, so the laptop's next round
sends and snapshots them as it would its own work. Bulk ``executemany`` in chunks of
people, so the fixture itself stays small in memory.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

CHANGES_PER_PERSON = 17
CHUNK = 2_000  # people per transaction

_GIVEN = ["Mohammed", "Olena", "Aylin", "Ahmad", "Fatima", "Yusuf", "Iryna", "Hamid", "Lina", "Omar"]
_FAMILY = ["Al-Hassan", "Kovalenko", "Yilmaz", "Haidari", "Osman", "Petrenko", "Rahimi", "Demir", "Nasser"]
_PLACES = ["Aachen", "Alsdorf", "Stolberg", "Monschau", "Eschweiler", "Würselen", "Herzogenrath"]
_NEEDS = ["Schule", "Sprache", "Arbeit", "Wohnen", "Gesundheit", "Aufenthalt", "Leistungen"]
_SUMMARIES = ["Beratung zur Schulanmeldung, Unterlagen besprochen.", "Termin beim Jobcenter vorbereitet.",
              "Antrag auf Wohnberechtigungsschein ausgefüllt.", "Sprachkurs: Anmeldung und Fahrtkosten geklärt.",
              "Rückfrage der Ausländerbehörde zur Verlängerung besprochen."]


def _day(rng: random.Random, start: date, span: int) -> str:
    return (start + timedelta(days=rng.randrange(span))).isoformat()


def _person(rng: random.Random, n: int) -> dict:
    return {"case_number": f"26-IS-{n:06d}", "given_name": rng.choice(_GIVEN), "family_name": rng.choice(_FAMILY),
            "native_name": None, "birth_date": str(rng.randint(1960, 2015)), "gender": rng.choice(["weiblich", "männlich"]),
            "nationality": rng.choice(["SY", "UA", "AF", "TR", "IQ"]), "languages": ["ar", "de"],
            "interpreter_needed": True, "interpreter_language": "ar", "residence_status": "Aufenthaltserlaubnis",
            "residence_paragraph": "§ 25 Abs. 2", "residence_valid_until": "2027-05-31",
            "municipality": rng.choice(_PLACES), "address": f"Hauptstraße {n % 200 + 1}",
            "phone": "0151 2345678", "email": None, "household_id": None, "case_manager": "Frau Kaya",
            "status": "open", "opened_on": _day(rng, date(2023, 1, 1), 900), "closed_on": None, "deleted": False}


def _history(rng: random.Random, n: int) -> list[tuple[str, str, dict]]:
    """One person's 17 changes as (table, row id, fields), in the order they were made."""
    out: list[tuple[str, str, dict]] = []
    pid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    out.append(("client", pid, _person(rng, n)))
    out.append(("client", pid, {"phone": f"0176 {rng.randrange(10**7):07d}"}))
    out.append(("client", pid, {"municipality": rng.choice(_PLACES)}))
    out.append(("client", pid, {"residence_valid_until": _day(rng, date(2026, 1, 1), 700)}))
    for _ in range(2):
        nid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        opened = _day(rng, date(2024, 1, 1), 600)
        out.append(("need", nid, {"client_id": pid, "category": rng.choice(_NEEDS), "description": "IFK-Platz",
                                  "status": "open", "opened_on": opened, "closed_on": None,
                                  "not_for_immigration_office": False, "deleted": False}))
        rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        asked = _day(rng, date(2024, 6, 1), 300)
        out.append(("responsibility", rid, {"need_id": nid, "agency_id": None, "status": "requested",
                                            "contact": "Frau Schmitz, Schulamt", "requested_on": asked,
                                            "decided_on": None, "reason": None, "deleted": False}))
        out.append(("responsibility_event", str(uuid.UUID(int=rng.getrandbits(128), version=4)), {
            "need_id": nid, "responsibility_id": rid, "agency_id": None, "status": "requested", "on": asked,
            "reason": None, "forwarded_to_id": None, "deleted": False}))
        answered = _day(rng, date(2025, 6, 1), 300)
        out.append(("responsibility", rid, {"status": "accepted", "decided_on": answered}))
        out.append(("responsibility_event", str(uuid.UUID(int=rng.getrandbits(128), version=4)), {
            "need_id": nid, "responsibility_id": rid, "agency_id": None, "status": "accepted", "on": answered,
            "reason": "zuständig nach § 44 SGB III", "forwarded_to_id": None, "deleted": False}))
        out.append(("need", nid, {"status": "in_progress"}))
    # the person 4, each need 6 (need, request, its step, answer, its step, need edit): 16; a contact: 17
    out.append(("counselling_contact", str(uuid.UUID(int=rng.getrandbits(128), version=4)), {
        "client_id": pid, "on": _day(rng, date(2025, 1, 1), 330), "kind": "office", "place": "Büro",
        "interpreter": None, "summary": rng.choice(_SUMMARIES), "staff": "Frau Kaya",
        "not_for_immigration_office": False, "source": None, "data_kind": None, "health": False,
        "deleted": False}))
    return out


def _fold(changes: list[tuple[str, str, dict]]) -> dict[str, dict[str, dict]]:
    """The rows those changes make, per table and id (later fields win)."""
    rows: dict[str, dict[str, dict]] = {}
    for table, rid, data in changes:
        rows.setdefault(table, {}).setdefault(rid, {"id": rid}).update(data)
    return rows


_ORDER = ["client", "need", "responsibility", "responsibility_event", "counselling_contact"]


def fill(store, people: int, seed: int = 19) -> int:
    """Write ``people`` people with their histories into ``store`` (rows and unsent journal);
    returns the number of changes written."""
    from kimdesk.models import synced_classes
    from kimdesk.models.types import stored_id, stored_id_columns
    from kimdesk.store.journal_codes import Names, row_key
    from kimdesk.store.journal_values import pack

    classes = synced_classes()
    columns = {t: [c.name for c in classes[t].__table__.columns] for t in _ORDER}
    defaults = {t: {c.name: c.default.arg for c in classes[t].__table__.columns
                    if c.default is not None and c.default.is_scalar} for t in _ORDER}
    rng = random.Random(seed)
    me = store.device_id
    stamp = int(time.time() * 1000) << 16
    total = 0
    for start in range(0, people, CHUNK):
        changes: list[tuple[str, str, dict]] = []
        for n in range(start, min(people, start + CHUNK)):
            changes += _history(rng, n)
        rows = _fold(changes)
        journal = []
        for table, rid, data in changes:
            stamp += 1
            # stored as the capture stores a local write (store.journal_values: format 2 where it pays)
            journal.append((table, rid, pack(data), stamp, me, "Frau Kaya"))
        with store.connection(write=True) as conn:
            for table in _ORDER:
                cols = columns[table]
                given = defaults[table]
                # ids in their stored form (models.types: 16 bytes in the columns typed StoredId, e.g. a person's)
                binary = stored_id_columns(classes[table].__table__)
                values = [tuple(stored_id(v) if c in binary else v for c, v in
                                ((c, _sql(row.get(c, given.get(c)))) for c in cols))
                          for row in rows.get(table, {}).values()]
                quoted = ", ".join(f'"{c}"' for c in cols)
                conn.exec_driver_sql(f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(cols))})',
                                     values)
            names = Names(conn)  # the journal's stored form (store.journal_codes)
            conn.exec_driver_sql("INSERT INTO change(entity_code, row_key, data, stamp, device_code, actor_code) "
                                 "VALUES (?, ?, ?, ?, ?, ?)",
                                 [(names.code(e), row_key(r), d, st, names.code(dv), names.code(a))
                                  for e, r, d, st, dv, a in journal])
        total += len(journal)
    with store.connection() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return total


def _sql(value):
    """A JSON-ready value as the column stores it (lists as JSON text, booleans as 0/1)."""
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    if isinstance(value, bool):
        return int(value)
    return value


def first_laptop(root: Path, n: int) -> dict:
    """The team's laptop before its round (``root/first``): a team, ``n`` people with histories
    (``fill``) and what the hooks after its earlier rounds left (kimdesk.wiring): the
    deadline rules' follow-ups — part of the team's rows, so a joiner's evaluation finds them — and
    the needs' standings its snapshot carries. Built once per size and kept in the fixture cache
    (3.4 million changes at 200,000 people: minutes); its round is measured every run."""
    from benchmarks.fixture_cache import REPO, fixture_profile

    def build(store) -> dict:
        from kimdesk.services.reports import report_print
        from kimdesk.services.tasks_deadlines import deadlines
        from kimdesk.sync import team as teams

        teams.create(store)
        started = time.perf_counter()
        histories = fill(store, n)
        follow_ups = len(deadlines.evaluate(store).created)
        report_print.refresh_standings(store)
        return {"histories": histories, "follow_ups": follow_ups, "fill": time.perf_counter() - started}

    store, counts = fixture_profile(root / "first", "team-history", n, build, seed=19, name="default",
                                    passphrase="benchmark passphrase",
                                    sources=[REPO / "kimdesk" / "services", REPO / "kimdesk" / "sync"])
    store.close()
    return counts
