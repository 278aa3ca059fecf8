"""Regenerate docs/screenshots/ for conferences: a two-page protocol, consent form, hand-out, the editor,
and two copies of one protocol per office (the Jobcenter's and the immigration office's).

Run ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_conferences.py``. Uses a
throw-away profile with invented people; needs ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
PRINTED = datetime(2025, 6, 23, 9, 12)


def build(store):
    from kimdesk.models import Need, Responsibility
    from kimdesk.services.conferences_minutes import agenda_edit
    from kimdesk.services.clients_intake import catalogue, clients
    from kimdesk.services.admin import print_settings
    from kimdesk.services.conferences_minutes import conference_edit as edit
    from tests.support.conferences import consent

    catalogue.seed_agencies(store)
    print_settings.set_organisation(store, "StädteRegion Aachen – Kommunales Integrationsmanagement")
    with store.session(write=False) as s:
        from sqlalchemy import select

        from kimdesk.models import Agency
        by_kind = {a.name: a.id for a in s.scalars(select(Agency))}
    job = by_kind["Jobcenter StädteRegion Aachen"]
    youth = by_kind["Jugendamt der StädteRegion Aachen"]
    school = by_kind["Schulamt für die StädteRegion Aachen"]
    caritas = by_kind["Caritasverband für die Regionen Aachen-Stadt und Aachen-Land"]
    person = clients.create_client(store, {
        "given_name": "Olena", "family_name": "Kovalenko", "native_name": "Олена Коваленко",
        "birth_date": "1986-04-02", "address": "Jülicher Straße 12, 52070 Aachen", "case_manager": "Anna Weber",
        "interpreter_needed": True, "interpreter_language": "Ukrainisch"})
    for agency in (job, school, caritas):
        consent(store, person, agency, date(2025, 3, 3), expires_on=date(2026, 3, 2))
    with store.session() as s:
        for category, agency, contact in (("Existenzsicherung", job, "Herr Öztürk, Team 3"),
                                          ("Schulplatz", school, "Schulaufsicht Seiteneinstieg"),
                                          ("Integrationskurs", None, None),
                                          ("Migrationsberatung", caritas, "Frau Wiśniewska")):
            need = Need(client_id=person, category=category, status="open", opened_on=date(2025, 3, 3))
            s.add(need)
            s.flush()
            if agency:
                s.add(Responsibility(need_id=need.id, agency_id=agency, status="accepted", contact=contact,
                                     requested_on=date(2025, 3, 4)))
    conf = edit.create_conference(store, {
        "date": date(2025, 6, 18), "starts_at": time(10, 0),
        "place": "Aachen-Arkaden, Besprechungsraum 2.14", "moderator": "Anna Weber",
        "minute_taker": "Jiří Dvořák", "next_date": date(2025, 7, 30)}, client_ids=[person])
    p_job = edit.add_participant(store, conf, {"agency_id": job, "name": "Çağlar Öztürk",
                                               "function": "Arbeitsvermittlung"})
    p_school = edit.add_participant(store, conf, {"agency_id": school, "name": "Dr. Małgorzata Nowak",
                                                  "function": "Schulaufsicht Seiteneinstieg"})
    edit.add_participant(store, conf, {"agency_id": youth, "name": "Zofia Wiśniewska",
                                       "function": "Allgemeiner Sozialer Dienst", "presence": "excused",
                                       "consent_override_reason": "Die Tochter ist minderjährig; das Jugendamt "
                                       "wird nur zur Schulanmeldung gehört. Die Entbindung ist angefragt."})
    edit.add_participant(store, conf, {"name": "Оксана Мельник", "function": "Dolmetscherin (Ukrainisch)"})
    tops = [
        ("Existenzsicherung nach der Anerkennung",
         "Frau Kovalenko hat am 02.06.2025 die Aufenthaltserlaubnis nach § 24 AufenthG erhalten. Die Leistungen "
         "nach dem AsylbLG enden zum 30.06.2025; der Antrag auf Bürgergeld ist gestellt, aber noch nicht "
         "beschieden.\n\nHerr Öztürk sagt eine vorrangige Bearbeitung zu; bis zur Bewilligung darf keine Lücke "
         "entstehen.",
         ["Das Jobcenter entscheidet bis zum 27.06.2025 über den Antrag.",
          "Das KIM informiert die Leistungsbehörde über den Rechtskreiswechsel."],
         [(job, "Çağlar Öztürk", "Bescheid über den Antrag auf Bürgergeld erlassen", date(2025, 6, 27)),
          (None, "Anna Weber", "Leistungsbehörde AsylbLG über den Wechsel informieren", date(2025, 6, 20))], False),
        ("Schulplatz für die Tochter (15 Jahre)",
         "Die Tochter wartet seit März auf einen Platz. Frau Dr. Nowak berichtet, dass an der Gesamtschule "
         "Brand zum 01.08.2025 ein Platz in einer Sprachfördergruppe frei wird.",
         ["Die Schulaufsicht meldet die Tochter an der Gesamtschule Brand an."],
         [(school, "Dr. Małgorzata Nowak", "Anmeldung an der Gesamtschule Brand veranlassen", date(2025, 7, 4))],
         False),
        ("Gesundheitliche Situation",
         "Frau Kovalenko ist in Behandlung; Einzelheiten werden nicht protokolliert.",
         ["Die Migrationsberatung begleitet die Suche nach einer Therapeutin mit Ukrainischkenntnissen."],
         [(caritas, "Frau Wiśniewska", "Kontaktliste ukrainischsprachiger Therapeutinnen übergeben",
           date(2025, 7, 15))], True),
        ("Integrationskurs",
         "Die Zulassung liegt vor; der Kurs beginnt nach der Schulanmeldung der Tochter.",
         ["Die Kursanmeldung erfolgt nach der Schulanmeldung."],
         [], False),
    ]
    items = []
    for title, notes, decisions, actions, flag in tops:
        item = agenda_edit.add_agenda_item(store, conf, {"title": title, "notes": notes,
                                                         "not_for_immigration_office": flag})
        items.append(item)
        for text in decisions:
            agenda_edit.add_decision(store, item, text)
        for agency, who, what, due in actions:
            agenda_edit.add_action(store, item, {"who_agency_id": agency, "who": who, "what": what, "due": due})
    for part in (p_job, p_school):  # they leave for the health TOP their releases do not cover, and come back
        edit.update_participant(store, part, {"left_after_item_id": items[1], "back_from_item_id": items[3]})
    draft = edit.create_conference(store, {"date": date(2025, 7, 30), "starts_at": "14:00",
                                           "place": "Aachen-Arkaden, Besprechungsraum 2.14",
                                           "moderator": "Anna Weber"}, client_ids=[person])
    edit.add_participant(store, draft, {"agency_id": job, "name": "Çağlar Öztürk", "function": "Arbeitsvermittlung"})
    edit.add_participant(store, draft, {"agency_id": youth, "name": "Zofia Wiśniewska", "consent_override_reason":
                                        "Nur zur Schulanmeldung der Tochter; Entbindung ist angefragt."})
    edit.add_participant(store, draft, {"agency_id": caritas, "name": "Frau Wiśniewska",
                                        "function": "Migrationsberatung"})
    with store.session() as s:  # the person withdraws the Caritas release before the next conference
        from sqlalchemy import select as sel

        from kimdesk.models import Consent
        s.scalars(sel(Consent).where(Consent.client_id == person, Consent.agency_id == caritas)).one().revoked_on = (
            date(2025, 7, 1))
    network = edit.create_conference(store, {"kind": "network", "date": date(2025, 9, 10),
                                             "title": "Netzwerktreffen Seiteneinstieg und IFK"})
    edit.finalise(store, conf, now=datetime(2025, 6, 20, 15, 30))
    edit.add_addendum(store, conf, "Korrektur zu TOP 2: Die Gesamtschule Brand hat den Platz bereits zum "
                      "14.07.2025 bestätigt.", author="Jiří Dvořák", on=date(2025, 6, 25))
    return conf, draft, network, person


def build_copies(store):
    """A conference with a doctor's TOP, a benefits, a school and a residence TOP; releases limited by office."""
    from sqlalchemy import select

    from kimdesk.models import Agency
    from kimdesk.services.conferences_minutes import agenda_edit
    from kimdesk.services.clients_intake import clients
    from kimdesk.services.releases import consents
    from kimdesk.services.conferences_minutes import conference_edit as edit

    with store.session(write=False) as s:
        by_name = {a.name: a.id for a in s.scalars(select(Agency))}
    job, school = by_name["Jobcenter StädteRegion Aachen"], by_name["Schulamt für die StädteRegion Aachen"]
    abh, caritas = (by_name["Ausländeramt der StädteRegion Aachen"],
                    by_name["Caritasverband für die Regionen Aachen-Stadt und Aachen-Land"])
    person = clients.create_client(store, {"given_name": "Samir", "family_name": "Darwish",
                                           "birth_date": "2008-02-11", "case_manager": "Anna Weber"})
    for agency, kinds, health in ((job, ["benefits"], False), (school, ["school"], False),
                                  (abh, ["identity", "residence"], False), (caritas, [], True)):
        consents.add_consent(store, person, {"agency_id": agency, "given_on": date(2025, 5, 5), "data_kinds": kinds,
                                             "covers_health": health, "given_by": "guardian"})
    conf = edit.create_conference(store, {
        "date": date(2025, 6, 25), "starts_at": time(9, 30), "place": "Aachen-Arkaden, Besprechungsraum 2.14",
        "moderator": "Anna Weber", "minute_taker": "Jiří Dvořák"}, client_ids=[person])
    tops = {}
    for n, (title, notes, source) in enumerate((
            ("Befund der Hausärztin", "Die Hausärztin berichtet von einer posttraumatischen Belastungsstörung; "
             "eine Traumatherapie ist angeraten.", "doctor"),
            ("Existenzsicherung", "Der Antrag auf Bürgergeld ist gestellt; die Mutter bringt die Kontoauszüge bis "
             "Monatsende.", None),
            ("Schulplatz für den Sohn", "Samir wird an der Gesamtschule Brand in einer Sprachfördergruppe "
             "aufgenommen.", None),
            ("Verlängerung der Aufenthaltserlaubnis", "Der Termin zur Verlängerung ist am 15.07.2025; der Pass "
             "liegt vor.", None)), 1):
        tops[n] = agenda_edit.add_agenda_item(store, conf, {"title": title, "notes": notes, "source": source})
    for top, agency, who, what in ((1, caritas, "Frau Wiśniewska", "Therapieplatz mit Arabischkenntnissen suchen"),
                                   (2, job, "Çağlar Öztürk", "Bescheid über den Antrag auf Bürgergeld erlassen"),
                                   (3, job, "Çağlar Öztürk", "Schulbedarf nach dem Bildungspaket bewilligen"),
                                   (3, school, "Dr. Małgorzata Nowak", "Schulplatz zuweisen"),
                                   (4, abh, "Herr Roth", "Fiktionsbescheinigung ausstellen")):
        agenda_edit.add_action(store, tops[top], {"who_agency_id": agency, "who": who, "what": what,
                                                  "due": date(2025, 7, 10)})
    edit.add_participant(store, conf, {"role": "person", "function": "persönlich, mit seiner Mutter"})
    edit.add_participant(store, conf, {"role": "guardian", "name": "Rana Darwish", "function": "Mutter"})
    edit.add_participant(store, conf, {"role": "interpreter", "name": "Herr Haddad", "function": "Arabisch"})
    edit.add_participant(store, conf, {"agency_id": caritas, "name": "Frau Wiśniewska",
                                       "function": "Migrationsberatung"})
    edit.add_participant(store, conf, {"agency_id": job, "name": "Çağlar Öztürk", "back_from_item_id": tops[2],
                                       "left_after_item_id": tops[3],
                                       "disclosure_reason": "TOP 3 nur wegen des Bildungspakets; auf Wunsch der "
                                                            "Mutter."})
    edit.add_participant(store, conf, {"agency_id": school, "name": "Dr. Małgorzata Nowak",
                                       "back_from_item_id": tops[3], "left_after_item_id": tops[3]})
    edit.add_participant(store, conf, {"agency_id": abh, "name": "Herr Roth", "back_from_item_id": tops[4]})
    edit.finalise(store, conf, now=datetime(2025, 6, 25, 12, 0))
    return conf, job, abh


