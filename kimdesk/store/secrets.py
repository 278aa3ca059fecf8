"""Secrets in the OS keyring, never in a plaintext fallback.

Following Vorta's keyring wrapper: one small interface, a lock around the backend, and a
refusal to use backends that would store secrets readable on disk (``keyrings.alt``'s
plaintext file, the fail and null backends). When no secure backend exists the caller falls
back to the passphrase, which is always enough to open a profile.
"""

from __future__ import annotations

import logging
import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

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


def _qualname(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def _is_secure(backend: KeyringBackend) -> bool:
    inner = getattr(backend, "backends", None)
    if inner is not None and type(backend).__name__ == "ChainerBackend":
        return bool(inner) and all(_is_secure(b) for b in inner)
    return _qualname(backend) not in INSECURE


def backend() -> KeyringBackend | None:
    """The secure keyring backend in use, or None when only insecure ones exist."""
    try:
        current = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken backend means "no keyring"
        return None
    return current if _is_secure(current) else None


def backend_name() -> str:
    b = backend()
    return _qualname(b) if b is not None else ""


def get(name: str) -> str | None:
    b = backend()
    if b is None:
        return None
    with _lock:
        try:
            return b.get_password(SERVICE, name)
        except (KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring read failed: %s", type(exc).__name__)
            return None


def put(name: str, secret: str) -> bool:
    b = backend()
    if b is None:
        return False
    with _lock:
        try:
            b.set_password(SERVICE, name, secret)
            return True
        except (KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring write failed: %s", type(exc).__name__)
            return False


def delete(name: str) -> None:
    b = backend()
    if b is None:
        return
    with _lock:
        try:
            b.delete_password(SERVICE, name)
        except (KeyringError, OSError, RuntimeError):
            pass
