"""Consent form and hand-out for one person, and the minutes commands on the command line."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta

import pytest

from kimdesk.models import Need, Responsibility, Task
from kimdesk.reports.template import BOTTOM, TOP
from kimdesk.services.clients_intake import agencies, appointments, client_print, clients
from kimdesk.services.conferences_minutes import agenda_edit
from kimdesk.services.conferences_minutes import conference_edit as edit
from tests.support.cli import run
from tests.support.conferences import fill_protocol, make_case
from tests.support.pdf import folded_text, fonts, has_text, pages_text, word_boxes

PRINTED = datetime(2025, 6, 18, 14, 5)


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(pages_text(pdf)))


def _need(store, client_id: str, category: str, agency_id: str | None, contact: str | None = None) -> str:
    with store.session() as s:
        need = Need(client_id=client_id, category=category, status="open", opened_on=date(2025, 5, 1))
        s.add(need)
        s.flush()
        if agency_id:
            s.add(Responsibility(need_id=need.id, agency_id=agency_id, status="accepted", contact=contact,
                                 requested_on=date(2025, 5, 2)))
        return need.id


def test_consent_form_is_prefilled_for_the_person_and_the_agencies(store):
    case = make_case(store, given_name="Ірина", family_name="Шевченко")
    clients.update_client(store, case.client_id, {"birth_date": "1988-03", "address": "Hauptstraße 5, 52062 Aachen"})
    _need(store, case.client_id, "Arbeit", case.jobcenter)
    edit.add_participant(store, case.conference_id, {"agency_id": case.youth_office,
                                                     "consent_override_reason": "Eilfall"})
    rendered = client_print.consent_form(store, case.client_id, printed_at=PRINTED, with_privacy=False)
    assert rendered.pages == 2  # the release on one sheet, the withdrawal form on the next
    first, second = (re.sub(r"\s+", " ", p) for p in pages_text(rendered.pdf))
    text = _flat(rendered.pdf)
    for expected in ("Schweigepflichtentbindung", "Шевченко, Ірина", "03.1988", "Hauptstraße 5, 52062 Aachen",
                     case.case_number, "Jobcenter Test", "Jugendamt Test", "§ 67b SGB X", "Art. 9 DSGVO",
                     "Gesundheitsdaten", "Zweck:", "Art der Daten:", "Aufenthalt", "Leistungen", "Wohnen",
                     "Form:", "schriftlich", "elektronisch", "mündlich erteilt", "Erteilt am:", "bis auf Widerruf",
                     "bis zum", "jederzeit", "widerrufen", "Unterschrift der betroffenen Person", "Ort, Datum",
                     "Seite 1 von 2", "Sozialdaten nach § 35 SGB I"):
        assert expected in first, (expected, first)
    for expected in ("Widerruf der Schweigepflichtentbindung", "Шевченко, Ірина", "1. Jobcenter Test",
                     "nur für Gesundheitsdaten", "mit Wirkung ab", "Widerruf erhalten am", "Seite 2 von 2"):
        assert expected in second, (expected, second)
    page = word_boxes(rendered.pdf)[0]
    furniture = [w.text for w in page.words if w.y1 < TOP - 8 or w.y0 > page.height - BOTTOM]
    assert case.case_number in furniture and "Seite" in furniture
    assert not {"Шевченко,", "Ірина"} & set(furniture)  # the name is in the body only
    only = client_print.consent_form(store, case.client_id, agency_ids=[case.caritas])
    assert "Caritas Migrationsberatung Test" in _flat(only.pdf) and "Jobcenter Test" not in _flat(only.pdf)
    assert all(fonts(rendered.pdf).values())


def test_handout_lists_needs_offices_contacts_and_appointments_on_one_page(store):
    case = make_case(store, given_name="Jiří", family_name="Dvořák")
    fill_protocol(store, case)
    agencies.save(store, case.jobcenter, {"address": "Talstraße 2, 52068 Aachen", "phone": "0241 123",
                                                  "email": "jobcenter@example.org",
                                                  "opening_hours": "Mo–Fr 8–12 Uhr"})
    _need(store, case.client_id, "Existenzsicherung", case.jobcenter, contact="Frau Öztürk, Zimmer 3.12")
    _need(store, case.client_id, "Schulplatz", case.youth_office)
    _need(store, case.client_id, "Wohnung", None)
    _need(store, case.client_id, "Gesundheitsversorgung", case.caritas)
    for n in range(14):  # many needs still fit one sheet
        _need(store, case.client_id, f"Weiteres Anliegen {n}", case.caritas)
    appointments.add_appointment(store, case.client_id, {"on": date.today() + timedelta(days=6), "at": "10:30",
                                                         "place": "Raum 3.12", "with_whom": "Frau Öztürk",
                                                         "agency_id": case.jobcenter})
    rendered = client_print.handout(store, case.client_id, printed_at=PRINTED)
    assert rendered.pages == 1
    text = _flat(rendered.pdf)
    for expected in ("Ihre Ansprechstellen", "Dvořák, Jiří", "Existenzsicherung", "Jobcenter Test",
                     "Talstraße 2, 52068 Aachen", "Telefon: 0241 123", "E-Mail: jobcenter@example.org",
                     "Öffnungszeiten: Mo–Fr 8–12 Uhr", "Ansprechperson: Frau Öztürk, Zimmer 3.12",
                     (date.today() + timedelta(days=6)).strftime("%d.%m.%Y") + ", 10:30 Uhr", "Raum 3.12",
                     "Schulplatz", "Jugendamt Test", "Wohnung", "wird noch geklärt", "Weiteres Anliegen 13",
                     "Seite 1 von 1"):
        assert expected in text, (expected, text)
    assert "Gesundheits" not in text  # unticked by default
    assert "Bescheid erlassen" not in text  # the offices' tasks from the minutes are not the person's
    assert "zu Ihren Terminen mit" not in text and "jeder Stelle" not in text


def test_handout_shows_the_appointment_never_the_internal_follow_up(store):
    case = make_case(store, given_name="Mina", family_name="Rezaei")
    _need(store, case.client_id, "Existenzsicherung", case.jobcenter)
    today, next_week = date.today(), date.today() + timedelta(days=7)
    with store.session() as s:
        s.add(Task(client_id=case.client_id, kind="follow_up", title="Rückmeldung an das KIM", due_on=today))
    appointments.add_appointment(store, case.client_id, {"on": next_week, "at": "09:00", "place": "Talstraße 2",
                                                         "agency_id": case.jobcenter})
    text = _flat(client_print.handout(store, case.client_id, printed_at=PRINTED).pdf)
    assert f"{next_week:%d.%m.%Y}, 09:00 Uhr" in text
    assert today.strftime("%d.%m.%Y") not in text.replace(f"Stand {today:%d.%m.%Y}", "").replace(
        f"Gedruckt am {PRINTED:%d.%m.%Y}", "")
    assert "Rückmeldung an das KIM" not in text


def test_handout_lists_the_needs_the_case_manager_ticks(store):
    case = make_case(store, given_name="Mina", family_name="Rezaei")
    health = _need(store, case.client_id, "Gesundheitsversorgung", case.caritas)
    work = _need(store, case.client_id, "Arbeit", case.jobcenter)
    choices = {c.category: c.ticked for c in client_print.handout_choices(store, case.client_id)}
    assert choices == {"Gesundheitsversorgung": False, "Arbeit": True}
    text = _flat(client_print.handout(store, case.client_id, need_ids=[health], printed_at=PRINTED).pdf)
    assert "Gesundheits" in text and "Arbeit" not in text  # (a long word may break in the narrow column)
    assert work


@pytest.fixture
def own_cli_log():
    """The in-process CLI attaches one log file handler per process; take ours off again afterwards
    so a later test's data dir gets its own log (tests/test_at_rest.py checks that one)."""
    log = logging.getLogger("kimdesk")
    before = list(log.handlers)
    yield
    for handler in [h for h in log.handlers if h not in before]:
        log.removeHandler(handler)
        handler.close()


