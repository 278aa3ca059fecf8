"""The team key: created once, carried to other laptops in a passphrase-protected file.

The key (32 random bytes) and the team id live in the device-local settings of the
encrypted database — so the database passphrase wraps them — and, where a secure OS keyring
exists, also in the keyring. The enrolment file wraps the key like the key file wraps the
database key (Argon2id, AES-256-GCM with the header as associated data).

A key has a *generation*: 1 for the key ``team create`` made, one more for every
``team rotate-key`` (a lost laptop). A device keeps the older keys of its team, because files
written before a rotation stay on the share until compaction removes them; which of those
files are still trusted is decided by the info file (``kimdesk/sync/keys.py``).
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kimdesk.errors import BadInput, ValidationError, WrongPassphrase
from kimdesk.i18n import translate
from kimdesk.paths import atomic_write
from kimdesk.store import secrets
from kimdesk.store.keyfile import KDF_DEFAULTS, check_passphrase_strength, derive, kdf_params
from kimdesk.store.store import Store
from kimdesk.store import options

FORMAT = "kimdesk-enrolment"
VERSION = 1
TEAM_ID = options.TEAM_ID.key
TEAM_KEY = options.TEAM_KEY.key
TEAM_GENERATION = options.TEAM_GENERATION.key
TEAM_OLD_KEYS = options.TEAM_OLD_KEYS.key  # {generation: hex}
TEAM_PENDING = options.TEAM_PENDING.key  # a rotation's new key until the share's info file names it


@dataclass(frozen=True)
class Team:
    id: str
    key: bytes
    generation: int = 1
    old_keys: dict[int, bytes] = field(default_factory=dict)

    def __repr__(self) -> str:  # never print the key
        return f"Team({self.id}, generation {self.generation})" if self.generation > 1 else f"Team({self.id})"

    def key_for(self, generation: int) -> bytes | None:
        """The key of ``generation`` (the current one or an older one this device keeps)."""
        return self.key if generation == self.generation else self.old_keys.get(generation)

    def rotated(self) -> Team:
        """The next generation: a fresh random key; the current one joins the old keys."""
        return Team(self.id, os.urandom(32), self.generation + 1, {**self.old_keys, self.generation: self.key})

    def keys_doc(self) -> dict:
        return {"generation": self.generation, "old": {str(g): k.hex() for g, k in sorted(self.old_keys.items())}}


def keyring_name(team_id: str) -> str:
    return f"team-key:{team_id}"


def keyring_generations_name(team_id: str) -> str:
    return f"team-keys:{team_id}"


def _old_keys(doc: dict | None) -> dict[int, bytes]:
    return {int(g): bytes.fromhex(k) for g, k in (doc or {}).items()}


def current(store: Store) -> Team | None:
    with store.connection() as conn:
        team_id = store.get_setting(conn, TEAM_ID)
        hexkey = store.get_setting(conn, TEAM_KEY)
        generation = int(store.get_setting(conn, TEAM_GENERATION) or 1)
        old = _old_keys(store.get_setting(conn, TEAM_OLD_KEYS))
    if not team_id:
        return None
    if not hexkey:  # the database lost it (restored from an old backup): ask the keyring
        return _from_keyring(team_id)
    return Team(team_id, bytes.fromhex(hexkey), generation, old)


def _from_keyring(team_id: str) -> Team | None:
    hexkey = secrets.get(keyring_name(team_id))
    if not hexkey:
        return None
    try:
        doc = json.loads(secrets.get(keyring_generations_name(team_id)) or "{}")
        return Team(team_id, bytes.fromhex(hexkey), int(doc.get("generation", 1)), _old_keys(doc.get("old")))
    except (ValueError, TypeError, AttributeError):
        return Team(team_id, bytes.fromhex(hexkey))


class NoTeam(BadInput):
    """This device belongs to no team yet (the app offers its team dialog instead of this text)."""


def require(store: Store) -> Team:
    team = current(store)
    if team is None:
        raise NoTeam(translate("Sync", "Dieses Gerät gehört noch zu keinem Team: zuerst „kimdesk team create“ "
                                         "oder „kimdesk team join DATEI“."))
    return team


def _save(store: Store, team: Team) -> None:
    with store.connection(write=True) as conn:
        store.set_setting(conn, TEAM_ID, team.id)
        store.set_setting(conn, TEAM_KEY, team.key.hex())
        store.set_setting(conn, TEAM_GENERATION, team.generation)
        store.set_setting(conn, TEAM_OLD_KEYS, team.keys_doc()["old"])
        store.set_setting(conn, TEAM_PENDING, None)
    # the keyring holds the current key and its generation only: the old keys grow with every
    # rotation and would pass the Credential Manager's 2,560-byte limit; they live in the database
    secrets.put(keyring_name(team.id), team.key.hex())
    if team.generation > 1:
        secrets.put(keyring_generations_name(team.id), json.dumps({"generation": team.generation}))


def save_pending(store: Store, team: Team) -> None:
    """Keep a rotation's new key before the share learns it, so a crash cannot lose it."""
    with store.connection(write=True) as conn:
        store.set_setting(conn, TEAM_PENDING, {"generation": team.generation, "key": team.key.hex()})


