"""Text is data, never terminal control (issue 13): refused on input, escaped on output.

Input: names and case numbers refuse every control character, line break and bidirectional
override (Trojan Source, CVE-2021-42574); longer texts keep line breaks and tabs but refuse
the rest. Output: what is already stored (older imports, other laptops) is printed escaped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kimdesk.errors import ValidationError
from kimdesk.models.types import stored_id  # a person's id is stored as 16 bytes (migration 0043)
from kimdesk.services.clients_intake import clients, validation
from kimdesk.store.profile import Profile, open_profile
from tests.support.cli import run

PASS = "correct horse battery"
ENV = {"KIMDESK_PASSPHRASE": PASS}
CID = "1c9e6679-7425-40de-944b-e07fc1f90ae7"

HOSTILE = [  # value → what the message names
    ("Ana\x1b[2J\x1b[31mRot", "ein Steuerzeichen (U+001B)"),  # ANSI: clear screen, red
    ("Ana\u202eadroN", "eine Schreibrichtungs-Steuerung (U+202E)"),  # right-to-left override
    ("Ana\u2066Nord", "eine Schreibrichtungs-Steuerung (U+2066)"),  # isolate
    ("Ana\tNord", "einen Tabulator oder Zeilenumbruch (U+0009)"),  # breaks tab-separated lines
    ("Ana\rNord", "einen Tabulator oder Zeilenumbruch (U+000D)"),  # overwrites the line on a terminal
    ("Ana\x85Nord", "ein Steuerzeichen (U+0085)"),  # C1 next line
    ("Ana\x07", "ein Steuerzeichen (U+0007)"),  # bell
]


@pytest.fixture
def initialised(data_dir: Path) -> Path:
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    return data_dir


def _doc(**client) -> dict:
    return {"format": "kimdesk-export", "version": 1,
            "clients": [{"id": CID, "given_name": "Ana", "family_name": "Nord"} | client]}


@pytest.mark.parametrize(("value", "what"), HOSTILE)
@pytest.mark.parametrize("field", ["given_name", "family_name", "case_number"])
def test_import_refuses_control_in_names_and_case_numbers(initialised: Path, tmp_path: Path, field: str, value: str,
                                                          what: str):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(_doc(**{field: value})), encoding="utf-8")
    res = run("--data-dir", initialised, "import", path, env=ENV)
    assert res.code == 2, res
    assert res.err.strip().splitlines() == [f"kimdesk: clients[0].{field}: enthält {what}"]
    assert run("--data-dir", initialised, "search", "Nord", env=ENV).out == ""


@pytest.mark.parametrize(("value", "what"), HOSTILE)
def test_edits_and_intake_refuse_control_in_names(store, value: str, what: str):
    person = clients.create_client(store, {"given_name": "Ana", "family_name": "Nord"})
    with pytest.raises(ValidationError) as err:
        clients.update_client(store, person, {"family_name": value})
    assert what in str(err.value) and err.value.field == "family_name"
    with pytest.raises(ValidationError):
        validation.name(value, "given_name")


def test_long_texts_keep_line_breaks_but_not_controls():
    assert validation.text("Erste Zeile\nzweite\tZeile", "note", max_len=validation.TEXT_MAX) == \
        "Erste Zeile\nzweite\tZeile"
    for bad in ("a\x1b[31m", "a\u202eb"):
        with pytest.raises(ValidationError):
            validation.text(bad, "note", max_len=validation.TEXT_MAX)


def test_names_in_other_scripts_stay_allowed():
    for good in ("محمد الحسن", "Олена Коваленко", "Ağaoğlu", "N’Diaye-Öztürk", "李小龍"):
        assert validation.name(good, "family_name") == good


def test_stored_controls_are_printed_escaped(initialised: Path, tmp_path: Path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(_doc(municipality="Aachen")), encoding="utf-8")
    assert run("--data-dir", initialised, "import", path, env=ENV).code == 0
    # as an older version or another laptop could have stored it: straight into the database
    store = open_profile(Profile(initialised), passphrase=PASS, use_keyring=False)
    with store.connection(write=True) as conn:
        conn.exec_driver_sql("UPDATE client SET given_name = ?, municipality = ? WHERE id = ?",
                             ("Ana\x1b]0;pwned\x07\u202e\tX", "Aa\nchen", stored_id(CID)))
    store.close()
    res = run("--data-dir", initialised, "search", "Nord", env=ENV)
    assert res.code == 0
    assert res.out.splitlines() == [f"{CID}\tAna\\x1b]0;pwned\\x07\\u202e\\tX\tNord\t\tAa\\nchen"]
    raw = run("--data-dir", initialised, "search", "Nord", "--json", env=ENV).out
    assert "\x1b" not in raw and "\u202e" not in raw and "\\u202e" in raw
    assert json.loads(raw)[0]["given_name"] == "Ana\x1b]0;pwned\x07\u202e\tX"  # the same data, only escaped