def test_minutes_commands(store, profile, tmp_path, passphrase, own_cli_log):
    case = make_case(store)
    fill_protocol(store, case)
    edit.add_participant(store, case.conference_id, {"name": "محمد حسين", "function": "Dolmetscher (Arabisch)"})
    store.close()
    env = {"KIMDESK_PASSPHRASE": passphrase}
    base = ("--data-dir", profile.data_dir)
    out = tmp_path / "protokoll.pdf"
    res = run(*base, "minutes", "pdf", case.conference_id, "-o", out, env=env)
    assert res.code == 0, res.err
    assert "Protokoll gespeichert" in res.out and out.read_bytes().startswith(b"%PDF")
    assert (out.stat().st_mode & 0o077) == 0  # personal data: private to the user
    assert "Оксана Коваленко" in folded_text(out.read_bytes())
    assert has_text(folded_text(out.read_bytes()), "محمد حسين")  # printed in its own script
    assert "arabische Schrift" not in res.err
    res = run(*base, "minutes", "list", env=env)
    assert res.code == 0 and case.conference_id in res.out and case.case_number in res.out
    res = run(*base, "minutes", "actions", "--client", case.client_id, env=env)
    assert res.code == 0 and "Bescheid erlassen" in res.out
    for cmd in ("consent-form", "handout"):
        target = tmp_path / f"{cmd}.pdf"
        res = run(*base, "minutes", cmd, case.client_id, "-o", target, env=env)
        assert res.code == 0 and target.exists(), res.err
    res = run(*base, "minutes", "organisation", "Stadt Aachen – KIM", env=env)
    assert res.code == 0 and res.out.strip() == "Stadt Aachen – KIM"
    run(*base, "minutes", "pdf", case.conference_id, "-o", out, env=env)
    assert "Stadt Aachen – KIM" in _flat(out.read_bytes())
    # bad input: unknown conference, missing folder
    res = run(*base, "minutes", "pdf", "00000000-0000-4000-8000-000000000000", "-o", tmp_path / "x.pdf", env=env)
    assert res.code == 2 and not (tmp_path / "x.pdf").exists() and res.err.count("\n") == 1
    res = run(*base, "minutes", "pdf", case.conference_id, "-o", tmp_path / "nope" / "x.pdf", env=env)
    assert res.code == 2
