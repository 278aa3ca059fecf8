"""The person's appointments: validated, in the record, erased with the person, through the exchange format."""

from __future__ import annotations

import json
from datetime import date, time

import pytest

from kimdesk.errors import ValidationError
from kimdesk.models import Appointment
from kimdesk.services.clients_intake import agencies, appointments, exchange, record
from tests.support.cycle import person


def test_appointments_round_trip_through_export_and_import_with_opening_hours(store, make_store):
    cid = person(store, given_name="Mina", family_name="Rezaei")
    office = agencies.save(store, None, {"name": "Jobcenter Test", "opening_hours": "Mo–Fr 8–12 Uhr"}).result
    appointments.add_appointment(store, cid, {"on": "2026-03-17", "at": "10:30", "place": "Raum 3.12",
                                              "with_whom": "Frau Öztürk", "agency_id": office,
                                              "note": "Pass mitbringen"})
    with store.connection() as conn:
        doc = exchange.export_conn(conn)
    assert [{k: v for k, v in a.items() if k != "id"} for a in doc["appointments"]] == [
        {"client_id": cid, "on": "2026-03-17", "time": "10:30", "place": "Raum 3.12", "with_whom": "Frau Öztürk",
         "agency_id": office, "note": "Pass mitbringen"}]
    assert next(a for a in doc["agencies"] if a["id"] == office)["opening_hours"] == "Mo–Fr 8–12 Uhr"
    other = make_store("other")
    exchange.import_document(other, json.loads(json.dumps(doc)))
    exchange.import_document(other, doc)  # twice: nothing duplicated
    with other.connection() as conn:
        again = exchange.export_conn(conn)
        assert len(conn.execute(Appointment.__table__.select()).all()) == 1
    assert again["appointments"] == doc["appointments"]
    old = {k: v for k, v in doc.items() if k != "appointments"}  # an older file without appointments
    exchange.import_document(make_store("older"), old)


def test_appointment_needs_a_date_and_a_real_time_and_shows_in_the_record(store):
    cid = person(store)
    with pytest.raises(ValidationError, match="Datum"):
        appointments.add_appointment(store, cid, {"place": "Rathaus"})
    with pytest.raises(ValidationError):
        appointments.add_appointment(store, cid, {"on": "2026-03-17", "at": "25:00"})
    appointments.add_appointment(store, cid, {"on": "2026-03-17", "at": "9"})
    rec = record.load(store, cid, log=False)
    assert [(a.on, a.at) for a in rec.appointments] == [(date(2026, 3, 17), time(9, 0))]
    appointments.remove_appointment(store, rec.appointments[0].id)
    assert record.load(store, cid, log=False).appointments == []


@pytest.mark.parametrize("item, fragment", [({"on": "17.03.2026"}, "appointments[0].on"),
                                            ({"on": "2026-03-17", "time": "25:61"}, "appointments[0].time")])
def test_a_bad_appointment_in_a_file_is_refused_naming_the_field(store, item, fragment):
    cid = person(store)
    doc = {"format": "kimdesk-export", "version": 1,
           "appointments": [{"id": "5b0a8a52-0b5b-4a3e-9d55-0000000000a1", "client_id": cid, **item}]}
    with pytest.raises(ValidationError, match=fragment.replace(".", r"\.").replace("[", r"\[")):
        exchange.import_document(store, doc)
