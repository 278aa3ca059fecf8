"""Whose data a change touched: the one change signal names the person behind every changed row."""

from __future__ import annotations

from datetime import date

from kimdesk.services.clients_intake import agencies, clients, contacts
from kimdesk.services.releases import consents
from kimdesk.store.owners import owned_tables, owners
from kimdesk.store.store import Changes, collecting_changes


def test_tables_of_a_person_are_those_with_a_client_id():
    tables = owned_tables()
    assert {"consent", "counselling_contact", "need", "appointment", "task"} <= tables.keys()
    assert "client" not in tables and "agency" not in tables and "conference" not in tables


def test_a_write_names_the_person_behind_each_row(store):
    samir = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    olena = clients.create_client(store, {"given_name": "Olena", "family_name": "Shevchenko"})
    with collecting_changes() as changes:
        contact = contacts.add_contact(store, olena, {"summary": "Termin beim Jobcenter"}).result
        agency = agencies.save(store, None, {"name": "Jobcenter Test"}).result
    assert changes.owners == {"counselling_contact": {olena}}
    assert changes.touched["counselling_contact"] == {contact} and changes.touched["agency"] == {agency}
    assert changes.concerns(olena)
    assert changes.concerns(samir)  # the agency has no owner: every record may show it
    assert not Changes({"counselling_contact": {contact}}, {"counselling_contact": {olena}}).concerns(samir)
    assert Changes({"client": {samir}}, {"client": {samir}}).concerns(samir)


def test_rows_written_without_the_orm_are_looked_up(store):
    """What a sync round applied is looked up in the same transaction (store/owners.py)."""
    olena = clients.create_client(store, {"given_name": "Olena", "family_name": "Shevchenko"})
    agency = agencies.save(store, None, {"name": "Jobcenter Test"}).result
    consent = consents.add_consent(store, olena, {"agency_id": agency, "given_on": date(2026, 1, 5)}).result
    with store.connection() as conn:
        found = owners(conn, {"consent": {consent}, "agency": {agency}, "client": {olena}})
    assert found == {"consent": {olena}, "client": {olena}}