def pending(store: Store, team: Team) -> Team | None:
    """The pending next generation of ``team``, if a rotation was interrupted."""
    with store.connection() as conn:
        doc = store.get_setting(conn, TEAM_PENDING)
    if not doc or int(doc.get("generation", 0)) != team.generation + 1:
        return None
    return Team(team.id, bytes.fromhex(doc["key"]), team.generation + 1, {**team.old_keys, team.generation: team.key})


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
    params = _at_least_profile(store) | kdf
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _header(team.id, salt, params)
    kek = derive(passphrase, salt, params["memory_kib"], params["iterations"], params["lanes"])
    body = json.dumps({"team_key": team.key.hex(), "target": target} | team.keys_doc()).encode()
    doc = header | {"nonce": _b64(nonce), "sealed": _b64(AESGCM(kek).encrypt(nonce, body, _aad(header)))}
    atomic_write(path, (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode())
    return team


def _at_least_profile(store: Store) -> dict[str, int]:
    """The enrolment file's KDF: the defaults, or the profile key file's where that is stronger.

    The enrolment file carries the team key, which opens every snapshot on the share, so it
    must cost an attacker at least as much per guess as the key file of the laptop it came from.
    """
    from kimdesk.paths import KEY_NAME
    from kimdesk.store.keyfile import KeyFile

    params = dict(KDF_DEFAULTS)
    key_path = store.path.parent / KEY_NAME
    if key_path.exists():
        own = KeyFile.load(key_path)
        for name, value in (("memory_kib", own.memory_kib), ("iterations", own.iterations), ("lanes", own.lanes)):
            params[name] = max(params[name], value)
    return params


def read_enrolment(path: Path, passphrase: str) -> tuple[Team, str | None]:
    bad = ValidationError(translate("Sync", "{path} ist keine KIMdesk-Anmeldedatei oder beschädigt.").format(path=path),
                          "file")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(1_000_001)  # an enrolment file is a few kilobytes
        if len(raw) > 1_000_000:
            raise bad
        doc = json.loads(raw)
    except OSError as exc:
        raise ValidationError(translate("Sync", "Datei nicht lesbar: {err}").format(err=exc.strerror or exc),
                              "file") from None
    except (ValueError, RecursionError):
        raise bad from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("kdf", "argon2id") != "argon2id":
        raise bad  # the file names its KDF: one that is not the one derived with is not ours
    if doc.get("version") != VERSION:
        raise ValidationError(translate("Sync", "Die Anmeldedatei hat ein neueres Format ({v}); bitte KIMdesk "
                                                "aktualisieren.").format(v=doc.get("version")), "file")
    try:
        salt = base64.b64decode(doc["salt"], validate=True)
        params = kdf_params(doc)
        if params is None:
            raise ValidationError(translate("Sync", "{path} verlangt unzulässige Parameter für die "
                                                    "Schlüsselableitung; die Datei ist beschädigt oder manipuliert.")
                                  .format(path=path), "file")
        header = _header(str(doc["team"]), salt, params)
        nonce = base64.b64decode(doc["nonce"], validate=True)
        sealed = base64.b64decode(doc["sealed"], validate=True)
        uuid.UUID(header["team"])
    except (KeyError, ValueError, TypeError):
        raise bad from None
    if len(salt) < 16 or len(nonce) != 12:
        raise bad
    kek = derive(passphrase, salt, params["memory_kib"], params["iterations"], params["lanes"])
    try:
        body = json.loads(AESGCM(kek).decrypt(nonce, sealed, _aad(header)))
        key = bytes.fromhex(body["team_key"])
        generation = int(body.get("generation", 1))
        old = _old_keys(body.get("old"))
    except InvalidTag:
        raise WrongPassphrase(translate("Sync", "Falsche Passphrase für die Anmeldedatei.")) from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise bad from None
    if len(key) != 32 or generation < 1 or any(len(k) != 32 for k in old.values()):
        raise bad
    return Team(header["team"], key, generation, old), body.get("target")


def join(store: Store, path: Path, passphrase: str) -> tuple[Team, str | None]:
    """Import the team key; a device that belongs to another team is refused.

    A device of the team takes a newer generation (after ``rotate-key``) and keeps its own
    keys among the old ones; an older generation than its own is refused.
    """
    team, target = read_enrolment(path, passphrase)
    existing = current(store)
    if existing is not None and existing.id != team.id:
        raise BadInput(translate("Sync", "Dieses Gerät gehört bereits zu einem anderen Team ({id}).").format(
            id=existing.id))
    if existing is not None and team.generation < existing.generation:
        raise BadInput(translate("Sync", "Die Anmeldedatei enthält einen älteren Teamschlüssel (Generation {old}) als "
                                         "dieses Gerät (Generation {new}).").format(old=team.generation,
                                                                                     new=existing.generation))
    if existing is not None and team.generation == existing.generation and existing.key != team.key:
        raise BadInput(translate("Sync", "Die Anmeldedatei passt nicht zum Teamschlüssel dieses Geräts."))
    if existing is not None and team.generation > existing.generation:
        known = {**existing.old_keys, existing.generation: existing.key}
        team = Team(team.id, team.key, team.generation, {**known, **team.old_keys})
    _save(store, team)
    return team, target
