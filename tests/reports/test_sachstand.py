"""A Sachstandsbericht a committee can adopt: text sections, findings, profile, outcomes, module 3.

Also the places per intake (``kimdesk school-places``) that the school-entry report sets beside
those waiting, and every piece of bad input to the new commands: one German line, exit 2,
nothing changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kimdesk.store.journal_codes import TEXT_FORM
from kimdesk.models import Agency, Consent, SchoolEntry
from kimdesk.services.clients_intake import clients
from kimdesk.services.casework import findings
from kimdesk.services.reports import report_print, report_texts
from kimdesk.services.schooling import school_places
from kimdesk.figures.disclosure import TOTAL
from tests.support import reader
from tests.support.cli import run
from tests.support.committee_published import module3_published
from tests.support.reader import Published, check_publication, disagreements
from tests.support.report_data import TODAY
from tests.support.report_pdf import folded, raw_text
from tests.support.stores import PASSPHRASE

START, END = date(2025, 1, 1), date(2025, 12, 31)
ENV = {"KIMDESK_PASSPHRASE": PASSPHRASE}


def kd(data_dir: Path, *args):
    return run("--data-dir", data_dir, *args, env=ENV)


def _pdf_text(store) -> str:
    figures = report_print.committee_figures(store, START, END, today=TODAY)
    return folded(raw_text(report_print.committee_pdf(figures, "Kreis Testland").pdf))


def test_reviewed_text_sections_are_printed_unreviewed_ones_never(store):
    report_texts.save(store, START, END, "introduction", "Der Ausschuss bat um einen Sachstand.", reviewed=True)
    report_texts.save(store, START, END, "outlook", "Frau Zaytouna braucht 2026 eine Wohnung.")
    report_texts.save(store, START, END, "developments", "Mehr Anfragen aus Stolberg.", reviewed=True)
    got = report_texts.load(store, START, END)
    assert got["introduction"].reviewed and not got["outlook"].reviewed and got["findings"].text == ""
    printed = _pdf_text(store)
    assert "Einleitung Der Ausschuss bat um einen Sachstand." in printed
    assert "Entwicklungen im Berichtszeitraum Mehr Anfragen aus Stolberg." in printed
    assert "Zaytouna" not in printed and "Ausblick" not in printed
    # a changed text loses its review unless marked again; the row is the same (one id per period and section)
    first = report_texts.text_id("committee", START, END, "introduction")
    assert report_texts.save(store, START, END, "introduction", "Neu: Frau Zaytouna.") == first
    assert "Zaytouna" not in _pdf_text(store)
    with store.connection() as conn:  # captured for sync like all team data
        assert conn.execute(text(f"SELECT count(*) FROM {TEXT_FORM} WHERE entity = 'report_text'")).scalar() >= 3


def test_an_unreviewed_finding_description_stays_out_of_every_anonymous_document(store, tmp_path):
    fid = findings.add_finding(store, {"title": "Fehlende IFK-Plätze", "description": "Familie Zaytouna wartet."})
    with store.connection() as conn:
        rows = findings.register(conn)
    findings.export_csv(rows, tmp_path / "f.csv")
    assert "Zaytouna" not in (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    assert "Zaytouna" not in folded(raw_text(findings.render_pdf(rows, "Kreis").pdf))
    printed = _pdf_text(store)
    assert "Fehlende IFK-Plätze" in printed and "Zaytouna" not in printed
    findings.update_finding(store, fid, {"description": "Zwölf Jugendliche ohne Platz.", "reviewed": True})
    with store.connection() as conn:
        rows = findings.register(conn)
    assert "Zwölf Jugendliche ohne Platz." in folded(raw_text(findings.render_pdf(rows, "Kreis").pdf))
    assert "Zwölf Jugendliche ohne Platz." in _pdf_text(store)


def _published(table, name: str) -> Published:
    t = table.table
    cells = [(r, c) for r in t.rows + [TOTAL] for c in t.cols]
    conv = lambda cell: tuple(reader.TOTAL if x == TOTAL else x for x in cell)  # noqa: E731
    figure = {conv(c): ("people", "*") if c[0] == TOTAL else (name, c[0]) for c in cells}
    return Published(name, list(t.rows), list(t.cols), {conv(c): t.display(*c) for c in cells}, figure,
                     {conv(c): t._values[t._index(*c)] for c in cells}, False, True)


def test_profile_outcomes_and_module_3_on_the_seeded_data(seeded):
    f = report_print.committee_figures(seeded, date(2025, 1, 1), date(2025, 12, 31), today=TODAY)
    st = f.sachstand
    tables = [_published(f.cases.by_municipality, "municipality"), _published(st.ages, "age"),
              _published(st.residence, "residence")]
    totals = {t.printed[(reader.TOTAL, t.cols[0])] for t in tables}
    assert len(totals) == 1 and totals != {"x"}  # the same people, the same printed total
    assert disagreements(tables) == [] and check_publication(tables) == []
    with seeded.connection() as conn:
        closings = conn.execute(text("""SELECT count(*) FROM case_phase p JOIN client c ON c.id = p.client_id
            WHERE p.deleted = 0 AND c.deleted = 0 AND p.phase = 'closed' AND p."on" BETWEEN '2025-01-01'
              AND '2025-12-31'""")).scalar()
        closings += conn.execute(text("""SELECT count(*) FROM client c WHERE deleted = 0 AND status = 'closed'
            AND closed_on BETWEEN '2025-01-01' AND '2025-12-31' AND NOT EXISTS (SELECT 1 FROM case_phase p
            WHERE p.client_id = c.id AND p.deleted = 0)""")).scalar()
    assert closings >= 5
    # the same figure as table 1's closings (its erased years included, as "nicht erfasst")
    assert st.goals.total("n") == st.reasons.total("n") == f.cases.over_time.total("closed")
    assert f.cases.closed_total > closings  # the seeded erased cases of 2025
    goals = dict((r[0], r[1]) for r in st.goals.grid()[1:])
    assert goals["nicht erfasst"] != "0"
    assert [r[0] for r in st.module3.rows] == ["Fälle mit Beteiligung der Ausländerbehörde",
                                                "Fallkonferenzen mit der Ausländerbehörde",
                                                "Schweigepflichtentbindungen gegenüber der Ausländerbehörde"]
    text_ = folded(raw_text(report_print.committee_pdf(f, "Kreis Testland").pdf))
    for heading in ("Wer im Case Management ist", "Ergebnisse: abgeschlossene Fälle",
                    "Zusammenarbeit mit der Ausländerbehörde (Modul 3)", "Alter am Stichtag", "Aufenthaltsstatus"):
        assert heading in text_


def test_module_3_counts_the_immigration_office_and_outcomes_read_only_catalogue_reasons(store):
    with store.session() as s:
        office = Agency(name="Ausländerbehörde Test", is_immigration_office=True)
        s.add(office)
        s.flush()
        ids = []
        for i in range(6):
            c = clients.add_client(s, {"given_name": "P", "family_name": f"Modul{i}", "opened_on": "2025-02-01",
                                              "municipality": "Aachen"})
            ids.append(c.id)
            s.add(Consent(client_id=c.id, agency_id=office.id, given_on=date(2025, 3, 1)))
    from kimdesk.services.casework import case_cycle
    for i, cid in enumerate(ids):
        case_cycle.close_case(store, cid, "Ziele erreicht" if i < 5 else "Herr Zaytouna zog weg", date(2025, 6, 1),
                              goals_reached="all")
    f = report_print.committee_figures(store, START, END, today=TODAY)
    assert f.sachstand.module3.rows[2][1] == "6"
    reasons = dict((r[0], r[1]) for r in f.sachstand.reasons.grid()[1:])
    assert reasons["Ziele erreicht"] == "5" and reasons["anderer Grund"] == "< 5"
    assert "Zaytouna" not in _pdf_text(store)


def test_places_per_intake_reach_the_school_entry_report(store, data_dir):
    res = kd(data_dir, "school-places", "add", "--school-form", "ifk", "--intake", "2026-08-01", "--places", "24")
    assert res.code == 0, res.err
    res = kd(data_dir, "school-places", "add", "--school-form", "primary", "--municipality", "Aachen",
             "--intake", "2026-08-01", "--places", "12", "--school", "GGS Am Markt")
    assert res.code == 0, res.err
    listed = kd(data_dir, "school-places", "list").out
    assert "StädteRegion / Kreis" in listed and "GGS Am Markt" in listed
    with store.session() as s:
        for i in range(6):
            c = clients.add_client(s, {"given_name": "K", "family_name": f"Platz{i}", "municipality": "Aachen",
                                              "birth_date": "2009-04-01"})
            s.add(SchoolEntry(client_id=c.id, assigned_on=date(2026, 1, 5), school_form="ifk"))
    tables = report_print.school_entry_figures(store, date(2025, 8, 1), date(2026, 2, 28), today=TODAY)
    assert tables.figures.operators_level == "detail"
    grid = {row[0]: row for row in tables.operators.grid()}
    ifk = tables.operators.grid()[0].index("Internationale Förderklasse")
    assert grid["StädteRegion / Kreis"][ifk] == "6"
    places = {row[0]: row for row in tables.operators_places.grid()}
    assert places["StädteRegion / Kreis"][-1] == "24" and places["Kommune Aachen"][-1] == "12"
    assert places["Insgesamt"][-1] == "36"
    assert "die nächsten Aufnahmen bieten 36 Plätze" in tables.headline()
    pdf = folded(raw_text(report_print.school_entry_pdf(tables, "Kreis").pdf))
    assert "GGS Am Markt" not in pdf  # the school's name stays with the team
    pid = listed.splitlines()[0].split("\t")[0]
    assert kd(data_dir, "school-places", "remove", pid).code == 0
    assert len(school_places.listing(store)) == 1


@pytest.mark.parametrize("args, fragment", [
    (["add", "--school-form", "ifk", "--intake", "2026-13-01", "--places", "3"], "kein gültiges Datum"),
    (["add", "--school-form", "ifk", "--intake", "2026-08-01", "--places", "viele"], "keine Zahl von Plätzen"),
    (["add", "--school-form", "ifk", "--intake", "2026-08-01", "--places", "-1"], "zwischen 0 und"),
    (["add", "--school-form", "ifk", "--intake", "2026-08-01", "--places", "3", "--municipality", "Atlantis"],
     "keine Kommune der Region"),
    (["add", "--school-form", "ifk", "--intake", "2026-08-01", "--places", "3", "--operator", "municipality"],
     "braucht die Kommune"),
    (["remove", "0000"], "Keine Plätze mit dieser Kennung"),
    (["remove"], "Bitte die Kennung"),
])
def test_bad_places_input_is_one_line_exit_2_and_nothing_saved(store, data_dir, args, fragment):
    res = kd(data_dir, "school-places", *args)
    assert res.code == 2 and fragment in res.err and len(res.err.strip().splitlines()) == 1, res
    assert school_places.listing(store) == []


def test_report_text_command_saves_shows_and_refuses_bad_input(store, data_dir, tmp_path):
    body = tmp_path / "intro.txt"
    body.write_text("Einleitung für den Ausschuss.", encoding="utf-8")
    period = ["--from", "2025-01-01", "--to", "2025-12-31"]
    res = kd(data_dir, "report", "text", *period, "--section", "introduction", "--file", body, "--reviewed")
    assert res.code == 0 and "zur Veröffentlichung geprüft" in res.out, res.err
    shown = kd(data_dir, "report", "text", *period).out
    assert "## Einleitung (geprüft)" in shown and "Einleitung für den Ausschuss." in shown
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    for args, fragment in (([*period, "--section", "outlook", "--file", binary], "kein UTF-8-Text"),
                           ([*period, "--file", body], "--section"),
                           ([*period, "--section", "outlook", "--file", tmp_path / "none.txt"], "nicht lesen"),
                           (["--from", "2025-12-31", "--to", "2025-01-01"], "beginnt nach seinem Ende")):
        res = kd(data_dir, "report", "text", *args)
        assert res.code == 2 and fragment in res.err and len(res.err.strip().splitlines()) == 1, res
    assert report_texts.load(store, START, END)["outlook"].text == ""


@pytest.mark.parametrize("born", ["2016-03-10", "2016-03-11", "2016-03-09", "2016-03", "2016-02", "2016-04", "2016",
                                  "1960-12-31", "2026-03-10", "", None, "unbekannt"])
def test_age_in_sql_equals_the_age_in_python(store, born):
    from kimdesk.models import partial_date
    from kimdesk.services.reports.committee.sachstand import AGE

    day = date(2026, 3, 10)
    with store.connection() as conn:
        got = conn.execute(text(f"SELECT {AGE} FROM (SELECT :b AS birth_date)"), {"b": born,
                                                                                  "day": day.isoformat()}).scalar()
    expected = partial_date.age_on(born, day) if born and born[:4].isdigit() else None
    assert got == expected


def test_module_3_conferences_are_protected_together_with_the_conferences_table(store):
    """Six case conferences, all with the immigration office, and two network meetings: the conferences
    table hides the case conferences (else total − 6 gives the two meetings), so module 3, counting the
    very same conferences, must not print the 6 either; a reader of both recovers nothing."""
    from kimdesk.models import Conference, ConferenceClient, Participant

    with store.session() as s:
        office = Agency(name="Ausländerbehörde Test", is_immigration_office=True)
        s.add(office)
        s.flush()
        for i in range(8):
            kind = "case" if i < 6 else "network"
            c = clients.add_client(s, {"given_name": "P", "family_name": f"Konferenz{i}",
                                       "opened_on": "2025-02-01", "municipality": "Aachen"})
            conf = Conference(kind=kind, date=date(2025, 3, 3 + i), status="final")
            s.add(conf)
            s.flush()
            s.add(ConferenceClient(conference_id=conf.id, client_id=c.id))
            if kind == "case":
                s.add(Participant(conference_id=conf.id, agency_id=office.id, presence="present"))
    f = report_print.committee_figures(store, START, END, today=TODAY)
    conf = f.meetings.conferences
    assert conf.display("Netzwerktreffen", "n") == "< 5" and conf.display("Fallkonferenzen", "n") == "x"
    assert f.sachstand.module3.rows[1][1] == "x"  # the same figure, hidden alike
    tables = module3_published(f)
    assert disagreements(tables) == [] and check_publication(tables) == []


def test_module_3_prints_counts_as_every_table_does():
    """The 30k check caught it: module 3 printed 2193 where it had printed 2.193."""
    from kimdesk.figures.disclosure import protect_columns
    from kimdesk.services.reports.committee.sachstand import _printed

    table = protect_columns(["n"], ["cases", "releases"], {("n", "cases"): 2193, ("n", "releases"): 3})
    assert (_printed(table, "n", "cases"), _printed(table, "n", "releases")) == ("2.193", "< 5")
