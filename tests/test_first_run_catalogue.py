"""The founding laptop's catalogue choice, without Qt: each template, empty, a CSV file; bad
choices and bad files are refused before the team exists, with nothing changed."""

from __future__ import annotations

import pytest

from kimdesk.errors import BadInput, ValidationError
from kimdesk.services.clients_intake import agencies
from kimdesk.services.admin.first_run import CSV, Setup, TeamChoice
from kimdesk.sync import team


@pytest.fixture
def setup(store, profile):
    return Setup(profile, store=store)


@pytest.mark.parametrize("key, names", [
    ("nrw_kreis", {"Kreisjugendamt", "Ausländerbehörde des Kreises"}),
    ("nrw_kreisfreie_stadt", {"Jugendamt der Stadt", "Ausländerbehörde der Stadt"}),
    ("staedteregion_aachen", {"Jobcenter StädteRegion Aachen"}),
    ("empty", set()),
])
def test_founding_starts_the_catalogue_with_the_choice(setup, store, key, names):
    setup.set_up_team(TeamChoice.CREATE, catalogue=key)
    shown = {a.name for a in agencies.list_agencies(store)}
    assert names <= shown if names else shown == set()
    assert team.current(store) is not None and setup.catalogue_csv is None


def test_joining_or_later_leaves_the_catalogue_to_the_team(setup, store):
    before = {a.id for a in agencies.list_agencies(store)}
    setup.set_up_team(TeamChoice.LATER, catalogue="empty")
    assert {a.id for a in agencies.list_agencies(store)} == before


@pytest.mark.parametrize("choice, csv_file, error", [
    ("../../etc/passwd", None, BadInput),  # no such template
    (CSV, None, ValidationError),  # no file named
    (CSV, "missing.csv", BadInput),
    (CSV, "binary.csv", BadInput),
    (CSV, "no-name-column.csv", BadInput),
    (CSV, "huge.csv", BadInput),
])
def test_a_bad_choice_or_file_changes_nothing(setup, store, tmp_path, choice, csv_file, error):
    (tmp_path / "binary.csv").write_bytes(b"\x00\xff\xfe" * 100)
    (tmp_path / "no-name-column.csv").write_text("Foo;Bar\n1;2\n", encoding="utf-8")
    (tmp_path / "huge.csv").write_bytes(b"Name\n" + b"x" * 5_000_001)
    before = {a.id for a in agencies.list_agencies(store)}
    with pytest.raises(error):
        setup.set_up_team(TeamChoice.CREATE, catalogue=choice, csv_file=tmp_path / csv_file if csv_file else None)
    assert team.current(store) is None and {a.id for a in agencies.list_agencies(store)} == before


def test_a_csv_choice_empties_the_catalogue_and_keeps_the_file_for_the_preview(setup, store, tmp_path):
    source = tmp_path / "stellen.csv"
    source.write_text("Stelle;Art\nJobcenter Kreis Kleve;Jobcenter\n", encoding="utf-8")
    setup.set_up_team(TeamChoice.CREATE, catalogue=CSV, csv_file=str(source))
    assert agencies.list_agencies(store) == [] and setup.catalogue_csv == source
