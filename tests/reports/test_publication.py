"""One disclosure engine for everything published for a period and reporting day.

The committee asked about five young people waiting: the school-entry report must print the
total 5 (publishable) and the coarser table that protects each of them, with a note that is
true for a reporting-day count; the committee report, for the same period, must print the
placements exactly as the school-entry report does; and a reader holding every table of both
reports together (``tests.support.reader.check_publication``, independent of the engine) must
find no withheld figure whose value is determined.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from kimdesk.models import SchoolEntry
from kimdesk.services.clients_intake import clients
from kimdesk.services.reports import report_print
from kimdesk.services.schooling import school_places
from kimdesk.services.reports.committee.needs import school_row
from kimdesk.figures.disclosure import TOTAL
from kimdesk.services.schooling.school_entry_report import figures as school_figures
from tests.support import reader
from tests.support.committee_published import module3_published
from tests.support.reader import Published, check_publication, disagreements
from tests.support.report_data import TODAY
from tests.support.report_pdf import folded, raw_text

START, END = date(2025, 8, 1), date(2026, 2, 28)
ATTRS = {"waiting": "waiting", "placements": "placements", "by_form": "by_form", "duty": "duty",
         "operators": "operators"}


def add_waiting(store, people: list[tuple[str, str, date, date | None]]) -> None:
    """(municipality, school form, assigned on, placed on) per person."""
    with store.session() as s:
        for i, (muni, form, assigned, placed) in enumerate(people):
            c = clients.add_client(s, {"given_name": "Kind", "family_name": f"Wartend{i:03d}",
                                              "municipality": muni, "birth_date": "2014-05-01",
                                              "opened_on": "2025-09-01"})
            s.add(SchoolEntry(client_id=c.id, assigned_on=assigned, registered_on=assigned, placed_on=placed,
                              school_form=form))


def published(f, committee=None) -> list[Published]:
    """Every table both reports print for the period, as the reader sees them, figures named."""
    out = []
    to_reader = lambda cell: tuple(reader.TOTAL if x == TOTAL else x for x in cell)  # noqa: E731
    for name, keys in f.keys.items():
        table = getattr(f, ATTRS[name])
        cells = list(keys)
        row_totals = any(c == TOTAL for _r, c in cells)
        out.append(Published(name, list(table.rows), list(table.cols),
                             {to_reader(cell): table.display(*cell) for cell in cells},
                             {to_reader(cell): key for cell, key in keys.items()},
                             {to_reader(cell): table._values[table._index(*cell)] for cell in cells}, row_totals,
                             True))
    if committee is not None:
        row = [r for r in committee.needs.waits.rows if r[0] == school_row()]
        if row:
            real = f.placements._values[f.placements._index(TOTAL, TOTAL if f.placements_level == "detail" else "n")]
            out.append(Published("committee", [school_row()], ["n"], {(school_row(), "n"): row[0][1]},
                                 {(school_row(), "n"): ("placed", "*", "*")}, {(school_row(), "n"): real},
                                 False, False))
        out += module3_published(committee)  # module 3 and the conferences table it shares figures with
    return out


def test_five_waiting_print_the_total_5_and_the_coarser_table(store):
    day = date(2025, 11, 3)
    add_waiting(store, [("Aachen", "ifk", day, None), ("Aachen", "ifk", day, None), ("Eschweiler", "ifk", day, None),
                        ("Stolberg", "primary", day, None), ("Aachen", "secondary", day, None)])
    school_places.save(store, {"school_form": "ifk", "intake_on": "2026-08-01", "places": 12})
    tables = report_print.school_entry_figures(store, START, END, today=TODAY)
    f = tables.figures
    assert f.waiting_level == "total" and tables.waiting.total() == "5"
    assert f.by_form_level == "total" and tables.overview.rows[-1][:2] == ["Insgesamt", "5"]
    assert tables.key_figures()[0] == ("Wartend am Stichtag", "5")
    assert "warten 5 Kinder und Jugendliche" in tables.headline()
    # the waiting only as a total, the places (offers, not people) still per operator
    assert tables.operators.grid()[1:] == [["alle Schulformen", "5"]]
    assert tables.operators_places.grid() == [["Schulträger", "Internationale Förderklasse", "Insgesamt"],
                                              ["StädteRegion / Kreis", "12", "12"], ["Insgesamt", "12", "12"]]
    text = folded(raw_text(report_print.school_entry_pdf(tables, "Kreis Testland").pdf))
    assert "Wartende am Stichtag sind zu wenige, um sie feiner aufzuteilen" in text
    assert "nur als Gesamtzahl" in text
    assert "Ein längerer Zeitraum hilft" not in text  # no advice that is false for a reporting-day count
    assert not [t for t in tables.tables() if getattr(t, "blocked", False)]
    assert disagreements(published(f)) == [] and check_publication(published(f)) == []


def test_a_detailed_table_is_kept_when_it_protects_everyone(store):
    day = date(2025, 11, 3)
    add_waiting(store, [(m, form, day, None) for m in ("Aachen", "Eschweiler") for form in ("ifk", "primary")
                        for _ in range(6)])
    with store.connection() as conn:
        f = school_figures(conn, START, END, today=TODAY)
    assert f.waiting_level == "detail" and f.waiting.display(TOTAL, TOTAL) == "24"
    assert f.waiting.display("Aachen", "ifk") == "6"


def test_committee_and_school_entry_reports_print_the_placements_alike(store):
    # 3 placed in the period: "< 5" in both reports; then 7: "7" in both
    day = date(2025, 9, 1)
    add_waiting(store, [("Aachen", "ifk", day, day + timedelta(days=30 + i)) for i in range(3)])
    for expected in ("< 5", "7"):
        school = report_print.school_entry_figures(store, START, END, today=TODAY)
        committee = report_print.committee_figures(store, START, END, today=TODAY)
        row = [r for r in committee.needs.waits.rows if r[0] == school_row()]
        assert row and row[0][1] == school.figures.placed_total() == expected
        assert disagreements(published(school.figures, committee)) == []
        if expected == "< 5":
            add_waiting(store, [("Eschweiler", "primary", day, day + timedelta(days=40 + i)) for i in range(4)])


@pytest.mark.parametrize("seed", range(12))
def test_reader_of_both_reports_recovers_nothing(store, seed):
    rng = random.Random(seed)
    munis = ["Aachen", "Eschweiler", "Stolberg", "Monschau"]
    forms = ["primary", "secondary", "ifk", "ffm", "other"]
    people = []
    for _ in range(rng.randint(5, 60)):
        assigned = date(2025, 1, 1) + timedelta(days=rng.randint(0, 400))
        placed = assigned + timedelta(days=rng.randint(5, 300)) if rng.random() < 0.5 else None
        people.append((rng.choice(munis), rng.choice(forms), assigned,
                       placed if placed is None or placed <= TODAY else None))
    add_waiting(store, people)
    school = report_print.school_entry_figures(store, START, END, today=TODAY)
    committee = report_print.committee_figures(store, START, END, today=TODAY)
    tables = published(school.figures, committee)
    assert disagreements(tables) == []
    assert check_publication(tables) == []
    # a publishable total is never hidden
    total = school.figures.waiting._values[school.figures.waiting._index(TOTAL, TOTAL)] if \
        school.figures.waiting_level == "detail" else sum(1 for p in people if p[2] <= END and p[3] is None
                                                          or p[2] <= END and p[3] and p[3] > END)
    if total >= 5:
        assert school.waiting.total() not in ("x", "< 5")


def test_seeded_reports_agree_and_hide_nothing_recoverable(seeded):
    school = report_print.school_entry_figures(seeded, START, END, today=TODAY)
    committee = report_print.committee_figures(seeded, START, END, today=TODAY)
    tables = published(school.figures, committee)
    assert any(t.name == "committee" for t in tables)
    assert disagreements(tables) == [] and check_publication(tables) == []
