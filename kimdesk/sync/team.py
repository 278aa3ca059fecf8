"""The team key: created once, carried to other laptops in a passphrase-protected file.

The key (32 random bytes) and the team id live in the device-local settings of the
encrypted database — so the database passphrase wraps them — and, where a secure OS keyring
exists, also in the keyring. The enrolment file wraps the key like the key file wraps the
database key (Argon2id, AES-256-GCM with the header as associated data).
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kimdesk.errors import BadInput, ValidationError, WrongPassphrase
from kimdesk.i18n import translate
from kimdesk.paths import atomic_write
from kimdesk.store import secrets
from kimdesk.store.keyfile import KDF_DEFAULTS, check_passphrase_strength, derive
from kimdesk.store.store import Store

FORMAT = "kimdesk-enrolment"
VERSION = 1
TEAM_ID = "sync.team_id"
TEAM_KEY = "sync.team_key"


@dataclass(frozen=True)
class Team:
    id: str
    key: bytes

    def __repr__(self) -> str:  # never print the key
        return f"Team({self.id})"


def keyring_name(team_id: str) -> str:
    return f"team-key:{team_id}"


def current(store: Store) -> Team | None:
    with store.connection() as conn:
        team_id = store.get_setting(conn, TEAM_ID)
        hexkey = store.get_setting(conn, TEAM_KEY)
    if not team_id:
        return None
    if not hexkey:  # the database lost it (restored from an old backup): ask the keyring
        hexkey = secrets.get(keyring_name(team_id))
    if not hexkey:
        return None
    return Team(team_id, bytes.fromhex(hexkey))


def require(store: Store) -> Team:
    team = current(store)
    if team is None:
        raise BadInput(translate("Sync", "Dieses Gerät gehört noch zu keinem Team: zuerst „kimdesk team create“ "
                                         "oder „kimdesk team join DATEI“."))
    return team


def _save(store: Store, team: Team) -> None:
    with store.connection(write=True) as conn:
        store.set_setting(conn, TEAM_ID, team.id)
        store.set_setting(conn, TEAM_KEY, team.key.hex())
    secrets.put(keyring_name(team.id), team.key.hex())


def create(store: Store) -> Team:
    existing = current(store)
    if existing is not None:
        raise BadInput(translate("Sync", "Dieses Gerät gehört bereits zum Team {id}.").format(id=existing.id))
    team = Team(str(uuid.uuid4()), os.urandom(32))
    _save(store, team)
    return team


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _header(team_id: str, salt: bytes, params: dict) -> dict:
    return {"format": FORMAT, "version": VERSION, "team": team_id, "kdf": "argon2id", "salt": _b64(salt),
            "memory_kib": params["memory_kib"], "iterations": params["iterations"], "lanes": params["lanes"]}


def _aad(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def export_enrolment(store: Store, path: Path, passphrase: str, *, target: str | None = None, **kdf: int) -> Team:
    """Write the team key (and the configured target, if any) wrapped by ``passphrase``."""
    check_passphrase_strength(passphrase)
    team = require(store)
    params = KDF_DEFAULTS | kdf
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _header(team.id, salt, params)
    kek = derive(passphrase, salt, params["memory_kib"], params["iterations"], params["lanes"])
    body = json.dumps({"team_key": team.key.hex(), "target": target}).encode()
    doc = header | {"nonce": _b64(nonce), "sealed": _b64(AESGCM(kek).encrypt(nonce, body, _aad(header)))}
    atomic_write(path, (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode())
    return team


def read_enrolment(path: Path, passphrase: str) -> tuple[Team, str | None]:
    bad = ValidationError(translate("Sync", "{path} ist keine KIMdesk-Anmeldedatei oder beschädigt.").format(path=path),
                          "file")
    try:
        doc = json.loads(path.read_bytes())
    except OSError as exc:
        raise ValidationError(translate("Sync", "Datei nicht lesbar: {err}").format(err=exc.strerror or exc),
                              "file") from None
    except ValueError:
        raise bad from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise bad
    if doc.get("version") != VERSION:
        raise ValidationError(translate("Sync", "Die Anmeldedatei hat ein neueres Format ({v}); bitte KIMdesk "
                                                "aktualisieren.").format(v=doc.get("version")), "file")
    try:
        salt = base64.b64decode(doc["salt"], validate=True)
        params = {k: int(doc[k]) for k in ("memory_kib", "iterations", "lanes")}
        header = _header(str(doc["team"]), salt, params)
        nonce = base64.b64decode(doc["nonce"], validate=True)
        sealed = base64.b64decode(doc["sealed"], validate=True)
        uuid.UUID(header["team"])
    except (KeyError, ValueError, TypeError):
        raise bad from None
    if params["memory_kib"] < 8 or params["iterations"] < 1 or not 1 <= params["lanes"] <= 64 or len(salt) < 16:
        raise bad
    kek = derive(passphrase, salt, params["memory_kib"], params["iterations"], params["lanes"])
    try:
        body = json.loads(AESGCM(kek).decrypt(nonce, sealed, _aad(header)))
        key = bytes.fromhex(body["team_key"])
    except InvalidTag:
        raise WrongPassphrase(translate("Sync", "Falsche Passphrase für die Anmeldedatei.")) from None
    except (ValueError, KeyError, TypeError):
        raise bad from None
    if len(key) != 32:
        raise bad
    return Team(header["team"], key), body.get("target")


def join(store: Store, path: Path, passphrase: str) -> tuple[Team, str | None]:
    """Import the team key; a device that belongs to another team is refused."""
    team, target = read_enrolment(path, passphrase)
    existing = current(store)
    if existing is not None and existing.id != team.id:
        raise BadInput(translate("Sync", "Dieses Gerät gehört bereits zu einem anderen Team ({id}).").format(
            id=existing.id))
    if existing is not None and existing.key != team.key:
        raise BadInput(translate("Sync", "Die Anmeldedatei passt nicht zum Teamschlüssel dieses Geräts."))
    _save(store, team)
    return team, target
