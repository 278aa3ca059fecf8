"""The responsibility finder proposes the agency by data rules, not code branches."""

from __future__ import annotations

from datetime import date

from kimdesk.services.clients_intake import finder


def _agencies(store):
    return finder.load_agencies(store)


def test_income_for_recognised_refugee_is_jobcenter(store):
    p = finder.propose(_agencies(store), "Existenzsicherung", municipality="Eschweiler", age=34,
                       residence_status="Aufenthaltserlaubnis")
    assert p.legal_domain == "SGB II" and p.agency_name.startswith("Jobcenter")


def test_income_for_asylum_seeker_is_the_local_asylblg_office(store):
    p = finder.propose(_agencies(store), "Existenzsicherung", municipality="Eschweiler", age=34,
                       residence_status="Aufenthaltsgestattung")
    assert p.legal_domain == "AsylbLG" and p.agency_name == "Leistungsbehörde AsylbLG Eschweiler"
    assert p.serves_municipality


def test_school_place_for_a_twelve_year_old_is_schulamt(store):
    p = finder.propose(_agencies(store), "Schulplatz", municipality="Stolberg", age=12, residence_status="Duldung")
    assert p.legal_domain == "SchulG NRW" and p.agency_name.startswith("Schulamt")


def test_temporary_protection_gets_sgb2_and_childcare_goes_to_local_youth_office(store):
    p = finder.propose(_agencies(store), "Existenzsicherung", municipality="Aachen", age=40,
                       residence_status="Aufenthaltserlaubnis § 24 AufenthG (vorübergehender Schutz)")
    assert p.legal_domain == "SGB II"
    kita = finder.propose(_agencies(store), "Kita-Platz", municipality="Aachen", age=3)
    assert kita.agency_name == "Jugendamt Aachen"


def test_rules_are_data(store, monkeypatch):
    data = finder.rules()
    assert all("need" in r and "legal_domain" in r for r in data["rules"])
    patched = {"status_groups": data["status_groups"],
               "rules": [{"need": "Existenzsicherung", "legal_domain": "SGB XII", "agency_kinds": ["Sozialamt"]}]}
    monkeypatch.setattr(finder, "rules", lambda: patched)
    p = finder.propose(_agencies(store), "Existenzsicherung", municipality="Aachen", age=30,
                       residence_status="Aufenthaltserlaubnis")
    assert p.legal_domain == "SGB XII" and p.agency_name == "Sozialamt Aachen"


def test_unknown_category_gives_no_proposal(store):
    assert finder.propose(_agencies(store), "Etwas ganz anderes", municipality="Aachen") is None


# -- legal corrections (issue 12) ------------------------------------------------------------
def test_25_5_permit_within_18_months_of_suspension_is_asylblg(store):
    """§ 1 Abs. 1 Nr. 3 c AsylbLG: AsylbLG while the suspension is younger than 18 months, then SGB II."""
    today = date(2026, 3, 10)
    ask = dict(municipality="Eschweiler", age=30, residence_status="Aufenthaltserlaubnis",
               residence_paragraph="§ 25 Abs. 5 AufenthG", today=today)
    young = finder.propose(_agencies(store), "Existenzsicherung", suspended_since=date(2025, 1, 1), **ask)
    assert young.legal_domain == "AsylbLG" and young.agency_name == "Leistungsbehörde AsylbLG Eschweiler"
    assert young.basis == "§ 1 Abs. 1 Nr. 3 c AsylbLG" and not young.check
    health = finder.propose(_agencies(store), "Gesundheitsversorgung", suspended_since=date(2025, 1, 1), **ask)
    assert health.legal_domain == "AsylbLG"
    # 18 months after 2024-09-10 is 2026-03-10: from that day on the Jobcenter
    old = finder.propose(_agencies(store), "Existenzsicherung", suspended_since=date(2024, 9, 10), **ask)
    assert old.legal_domain == "SGB II" and old.agency_name.startswith("Jobcenter")
    unknown = finder.propose(_agencies(store), "Existenzsicherung", **ask)
    assert unknown.legal_domain == "AsylbLG" and "seit wann ist die Abschiebung ausgesetzt" in unknown.check
    other = finder.propose(_agencies(store), "Existenzsicherung", municipality="Eschweiler", age=30,
                           residence_status="Aufenthaltserlaubnis", residence_paragraph="§ 25 Abs. 2 AufenthG")
    assert other.legal_domain == "SGB II" and not other.check


def test_paragraph_matching_is_tolerant_but_exact():
    assert finder.paragraph_is("§25 Abs.5", "§ 25 Abs. 5 AufenthG")
    assert finder.paragraph_is("§ 25 Abs. 5 Satz 1 AufenthG", "§ 25 Abs. 5 AufenthG")
    assert not finder.paragraph_is("§ 25 Abs. 50", "§ 25 Abs. 5 AufenthG")
    assert not finder.paragraph_is(None, "§ 25 Abs. 5 AufenthG")


