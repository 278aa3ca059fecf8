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
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kimdesk.errors import StoreError, WrongPassphrase
from kimdesk.i18n import translate
from kimdesk.paths import atomic_write

FORMAT = "kimdesk-keyfile"
VERSION = 1
# RFC 9106, second recommended option (64 MiB), as used by KeePassXC's Argon2id default.
KDF_DEFAULTS = {"memory_kib": 65536, "iterations": 3, "lanes": 4}
MIN_PASSPHRASE = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive(passphrase: str, salt: bytes, memory_kib: int, iterations: int, lanes: int) -> bytes:
    kdf = Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib)
    return kdf.derive(passphrase.encode("utf-8"))


def check_passphrase_strength(passphrase: str) -> None:
    from kimdesk.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            translate("Keys", "Die Passphrase muss mindestens {n} Zeichen lang sein.").format(n=MIN_PASSPHRASE),
            "passphrase",
        )


@dataclass(frozen=True)
class KeyFile:
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
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        shell = cls(profile_id, salt, params["memory_kib"], params["iterations"], params["lanes"], nonce, b"")
        kek = derive(passphrase, salt, shell.memory_kib, shell.iterations, shell.lanes)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, shell.aad())
        return cls(profile_id, salt, shell.memory_kib, shell.iterations, shell.lanes, nonce, wrapped)

    def unwrap(self, passphrase: str) -> bytes:
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
        try:
            doc = json.loads(path.read_bytes())
            if doc.get("format") != FORMAT:
                raise ValueError("format")
            if doc.get("version") != VERSION:
                raise StoreError(
                    translate("Keys", "Die Schlüsseldatei hat ein neueres Format ({v}); bitte KIMdesk aktualisieren.").format(
                        v=doc.get("version")
                    )
                )
            if doc.get("kdf") != "argon2id":
                raise ValueError("kdf")
            kf = cls(
                profile_id=str(doc["profile_id"]),
                salt=_unb64(doc["salt"]),
                memory_kib=int(doc["memory_kib"]),
                iterations=int(doc["iterations"]),
                lanes=int(doc["lanes"]),
                nonce=_unb64(doc["nonce"]),
                wrapped=_unb64(doc["wrapped_key"]),
            )
        except StoreError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise StoreError(translate("Keys", "Die Schlüsseldatei {path} ist beschädigt oder keine KIMdesk-Datei.").format(
                path=path
            )) from None
        if kf.memory_kib < 8 or kf.iterations < 1 or not 1 <= kf.lanes <= 64 or len(kf.salt) < 16:
            raise StoreError(translate("Keys", "Die Schlüsseldatei {path} ist beschädigt oder keine KIMdesk-Datei.").format(
                path=path
            ))
        return kf

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


def new_database_key() -> bytes:
    return os.urandom(32)
