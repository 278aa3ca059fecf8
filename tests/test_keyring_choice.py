"""Which keyring backend a start uses: the program's, keyring's environment variable and config file,
else the system's known backend by name (no discovery), else keyring's discovery."""

from __future__ import annotations

import sys

import keyring
import keyring.backend
import keyring.core
import pytest

from kimdesk.store import secrets
from tests.support.file_keyring import FileKeyring

FILE_KEYRING = "tests.support.file_keyring.FileKeyring"


@pytest.fixture
def unchosen(monkeypatch):
    """A start with nothing chosen yet: no backend set, no environment variable, discovery watched."""
    monkeypatch.setattr(secrets, "_chosen", [False])
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    discovered = []
    real = keyring.backend.get_all_keyring
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: (discovered.append(1), real())[1])
    assert not keyring.core._config_path().exists()  # each test has its own home and config dirs
    return discovered


def test_the_known_backend_is_loaded_by_name_without_discovery(unchosen, monkeypatch):
    monkeypatch.setitem(secrets.KNOWN_BACKENDS, sys.platform, FILE_KEYRING)
    assert isinstance(secrets.backend(), FileKeyring)
    assert unchosen == []  # no entry-point scan, no other backend imported


def test_windows_knows_the_credential_locker():
    assert secrets.KNOWN_BACKENDS["win32"] == "keyring.backends.Windows.WinVaultKeyring"
    assert keyring.core._load_keyring_class(secrets.KNOWN_BACKENDS["win32"]).__name__ == "WinVaultKeyring"


def test_a_known_backend_not_viable_here_leaves_it_to_discovery(unchosen, monkeypatch):
    if sys.platform == "win32":
        pytest.skip("the Credential Locker is viable on Windows")
    monkeypatch.setitem(secrets.KNOWN_BACKENDS, sys.platform, "keyring.backends.Windows.WinVaultKeyring")
    secrets.backend()
    assert unchosen  # keyring's discovery decided, as before
    assert type(keyring.get_keyring()).__name__ != "WinVaultKeyring"


def test_keyrings_config_file_comes_first(unchosen, monkeypatch):
    monkeypatch.setitem(secrets.KNOWN_BACKENDS, sys.platform, "keyring.backends.null.Keyring")
    path = keyring.core._config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[backend]\ndefault-keyring={FILE_KEYRING}\n", encoding="utf-8")
    assert isinstance(secrets.backend(), FileKeyring) and unchosen == []


def test_no_config_file_is_not_parsed(unchosen, monkeypatch):
    """Without keyringrc.cfg the start does not call ``load_config`` (it would load ``configparser``)."""
    monkeypatch.setitem(secrets.KNOWN_BACKENDS, sys.platform, FILE_KEYRING)
    parsed = []
    real = keyring.core.load_config
    monkeypatch.setattr(keyring.core, "load_config", lambda: (parsed.append(1), real())[1])
    assert secrets.config_file() == keyring.core._config_path()  # where keyring itself looks
    assert isinstance(secrets.backend(), FileKeyring) and parsed == [] and unchosen == []


def test_keyrings_environment_variable_comes_first(unchosen, monkeypatch):
    monkeypatch.setitem(secrets.KNOWN_BACKENDS, sys.platform, "keyring.backends.null.Keyring")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", FILE_KEYRING)
    assert isinstance(secrets.backend(), FileKeyring) and unchosen == []


def test_a_backend_the_program_set_is_kept(monkeypatch):
    monkeypatch.setattr(secrets, "_chosen", [False])
    monkeypatch.setitem(secrets.KNOWN_BACKENDS, sys.platform, "keyring.backends.null.Keyring")
    mine = FileKeyring()
    keyring.set_keyring(mine)
    assert secrets.backend() is mine