def test_eu_citizen_is_proposed_to_check_with_the_reason(store):
    p = finder.propose(_agencies(store), "Existenzsicherung", municipality="Aachen", age=35,
                       residence_status="EU-Bürger:in (Freizügigkeit)")
    assert p.legal_domain == "SGB II" and p.basis == "§ 7 Abs. 1 S. 2 Nr. 1, 2 SGB II"
    assert p.check.startswith("prüfen:") and "ersten drei Monaten" in p.check and "Arbeitsuche" in p.check
    assert p.check in p.explanation


def test_help_for_young_adults_is_section_41_not_27(store):
    at = {"municipality": "Aachen", "residence_status": "Aufenthaltserlaubnis"}
    child = finder.propose(_agencies(store), "Hilfen zur Erziehung", age=16, **at)
    assert child.basis == "§ 27 SGB VIII" and child.agency_name == "Jugendamt Aachen"
    for age in (18, 20):
        adult = finder.propose(_agencies(store), "Hilfen zur Erziehung", age=age, **at)
        assert adult.basis == "§ 41 SGB VIII" and adult.agency_name == "Jugendamt Aachen" and not adult.check
        assert "§ 36b SGB VIII" in adult.explanation
    beyond = finder.propose(_agencies(store), "Hilfen zur Erziehung", age=22, **at)
    assert beyond.basis == "§ 41 Abs. 1 S. 2 SGB VIII" and "begründeten Einzelfällen" in beyond.check
    unknown = finder.propose(_agencies(store), "Hilfen zur Erziehung", **at)
    assert unknown.check and unknown.legal_domain == "SGB VIII"


def test_recognition_of_qualifications_goes_to_the_recognition_bodies(store):
    p = finder.propose(_agencies(store), "Anerkennung ausländischer Abschlüsse", municipality="Alsdorf", age=31,
                       residence_status="Aufenthaltserlaubnis")
    assert p.legal_domain == "BQFG / BQFG NRW" and p.basis == "§ 2 BQFG, § 2 BQFG NRW"
    assert "Agentur" not in p.agency_name and p.agency_name.startswith("Anerkennungsberatung")
    assert "Kammer" in p.explanation and "Bezirksregierung" in p.explanation


def test_accommodation_of_an_asylum_seeker_is_the_municipalitys_duty(store):
    p = finder.propose(_agencies(store), "Wohnung", municipality="Stolberg", age=28,
                       residence_status="Aufenthaltsgestattung")
    assert p.legal_domain == "FlüAG NRW" and p.basis == "§ 1 Abs. 1 FlüAG NRW"
    assert p.agency_name == "Leistungsbehörde AsylbLG Stolberg" and p.serves_municipality
    assert "Gemeinde" in p.explanation
    housing = finder.propose(_agencies(store), "Wohnung", municipality="Stolberg", age=28,
                             residence_status="Niederlassungserlaubnis")
    assert housing.legal_domain == "WFNG NRW" and housing.agency_name == "Wohngeldstelle Stolberg"


def test_proposal_for_a_client_reads_paragraph_and_suspension(store):
    from kimdesk.services.clients_intake import clients

    cid = clients.create_client(store, {"given_name": "A", "family_name": "B", "birth_date": "1990-01-01",
                                        "municipality": "Aachen", "residence_status": "Aufenthaltserlaubnis",
                                        "residence_paragraph": "§ 25 Abs. 5 AufenthG",
                                        "suspended_since": "2025-12-01"})
    p = finder.propose_for_client(store, cid, "Existenzsicherung", today=date(2026, 3, 10))
    assert p.legal_domain == "AsylbLG" and p.agency_name == "Leistungsbehörde AsylbLG Aachen"
    assert finder.propose_for_client(store, cid, "Existenzsicherung", today=date(2027, 6, 1)).legal_domain == "SGB II"


def test_a_recorded_duldung_dates_the_suspension_for_the_finder(store):
    from kimdesk.services.casework import assessment
    from kimdesk.services.clients_intake import clients, record

    cid = clients.create_client(store, {"given_name": "A", "family_name": "B", "birth_date": "1990-01-01",
                                        "municipality": "Aachen"})
    assessment.record_residence(store, cid, "Duldung", "2025-05-01", paragraph="§ 60a AufenthG")
    assessment.record_residence(store, cid, "Aufenthaltserlaubnis", "2026-01-15", paragraph="§ 25 Abs. 5 AufenthG")
    assert record.load(store, cid, log=False).client["suspended_since"] == date(2025, 5, 1)
    assert finder.propose_for_client(store, cid, "Existenzsicherung", today=date(2026, 3, 10)).legal_domain == "AsylbLG"
    assert finder.propose_for_client(store, cid, "Existenzsicherung", today=date(2026, 11, 1)).legal_domain == "SGB II"
    # an earlier date typed by the team stays; a later Duldung does not move it
    record.update_client(store, cid, {"suspended_since": "2024-12-01"})
    assessment.record_residence(store, cid, "Duldung", "2026-02-01")
    assert record.load(store, cid, log=False).client["suspended_since"] == date(2024, 12, 1)
