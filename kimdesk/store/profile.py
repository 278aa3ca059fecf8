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

from kimdesk.errors import BadInput, KimdeskError, NotInitialised, StoreError, WrongPassphrase
from kimdesk.i18n import translate
from kimdesk.paths import DB_NAME, KEY_NAME, make_private_dir
from kimdesk.store.names import SQL_FUNCTIONS
from kimdesk.store import migrate, profile_lock, secrets
from kimdesk.store.engine import explain, make_engine
from kimdesk.store.keyfile import KeyFile, check_passphrase_strength, new_database_key
from kimdesk.store.profile_name import RESERVED_NAMES, check_profile_name  # noqa: F401 - their old home
from kimdesk.store.store import Store
from kimdesk.store import options

PassphrasePrompt = Callable[[], str | None]
Notice = Callable[[str], None]


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

    @property
    def pending_key_path(self) -> Path:
        """The key file a ``rekey`` wrote before re-encrypting (see ``rekey``)."""
        return self.dir / (KEY_NAME + ".new")

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


def init_profile(profile: Profile, passphrase: str, *, remember: bool = True, check_strength: bool = True) -> Store:
    """Create the profile: key file, encrypted database, keyring entry where one exists.

    ``check_strength=False`` only for the throw-away demo profile, whose passphrase is
    published. A failure on the way (a full disk) removes what was begun, so ``init`` can
    simply be run again.
    """
    if profile.exists():
        raise BadInput(translate("Store", "Das Profil „{name}“ in {dir} ist bereits eingerichtet.").format(
            name=profile.name, dir=profile.data_dir))
    if check_strength:
        check_passphrase_strength(passphrase)
    make_private_dir(profile.data_dir)
    fresh_dir = not profile.dir.exists()
    make_private_dir(profile.dir)
    engine = None
    try:
        db_key = new_database_key()
        profile_id = str(uuid.uuid4())
        KeyFile.wrap(db_key, passphrase, profile_id).save(profile.key_path)
        engine = _connect(profile.db_path, db_key)
        migrate.upgrade(engine)
        device_id = str(uuid.uuid4())
        store = Store(engine, path=profile.db_path, profile=profile.name, device_id=device_id, clock_last=0)
        with store.connection(write=True) as conn:
            store.set_setting(conn, options.DEVICE_ID.key, device_id)
            store.set_setting(conn, options.PROFILE_ID.key, profile_id)
            store.set_setting(conn, options.CASE_COUNTER.key, 0)
        store.hold = profile_lock.share(profile.dir)
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        _remove_half_built(profile, whole_dir=fresh_dir)
        if isinstance(exc, OSError):
            raise StoreError(translate("Store", "Das Profil konnte nicht angelegt werden ({err}); es wurde nichts "
                                                "zurückgelassen.").format(err=exc.strerror or type(exc).__name__)) \
                from None
        if isinstance(exc, DBAPIError):
            raise (explain(exc) or StoreError(str(exc).splitlines()[0])) from None
        raise
    if remember:
        secrets.put(keyring_name(profile_id), db_key.hex())
    return store


def _remove_half_built(profile: Profile, *, whole_dir: bool) -> None:
    """Delete what an interrupted ``init`` created: the key file, the database and its side files."""
    import shutil

    for path in (profile.key_path, profile.key_path.with_name(KEY_NAME + ".tmp"), profile.db_path,
                 profile.db_path.with_name(DB_NAME + "-wal"), profile.db_path.with_name(DB_NAME + "-shm"),
                 profile.dir / profile_lock.LOCK_NAME):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
    if whole_dir:
        shutil.rmtree(profile.dir, ignore_errors=True)


def open_profile(
    profile: Profile,
    *,
    passphrase: str | None = None,
    prompt: PassphrasePrompt | None = None,
    use_keyring: bool = True,
    notice: Notice | None = None,
    key: bytes | None = None,
) -> Store:
    """Open in the order: given passphrase, keyring, prompt. Upgrades an older schema.

    ``key``: the database key the first paint already found (``store.first_page``, from the
    keyring or the key file); the same ``_connect`` opens with it, nothing is derived twice.

    A ``rekey`` cut off between re-encrypting and replacing the key file is finished here
    (``notice`` gets one line saying so): see ``_reconcile``.
    """
    if not profile.exists():
        raise NotInitialised(
            translate("Store", "Kein KIMdesk-Profil „{name}“ in {dir}; zuerst „kimdesk init“ ausführen.").format(
                name=profile.name, dir=profile.data_dir)
        )
    keyfile = KeyFile.load(profile.key_path)
    if not profile.db_path.exists():
        raise StoreError(translate("Store", "Die Datenbank {path} fehlt; stellen Sie sie aus der Sicherung wieder her.")
                         .format(path=profile.db_path))
    hold = profile_lock.share(profile.dir)
    try:
        engine = (_connect(profile.db_path, key) if key is not None
                  else _open_engine(profile, keyfile, passphrase, prompt, use_keyring, notice))
    except BaseException:
        hold.release()
        raise
    try:
        revs, outdated = migrate.status(engine)
        if outdated:
            if revs:
                migrate.backup_before_upgrade(engine, profile.db_path, revs)
            migrate.upgrade(engine)
        store = _store(engine, profile)
    except BaseException:
        engine.dispose()
        hold.release()
        raise
    store.hold = hold
    return store


