"""The responsibility finder proposes the agency by data rules, not code branches."""

from __future__ import annotations

from kimdesk.services import finder


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
