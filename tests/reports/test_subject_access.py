"""The Art. 15 export holds every kind of data stored about the person, and the plan prints for signing.

The export test fills a person's record through the services (every table that holds their
data), then compares the PDF's text against the person's rows as stored: every text value of
every row the erasure would remove must be in the PDF, so a kind of data the export leaves
out makes the test fail.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime

import pytest
import time_machine

from kimdesk.models import Base, FirstContact
from kimdesk.models.types import binds
from kimdesk.services.clients_intake import access, appointments, clients, contacts, record
from kimdesk.services.conferences_minutes import agenda_edit
from kimdesk.services.casework import assessment, case_cycle, findings, plan_print, plans
from kimdesk.services.releases import consents, subject_access
from kimdesk.services.schooling import school_entry
from kimdesk.services.tasks_deadlines import tasks
from kimdesk.services.conferences_minutes import conference_edit as edit
from kimdesk.services.clients_intake import responsibilities as rs
from kimdesk.sync.erasure import cascade
from tests.reports.test_client_documents import own_cli_log  # noqa: F401  (fixture)
from tests.support.cli import run
from tests.support.cycle import agency
from tests.support.pdf import fonts, pages_text

JC = "Jobcenter StädteRegion Aachen"
SKIP = {"id", "deleted", "client_id", "need_id", "responsibility_id", "plan_id", "goal_id", "agency_id", "status",
        "kind", "form", "source", "phase", "from_phase", "outcome", "who_agency_id", "finding_id", "case_type",
        "school_form", "forwarded_to_id", "offices_involved", "data_kinds", "languages", "household_id", "gender",
        "given_by", "goals_reached", "language_level", "recorded_at", "rule", "member_client_id", "source_key",
        "data_kind", "at"}  # codes shown by their labels; a time of day prints as HH:MM


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(pages_text(pdf)))


def _stored(store, cid):
    """The person's rows as stored, for every table an erasure would empty."""
    with store.connection() as conn:
        theirs = cascade(conn, {"client": {cid}})
        # ids bound in their stored form (16 bytes in some tables, models.types), every other value as stored
        return {t: [dict(r._mapping) for r in conn.exec_driver_sql(
            f"SELECT * FROM {t} WHERE id IN ({','.join('?' * len(ids))})",
            binds(Base.metadata.tables[t], "id", ids))] for t, ids in theirs.items()}


def _missing(doc, stored, pdf_text):
    """Stored text values not shown in their table's section of the export (or not in the PDF)."""
    from kimdesk.services.releases import subject_access_fields as fields

    def section_text(table):
        title = fields.title(table)
        found = [" ".join(v for _k, v in sec.fields) for sec in doc.sections if sec.title == title]
        found += [" ".join(" ".join(r) for r in t.rows) for sec in doc.sections for t in sec.tables if t.title == title]
        return re.sub(r"\s+", " ", " ".join(found))

    missing = []
    for table, found in stored.items():
        shown = section_text(table)
        for row in found:
            for key, value in row.items():
                if key in SKIP or not isinstance(value, str) or not value or value.startswith("["):
                    continue
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    value = date.fromisoformat(value).strftime("%d.%m.%Y")
                if key == "birth_date":
                    value = "04.2009"
                if value not in shown or value not in pdf_text:
                    missing.append(f"{table}.{key}={value!r}")
    return missing


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime(2026, 3, 10, 9, 0), tick=False):
        yield