def _open_engine(profile: Profile, keyfile: KeyFile, passphrase: str | None, prompt: PassphrasePrompt | None,
                 use_keyring: bool, notice: Notice | None) -> Engine:
    if passphrase is not None:
        return _reconcile(profile, keyfile, passphrase, notice)
    if use_keyring and (hexkey := secrets.get(keyring_name(keyfile.profile_id))):
        try:
            return _connect(profile.db_path, bytes.fromhex(hexkey))
        except (StoreError, ValueError):
            pass  # a stale keyring entry (or a cut-off rekey): fall back to the passphrase
    entered = prompt() if prompt is not None else None
    if entered is None:
        missing = translate("Store", "Passphrase fehlt: KIMDESK_PASSPHRASE setzen oder interaktiv eingeben.")
        raise WrongPassphrase(f"{secrets.last_problem()} {missing}" if secrets.last_problem() else missing)
    return _reconcile(profile, keyfile, entered, notice)


def _reconcile(profile: Profile, keyfile: KeyFile, passphrase: str, notice: Notice | None) -> Engine:
    """Open with the key file; if the database no longer fits it but ``kimdesk.key.new`` does,
    a ``rekey`` was cut off after re-encrypting (SIGKILL, or antivirus holding the key file):
    the side file becomes the key file. A side file that does not fit is a rekey cut off before
    re-encrypting and is removed once the database has opened with the key file."""
    pending = profile.pending_key_path
    try:
        engine = _connect(profile.db_path, keyfile.unwrap(passphrase))
    except StoreError:
        if not pending.exists():
            raise
        try:
            side = KeyFile.load(pending)
            side_key = side.unwrap(passphrase)
            engine = _connect(profile.db_path, side_key)
        except (StoreError, OSError):
            raise StoreError(translate("Store", "Die Datenbank passt weder zu {key} noch zu {new}; stellen Sie eine "
                                                "Sicherung wieder her.").format(key=profile.key_path.name,
                                                                               new=pending.name)) from None
        try:
            pending.replace(profile.key_path)
        except OSError:
            engine.dispose()
            raise StoreError(translate("Store", "Eine unterbrochene Neuverschlüsselung lässt sich nicht abschließen: "
                                                "{key} kann nicht ersetzt werden (von einem anderen Programm geöffnet?)."
                                                ).format(key=profile.key_path)) from None
        if secrets.get(keyring_name(side.profile_id)) is not None:
            secrets.put(keyring_name(side.profile_id), side_key.hex())
        if notice is not None:
            notice(translate("Store", "Eine unterbrochene Neuverschlüsselung wurde abgeschlossen: {new} ist jetzt die "
                                      "Schlüsseldatei.").format(new=pending.name))
        return engine
    if pending.exists():
        pending.unlink(missing_ok=True)
    return engine


def _store(engine: Engine, profile: Profile) -> Store:
    probe = Store(engine, path=profile.db_path, profile=profile.name, device_id="", clock_last=0)
    with probe.connection() as conn:
        device_id = probe.get_setting(conn, options.DEVICE_ID.key)
        clock = probe.get_setting(conn, options.HLC.key, 0)
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
    side file replaces the key file. A crash (or a key file held by antivirus) between the
    last two steps leaves a database that fits only the side file; opening the profile finds
    it there and finishes the job (``_reconcile``).
    """
    keyfile = KeyFile.load(profile.key_path)
    keyfile.unwrap(passphrase)  # proves the passphrase before anything changes
    new_key = new_database_key()
    pending = profile.pending_key_path
    KeyFile.wrap(new_key, passphrase, keyfile.profile_id).save(pending)
    with store.borrowed_engine() as engine, engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.rollback()
    store.lock()
    if secrets.get(keyring_name(keyfile.profile_id)) is not None:
        secrets.put(keyring_name(keyfile.profile_id), new_key.hex())
    try:
        pending.replace(profile.key_path)
    except OSError as exc:
        raise KimdeskError(translate("Store", "Die Datenbank ist neu verschlüsselt, aber {key} ließ sich nicht ersetzen "
                                              "({err}); beim nächsten Öffnen übernimmt KIMdesk {new} automatisch.")
                           .format(key=profile.key_path, err=exc.strerror or type(exc).__name__,
                                   new=pending.name)) from None
