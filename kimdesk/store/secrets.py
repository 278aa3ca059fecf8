"""Secrets in the OS keyring, never in a plaintext fallback.

Following Vorta's keyring wrapper: one small interface, a lock around the backend, and a
refusal to use backends that would store secrets readable on disk (``keyrings.alt``'s
plaintext file, the fail and null backends). When no secure backend exists the caller falls
back to the passphrase, which is always enough to open a profile.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from kimdesk.store import deferred_imports

deferred_imports.defer()  # what keyring imports but does not use to read a key: loaded on first use
import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import KeyringError  # noqa: E402

from kimdesk.i18n import translate  # noqa: E402

SERVICE = "KIMdesk"
log = logging.getLogger(__name__)
_lock = threading.Lock()

INSECURE = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # prompts on stdin for its own password
    "keyrings.alt.Gnome.Keyring",
}


# Windows' Credential Manager: a credential blob holds at most 5 * 512 bytes
# (CRED_MAX_CREDENTIAL_BLOB_SIZE, wincred.h); keyring writes it as UTF-16, two bytes a character
BLOB_LIMIT_BYTES = 2560
_last_problem: list[str | None] = [None]


def _qualname(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def _is_secure(backend: KeyringBackend) -> bool:
    inner = getattr(backend, "backends", None)
    if inner is not None and type(backend).__name__ == "ChainerBackend":
        return bool(inner) and all(_is_secure(b) for b in inner)
    return _qualname(backend) not in INSECURE


def _local_only(backend: KeyringBackend) -> None:
    """Windows: keep credentials on this PC. keyring's WinVaultKeyring writes with
    CRED_PERSIST_ENTERPRISE by default, which roams the database key to every PC the user
    logs on to; its ``persist`` attribute takes "local machine" (CRED_PERSIST_LOCAL_MACHINE)."""
    for b in [backend, *getattr(backend, "backends", [])]:
        if type(b).__name__ == "WinVaultKeyring":
            try:
                b.persist = "local machine"
            except Exception:  # noqa: BLE001 - an older keyring without the attribute
                log.warning("keyring: cannot set local persistence")


# the backend keyring's discovery picks on these systems when nothing else is installed (the installed
# app): loaded by name, so no start scans every package's entry points and imports every backend
KNOWN_BACKENDS = {"win32": "keyring.backends.Windows.WinVaultKeyring", "darwin": "keyring.backends.macOS.Keyring"}
_chosen = [False]


def config_file() -> Path:
    """keyring's config file (``keyringrc.cfg``, where ``keyring.core`` looks for it): read only when it is
    there, so a start without one never loads ``configparser`` (``deferred_imports``)."""
    from keyring.util import platform_

    return Path(platform_.config_root()) / "keyringrc.cfg"


def _choose() -> None:
    """Once, before keyring's own discovery would run: a backend the program set, keyring's environment
    variable (PYTHON_KEYRING_BACKEND) and its config file (keyringrc.cfg) come first, as in keyring;
    else the system's known backend (``keyring.core.load_keyring``, which checks it is viable here);
    else keyring's discovery, as before."""
    if _chosen[0]:
        return
    _chosen[0] = True
    if getattr(keyring.core, "_keyring_backend", True) is not None:
        return  # set already (or a keyring without that attribute): keyring's own choice
    try:
        configured = keyring.core.load_env() or (keyring.core.load_config() if config_file().is_file() else None)
        if configured is not None:
            keyring.set_keyring(configured)
            return
        name = KNOWN_BACKENDS.get(sys.platform)
        if name is not None:
            keyring.set_keyring(keyring.core.load_keyring(name))
    except Exception as exc:  # noqa: BLE001 - not viable here, or a broken config: keyring's discovery decides
        log.info("keyring: known backend not used (%s)", type(exc).__name__)


def backend() -> KeyringBackend | None:
    """The secure keyring backend in use, or None when only insecure ones exist."""
    try:
        _choose()
        current = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken backend means "no keyring"
        return None
    if not _is_secure(current):
        return None
    _local_only(current)
    return current


def backend_name() -> str:
    b = backend()
    return _qualname(b) if b is not None else ""


def forget_problem() -> None:
    _last_problem[0] = None


def last_problem() -> str | None:
    """What went wrong with the keyring last in this process, said for the user (or None)."""
    return _last_problem[0]


def _failed(action: str, exc: BaseException) -> None:
    """Every backend error counts as "no keyring": the Credential Manager raises
    ``pywintypes.error`` (not a KeyringError), e.g. 1312 in scheduled tasks and remote sessions."""
    code = getattr(exc, "winerror", None) or (exc.args[0] if exc.args and isinstance(exc.args[0], int) else None)
    log.warning("keyring %s failed: %s %s", action, type(exc).__name__, code if code is not None else "")
    if code == 1312:
        text = translate("Keys", "Der Schlüsselbund ist in dieser Sitzung nicht verfügbar (Windows-Fehler 1312, z. B. "
                                 "in einer Remotesitzung oder geplanten Aufgabe); bitte mit der Passphrase öffnen.")
    else:
        text = translate("Keys", "Der Schlüsselbund hat den Zugriff verweigert ({err}); bitte mit der Passphrase "
                                 "öffnen und den Schlüssel später mit „kimdesk keyring store“ erneut ablegen.").format(
            err=f"{type(exc).__name__} {code}" if code is not None else type(exc).__name__)
    _last_problem[0] = text


def get(name: str) -> str | None:
    b = backend()
    if b is None:
        return None
    with _lock:
        try:
            return b.get_password(SERVICE, name)
        except Exception as exc:  # noqa: BLE001 - see _failed
            _failed("read", exc)
            return None


def put(name: str, secret: str) -> bool:
    b = backend()
    if b is None:
        return False
    if len(secret.encode("utf-16-le")) > BLOB_LIMIT_BYTES:
        _last_problem[0] = translate("Keys", "Der Eintrag ist zu groß für den Schlüsselbund; er bleibt nur in der "
                                             "verschlüsselten Datenbank.")
        log.warning("keyring write skipped: %d characters over the credential limit", len(secret))
        return False
    with _lock:
        try:
            b.set_password(SERVICE, name, secret)
            return True
        except Exception as exc:  # noqa: BLE001 - see _failed
            _failed("write", exc)
            return False


def delete(name: str) -> None:
    b = backend()
    if b is None:
        return
    with _lock:
        try:
            b.delete_password(SERVICE, name)
        except Exception as exc:  # noqa: BLE001 - see _failed
            if not isinstance(exc, KeyringError):
                _failed("delete", exc)
