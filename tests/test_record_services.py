"""Record, contacts, consents, tasks and agencies: every edit through a service, undoable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kimdesk.errors import ValidationError
from kimdesk.models import AuditEntry, Client
from kimdesk.services.clients_intake import agencies, clients, contacts, edits, record
from kimdesk.services.releases import consents
from kimdesk.services.tasks_deadlines import tasks

JOBCENTER = "8d03f78a-6898-5173-97ee-7d1201703403"


def test_update_and_undo_personal_data(store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad", "phone": "0241 1"})
    edit = record.update_client(store, cid, {"phone": "0241 2", "municipality": "Alsdorf"})
    assert record.load(store, cid).client["phone"] == "0241 2"
    edits.undo(store, edit)
    data = record.load(store, cid).client
    assert data["phone"] == "0241 1" and data["municipality"] is None


def test_opening_a_record_is_logged_with_ids_only(store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    record.load(store, cid)
    with store.session(write=False) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "open")).one()
        assert entry.row_id == cid and entry.entity == "client" and entry.fields == ""


def test_household_contacts_consents(store):
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    member = record.add_member(store, cid, {"given_name": "Lina", "family_name": "Haddad", "birth_date": "2015"})
    contacts.add_contact(store, cid, {"place": "Büro", "summary": "Erstgespräch"})
    with pytest.raises(ValidationError):
        contacts.add_contact(store, cid, {"summary": ""})
    consent = consents.add_consent(store, cid, {"agency_id": JOBCENTER, "covers_health": True})
    rec = record.load(store, cid)
    assert [m.given_name for m in rec.household] == ["Lina"] and rec.client["household_id"]
    assert rec.contacts[0].summary == "Erstgespräch"
    assert rec.consents[0].valid_today and rec.consents[0].agency_name.startswith("Jobcenter")
    consents.revoke(store, consent.result)
    assert not record.load(store, cid).consents[0].valid_today
    edits.undo(store, member)
    assert record.load(store, cid).household == []


def test_quick_note_opens_a_minimal_record_for_a_new_name(store):
    edit = contacts.quick_note(store, given_name="Abdi", family_name="Warsame", place="Unterkunft Eschweiler",
                               interpreter="Somali", summary="Fragt nach Sprachkurs")
    rec = record.load(store, edit.result)
    assert rec.client["family_name"] == "Warsame" and rec.contacts[0].kind == "outreach"
    assert rec.contacts[0].interpreter == "Somali"


def test_tasks_overdue_first(store):
    today = date(2025, 3, 10)
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    tasks.add_task(store, cid, {"kind": "follow_up", "title": "später", "due_on": today + timedelta(days=5)})
    tasks.add_task(store, cid, {"kind": "follow_up", "title": "überfällig", "due_on": today - timedelta(days=3)})
    tasks.add_task(store, None, {"title": "zu weit weg", "due_on": today + timedelta(days=90)})
    items = tasks.due_items(store, today=today)
    assert [i.title for i in items] == ["überfällig", "später"]
    assert items[0].overdue and items[0].client_name == "Haddad, Samir"
    tasks.complete(store, "follow_up", items[0].id)
    assert [i.title for i in tasks.due_items(store, today=today)] == ["später"]


def test_agency_catalogue_is_editable(store):
    before = len(agencies.list_agencies(store))
    new = agencies.save(store, None, {"name": "Beratungsstelle Test", "kind": "freier Träger",
                                      "legal_domain": "—", "municipalities": "Aachen, Alsdorf"})
    rows = {a.id: a for a in agencies.list_agencies(store)}
    assert len(rows) == before + 1 and rows[new.result].municipalities == ("Aachen", "Alsdorf")
    with pytest.raises(ValidationError):
        agencies.save(store, new.result, {"name": ""})
    agencies.remove(store, new.result)
    assert len(agencies.list_agencies(store)) == before


def test_client_exists(store):
    cid = clients.create_client(store, {"given_name": "A", "family_name": "B"})
    with store.session(write=False) as s:
        assert s.get(Client, cid) is not None
