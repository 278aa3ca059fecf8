"""School entry: exchange round trip, waiting list, and the report's figures checked independently."""

from __future__ import annotations

import json
import random
import statistics
from datetime import date, datetime, timedelta

import pytest
import time_machine

from kimdesk.errors import ValidationError
from kimdesk.models import SchoolEntry, partial_date
from kimdesk.services.clients_intake import clients, exchange
from kimdesk.services.admin import demo
from kimdesk.services.schooling import school_entry, school_entry_report
from kimdesk.figures.disclosure import TOTAL
from tests.support.cycle import person

TODAY = date(2026, 3, 10)


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime(2026, 3, 10, 9, 0), tick=False):
        yield


def test_school_entry_round_trips_through_export_and_import(store, make_store):
    cid = person(store, given_name="Nour", family_name="Khalil", birth_date="2010-02-02", municipality="Eschweiler")
    school_entry.save(store, cid, {"arrived_on": "2025-09-01", "assigned_on": "2025-09-20", "registered_on": "2025-10-01",
                                   "school_form": "secondary", "applied_on": "2025-10-05"})
    school_entry.save(store, cid, {"placed_on": "2026-02-01", "school": "Gesamtschule Eschweiler"})
    without = person(store, given_name="Ali")
    with store.connection() as conn:
        doc = exchange.export_conn(conn)
    mine = next(c for c in doc["clients"] if c["id"] == cid)
    assert mine["school_entry"] == {"arrived_on": "2025-09-01", "assigned_on": "2025-09-20",
                                    "registered_on": "2025-10-01", "school_form": "secondary",
                                    "applied_on": "2025-10-05", "placed_on": "2026-02-01",
                                    "school": "Gesamtschule Eschweiler"}
    assert next(c for c in doc["clients"] if c["id"] == without)["school_entry"] is None
    other = make_store("other")
    exchange.import_document(other, json.loads(json.dumps(doc)))
    with other.connection() as conn:
        again = exchange.export_conn(conn)
    assert again["clients"] == doc["clients"]
    exchange.import_document(other, doc)  # importing twice changes nothing, duplicates nothing
    with other.connection() as conn:
        assert exchange.export_conn(conn)["clients"] == doc["clients"]
        assert len(conn.execute(SchoolEntry.__table__.select()).all()) == 1


@pytest.mark.parametrize("entry, fragment", [
    ({"school_form": "gymnasium"}, "school_entry.school_form"),
    ({"assigned_on": "20.09.2025"}, "school_entry.assigned_on"),
    ({"placed_on": 20250901}, "school_entry.placed_on"),
])
def test_bad_school_entry_in_a_file_is_refused_naming_the_field(store, entry, fragment):
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": "5b0a8a52-0b5b-4a3e-9d55-00000000000a", "family_name": "X", "school_entry": entry}]}
    with pytest.raises(ValidationError, match=fragment.replace(".", r"\.")):
        exchange.import_document(store, doc)


def test_waiting_list_longest_first_with_filters_intake_and_csv(store, tmp_path):
    rows = [("Aachen", "ifk", "2025-10-01", "2025-10-15", None),
            ("Aachen", "secondary", "2025-06-01", None, None),
            ("Alsdorf", "ifk", None, "2026-01-10", None),
            ("Alsdorf", "ifk", "2025-01-01", "2025-01-05", "2025-08-01"),  # placed: not waiting
            ("Aachen", "other", "2026-04-01", None, None)]  # assigned in the future: not yet waiting
    ids = []
    for muni, form, assigned, registered, placed in rows:
        cid = person(store, municipality=muni, family_name=f"{muni}-{form}", birth_date="2009-05-05")
        school_entry.save(store, cid, {"school_form": form, "assigned_on": assigned, "registered_on": registered,
                                       "placed_on": placed})
        ids.append(cid)
    with store.connection() as conn:
        waiting = school_entry.waiting_list(conn)
        ifk = school_entry.waiting_list(conn, school_form="ifk")
        alsdorf = school_entry.waiting_list(conn, municipality="Alsdorf")
    assert [w.client_id for w in waiting] == [ids[1], ids[0], ids[2]]
    assert waiting[0].waiting_days == (TODAY - date(2025, 6, 1)).days and waiting[0].days_since_registration is None
    assert waiting[1].days_since_assignment == 160 and waiting[1].days_since_registration == 146
    assert [w.client_id for w in ifk] == [ids[0], ids[2]] and [w.client_id for w in alsdorf] == [ids[2]]
    assert waiting[1].next_intake == date(2026, 8, 1)  # IFK: 1 August
    assert waiting[0].next_intake == date(2026, 8, 1) and waiting[0].age == 16
    assert school_entry.next_intake("secondary", date(2026, 1, 15)) == date(2026, 2, 1)
    assert school_entry.next_intake("ifk", date(2026, 8, 2)) == date(2027, 8, 1)
    out = tmp_path / "warteliste.csv"
    assert school_entry.export_csv(waiting, out) == 3
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode()) and oct(out.stat().st_mode & 0o777) == "0o600"
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:3] == ["Aktenzeichen", "Familienname", "Vorname"]
    assert lines[1].split(";")[1] == "Aachen-secondary" and lines[1].split(";")[-1] == "01.08.2026"


