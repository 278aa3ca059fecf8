"""Consent answers at once; copies for the Ausländerbehörde leave marked content out."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
import time_machine

from kimdesk.models import AgendaItem, CounsellingContact, Need, Participant
from kimdesk.services.clients_intake import access, exchange
from kimdesk.services.releases import consents, content_marks
from kimdesk.store import audit
from kimdesk.services.releases.recipients import Recipient, copies_for, copy_for, strip_marked
from tests.support.cycle import agency, conference_with_action, person

TODAY = date(2026, 3, 10)
ABH = "Ausländeramt der StädteRegion Aachen"
JC = "Jobcenter StädteRegion Aachen"


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime(2026, 3, 10, 9, 0), tick=False):
        yield


def test_may_receive_answers_each_case(store):
    cid = person(store)
    jc, so, ju = agency(store, JC), agency(store, "Sozialamt Aachen"), agency(store, "Jugendamt Aachen")
    consents.add_consent(store, cid, {"agency_id": jc, "given_on": "2026-01-01", "data_kinds": ["benefits", "work"]}).result
    expired = consents.add_consent(store, cid, {"agency_id": so, "given_on": "2025-01-01", "expires_on": "2026-01-31"}).result
    consents.add_consent(store, cid, {"agency_id": ju, "given_on": "2026-01-01", "recipient_person": "Frau Adler"}).result
    abh = agency(store, ABH)
    with store.connection() as conn:
        ok = consents.may_receive(conn, cid, jc, TODAY, kinds=["benefits"])
        assert ok.allowed and ok.reason("Jobcenter").startswith("Die Schweigepflichtentbindung vom 01.01.2026")
        assert consents.may_receive(conn, cid, jc, TODAY, kinds=["school"]).code == "kinds"
        assert consents.may_receive(conn, cid, jc, TODAY, health=True).code == "health"
        assert consents.may_receive(conn, cid, jc, date(2025, 12, 31)).code == "not_yet"
        gone = consents.may_receive(conn, cid, so, TODAY)
        assert (gone.allowed, gone.code, gone.consent_id) == (False, "expired", expired)
        assert "am 31.01.2026 abgelaufen" in gone.reason("Sozialamt Aachen")
        assert consents.may_receive(conn, cid, abh, TODAY).code == "none"
        assert consents.may_receive(conn, cid, ju, TODAY, person="frau adler ").allowed
        assert consents.may_receive(conn, cid, ju, TODAY, person="Herr Beck").code == "person"


def test_withdrawal_blocks_conference_participation_at_once(store):
    cid = person(store)
    jc = agency(store, JC)
    given = consents.add_consent(store, cid, {"agency_id": jc, "given_on": "2026-01-01"}).result
    conf, _action = conference_with_action(store, cid, date(2026, 3, 17), agency_id=jc)  # next week
    with store.session() as s:
        s.add(Participant(conference_id=conf, agency_id=jc, name="Herr Jansen", presence="present"))
        s.add(Participant(conference_id=conf, name="Dolmetscherin", presence="present"))
    with store.connection() as conn:
        assert [c.allowed for c in consents.participation(conn, conf)] == [True, True]
    consents.revoke(store, given)  # today
    with store.connection() as conn:
        checks = consents.participation(conn, conf)
    office = next(c for c in checks if c.agency_id == jc)
    assert not office.allowed and office.refused_for == (cid,)
    assert "am 10.03.2026 widerrufen" in office.reason
    assert next(c for c in checks if c.agency_id is None).allowed  # the interpreter needs no release


def _conference_document(store):
    """A conference with one health item (from a doctor) and one ordinary item, as exported."""
    cid = person(store, given_name="Amal", family_name="Haddad")
    conf, _ = conference_with_action(store, cid, date(2026, 3, 12))
    with store.session() as s:
        health = AgendaItem(conference_id=conf, position=1, title="Gesundheit", notes="Befund der Hausärztin")
        content_marks.set_source(health, "doctor")
        s.add(health)
        s.add(AgendaItem(conference_id=conf, position=2, title="Wohnen", notes="Wohnungssuche läuft"))
    with store.connection() as conn:
        doc = exchange.export_conn(conn)
    [conference] = doc["conferences"]
    return cid, conference, doc


def test_copy_for_the_immigration_office_lacks_marked_content_others_have_it(store):
    cid, conference, doc = _conference_document(store)
    abh, jc = agency(store, ABH), agency(store, JC)
    for office in (abh, jc):  # both releases cover health data: the mark alone keeps it from the ABH
        consents.add_consent(store, cid, {"agency_id": office, "given_on": "2026-01-01", "covers_health": True})
    with store.connection() as conn:
        doc = exchange.export_conn(conn)
    agencies = {a["id"]: a for a in doc["agencies"]}
    recipients = [Recipient.from_agency(agencies[abh]), Recipient.from_agency(agencies[jc]), Recipient("Team KIM")]
    for_abh, for_jc, for_team = copies_for(conference, recipients, doc["consents"], TODAY)
    titles = [[item["title"] for item in c.document["agenda"]] for c in (for_abh, for_jc, for_team)]
    assert titles[0] == ["Nächste Schritte", "Wohnen"]
    assert titles[1] == titles[2] == ["Nächste Schritte", "Gesundheit", "Wohnen"]
    assert "Hausärztin" not in json.dumps(for_abh.document, ensure_ascii=False)
    assert "Hausärztin" in json.dumps(for_jc.document, ensure_ascii=False)
    assert for_abh.removed == 1 and for_jc.explanation is None
    assert for_abh.explanation == (f"In der Ausfertigung für {ABH} fehlt ein Inhalt: als „nicht für die "
                                   "Ausländerbehörde“ gekennzeichnet; an die Ausländerbehörde nur in den gesetzlich "
                                   "geregelten Fällen (§ 71 Abs. 2 SGB X, § 88 AufenthG).")
    assert for_abh.withheld == ((conference["agenda"][1]["id"], "mark"),)
    assert conference["agenda"][1]["title"] == "Gesundheit"  # the original is untouched


def test_no_covering_consent_refuses_the_copy_with_one_sentence(store):
    cid, conference, doc = _conference_document(store)
    abh = agency(store, ABH)
    with store.connection() as conn:
        number = exchange.export_clients(conn, [cid])[0]["case_number"]
    abh_dict = next(a for a in doc["agencies"] if a["id"] == abh)
    refused = copy_for(conference, Recipient.from_agency(abh_dict), doc["consents"], TODAY,
                       case_numbers={cid: number})
    assert not refused.allowed and refused.document is None
    assert refused.explanation == (f"Keine Kopie für {ABH}: Für Fall {number} fehlt eine gültige "
                                   "Schweigepflichtentbindung gegenüber dieser Stelle (keine erteilt).")
    # a release that was withdrawn yesterday allows nothing either
    consents.revoke(store, consents.add_consent(store, cid, {"agency_id": abh, "given_on": "2025-01-01"}).result,
                      date(2026, 3, 9))
    with store.connection() as conn:
        fresh = exchange.export_conn(conn)
    again = copy_for(conference, Recipient.from_agency(abh_dict), fresh["consents"], TODAY)
    assert not again.allowed and "widerrufen am 09.03.2026" in again.explanation


def test_doctor_and_therapist_content_is_marked_by_default(store):
    cid = person(store)
    with store.session() as s:
        need = Need(client_id=cid, category="Gesundheitsversorgung")
        content_marks.set_source(need, "therapist")
        note = CounsellingContact(client_id=cid, on=TODAY, summary="Gespräch")
        content_marks.set_source(note, "person")
        s.add_all([need, note])
    assert need.not_for_immigration_office is True and note.not_for_immigration_office is False
    # an import naming a medical source is marked unless the file says otherwise
    doc = {"format": "kimdesk-export", "version": 1, "clients": [
        {"id": cid, "needs": [{"id": "4b1c7a3e-1111-4a3e-9d55-000000000001", "category": "Gesundheitsversorgung",
                               "status": "open", "source": "doctor"},
                              {"id": "4b1c7a3e-1111-4a3e-9d55-000000000002", "category": "Gesundheitsversorgung",
                               "status": "open", "source": "doctor", "not_for_immigration_office": False}]}]}
    exchange.import_document(store, doc)
    with store.connection() as conn:
        [client] = exchange.export_clients(conn, [cid])
    marks = {n["id"][-1]: n["not_for_immigration_office"] for n in client["needs"] if n["source"] == "doctor"}
    assert marks == {"1": True, "2": False}
    stripped, removed = strip_marked(client)
    assert removed == 2 and [n["source"] for n in stripped["needs"]] == ["doctor"]


def test_access_record_logs_who_opened_a_record_with_ids_only(store):
    cid = person(store, given_name="Yonas", family_name="Habte")
    access.record_open(store, cid, actor="cm-berg")
    access.record_open(store, cid, actor="cm-ost")
    other = person(store)
    access.record_open(store, other)
    with store.connection() as conn:
        seen = access.opened(conn, cid)
        assert audit.verify(conn).ok
        from sqlalchemy import select

        from kimdesk.models import AuditEntry
        rows = conn.execute(select(AuditEntry.__table__).where(AuditEntry.__table__.c.action == "open")).all()
    assert [a.actor for a in seen] == ["cm-ost", "cm-berg"] and all(a.device == store.device_id for a in seen)
    assert len(rows) == 3 and "Habte" not in json.dumps([dict(r._mapping) for r in rows])


def test_set_disclosure_changes_plan_goals_and_measures_and_undoes(store):
    from kimdesk.errors import ValidationError
    from kimdesk.models import PlanGoal, PlanMeasure
    from kimdesk.services.clients_intake import clients, edits
    from kimdesk.services.releases import content_marks
    from kimdesk.services.casework import plans

    cid = clients.create_client(store, {"given_name": "Lina", "family_name": "Kaya"})
    plan = plans.create_plan(store, cid)
    goal = plans.add_goal(store, plan, "Eine eigene Wohnung")
    measure = plans.add_measure(store, goal, "Wohnungsbesichtigung", who="Lina")
    edit = content_marks.set_disclosure(store, "plan_goal", goal, "family", True)
    content_marks.set_disclosure(store, "plan_measure", measure, "benefits", False)
    with store.session(write=False) as s:
        assert (s.get(PlanGoal, goal).data_kind, s.get(PlanGoal, goal).health) == ("family", True)
        assert (s.get(PlanMeasure, measure).data_kind, s.get(PlanMeasure, measure).health) == ("benefits", False)
    edits.undo(store, edit)
    with store.session(write=False) as s:
        assert (s.get(PlanGoal, goal).data_kind, s.get(PlanGoal, goal).health) == ("housing", False)
    with pytest.raises(ValidationError):
        content_marks.set_disclosure(store, "plan_goal", goal, "weather", False)
    with pytest.raises(ValidationError):
        content_marks.set_disclosure(store, "case_plan", plan, "family", False)
