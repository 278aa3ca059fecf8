"""One declaration per field (``kimdesk.models.fields``): every column is declared or internal, and the
validation, the exchange format and the Art. 15 export read the declarations."""

from __future__ import annotations

import importlib
from dataclasses import replace

import pytest
from sqlalchemy import inspect

from kimdesk.errors import ValidationError
from kimdesk.models import fields
from kimdesk.services.clients_intake import clients, exchange, exchange_format, validation
from kimdesk.services.releases import subject_access, subject_access_fields


@pytest.mark.parametrize("table", sorted(fields.ENTITIES))
def test_every_column_is_a_field_or_named_internal(table):
    entity = fields.ENTITIES[table]
    columns = {c.key for c in inspect(entity.model).column_attrs}
    declared = [f.name for f in entity.fields]
    assert len(declared) == len(set(declared)), "a field is declared twice"
    assert set(declared).isdisjoint(entity.internal)
    assert sorted(columns - set(declared) - set(entity.internal)) == [], "columns neither declared nor internal"
    assert sorted((set(declared) | set(entity.internal)) - columns) == [], "declared, but no such column"


@pytest.mark.parametrize("table", sorted(fields.ENTITIES))
def test_what_is_about_the_person_is_shown_to_them(table):
    """Art. 15 GDPR: the export shows every personal field of the person's record."""
    unshown = [f.name for f in fields.ENTITIES[table].fields if f.personal and not f.art15]
    assert unshown == []
    for f in fields.ENTITIES[table].fields:
        assert f.shown_as in subject_access_fields.SHOWN_AS, f.name


def test_exchange_and_art15_tables_are_the_registry():
    assert exchange_format.CLIENT == fields.CLIENT.exchange_table()
    assert exchange_format.APPOINTMENT == fields.APPOINTMENT.exchange_table()
    assert ("time", "at", "time?") in exchange_format.APPOINTMENT
    assert [c for c, _label, _fmt in subject_access_fields.TABLES["need"][1]] == [
        f.name for f in fields.NEED.fields if f.art15]


def test_validation_reads_the_declared_check_and_label():
    assert clients.CLIENT_FIELDS["phone"]("+49 241 1234") == "+49 241 1234"
    with pytest.raises(ValidationError, match="Telefonnummer"):
        clients.CLIENT_FIELDS["phone"]("ruf mich an")
    with pytest.raises(ValidationError, match="„Dolmetschsprache“ ist zu lang"):
        clients.CLIENT_FIELDS["interpreter_language"]("x" * 101)
    assert clients.CLIENT_FIELDS["bamf_decision"]("") is None
    with pytest.raises(ValidationError, match="nicht erlaubt"):
        clients.CLIENT_FIELDS["status"](None)
    assert clients.CLIENT_FIELDS["languages"]("Arabisch, Kurdisch") == ["Arabisch", "Kurdisch"]
    assert validation.label("residence_rule_place") == "Wohnsitzregelung § 12a AufenthG (Ort)"
    assert "case_number" not in clients.CLIENT_FIELDS  # given out by the program, not typed


@pytest.fixture
def registry_with_a_new_field(monkeypatch):
    """The client registry as if a developer had declared one more field (the stored ``deleted`` flag)."""
    new = fields.Field("deleted", "bool", art15="Testfeld gelöscht", check="bool")
    internal = {k: v for k, v in fields.CLIENT.internal.items() if k != "deleted"}
    entity = replace(fields.CLIENT, fields=(*fields.CLIENT.fields, new), internal=internal)
    monkeypatch.setattr(fields, "CLIENT", entity)
    monkeypatch.setitem(fields.ENTITIES, "client", entity)
    for module in (exchange_format, subject_access_fields):
        importlib.reload(module)
    yield
    monkeypatch.undo()
    for module in (exchange_format, subject_access_fields):
        importlib.reload(module)


def test_a_new_field_is_exported_and_shown_without_further_edits(store, registry_with_a_new_field):
    cid = clients.create_client(store, {"given_name": "Amina", "family_name": "Yusuf", "phone": "0241 1"})
    doc = exchange.export_document(store)
    person = next(c for c in doc["clients"] if c["id"] == cid)
    assert person["deleted"] is False and person["phone"] == "0241 1"
    with store.connection() as conn:
        art15 = subject_access.collect(conn, cid, "Stadt Test")
    shown = dict(next(s for s in art15.sections if s.title == "Angaben zur Person").fields)
    assert shown["Testfeld gelöscht"] == "nein"
    assert shown["Telefon"] == "0241 1"


def test_without_the_new_field_neither_shows_it(store):
    cid = clients.create_client(store, {"given_name": "Amina", "family_name": "Yusuf"})
    person = next(c for c in exchange.export_document(store)["clients"] if c["id"] == cid)
    assert "deleted" not in person
    with store.connection() as conn:
        art15 = subject_access.collect(conn, cid, "Stadt Test")
    assert "Testfeld gelöscht" not in dict(next(s for s in art15.sections if s.title == "Angaben zur Person").fields)
