"""Profiles on disk: create, open (passphrase, keyring, prompt), change passphrase, re-key.

A profile is a folder (0700) holding the SQLCipher database and its key file. The database
key is random; it sits in the OS keyring when a secure one exists and is always also wrapped
by the passphrase in the key file, so the passphrase alone recovers a reinstalled laptop.
Every failure here happens before the database is written, so nothing on disk changes.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from kimdesk.errors import BadInput, NotInitialised, StoreError, WrongPassphrase
from kimdesk.i18n import translate
from kimdesk.paths import DB_NAME, KEY_NAME, make_private_dir
from kimdesk.store.names import SQL_FUNCTIONS
from kimdesk.store import migrate, secrets
from kimdesk.store.engine import explain, make_engine
from kimdesk.store.keyfile import KeyFile, check_passphrase_strength, new_database_key
from kimdesk.store.store import Store

PassphrasePrompt = Callable[[], str | None]


@dataclass(frozen=True)
class Profile:
    data_dir: Path
    name: str = "default"

    @property
    def dir(self) -> Path:
        return self.data_dir / self.name

    @property
    def db_path(self) -> Path:
        return self.dir / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.dir / KEY_NAME

    def exists(self) -> bool:
        return self.db_path.exists() or self.key_path.exists()


def keyring_name(profile_id: str) -> str:
    return f"db-key:{profile_id}"


def engine_for(path: Path, key: bytes | None) -> Engine:
    return make_engine(path, key, functions=SQL_FUNCTIONS)


def _precheck(path: Path) -> None:
    """Refuse files SQLCipher would otherwise treat as a new database and write to."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    if not head:
        raise StoreError(translate("Store", "Die Datenbankdatei {path} ist leer; stellen Sie sie aus der Sicherung wieder her.")
                         .format(path=path))
    if head.startswith(b"SQLite format 3"):
        raise StoreError(translate("Store", "{path} ist eine unverschlüsselte SQLite-Datei, keine KIMdesk-Datenbank.")
                         .format(path=path))


def _connect(path: Path, key: bytes) -> Engine:
    if path.exists():
        _precheck(path)
        if os.name == "posix" and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
    else:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = engine_for(path, key)
    try:
        with engine.connect() as conn:
            conn.rollback()
    except DBAPIError as exc:
        engine.dispose()
        raise (explain(exc) or StoreError(str(exc).splitlines()[0])) from None
    return engine


def init_profile(profile: Profile, passphrase: str, *, remember: bool = True) -> Store:
    """Create the profile: key file, encrypted database, keyring entry where one exists."""
    if profile.exists():
        raise BadInput(translate("Store", "Das Profil „{name}“ in {dir} ist bereits eingerichtet.").format(
            name=profile.name, dir=profile.data_dir))
    check_passphrase_strength(passphrase)
    make_private_dir(profile.data_dir)
    make_private_dir(profile.dir)
    db_key = new_database_key()
    profile_id = str(uuid.uuid4())
    KeyFile.wrap(db_key, passphrase, profile_id).save(profile.key_path)
    engine = _connect(profile.db_path, db_key)
    migrate.upgrade(engine)
    device_id = str(uuid.uuid4())
    store = Store(engine, path=profile.db_path, profile=profile.name, device_id=device_id, clock_last=0)
    with store.connection(write=True) as conn:
        store.set_setting(conn, "device_id", device_id)
        store.set_setting(conn, "profile_id", profile_id)
        store.set_setting(conn, "case_counter", 0)
    if remember:
        secrets.put(keyring_name(profile_id), db_key.hex())
    return store


def open_profile(
    profile: Profile,
    *,
    passphrase: str | None = None,
    prompt: PassphrasePrompt | None = None,
    use_keyring: bool = True,
) -> Store:
    """Open in the order: given passphrase, keyring, prompt. Upgrades an older schema."""
    if not profile.exists():
        raise NotInitialised(
            translate("Store", "Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.").format(
                name=profile.name, dir=profile.data_dir)
        )
    keyfile = KeyFile.load(profile.key_path)
    if not profile.db_path.exists():
        raise StoreError(translate("Store", "Die Datenbank {path} fehlt; stellen Sie sie aus der Sicherung wieder her.")
                         .format(path=profile.db_path))
    engine = None
    if passphrase is not None:
        engine = _connect(profile.db_path, keyfile.unwrap(passphrase))
    elif use_keyring and (hexkey := secrets.get(keyring_name(keyfile.profile_id))):
        try:
            engine = _connect(profile.db_path, bytes.fromhex(hexkey))
        except (StoreError, ValueError):
            engine = None  # a stale keyring entry: fall back to the passphrase
    if engine is None:
        entered = prompt() if prompt is not None else None
        if entered is None:
            raise WrongPassphrase(translate("Store", "Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben."))
        engine = _connect(profile.db_path, keyfile.unwrap(entered))
    try:
        revs, outdated = migrate.status(engine)
        if outdated:
            if revs:
                migrate.backup_before_upgrade(engine, profile.db_path, revs)
            migrate.upgrade(engine)
        store = _store(engine, profile)
    except BaseException:
        engine.dispose()
        raise
    return store


def _store(engine: Engine, profile: Profile) -> Store:
    probe = Store(engine, path=profile.db_path, profile=profile.name, device_id="", clock_last=0)
    with probe.connection() as conn:
        device_id = probe.get_setting(conn, "device_id")
        clock = probe.get_setting(conn, "hlc", 0)
    if not device_id:
        raise StoreError(translate("Store", "Die Datenbank ist keine vollständige KIMdesk-Datenbank."))
    probe.device_id = device_id
    probe.clock.observe(int(clock))
    return probe


def remember_key(profile: Profile, passphrase: str) -> bool:
    """Put the database key into the OS keyring (if a secure one exists)."""
    keyfile = KeyFile.load(profile.key_path)
    return secrets.put(keyring_name(keyfile.profile_id), keyfile.unwrap(passphrase).hex())


def forget_key(profile: Profile) -> None:
    secrets.delete(keyring_name(KeyFile.load(profile.key_path).profile_id))


def change_passphrase(profile: Profile, old: str, new: str) -> None:
    """Rewrap the same database key: nothing in the database is re-encrypted."""
    check_passphrase_strength(new)
    keyfile = KeyFile.load(profile.key_path)
    db_key = keyfile.unwrap(old)
    KeyFile.wrap(db_key, new, keyfile.profile_id).save(profile.key_path)


def rekey(store: Store, profile: Profile, passphrase: str) -> None:
    """Re-encrypt the database under a fresh random key (``PRAGMA rekey``) and rewrap it.

    The key file is written first to a side file, then the database is re-keyed, then the
    side file replaces the key file, so a crash leaves either the old or the new pair usable
    (the side file is the recovery hint).
    """
    keyfile = KeyFile.load(profile.key_path)
    keyfile.unwrap(passphrase)  # proves the passphrase before anything changes
    new_key = new_database_key()
    pending = profile.key_path.with_name(profile.key_path.name + ".new")
    KeyFile.wrap(new_key, passphrase, keyfile.profile_id).save(pending)
    engine = store._engine()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.rollback()
    store.lock()
    pending.replace(profile.key_path)
    if secrets.get(keyring_name(keyfile.profile_id)) is not None:
        secrets.put(keyring_name(keyfile.profile_id), new_key.hex())
