"""Importing an agency catalogue from CSV: column names mapped through one table, a preview of
new / changed / unchanged / problems, applied as one undoable edit; a bad file changes nothing."""

from __future__ import annotations

import pytest

from kimdesk.errors import BadInput
from kimdesk.services.clients_intake import agencies, agency_import, edits


def _names(store) -> set[str]:
    return {a.name for a in agencies.list_agencies(store)}


CSV = (
    "Stelle;Art;Rechtskreis;Kommunen;Telefon;E-Mail;Öffnungszeiten;Bemerkung\n"
    "Jobcenter Beispielkreis;Jobcenter;SGB II;Aachen, Alsdorf;0241 1;jc@example.org;Mo-Fr 8-12;intern\n"
    "Caritas Beratung;freier Träger;;Aachen;;;;\n"
    "Kaputt;;;;abc;;;\n"
    "\n"
).encode("cp1252")  # as Excel on Windows saves it


def test_preview_then_apply_then_undo(store):
    before = _names(store)
    plan = agency_import.plan(store, CSV)
    assert [c.name for c in plan.new] == ["Jobcenter Beispielkreis", "Caritas Beratung"]
    assert plan.new[0].fields["municipalities"] == ["Aachen", "Alsdorf"] and plan.new[0].fields["email"]
    assert plan.problems and plan.problems[0][0] == 4 and "Telefonnummer" in plan.problems[0][1]
    assert plan.new[0].fields["opening_hours"] == "Mo-Fr 8-12"  # the hand-out prints them
    assert plan.ignored_columns == ["Bemerkung"]
    assert _names(store) == before  # a preview writes nothing
    edit = agency_import.apply(store, plan)
    assert _names(store) == before | {"Jobcenter Beispielkreis", "Caritas Beratung"}
    # the same file again: nothing new; a changed phone number is a change with old and new value
    again = agency_import.plan(store, CSV.replace(b"0241 1", b"0241 2"))
    assert not again.new and again.unchanged == 1
    assert [(c.name, c.fields, c.before) for c in again.changed] == [
        ("Jobcenter Beispielkreis", {"phone": "0241 2"}, {"phone": "0241 1"})]
    edits.undo(store, edit)
    assert _names(store) == before


def test_the_catalogue_of_the_template_matches_by_name(store):
    existing = agencies.list_agencies(store)[0]
    data = f"Name,Telefon\n{existing.name.upper()},{existing.phone or '0241 9'}\n".encode()
    plan = agency_import.plan(store, data)
    assert not plan.new and plan.unchanged + len(plan.changed) == 1


@pytest.mark.parametrize(("data", "says"), [
    (b"", "leer"),
    (b"Foo;Bar\n1;2\n", "Name"),
    (b"\xff\xfe\x00\x00" * 10 + bytes(range(256)) * 3, "Textdatei"),
    (b"Name\n" + b"x\n" * (agency_import.MAX_ROWS + 2), "Zeilen"),
    (b"a" * (agency_import.MAX_BYTES + 1), "zu gro"),
])
def test_a_bad_file_is_one_clear_message(store, data, says):
    before = _names(store)
    with pytest.raises(BadInput) as info:
        agency_import.plan(store, data)
    assert says in str(info.value)
    assert _names(store) == before


def test_control_characters_are_a_problem_row_not_an_agency(store):
    plan = agency_import.plan(store, b"Name\nA\x00B\nGut\n")
    assert [c.name for c in plan.new] == ["Gut"] and plan.problems[0][0] == 2


def test_adding_a_column_is_one_line():
    keys = [key for key, _aliases in agency_import.COLUMNS]
    assert set(keys) == set(agencies.AGENCY_FIELDS), "every agency field has its line in COLUMNS"
    assert len(keys) == len(set(keys))


def test_emptying_the_catalogue_keeps_what_is_in_use_and_can_be_undone(store):
    from datetime import date

    from kimdesk.services.clients_intake import clients
    from tests.support.conferences import consent

    used = agencies.list_agencies(store)[0]
    cid = clients.create_client(store, {"given_name": "Samir", "family_name": "Haddad"})
    consent(store, cid, used.id, date(2025, 1, 10))
    total = len(agencies.list_agencies(store))
    edit = agencies.remove_unused(store)
    assert edit.result == (total - 1, 1)
    assert [a.id for a in agencies.list_agencies(store)] == [used.id]
    edits.undo(store, edit)
    assert len(agencies.list_agencies(store)) == total


def test_an_emptied_catalogue_reaches_the_other_laptops(make_store, tmp_path):
    """The template is seeded on every laptop (genesis); emptying it is an edit that syncs."""
    from kimdesk.sync import service, team

    share = tmp_path / "share"
    share.mkdir()
    first, second = make_store("first"), make_store("second")
    team.create(first)
    enrolment = tmp_path / "team.kimdesk"
    team.export_enrolment(first, enrolment, "Passphrase des Teams", memory_kib=1024, iterations=1)
    team.join(second, enrolment, "Passphrase des Teams")
    assert agencies.list_agencies(second)
    agencies.remove_unused(first)
    assert service.run(first, str(share)).complete
    # the fail-safe against mass deletions counts people, needs and conferences, not catalogue rows
    assert service.run(second, str(share)).complete
    assert agencies.list_agencies(first) == [] and agencies.list_agencies(second) == []
