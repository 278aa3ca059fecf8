"""What the hostile campaign (tools/hostile_campaign.py) found, each fixed with its own test."""

from __future__ import annotations

import pytest

from kimdesk.errors import BadInput
from kimdesk.store.profile import check_profile_name


@pytest.mark.parametrize("name", ["na\u202eme", "\u2066name\u2069", "zero\u200bwidth", "del\x7f", "c1\x9bx"])
def test_profile_names_with_format_or_control_characters_are_refused(name, tmp_path):
    """A right-to-left override in a profile name shows another name than the folder has."""
    with pytest.raises(BadInput, match="Steuerzeichen"):
        check_profile_name(name, tmp_path)


def test_ordinary_profile_names_still_pass(tmp_path):
    for name in ("default", "Düren Süd", "team-2", "Ольга"):
        check_profile_name(name, tmp_path)


@pytest.mark.parametrize("kdf", [None, [], "scrypt", "pbkdf2"])
def test_an_enrolment_file_naming_another_kdf_is_refused(store, tmp_path, kdf):
    """The file says which KDF made its key; one that names another (or none as a list) is not ours."""
    import json

    from kimdesk.errors import ValidationError
    from kimdesk.sync import team as teams

    teams.create(store)
    path = tmp_path / "team.kimdesk"
    teams.export_enrolment(store, path, "Passphrase des Teams für Düren")
    doc = json.loads(path.read_text())
    doc["kdf"] = kdf
    path.write_text(json.dumps(doc))
    with pytest.raises(ValidationError, match="keine KIMdesk-Anmeldedatei"):
        teams.read_enrolment(path, "Passphrase des Teams für Düren")


def test_doctor_reports_a_page_damaged_behind_the_key_check_as_fail_with_the_next_step(data_dir):
    """The key check reads page 1; a damaged page 2 broke the opening itself, and doctor ended
    with the bare one-line error instead of its report's FAIL line and the next step."""
    from tests.support.cli import run

    env = {"KIMDESK_PASSPHRASE": "Kastanienallee vierzehn in Düren"}
    assert run("--data-dir", data_dir, "init", env=env).code == 0
    with open(data_dir / "default" / "kimdesk.db", "r+b") as fh:
        fh.seek(4096 + 100)
        fh.write(b"\x5a" * 16)
    res = run("--data-dir", data_dir, "doctor", env=env)
    fails = [line for line in res.out.splitlines() if line.startswith("[FAIL] Datenbank")]
    assert res.code == 2 and fails and "Nächster Schritt" in fails[0], (res.out, res.err)
    assert "interner Fehler" not in res.err
