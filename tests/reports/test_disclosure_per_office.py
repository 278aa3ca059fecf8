"""Every office's copy of the minutes holds exactly what its release covers, plus its own tasks (issue 12).

One conference about a person: TOP 1 a doctor's report (health data), TOP 2 benefits, TOP 3
school, TOP 4 residence. Releases: the Jobcenter for benefits without health data, the school
office for school, the immigration office for identity and residence, a counselling service for
every kind with health data. Each copy is read back from the PDF text.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from kimdesk.errors import ValidationError
from kimdesk.services.conferences_minutes import agenda_edit, minutes_print
from kimdesk.services.clients_intake import clients
from kimdesk.services.releases import consents
from kimdesk.services.conferences_minutes import conference_edit as edit
from kimdesk.services.releases.recipients import Recipient, verdict
from tests.reports.test_client_documents import own_cli_log  # noqa: F401  (fixture)
from tests.support.cli import run
from tests.support.conferences import agency
from tests.support.pdf import pages_text

DAY = date(2025, 6, 18)
ON = date(2025, 6, 20)  # the day the copies are sent

TOPS = {1: ("Befund der Hausärztin", "Diagnose PTBS, Überweisung zur Traumatherapie."),
        2: ("Existenzsicherung", "Der Antrag auf Bürgergeld ist gestellt."),
        3: ("Schulplatz für den Sohn", "Anmeldung an der Gesamtschule Nord."),
        4: ("Verlängerung der Aufenthaltserlaubnis", "Termin bei der Ausländerbehörde im Juli.")}
TASKS = {"counselling": "Therapieplatz vermitteln", "jobcenter": "Bescheid über Bürgergeld erlassen",
         "jobcenter_school": "Schulbedarf nach dem Bildungspaket bewilligen",
         "school": "Schulplatz zuweisen", "abh": "Fiktionsbescheinigung ausstellen"}


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(pages_text(pdf)))


def _conference(store, *, abh_whole_meeting: bool = False):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Darwish"})
    offices = {
        "jobcenter": agency(store, "Jobcenter Test", legal_domain="SGB II"),
        "school": agency(store, "Schulamt Test", legal_domain="SchulG NRW"),
        "abh": agency(store, "Ausländerbehörde Test", legal_domain="AufenthG", is_immigration_office=True),
        "counselling": agency(store, "Beratungsstelle Test", is_public_body=False),
    }
    releases = {"jobcenter": (["benefits"], False), "school": (["school"], False),
                "abh": (["identity", "residence"], False), "counselling": ([], True)}
    for key, (kinds, health) in releases.items():
        consents.add_consent(store, cid, {"agency_id": offices[key], "given_on": date(2025, 5, 2),
                                          "data_kinds": kinds, "covers_health": health})
    conf = edit.create_conference(store, {"date": DAY, "starts_at": "10:00", "place": "Raum 2",
                                          "moderator": "Anna Weber", "minute_taker": "Jan Roth"}, client_ids=[cid])
    tops = {}
    for n, (title, notes) in TOPS.items():
        fields = {"title": title, "notes": notes}
        if n == 1:
            fields["source"] = "doctor"
        tops[n] = agenda_edit.add_agenda_item(store, conf, fields)
    for key, top in (("counselling", 1), ("jobcenter", 2), ("jobcenter_school", 3), ("school", 3), ("abh", 4)):
        office = offices[key.split("_")[0]]
        agenda_edit.add_action(store, tops[top], {"who_agency_id": office, "what": TASKS[key],
                                                  "due": date(2025, 7, 1)})
    edit.add_participant(store, conf, {"role": "person", "function": "persönlich, mit Dolmetscher"})
    edit.add_participant(store, conf, {"role": "interpreter", "name": "Herr Haddad", "function": "Arabisch"})
    edit.add_participant(store, conf, {"agency_id": offices["counselling"], "name": "Frau Kühn"})
    edit.add_participant(store, conf, {"agency_id": offices["jobcenter"], "name": "Herr Jansen",
                                       "back_from_item_id": tops[2], "left_after_item_id": tops[2]})
    edit.add_participant(store, conf, {"agency_id": offices["school"], "name": "Frau Berg",
                                       "back_from_item_id": tops[3], "left_after_item_id": tops[3]})
    abh = {} if abh_whole_meeting else {"back_from_item_id": tops[4]}
    part = edit.add_participant(store, conf, {"agency_id": offices["abh"], "name": "Herr Roth"} | abh)
    return cid, conf, offices, tops, part


# what each office's copy holds: TOPs shown, own tasks, and the omission lines
EXPECTED = {
    "jobcenter": ({2}, ["jobcenter", "jobcenter_school"], [
        "In dieser Ausfertigung nicht enthalten: TOP 1 – Gesundheitsdaten oder Angaben von Ärzt:innen/Therapeut:innen "
        "ohne Entbindung für Gesundheitsdaten (Art. 9 DSGVO, § 76 SGB X).",
        "In dieser Ausfertigung nicht enthalten: TOP 3, TOP 4 – nicht von der Schweigepflichtentbindung umfasst "
        "(§ 67b SGB X)."]),
    "school": ({3}, ["school", "jobcenter_school"], [
        "In dieser Ausfertigung nicht enthalten: TOP 1 – Gesundheitsdaten",
        "In dieser Ausfertigung nicht enthalten: TOP 2, TOP 4 – nicht von der Schweigepflichtentbindung umfasst "
        "(§ 67b SGB X)."]),
    "abh": ({4}, ["abh"], [
        "In dieser Ausfertigung nicht enthalten: TOP 1 – als „nicht für die Ausländerbehörde“ gekennzeichnet; an die "
        "Ausländerbehörde nur in den gesetzlich geregelten Fällen (§ 71 Abs. 2 SGB X, § 88 AufenthG).",
        "In dieser Ausfertigung nicht enthalten: TOP 2, TOP 3 – nicht von der Schweigepflichtentbindung umfasst "
        "(§ 67b SGB X)."]),
    "counselling": ({1, 2, 3, 4}, list(TASKS), []),
}


def _check_copy(text: str, office: str) -> None:
    shown, tasks, lines = EXPECTED[office]
    for n, (title, notes) in TOPS.items():
        assert (title in text) == (n in shown), (office, title)
        assert (notes in text) == (n in shown), (office, notes)
    for key, task in TASKS.items():
        assert (task in text) == (key in tasks), (office, task)
    for line in lines:
        assert line in text, (office, line)
    if not lines:
        assert "nicht enthalten" not in text
    assert "Es wurden keine Aufgaben vereinbart" not in text
    assert " nie " not in text  # the law has exceptions: never "nie"


def test_each_office_copy_holds_exactly_what_its_release_covers_and_its_own_tasks(store):
    _cid, conf, offices, _tops, _part = _conference(store)
    copies = {c.agency_id: c for c in minutes_print.prepare_distribution(store, conf, on=ON)}
    assert set(copies) == set(offices.values())
    for office, agency_id in offices.items():
        copy = copies[agency_id]
        assert copy.allowed, copy.refusal
        text = _flat(minutes_print.render_copy(store, conf, copy).pdf)
        assert f"Ausfertigung für {copy.recipient}" in text
        _check_copy(text, office)
    # the team's own file copy is complete
    full = _flat(minutes_print.render_conference(store, conf).pdf)
    assert all(title in full for title, _ in TOPS.values()) and "nicht enthalten" not in full
    # attendance per TOP and the roles of the person and the interpreter are printed
    assert "nur bei TOP 2 anwesend" in full and "Ausländerbehörde Test ab TOP 4 anwesend liegt vor" in full
    assert "betroffene Person persönlich, mit Dolmetscher" in full and "Dolmetscher:in Arabisch" in full


def test_a_copy_without_tasks_for_its_office_does_not_claim_none_were_agreed(store):
    cid, conf, _offices, _tops, _part = _conference(store)
    housing = agency(store, "Wohnungsamt Test")
    consents.add_consent(store, cid, {"agency_id": housing, "given_on": date(2025, 5, 2), "data_kinds": ["housing"]})
    text = _flat(minutes_print.render_copy(store, conf, minutes_print.prepare_copy(store, conf, housing, on=ON)).pdf)
    assert not any(title in text for title, _ in TOPS.values())
    assert "In dieser Ausfertigung nicht enthalten: TOP 2, TOP 3, TOP 4 – nicht von der" in text
    assert "Es wurden keine Aufgaben vereinbart" not in text
    assert "Diese Ausfertigung enthält keine Aufgaben für die empfangende Stelle" in text


def test_the_rule_names_the_reason_for_each_office(store):
    cid, _conf, offices, _tops, _part = _conference(store)
    with store.connection() as conn:
        from kimdesk.services.clients_intake import exchange

        rows = [c for c in exchange.export_conn(conn)["consents"] if c["client_id"] == cid]
    releases = {cid: rows}
    doctor = {"data_kind": None, "health": True, "source": "doctor", "not_for_immigration_office": True}
    school = {"data_kind": "school", "health": False, "source": None}
    unknown = {"data_kind": None, "health": False, "source": None}
    jc = Recipient("Jobcenter", offices["jobcenter"])
    abh = Recipient("ABH", offices["abh"], True)
    counselling = Recipient("Beratung", offices["counselling"])
    assert verdict(doctor, jc, releases, ON).reason == "health"
    assert verdict(doctor, abh, releases, ON).reason == "mark"
    assert verdict(doctor, counselling, releases, ON).included
    assert verdict(school, jc, releases, ON).reason == "kinds"
    assert verdict(unknown, jc, releases, ON).reason == "kinds"  # no kind: only an unlimited release covers it
    assert verdict(unknown, counselling, releases, ON).included
    # a therapist's content without the health flag still needs a health release (§ 76 SGB X)
    therapist = {"data_kind": "family", "health": False, "source": "therapist"}
    assert verdict(therapist, counselling, releases, ON).included
    assert verdict(therapist | {"data_kind": "benefits"}, jc, releases, ON).reason == "health"
    assert verdict(doctor, Recipient("Team"), releases, ON).included  # no office: the full document


def test_minutes_pdf_recipient_and_distribution_use_the_same_rule(store, profile, tmp_path, passphrase,
                                                                   own_cli_log):  # noqa: F811
    _cid, conf, offices, _tops, _part = _conference(store)
    store.close()
    env = {"KIMDESK_PASSPHRASE": passphrase}
    base = ("--data-dir", profile.data_dir)
    for office, agency_id in offices.items():
        out = tmp_path / f"{office}.pdf"
        res = run(*base, "minutes", "pdf", conf, "--recipient", agency_id, "-o", out, env=env)
        assert res.code == 0, res.err
        _check_copy(_flat(out.read_bytes()), office)
        assert ("In der Ausfertigung für" in res.err) == (office != "counselling")
    folder = tmp_path / "verteiler"
    folder.mkdir()
    res = run(*base, "minutes", "pdf", conf, "--distribution", folder, env=env)
    assert res.code == 0, res.err
    written = sorted(folder.iterdir())
    assert [p.name for p in written] == [
        "Protokoll_2025-06-18_01_Beratungsstelle-Test.pdf", "Protokoll_2025-06-18_02_Jobcenter-Test.pdf",
        "Protokoll_2025-06-18_03_Schulamt-Test.pdf", "Protokoll_2025-06-18_04_Auslanderbehorde-Test.pdf"]
    for path, office in zip(written, ["counselling", "jobcenter", "school", "abh"]):
        _check_copy(_flat(path.read_bytes()), office)
    # bad ids: one German line, exit 2, nothing written
    bad = tmp_path / "bad.pdf"
    for args in (("--recipient", "not-an-id"), ("--recipient", "0190a1b2-0000-7000-8000-000000000000")):
        res = run(*base, "minutes", "pdf", conf, *args, "-o", bad, env=env)
        assert res.code == 2 and not bad.exists() and len(res.err.strip().splitlines()) == 1, res.err
        assert "interner Fehler" not in res.err
    res = run(*base, "minutes", "pdf", "0190a1b2-0000-7000-8000-000000000000", "--distribution", folder, env=env)
    assert res.code == 2 and len(res.err.strip().splitlines()) == 1 and len(list(folder.iterdir())) == 4


def test_an_immigration_office_present_at_a_health_top_needs_a_recorded_reason_to_finalise(store):
    _cid, conf, _offices, _tops, part = _conference(store, abh_whole_meeting=True)
    with pytest.raises(ValidationError) as err:
        edit.finalise(store, conf)
    assert ("„Ausländerbehörde Test“ war bei TOP 1, TOP 2, TOP 3 anwesend, ohne dass ihre Schweigepflichtentbindung "
            "diese Inhalte umfasst; bitte die Begründung vermerken.") in str(err.value)
    with store.session(write=False) as s:
        from kimdesk.models import Conference

        assert s.get(Conference, conf).status == "draft"  # nothing changed
    reason = "Die Person wünschte ausdrücklich die Anwesenheit während der ganzen Sitzung."
    edit.update_participant(store, part, {"disclosure_reason": reason})
    edit.finalise(store, conf)
    text = _flat(minutes_print.render_conference(store, conf).pdf)
    assert "Anwesenheit bei nicht umfassten TOPs" in text and reason in text
    own = minutes_print.prepare_copy(store, conf, _offices["abh"], on=ON)
    assert reason in _flat(minutes_print.render_copy(store, conf, own).pdf)
    other = minutes_print.prepare_copy(store, conf, _offices["jobcenter"], on=ON)
    assert reason not in _flat(minutes_print.render_copy(store, conf, other).pdf)  # another office's reason


def test_attendance_names_tops_of_this_conference_and_roles_take_part_without_an_office(store):
    _cid, conf, offices, _tops, part = _conference(store)
    with pytest.raises(ValidationError):
        edit.update_participant(store, part, {"left_after_item_id": "0190a1b2-0000-7000-8000-000000000000"})
    with pytest.raises(ValidationError):
        edit.add_participant(store, conf, {"agency_id": offices["jobcenter"], "role": "guardian"})
    with pytest.raises(ValidationError):
        edit.add_participant(store, conf, {"role": "aunt"})


def test_an_oral_health_release_needs_its_reason_and_every_copy_relying_on_it_says_so(store):
    cid, conf, offices, _tops, _part = _conference(store)
    caritas = agency(store, "Caritas Test", is_public_body=False)
    with pytest.raises(ValidationError) as err:
        consents.add_consent(store, cid, {"agency_id": caritas, "given_on": date(2025, 5, 2), "form": "oral",
                                          "covers_health": True})
    assert err.value.field == "oral_reason"
    consents.add_consent(store, cid, {"agency_id": caritas, "given_on": date(2025, 5, 2), "form": "oral",
                                      "covers_health": True,
                                      "oral_reason": "Person im Krankenhaus, schriftlich nicht möglich."})
    copy = minutes_print.prepare_copy(store, conf, caritas, on=ON)
    text = _flat(minutes_print.render_copy(store, conf, copy).pdf)
    assert "Befund der Hausärztin" in text
    assert "mündlich erteilten Schweigepflichtentbindung" in text and "§ 67b Abs. 2 S. 2 SGB X" in text
    # a copy that holds no health data does not rely on it
    jc = _flat(minutes_print.render_copy(store, conf, minutes_print.prepare_copy(
        store, conf, offices["counselling"], on=ON)).pdf)
    assert "mündlich erteilten" not in jc


def test_a_network_meeting_about_nobody_is_not_filtered_and_finalises(store):
    office = agency(store, "Jobcenter Test")
    conf = edit.create_conference(store, {"kind": "network", "date": DAY, "moderator": "Anna Weber",
                                          "minute_taker": "Jan Roth", "title": "Netzwerktreffen Seiteneinstieg"})
    agenda_edit.add_agenda_item(store, conf, {"title": "Schulplätze in der Region"})
    edit.add_participant(store, conf, {"agency_id": office, "name": "Herr Jansen"})
    edit.finalise(store, conf)
    [copy] = minutes_print.prepare_distribution(store, conf, on=ON)
    text = _flat(minutes_print.render_copy(store, conf, copy).pdf)
    assert "Schulplätze in der Region" in text and "nicht enthalten" not in text
