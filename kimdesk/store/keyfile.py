"""The key file: the random database key wrapped by the user's passphrase.

Like a KeePassXC database header, the file says how its key was derived (Argon2id, RFC 9106
parameters as BSI TR-02102-1 recommends) and authenticates that header with AES-256-GCM, so
a wrong passphrase and a tampered file are both detected before the database is touched.
Changing the passphrase rewraps the same database key: nothing is re-encrypted.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import NamedTuple


from kimdesk.errors import StoreError, WrongPassphrase
from kimdesk.i18n import translate
from kimdesk.paths import atomic_write

FORMAT = "kimdesk-keyfile"
VERSION = 1
# RFC 9106, second recommended option (64 MiB), as used by KeePassXC's Argon2id default.
KDF_DEFAULTS = {"memory_kib": 65536, "iterations": 3, "lanes": 4}
# what a file may ask for, checked before deriving: a crafted header must not make opening a
# profile or joining a team hang or exhaust memory (1 GiB is RFC 9106's first, strongest option)
KDF_BOUNDS = {"memory_kib": (8, 1_048_576), "iterations": (1, 16), "lanes": (1, 16)}
MIN_PASSPHRASE = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive(passphrase: str, salt: bytes, memory_kib: int, iterations: int, lanes: int) -> bytes:
    # cryptography is imported where it is used: the first paint reads only the file's profile id
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib)
    return kdf.derive(passphrase.encode("utf-8"))


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse a passphrase that is short or easy to guess (zxcvbn, see ``strength``)."""
    from kimdesk.errors import ValidationError
    from kimdesk.store.strength import estimate

    verdict = estimate(passphrase)
    if not verdict.ok:
        raise ValidationError(verdict.reason, "passphrase")


def kdf_params(doc: dict) -> dict[str, int] | None:
    """The Argon2id parameters of a file's header, or None when one is missing, not an
    integer or outside ``KDF_BOUNDS`` (checked before anything is derived)."""
    params = {}
    for name, (low, high) in KDF_BOUNDS.items():
        value = doc.get(name)
        if type(value) is not int or not low <= value <= high:
            return None
        params[name] = value
    return params if params["memory_kib"] >= 8 * params["lanes"] else None


class KeyFile(NamedTuple):
    """A profile's key file: the database key wrapped with the passphrase (Argon2id, AES-GCM). A named tuple,
    not a dataclass: read on the way to the first paint, where a dataclass costs half a millisecond to make."""

    profile_id: str
    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int
    nonce: bytes
    wrapped: bytes

    def header(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "profile_id": self.profile_id,
            "kdf": "argon2id",
            "salt": _b64(self.salt),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    def aad(self) -> bytes:
        return json.dumps(self.header(), sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        doc = self.header() | {"nonce": _b64(self.nonce), "wrapped_key": _b64(self.wrapped)}
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode()

    @classmethod
    def wrap(cls, db_key: bytes, passphrase: str, profile_id: str, **kdf: int) -> KeyFile:
        params = KDF_DEFAULTS | kdf
        import secrets  # only a new key file needs randomness: the first paint only reads one

        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        shell = cls(profile_id, salt, params["memory_kib"], params["iterations"], params["lanes"], nonce, b"")
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kek = derive(passphrase, salt, shell.memory_kib, shell.iterations, shell.lanes)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, shell.aad())
        return cls(profile_id, salt, shell.memory_kib, shell.iterations, shell.lanes, nonce, wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kek = derive(passphrase, self.salt, self.memory_kib, self.iterations, self.lanes)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped, self.aad())
        except InvalidTag:
            raise WrongPassphrase(translate("Keys", "Falsche Passphrase.")) from None

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise StoreError(
                translate("Keys", "Schlüsseldatei fehlt: {path}. Stellen Sie sie aus der Sicherung wieder her.").format(
                    path=path
                )
            )
        damaged = StoreError(translate("Keys", "Die Schlüsseldatei {path} ist beschädigt oder keine KIMdesk-Datei.")
                             .format(path=path))
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise StoreError(translate("Keys", "Die Schlüsseldatei {path} ist nicht lesbar: {err}").format(
                path=path, err=exc.strerror or type(exc).__name__)) from None
        if len(raw) > 64 * 1024:  # a key file is a few hundred bytes
            raise damaged
        try:
            doc = json.loads(raw)
        except (ValueError, RecursionError):
            raise damaged from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise damaged
        if doc.get("version") != VERSION:
            raise StoreError(
                translate("Keys", "Die Schlüsseldatei hat ein neueres Format ({v}); bitte KIMdesk aktualisieren.").format(
                    v=doc.get("version")
                )
            )
        if doc.get("kdf") != "argon2id":
            raise damaged
        params = kdf_params(doc)
        if params is None:
            raise StoreError(translate("Keys", "Die Schlüsseldatei {path} verlangt unzulässige Parameter für die "
                                               "Schlüsselableitung; sie ist beschädigt oder manipuliert.")
                             .format(path=path))
        try:
            kf = cls(
                profile_id=str(doc["profile_id"]),
                salt=_unb64(doc["salt"]),
                memory_kib=params["memory_kib"],
                iterations=params["iterations"],
                lanes=params["lanes"],
                nonce=_unb64(doc["nonce"]),
                wrapped=_unb64(doc["wrapped_key"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeError):
            raise damaged from None
        if len(kf.salt) < 16 or len(kf.nonce) != 12:
            raise damaged
        return kf

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


def new_database_key() -> bytes:
    return os.urandom(32)