def _populate(store, n: int, seed: int) -> list[dict]:
    """People with school entries in three municipalities; returns the test's own records."""
    rng = random.Random(seed)
    records = []
    with store.session() as s:
        for i in range(n):
            muni = rng.choice(["Aachen", "Aachen", "Alsdorf", "Stolberg", None])
            c = clients.add_client(s, {"family_name": f"P{i}", "municipality": muni})
            assigned = date(2025, 1, 1) + timedelta(days=rng.randint(0, 420))
            registered = None if rng.random() < 0.2 else assigned + timedelta(days=rng.randint(0, 40))
            start = registered or assigned
            placed = start + timedelta(days=rng.randint(5, 250)) if rng.random() < 0.6 else None
            form = rng.choice(["primary", "secondary", "ifk", "ifk", "other", None])
            rec = {"municipality": muni or "—", "form": form or "—", "assigned": assigned, "registered": registered,
                   "placed": placed}
            records.append(rec)
            s.add(SchoolEntry(client_id=c.id, assigned_on=assigned, registered_on=registered, placed_on=placed,
                              school_form=form))
    return records


def _stats(values: list[int]) -> tuple[float, float] | None:
    if len(values) < 5:
        return None
    return round(statistics.median(values), 1), round(statistics.quantiles(values, n=10, method="inclusive")[8], 1)


def test_report_figures_match_an_independent_computation(store):
    records = _populate(store, 240, seed=3)
    start, end = date(2025, 7, 1), date(2025, 12, 31)
    with store.connection() as conn:
        figures = school_entry_report.figures(conn, start, end)
    as_of = end
    waiting, placed = {}, {}
    waits = {}
    for r in records:
        key = (r["municipality"], r["form"])
        begun = [d for d in (r["assigned"], r["registered"]) if d is not None and d <= as_of]
        if begun and (r["placed"] is None or r["placed"] > as_of):
            waiting[key] = waiting.get(key, 0) + 1
            for since in ("assigned", "registered"):
                if r[since] is not None and r[since] <= as_of:
                    for form in (None, r["form"]):
                        waits.setdefault(("waiting", since, form), []).append((as_of - r[since]).days)
        if r["placed"] is not None and start <= r["placed"] <= end:
            placed[key] = placed.get(key, 0) + 1
            for since in ("assigned", "registered"):
                if r[since] is not None:
                    for form in (None, r["form"]):
                        waits.setdefault(("placed", since, form), []).append((r["placed"] - r[since]).days)

    def compare(table, counts, level):
        # the table is printed at the most detailed level that protects everyone: re-cut the truth alike
        cut = {"detail": lambda m, f: (m, f), "by_form": lambda m, f: (f, "n"),
               "by_municipality": lambda m, f: (m, "n"), "total": lambda m, f: ("*", "n")}[level]
        recut: dict = {}
        for (m, f), v in counts.items():
            recut[cut(m, f)] = recut.get(cut(m, f), 0) + v
        counts = recut
        rows_seen = {m for m, _ in counts}
        assert set(table.rows) >= rows_seen
        for row in table.rows + [TOTAL]:
            for col in table.cols + ([TOTAL] if level == "detail" else []):
                truth = sum(v for (m, f), v in counts.items()
                            if (row == TOTAL or m == row) and (col == TOTAL or f == col))
                shown = table.display(row, col)
                if 0 < truth < 5:
                    assert shown == "< 5", (row, col, truth)
                elif shown == "x":
                    assert truth >= 5
                else:
                    assert shown == str(truth), (row, col, truth, shown)

    compare(figures.waiting, waiting, figures.waiting_level)
    compare(figures.placements, placed, figures.placements_level)
    assert sum(placed.values()) >= 20 and sum(waiting.values()) >= 20
    since_key = {"assignment": "assigned", "registration": "registered"}
    for stat in figures.waits:
        form = None if stat.school_form is None else stat.school_form
        expected = _stats(waits.get((stat.population, since_key[stat.since], form), []))
        got = None if stat.median is None else (stat.median, stat.p90)
        assert got == expected, stat
    text = json.dumps(figures.as_dict(), ensure_ascii=False)
    assert "P1" not in text and "birth" not in text and "family_name" not in text


def test_demo_data_has_realistic_school_entries(store):
    demo.generate(store, 300, seed=5, today=TODAY)
    with store.connection() as conn:
        entries = conn.execute(SchoolEntry.__table__.select()).all()
        waiting = school_entry.waiting_list(conn, TODAY)
        ages = dict(conn.execute(clients.Client.__table__.select().with_only_columns(
            clients.Client.__table__.c.id, clients.Client.__table__.c.birth_date)).all())
    assert len(entries) >= 15 and waiting
    assert all((partial_date.age_on(ages[e.client_id], TODAY) or 0) <= 26 for e in entries)
    assert max(w.waiting_days for w in waiting) < 450 and any(e.placed_on for e in entries)


@pytest.mark.parametrize("today, expected", [
    (date(2026, 2, 2), date(2026, 5, 1)), (date(2026, 5, 1), date(2026, 5, 1)),
    (date(2026, 5, 2), date(2026, 11, 1)), (date(2026, 11, 2), date(2027, 2, 1)),
])
def test_fit_fuer_mehr_takes_pupils_on_1_november_1_february_and_1_may(today, expected):
    assert school_entry.next_intake("ffm", today) == expected
    assert school_entry.form_label("ffm") == "Fit für Mehr"


@pytest.mark.parametrize("born, compulsory", [
    ("2016-03-01", "yes"),  # 10 on the reporting day
    ("2020-03-01", "yes"),  # 6
    ("2020-06-01", "no"),  # 5: not yet
    ("2010-03-01", "no"),  # 16: ten school years are over (§ 37 Abs. 1 SchulG NRW)
    ("2010-03-02", "yes"),  # 15 until tomorrow
    (None, "—"),
])
def test_compulsory_schooling_split_of_the_report(born, compulsory):
    from kimdesk.services.tasks_deadlines import rules

    assert school_entry_report.compulsory(born, date(2026, 3, 1), rules.load("school_intake")) == compulsory
