"""Windows' rules, simulated on Linux (issue 18). Each test names the Windows behaviour it stands
for and where that behaviour is documented; what stays unverified without a Windows machine is
said in docs/admin.md ("Noch nicht auf Windows geprüft")."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from kimdesk.store import secrets
from kimdesk.store.profile import Profile, open_profile
from tests.support import windows_keyring
from tests.support.cli import ROOT, run
from tests.support.windows_keyring import WinVaultKeyring

PASS = "correct horse battery"
ENV = {"KIMDESK_PASSPHRASE": PASS}
PEOPLE = {"format": "kimdesk-export", "version": 1, "clients": [
    {"id": "1c9e6679-7425-40de-944b-e07fc1f90ae7", "given_name": "Олена", "family_name": "Коваленко"},
    {"id": "2c9e6679-7425-40de-944b-e07fc1f90ae7", "given_name": "محمد", "family_name": "الحسن"}]}


@pytest.fixture
def initialised(data_dir: Path) -> Path:
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    return data_dir


@pytest.fixture
def win_keyring(monkeypatch: pytest.MonkeyPatch) -> WinVaultKeyring:
    backend = WinVaultKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.windows_keyring.WinVaultKeyring")
    windows_keyring.WRITES.clear()
    return backend


def _import(data_dir: Path, path: Path) -> None:
    res = run("--data-dir", data_dir, "import", path, env=ENV)
    assert res.code == 0, res.err


# -- console code page -------------------------------------------------------------------------
def test_piped_output_is_utf8_under_a_cp1252_code_page(initialised: Path, tmp_path: Path):
    """Windows: "Non-character devices such as disk files and pipes use the system locale
    encoding (i.e. the ANSI codepage)" — cp1252 on a German Windows (Python docs, sys.stdout).
    Simulated with PYTHONIOENCODING=cp1252 on a pipe."""
    path = tmp_path / "people.json"
    path.write_text(json.dumps(PEOPLE, ensure_ascii=False), encoding="utf-8")
    _import(initialised, path)
    env = dict(__import__("os").environ) | ENV | {"PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(ROOT)}
    for args, expected in ((["search", "Коваленко"], "Олена\tКоваленко"), (["search", "الحسن", "--json"], "محمد")):
        proc = subprocess.run([sys.executable, "-m", "kimdesk", "--data-dir", str(initialised), *args],
                              capture_output=True, env=env, cwd=ROOT, timeout=120)
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
        assert expected in proc.stdout.decode("utf-8"), args


# -- import encodings --------------------------------------------------------------------------
@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                               ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_import_accepts_a_bom_and_utf16(initialised: Path, tmp_path: Path, encoding: str, bom: bytes):
    """Windows tools write a BOM: Notepad's "UTF-8 mit BOM", and Windows PowerShell 5.1's
    ``Out-File``/``>`` write UTF-16LE with BOM ("Unicode") by default (Microsoft Learn,
    about_Character_Encoding)."""
    path = tmp_path / "people.json"
    path.write_bytes(bom + json.dumps(PEOPLE, ensure_ascii=False).encode(encoding))
    _import(initialised, path)
    assert "Олена" in run("--data-dir", initialised, "search", "Коваленко", env=ENV).out


# -- the Credential Manager --------------------------------------------------------------------
def test_credentials_are_stored_for_this_pc_only(data_dir: Path, win_keyring: WinVaultKeyring):
    """keyring's WinVaultKeyring writes with CRED_PERSIST_ENTERPRISE unless ``persist`` is set
    (keyring/backends/Windows.py, ``Persistence``): the database key would roam to every PC
    the user logs on to. KIMdesk sets CRED_PERSIST_LOCAL_MACHINE ("local machine")."""
    assert run("--data-dir", data_dir, "init", env=ENV).code == 0
    assert win_keyring.persist == "local machine"
    assert windows_keyring.WRITES and all(size <= 2560 for _, size in windows_keyring.WRITES)


def test_error_1312_at_start_unlock_and_init_is_one_line_with_what_to_do(data_dir: Path, win_keyring,
                                                                         monkeypatch: pytest.MonkeyPatch):
    """CredRead/CredWrite fail with ERROR_NO_SUCH_LOGON_SESSION (1312) in scheduled tasks and
    some remote sessions (Microsoft Learn, CredWriteW; keyring issue #293), raised by pywin32 as
    ``pywintypes.error`` — not a KeyringError."""
    monkeypatch.setenv("KIMDESK_TEST_KEYRING_WINERROR", "1312")
    res = run("--data-dir", data_dir, "init", env=ENV)
    assert res.code == 0, res.err
    assert "Windows-Fehler 1312" in res.out and "Passphrase" in res.out
    res = run("--data-dir", data_dir, "search", "x", env={})  # start without a passphrase
    assert res.code == 2
    assert len(res.err.strip().splitlines()) == 1 and "1312" in res.err and "Passphrase fehlt" in res.err
    assert run("--data-dir", data_dir, "search", "x", env=ENV).code == 0  # the passphrase opens it
    from kimdesk.store.unlock import unlock

    store = open_profile(Profile(data_dir), passphrase=PASS)
    store.lock()
    unlock(store, Profile(data_dir), PASS)  # unlock goes through the keyring check too
    assert store.is_open
    store.close()
    assert secrets.get("anything") is None and secrets.put("smb:kim@server", "secret") is False


def test_team_join_with_a_failing_credential_manager(tmp_path: Path, win_keyring, monkeypatch: pytest.MonkeyPatch):
    """Team join writes the team key to the keyring (1312 as above): the key stays in the
    encrypted database and the join succeeds."""
    first, second = tmp_path / "a", tmp_path / "b"
    team_env = ENV | {"KIMDESK_TEAM_PASSPHRASE": "Teamschlüssel für Aachen und Düren"}
    for d in (first, second):
        assert run("--data-dir", d, "init", env=ENV).code == 0
    assert run("--data-dir", first, "team", "create", env=ENV).code == 0
    assert run("--data-dir", first, "team", "export-enrolment", tmp_path / "e.kimteam", env=team_env).code == 0
    monkeypatch.setenv("KIMDESK_TEST_KEYRING_WINERROR", "1312")
    res = run("--data-dir", second, "team", "join", tmp_path / "e.kimteam", env=team_env)
    assert res.code == 0, res.err


def test_old_team_keys_stay_in_the_database_not_the_keyring(store, win_keyring):
    """CRED_MAX_CREDENTIAL_BLOB_SIZE is 5 * 512 bytes (wincred.h); CredWrite refuses more with
    1783 "The stub received bad data" (keyring issue #355). The old keys grow with every
    rotation and passed that limit at generation 19; they belong in the encrypted database."""
    from kimdesk.sync import team as teams

    team = teams.create(store)
    for _ in range(30):
        team = team.rotated()
        teams._save(store, team)
    kept = teams.current(store)
    assert kept.generation == 31 and len(kept.old_keys) == 30
    assert all(size <= 2560 for _, size in windows_keyring.WRITES)
    assert secrets.last_problem() is None  # no write was refused


# -- the key file held by antivirus -------------------------------------------------------------
def test_rekey_when_antivirus_holds_the_key_file(initialised: Path, monkeypatch: pytest.MonkeyPatch):
    """On-access scanners open new files without FILE_SHARE_DELETE, so MoveFileEx over them
    fails with ERROR_SHARING_VIOLATION (32) → PermissionError (Microsoft Learn, MoveFileExW;
    Python docs, os.replace). The database is re-keyed by then: the next start must recover."""
    real = Path.replace

    def held(self: Path, target):
        if self.name == "kimdesk.key.new":
            raise PermissionError(13, "Der Prozess kann nicht auf die Datei zugreifen", str(target))
        return real(self, target)

    with monkeypatch.context() as m:
        m.setattr(Path, "replace", held)
        res = run("--data-dir", initialised, "rekey", env=ENV)
    assert res.code == 1
    assert len(res.err.strip().splitlines()) == 1 and "kimdesk.key.new automatisch" in res.err
    res = run("--data-dir", initialised, "search", "x", env=ENV)
    assert res.code == 0, res.err
    assert "unterbrochene Neuverschlüsselung wurde abgeschlossen" in res.err
    assert not (initialised / "default" / "kimdesk.key.new").exists()


# -- profile names -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["CON", "con", "PRN", "AUX", "NUL", "nul.txt", "COM1", "com9", "LPT1", "LPT9.log",
                                  "team.", "team ", "a<b", "a:b", 'a"b', "a|b", "a?b", "a*b", "a\\b", "a\x01b", ""])
def test_profile_names_windows_cannot_hold_are_refused(tmp_path: Path, name: str):
    """"Do not use the following reserved names for the name of a file: CON, PRN, AUX, NUL,
    COM1 … COM9, LPT1 … LPT9 … also avoid these names followed immediately by an extension";
    "Do not end a file or directory name with a space or a period"; reserved characters
    < > : " / \\ | ? * and 1–31 (Microsoft Learn, Naming Files, Paths, and Namespaces)."""
    res = run("--data-dir", tmp_path / "d", "--profile", name, "init", env=ENV)
    assert res.code == 2, name
    assert len(res.err.strip().splitlines()) == 1 and "Profilname" in res.err
    assert not (tmp_path / "d").exists()


def test_profile_names_differing_only_in_case_are_refused(initialised: Path):
    """NTFS treats names case-insensitively by default ("Do not assume case sensitivity",
    same page): "Default" is the folder "default"."""
    res = run("--data-dir", initialised, "--profile", "DEFAULT", "init", env=ENV)
    assert res.code == 2
    assert "Es gibt schon das Profil „default“" in res.err
    assert sorted(p.name for p in initialised.iterdir() if p.name != "logs") == ["default"]
    assert run("--data-dir", initialised, "--profile", "zweites", "init", env=ENV).code == 0
