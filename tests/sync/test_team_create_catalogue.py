"""``kimdesk team create --catalogue NAME|empty`` and ``--catalogue-csv FILE``: the same choice the
first-run wizard offers; a bad name or file is one line on stderr, exit 2, and no team, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kimdesk.services.clients_intake import agencies
from kimdesk.sync import team
from tests.support.cli import run
from tests.support.stores import open_with_key

ENV = {"KIMDESK_PASSPHRASE": "test passphrase one"}


@pytest.fixture
def laptop(store, profile, template_profile):
    """A fresh profile (the Aachen example seeded), closed so the command line can open it."""
    store.close()
    return profile, template_profile[1]


def kd(profile, *args):
    return run("--data-dir", profile.data_dir, *args, env=ENV)


def state(laptop) -> tuple[object, set[str]]:
    profile, key = laptop
    s = open_with_key(profile, key)
    try:
        return team.current(s), {a.name for a in agencies.list_agencies(s)}
    finally:
        s.close()


def test_the_default_keeps_the_shipped_example(laptop):
    _, before = state(laptop)
    result = kd(laptop[0], "team", "create")
    assert result.code == 0, result.err
    current, names = state(laptop)
    assert current is not None and names == before and "Jobcenter StädteRegion Aachen" in names


@pytest.mark.parametrize("name, expected", [("empty", set()), ("nrw_kreis", {"Kreisjugendamt"})])
def test_a_template_or_empty_replaces_the_example(laptop, name, expected):
    result = kd(laptop[0], "team", "create", "--catalogue", name)
    assert result.code == 0, result.err
    current, names = state(laptop)
    assert current is not None and "Jobcenter StädteRegion Aachen" not in names
    assert expected <= names if expected else names == set()


def test_a_csv_file_becomes_the_catalogue(laptop, tmp_path):
    source = tmp_path / "stellen.csv"
    source.write_text("Stelle;Telefon\nJobcenter Kreis Kleve;02821 1\n;leer\nSozialamt Goch;02823 2\n",
                      encoding="utf-8")
    result = kd(laptop[0], "team", "create", "--catalogue-csv", source)
    assert result.code == 0, result.err
    assert "2 Stellen übernommen" in result.out and "Zeile 3" in result.out
    current, names = state(laptop)
    assert current is not None and names == {"Jobcenter Kreis Kleve", "Sozialamt Goch"}


@pytest.mark.parametrize("args", [
    ["--catalogue", "../../etc/passwd"],
    ["--catalogue", "Aachen"],
    ["--catalogue", "csv"],
    ["--catalogue", "empty", "--catalogue-csv", "stellen.csv"],
    ["--catalogue-csv", "missing.csv"],
    ["--catalogue-csv", "binary.csv"],
    ["--catalogue-csv", "no-name-column.csv"],
    ["--catalogue-csv", "huge.csv"],
])
def test_a_bad_choice_is_one_line_exit_2_and_changes_nothing(laptop, tmp_path, args):
    (tmp_path / "stellen.csv").write_text("Stelle\nJobcenter\n", encoding="utf-8")
    (tmp_path / "binary.csv").write_bytes(b"\x00\xff\xfe" * 100)
    (tmp_path / "no-name-column.csv").write_text("Foo;Bar\n1;2\n", encoding="utf-8")
    (tmp_path / "huge.csv").write_bytes(b"Name\n" + b"x" * 5_000_001)
    args = [str(tmp_path / a) if a.endswith(".csv") else a for a in args]
    _, before = state(laptop)
    result = kd(laptop[0], "team", "create", *args)
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "interner Fehler" not in lines[0], result.err
    current, names = state(laptop)
    assert current is None and names == before


def test_an_existing_team_is_refused_before_the_catalogue_changes(laptop):
    assert kd(laptop[0], "team", "create").code == 0
    _, before = state(laptop)
    result = kd(laptop[0], "team", "create", "--catalogue", "empty")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert state(laptop)[1] == before
