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