def _person(store) -> str:
    jc, so = agency(store, JC), agency(store, "Sozialamt Aachen")
    cid = clients.create_client(store, {"given_name": "Yonas", "family_name": "Habtemariam", "phone": "0241 111222",
                                        "address": "Kastanienweg 4, 52062 Aachen", "birth_date": "2009-04",
                                        "case_manager": "Anna Weber", "municipality": "Aachen"},
                                household=[{"given_name": "Selam", "family_name": "Habtemariam", "relation": "Mutter"}])
    clients.update_client(store, cid, {"phone": "0241 999888"})  # the old number stays in the history
    need = rs.add_need(store, cid, {"category": "Existenzsicherung", "description": "Antrag auf Bürgergeld offen"},
                       agency_id=jc).result
    rs.decline(store, need, "nicht zuständig vor Anerkennung")
    contacts.add_contact(store, cid, {"summary": "Gespräch über den Schulweg", "place": "Büro Theaterstraße",
                                      "interpreter": "Tigrinya", "staff": "Anna Weber"})
    consents.add_consent(store, cid, {"agency_id": jc, "given_on": "2026-01-05", "purpose": "Fallkonferenz Januar",
                                      "recipient_person": "Frau Adler", "data_kinds": ["benefits"]})
    conf = edit.create_conference(store, {"date": "2026-02-02", "place": "Rathaus Raum 12", "moderator": "Anna Weber",
                                          "minute_taker": "Jan Roth", "title": "Übergang Schule"}, client_ids=[cid])
    edit.add_participant(store, conf, {"agency_id": jc, "name": "Frau Adler"})
    top = agenda_edit.add_agenda_item(store, conf, {"title": "Ausbildungsplatz", "notes": "Praktikum im Handwerk"})
    agenda_edit.add_decision(store, top, "Bewerbung bis Ostern")
    agenda_edit.add_action(store, top, {"what": "Bewerbungsmappe erstellen", "client_id": cid, "who": "Yonas"})
    tasks.add_task(store, cid, {"title": "Bescheid nachfragen", "details": "beim Sozialamt", "due_on": "2026-03-20"})
    appointments.add_appointment(store, cid, {"on": "2026-03-24", "at": "09:30", "place": "Talstraße 2, Raum 3.12",
                                              "with_whom": "Frau Adler", "agency_id": jc, "note": "Pass mitbringen"})
    case_cycle.open_case(store, cid, date(2026, 1, 5), note="über die Schule gekommen")
    case_cycle.transition(store, cid, "assessment", date(2026, 1, 20), indicated=True, agreed=True,
                          note="Assessment mit Mutter")
    with store.session() as s:
        s.add(FirstContact(on=date(2025, 12, 1), referral_source="Schulsozialarbeit", topic="Schulplatz",
                           summary="Anruf der Schule", client_id=cid))
    assessment.record_residence(store, cid, "Aufenthaltsgestattung", "2025-11-01", valid_until="2026-05-01",
                                note="Gestattung verlängert")
    assessment.record_benefit(store, cid, "AsylbLG", "2025-11-01", agency_id=so, note="Leistungen laufen")
    assessment.save_assessment(store, cid, "2026-01-20", {"household": "lebt mit Mutter", "school": "Klasse 8 in Eritrea",
                                                          "housing": "Gemeinschaftsunterkunft", "resources": "motiviert",
                                                          "health": "Asthma", "offices_involved": [jc]})
    plan = plans.create_plan(store, cid, review_on="2026-06-01", note="Plan mit Mutter besprochen")
    goal = plans.add_goal(store, plan, "Schulplatz in einer IFK")
    plans.add_measure(store, goal, "Anmeldung beim Schulamt", who="Case Management", due="2026-03-01")
    school_entry.save(store, cid, {"arrived_on": "2025-10-01", "assigned_on": "2025-11-01", "school_form": "ifk",
                                   "school": "Berufskolleg Nord"})
    finding = findings.add_finding(store, {"title": "Keine IFK-Plätze in Aachen"})
    findings.link_case(store, finding, cid)
    access.record_open(store, cid, actor="cm-weber")
    record.load(store, cid)  # the record view opens: one more access
    return cid


def test_the_export_holds_every_row_stored_about_the_person(store):
    cid = _person(store)
    rendered, doc = subject_access.export(store, cid)
    text = _flat(rendered.pdf)
    stored = _stored(store, cid)
    # every table that holds the person's data is exported, and it is not a short list
    assert set(stored) <= set(doc.tables) and len(stored) >= 15, sorted(stored)
    assert _missing(doc, stored, text) == []
    for expected in (
        "Auskunft über Ihre gespeicherten Daten", "Informationen zur Verarbeitung", "Speicherdauer",
        "0241 111222",  # the earlier phone number, from the history of values
        JC, "Sozialamt Aachen",  # offices by name
        "Fallkonferenz am 02.02.2026", "Rathaus Raum 12", "Frau Adler", "TOP 1: Ausbildungsplatz",
        "Praktikum im Handwerk", "Bewerbung bis Ostern", "Bewerbungsmappe erstellen",  # conference and decisions
        "Keine IFK-Plätze in Aachen",  # the structural finding the case is linked to
        "Zugriffe auf Ihre Akte", "cm-weber", "Akte geöffnet",  # the access record
        "Änderungsprotokoll", "geändert", "Telefon",  # the audit trail names fields, with dates
        "Gespeicherte Werte und ihre Geschichte", "abgelehnt", "nicht zuständig vor Anerkennung",
        "Sozialdaten nach § 35 SGB I",
    ):
        assert expected in text, expected
    pages = pages_text(rendered.pdf)
    assert all(f"Seite {n} von {len(pages)}" in p for n, p in enumerate(pages, 1))
    assert all(fonts(rendered.pdf).values())
    with store.connection() as conn:  # the export itself is an access to the record
        assert len(access.opened(conn, cid)) == 3


def test_export_fails_the_check_when_a_kind_of_data_is_left_out(store, monkeypatch):
    """The comparison above can fail: drop one section and a stored value is missing."""
    cid = _person(store)
    real = subject_access._table

    def without_consents(table, rows, ctx):
        shown = real(table, rows, ctx)
        if table == "consent":
            shown.rows = []
        return shown

    monkeypatch.setattr(subject_access, "_table", without_consents)
    rendered, doc = subject_access.export(store, cid)
    missing = _missing(doc, _stored(store, cid), _flat(rendered.pdf))
    assert "consent.purpose='Fallkonferenz Januar'" in missing and all(m.startswith("consent.") for m in missing)


