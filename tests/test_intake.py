"""The intake wizard as a state machine: validation as you type, duplicates, one transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kimdesk.errors import ValidationError
from kimdesk.models import Client, Consent, HouseholdMember, Need, Responsibility
from kimdesk.services.clients_intake import clients
from kimdesk.services.clients_intake.intake import IntakeWizard

JOBCENTER = "8d03f78a-6898-5173-97ee-7d1201703403"
TODAY = date(2025, 3, 1)


def _count(store, cls):
    with store.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(cls))


def test_errors_keep_what_was_typed(store):
    w = IntakeWizard(store, today=TODAY)
    assert w.set("birth_date", "31.02.1990") is not None
    w.set("given_name", "Olena")
    with pytest.raises(ValidationError) as err:
        w.next()
    assert err.value.field == "birth_date" and "Tag" in str(err.value)
    assert w.current == "person" and w.data["given_name"] == "Olena" and w.data["birth_date"] == "31.02.1990"
    assert w.set("birth_date", "1990") is None
    assert w.next() == "household"


def test_name_is_required_and_messages_are_german(store):
    w = IntakeWizard(store, today=TODAY)
    assert w.errors()["given_name"] == "Bitte mindestens Vor- oder Familiennamen angeben."
    assert "Telefonnummer" in w.set("phone", "abc")
    assert w.set("birth_date", "2030") == "Das Datum 2030 liegt in der Zukunft."


def test_full_intake_writes_everything_in_one_transaction(store):
    w = IntakeWizard(store, today=TODAY)
    w.set("given_name", "Olena")
    w.set("family_name", "Shevchenko")
    w.set("birth_date", "1987-05")
    assert w.next() == "household"
    i = w.add_item("members")
    assert w.data["members"][i]["family_name"] == "Shevchenko"
    w.set_item("members", i, "given_name", "Ivan")
    w.set_item("members", i, "birth_date", "2013")
    assert w.next() == "languages"
    w.set("languages", ["Ukrainisch", "Russisch"])
    w.set("interpreter_needed", True)
    assert w.errors() == {"interpreter_language": "Für welche Sprache wird gedolmetscht?"}
    w.set("interpreter_language", "Ukrainisch")
    assert w.next() == "residence"
    w.set("residence_status", "Aufenthaltserlaubnis § 24 AufenthG (vorübergehender Schutz)")
    w.set("municipality", "Aachen")
    assert w.next() == "needs"
    n = w.add_item("needs")
    w.set_item("needs", n, "category", "Existenzsicherung")
    proposal = w.proposal(n)
    assert proposal.agency_id == JOBCENTER
    w.set_item("needs", n, "agency_id", proposal.agency_id)
    assert w.next() == "consents"
    c = w.add_item("consents")
    assert w.errors() == {"consents.0.agency_id": "Bitte die Stelle wählen, die die Einwilligung erhält."}
    w.set_item("consents", c, "agency_id", JOBCENTER)
    assert w.set_item("consents", c, "expires_on", "01.01.2020") is not None
    w.set_item("consents", c, "expires_on", "01.03.2026")
    assert w.next() == "summary" and w.is_last()
    outcome = w.finish()
    assert outcome.created
    with store.session(write=False) as s:
        person = s.get(Client, outcome.client_id)
        assert person.languages == ["Ukrainisch", "Russisch"] and person.interpreter_language == "Ukrainisch"
        assert person.household_id is not None
    assert _count(store, HouseholdMember) == 1 and _count(store, Need) == 1
    assert _count(store, Responsibility) == 1 and _count(store, Consent) == 1
    # the assessment's residence history starts on the day of the intake
    from kimdesk.services.casework import assessment

    with store.connection() as conn:
        history = assessment.residence_history(conn, outcome.client_id)
    assert [(h["status"], h["valid_from"]) for h in history] == [
        ("Aufenthaltserlaubnis § 24 AufenthG (vorübergehender Schutz)", TODAY)]


def test_duplicates_step_appears_for_a_transliterated_name(store):
    existing = clients.create_client(store, {"given_name": "Mohammed", "family_name": "Al-Hassan",
                                             "birth_date": "1990"})
    w = IntakeWizard(store, today=TODAY)
    w.set("given_name", "Muhammad")
    w.set("family_name", "Al Hasan")
    w.set("birth_date", "1990-04-02")
    assert w.next() == "duplicates"
    assert [m.id for m in w.matches] == [existing]
    assert w.next() == "household"  # confirmed: a different person
    w.back()
    w.back()
    assert w.current == "person"
    assert w.next() == "household"  # same data, already confirmed
    outcome = w.open_existing(existing)
    assert not outcome.created and outcome.client_id == existing


def test_back_and_snapshot_restore(store):
    w = IntakeWizard(store, today=TODAY)
    w.set("family_name", "Haile")
    w.next()
    snap = w.snapshot()
    other = IntakeWizard(store, today=TODAY)
    other.restore(snap)
    assert other.current == "household" and other.data["family_name"] == "Haile"
    assert other.back() == "person"