def pdf_pages(pdf: bytes, stem: str, work: Path, dpi: int = 60) -> list[Path]:
    src = work / f"{stem}.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(src), str(work / stem)], check=True)
    made = []
    for page in sorted(work.glob(f"{stem}-*.png")):
        target = OUT / f"{stem}-page{int(page.stem.rsplit('-', 1)[1])}.png"
        shutil.copyfile(page, target)
        made.append(target)
    return made


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from kimdesk.services.clients_intake import client_print
    from kimdesk.services.conferences_minutes import minutes_print
    from kimdesk.store.profile import Profile, init_profile

    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = init_profile(Profile(work / "data", "shots"), "screenshot passphrase", remember=False)
        conf, draft, _network, person = build(store)
        made = pdf_pages(minutes_print.render_conference(store, conf, printed_at=PRINTED).pdf, "minutes", work)
        made += pdf_pages(minutes_print.render_conference(store, draft, printed_at=PRINTED).pdf, "minutes-draft", work)
        made += pdf_pages(client_print.consent_form(store, person, printed_at=PRINTED).pdf, "consent-form", work)
        made += pdf_pages(client_print.handout(store, person, on=date(2025, 6, 23), printed_at=PRINTED).pdf,
                          "handout", work)
        copies, job, abh = build_copies(store)
        for agency, stem in ((job, "minutes-copy-jobcenter"), (abh, "minutes-copy-immigration-office")):
            copy = minutes_print.prepare_copy(store, copies, agency, on=date(2025, 6, 26))
            made += pdf_pages(minutes_print.render_copy(store, copies, copy, printed_at=PRINTED).pdf, stem, work)
        from kimdesk.ui.conferences.page import ConferencesPage

        page = ConferencesPage(store)
        page.resize(1280, 760)
        page.show()
        page.select(conf)
        for index, name in ((1, "participants"), (2, "agenda")):
            page.editor.tabs.setCurrentIndex(index)
            app.processEvents()
            target = OUT / f"conference-editor-{name}.png"
            page.grab().save(str(target))
            made.append(target)
        page.select(draft)
        for index, name in ((0, "draft"), (1, "draft-participants")):
            page.editor.tabs.setCurrentIndex(index)
            app.processEvents()
            target = OUT / f"conference-editor-{name}.png"
            page.grab().save(str(target))
            made.append(target)
        page.close()
        store.close()
    for path in made:
        print(path.relative_to(ROOT), path.stat().st_size)


if __name__ == "__main__":
    main()