def test_plan_prints_as_a_one_page_agreement_to_sign(store):
    cid = clients.create_client(store, {"given_name": "Amal", "family_name": "Haddad", "case_manager": "Anna Weber"})
    jc = agency(store, JC)
    plan = plans.create_plan(store, cid, review_on="2026-06-15")
    plans.update_plan(store, plan, status="agreed", agreed_on="2026-03-02")
    goal = plans.add_goal(store, plan, "Lebensunterhalt ist ohne Lücke gesichert")
    plans.add_measure(store, goal, "Antrag auf Bürgergeld stellen", who_agency_id=jc, who="Frau Adler", due="2026-03-20")
    done = plans.add_measure(store, goal, "Unterlagen sammeln", who="Amal Haddad", due="2026-03-05")
    plans.set_measure_status(store, done, "done")
    plans.add_goal(store, plan, "Deutschkurs B1 beginnen")
    rendered = plan_print.render(store, cid)
    assert rendered.pages == 1
    text = _flat(rendered.pdf)
    for expected in ("Zielvereinbarung", "Haddad, Amal", "vereinbart am 02.03.2026",
                     "1. Lebensunterhalt ist ohne Lücke gesichert", "2. Deutschkurs B1 beginnen",
                     "Antrag auf Bürgergeld stellen", f"{JC}, Frau Adler", "20.03.2026", "offen", "erledigt",
                     "Wir überprüfen den Plan gemeinsam am: Montag, 15.06.2026", "Unterschrift der Person",
                     "Unterschrift Case Manager:in", "Anna Weber", "Seite 1 von 1", "Sozialdaten nach § 35 SGB I"):
        assert expected in text, expected
    assert all(fonts(rendered.pdf).values())


def test_client_export_and_plan_commands(store, profile, tmp_path, passphrase, own_cli_log):  # noqa: F811
    cid = _person(store)
    store.close()
    env = {"KIMDESK_PASSPHRASE": passphrase}
    base = ("--data-dir", profile.data_dir)
    out = tmp_path / "auskunft.pdf"
    res = run(*base, "client", "export", cid, "-o", out, env=env)
    assert res.code == 0, res.err
    assert "Habtemariam" in _flat(out.read_bytes()) and (out.stat().st_mode & 0o077) == 0
    res = run(*base, "client", "plan", cid, "-o", tmp_path / "plan.pdf", env=env)
    assert res.code == 0 and "Schulplatz in einer IFK" in _flat((tmp_path / "plan.pdf").read_bytes()), res.err
    res = run(*base, "client", "export", "00000000-0000-4000-8000-000000000000", "-o", tmp_path / "x.pdf", env=env)
    assert res.code == 2 and not (tmp_path / "x.pdf").exists()
    assert json.dumps(res.err).count("\\n") == 1


def test_plan_is_a_zielvereinbarung_with_situation_resources_offices_and_a_guardian_line(store):
    cid = clients.create_client(store, {"given_name": "Yonas", "family_name": "Habtemariam",
                                        "birth_date": f"{date.today().year - 16}-04", "case_manager": "Anna Weber"})
    jc = agency(store, JC)
    assessment.save_assessment(store, cid, "2026-01-20", {"household": "lebt mit Mutter", "school": "Klasse 8",
                                                          "housing": "Gemeinschaftsunterkunft",
                                                          "resources": "motiviert, spricht Englisch",
                                                          "health": "Asthma", "offices_involved": [jc]})
    plan = plans.create_plan(store, cid, review_on="2026-06-15")
    plans.add_goal(store, plan, "Schulplatz in einer IFK")
    text = _flat(plan_print.render(store, cid).pdf)
    for expected in ("Zielvereinbarung", "Ausgangslage", "lebt mit Mutter", "Gemeinschaftsunterkunft",
                     "Ihre Stärken und Ressourcen", "motiviert, spricht Englisch", "Beteiligte Stellen:", JC,
                     "Unterschrift der Person", "Unterschrift gesetzliche Vertretung / Vormundschaft",
                     "Unterschrift Case Manager:in"):
        assert expected in text, expected
    assert "Hilfeplan" not in text and "Asthma" not in text  # not the § 36 SGB VIII plan; no health notes
    adult = clients.create_client(store, {"given_name": "Amal", "family_name": "Haddad", "birth_date": "1990"})
    plans.create_plan(store, adult)
    assert "Vormundschaft" not in _flat(plan_print.render(store, adult).pdf)


def test_plan_prints_german_and_the_persons_language(store):
    cid = clients.create_client(store, {"given_name": "Mina", "family_name": "Rezaei", "languages": ["Farsi"],
                                        "case_manager": "Anna Weber"})
    plan = plans.create_plan(store, cid, review_on="2026-06-15")
    plans.add_goal(store, plan, "Deutschkurs B1 beginnen")
    rendered = plan_print.render(store, cid)
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", " ".join(pages_text(rendered.pdf))))
    assert rendered.pages == 1 and "Zielvereinbarung" in text and "Arbeitsübersetzung" in text
    assert "توافق‌نامهٔ اهداف".replace("\u200c", "") in text.replace("\u200c", "") or "اهداف" in text
    german = _flat(plan_print.render(store, cid, language="de").pdf)
    assert "Arbeitsübersetzung" not in german and "Unterschrift der Person" in german
